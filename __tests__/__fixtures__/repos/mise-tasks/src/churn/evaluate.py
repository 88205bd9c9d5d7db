import argparse
import sys

import joblib
import pandas as pd
from sklearn.metrics import roc_auc_score

from churn.features import build_features


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--model", required=True)
    p.add_argument("--split", default="holdout")
    p.add_argument("--min-auc", type=float, default=0.0)
    args = p.parse_args()

    df = pd.read_parquet(f"data/{args.split}.parquet")
    model = joblib.load(args.model)
    auc = roc_auc_score(df["churned"], model.predict_proba(build_features(df))[:, 1])
    print(f"auc={auc:.4f}")
    if auc < args.min_auc:
        sys.exit(f"AUC {auc:.4f} is below {args.min_auc}")


if __name__ == "__main__":
    main()
