from pathlib import Path

import joblib


class Saver:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def save(self, model) -> Path:
        path = self.folder / "model.joblib"
        joblib.dump(model, path)
        return path


class Loader:
    def load(self, path: Path):
        return joblib.load(path)
