import json

import joblib
import mlflow
import pandas as pd
from sklearn.metrics import f1_score, precision_score, recall_score, roc_auc_score

from prepare import FEATURES


def main() -> None:
    model = joblib.load("models/model.joblib")
    df = pd.read_parquet("data/holdout.parquet")
    proba = model.predict_proba(df[FEATURES])[:, 1]
    pred = proba >= 0.5
    metrics = {
        "f1": f1_score(df["returned"], pred),
        "precision": precision_score(df["returned"], pred),
        "recall": recall_score(df["returned"], pred),
        "roc_auc": roc_auc_score(df["returned"], proba),
    }
    json.dump(metrics, open("metrics.json", "w"), indent=2)
    mlflow.set_experiment("return-risk")
    with mlflow.start_run(run_name="evaluate"):
        mlflow.log_metrics(metrics)


if __name__ == "__main__":
    main()
