from pathlib import Path

import joblib
import pandas as pd

_pipeline = joblib.load(Path(__file__).resolve().parent / "trained_models" / "price_pipeline.joblib")


def make_prediction(rows: list[dict]) -> list[float]:
    return [float(p) for p in _pipeline.predict(pd.DataFrame(rows))]
