"""Trains the churn classifier and logs the run to MLflow."""
import random
import sys
from pathlib import Path

import joblib
import mlflow
import numpy as np
import pandas as pd
import yaml
from sklearn.ensemble import RandomForestClassifier

from features import FEATURES, TARGET


def train(df: pd.DataFrame, n_estimators: int, max_depth: int, seed: int) -> RandomForestClassifier:
    random.seed(seed)
    np.random.seed(seed)
    model = RandomForestClassifier(n_estimators=n_estimators, max_depth=max_depth, random_state=seed)
    model.fit(df[FEATURES], df[TARGET])
    return model


def main(train_csv: str, model_path: str) -> None:
    params = yaml.safe_load(Path("params.yaml").read_text())["train"]
    df = pd.read_csv(train_csv)
    mlflow.set_experiment("churn-model")
    with mlflow.start_run():
        mlflow.log_params(params)
        model = train(df, params["n_estimators"], params["max_depth"], params["seed"])
        mlflow.log_metric("train_accuracy", model.score(df[FEATURES], df[TARGET]))
        Path(model_path).parent.mkdir(parents=True, exist_ok=True)
        joblib.dump(model, model_path)
        mlflow.log_artifact(model_path)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
