import argparse
import json

import joblib
import pandas as pd
from sklearn.metrics import average_precision_score, precision_recall_fscore_support

from fraud_scoring.features import build_features


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--model", required=True)
    p.add_argument("--data", required=True)
    p.add_argument("--threshold", type=float, default=0.5, help="decision threshold on the fraud probability")
    args = p.parse_args()

    df = pd.read_parquet(args.data)
    model = joblib.load(args.model)
    proba = model.predict_proba(build_features(df))[:, 1]
    precision, recall, f1, _ = precision_recall_fscore_support(df["is_fraud"], proba >= args.threshold, average="binary")
    report = {"average_precision": average_precision_score(df["is_fraud"], proba), "precision": precision, "recall": recall, "f1": f1}
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
