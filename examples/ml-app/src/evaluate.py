"""Evaluates the model on the held-out set; fails when accuracy is under the gate."""
import argparse
import json
import sys

import joblib
import mlflow
import pandas as pd
from sklearn.metrics import accuracy_score, f1_score

from features import FEATURES, TARGET


def evaluate(model, df: pd.DataFrame) -> dict[str, float]:
    predicted = model.predict(df[FEATURES])
    return {"accuracy": accuracy_score(df[TARGET], predicted), "f1": f1_score(df[TARGET], predicted)}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("model")
    parser.add_argument("test_csv")
    parser.add_argument("--min-accuracy", type=float, default=0.8)
    args = parser.parse_args()
    metrics = evaluate(joblib.load(args.model), pd.read_csv(args.test_csv))
    with open("metrics.json", "w") as f:
        json.dump(metrics, f, indent=2)
    mlflow.log_metrics(metrics)
    if metrics["accuracy"] < args.min_accuracy:
        print(f"accuracy {metrics['accuracy']:.3f} is under the gate {args.min_accuracy}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
