"""Score the model on the holdout set; exit 1 when F1 is below --min-f1."""
import argparse
import json
import sys

import joblib
import mlflow
import pandas as pd
from sklearn.metrics import f1_score, precision_score, recall_score, roc_auc_score


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("model")
    p.add_argument("holdout")
    p.add_argument("--min-f1", type=float, default=0.0)
    args = p.parse_args()

    df = pd.read_parquet(args.holdout)
    X, y = df.drop(columns=["defaulted"]), df["defaulted"]
    model = joblib.load(args.model)
    proba = model.predict_proba(X)[:, 1]
    pred = proba >= 0.5
    metrics = {"f1": f1_score(y, pred), "precision": precision_score(y, pred), "recall": recall_score(y, pred), "roc_auc": roc_auc_score(y, proba)}
    json.dump(metrics, open("metrics.json", "w"), indent=2)
    mlflow.set_experiment("loan-default")
    with mlflow.start_run(run_name="evaluate"):
        mlflow.log_metrics(metrics)

    print(json.dumps(metrics, indent=2))
    if metrics["f1"] < args.min_f1:
        print(f"F1 {metrics['f1']:.3f} is below the required {args.min_f1:.2f}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
