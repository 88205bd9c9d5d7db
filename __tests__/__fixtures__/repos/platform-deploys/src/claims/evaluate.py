import argparse
import sys

import joblib
import pandas as pd
from sklearn.metrics import f1_score


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--model", default="models/claims.joblib")
    p.add_argument("--data", default="data/claims_holdout.csv")
    p.add_argument("--min-f1", type=float, default=0.0)
    args = p.parse_args()
    df = pd.read_csv(args.data)
    f1 = f1_score(df["category"], joblib.load(args.model).predict(df["description"]), average="macro")
    print(f"macro F1 {f1:.3f}")
    if f1 < args.min_f1:
        sys.exit(1)


if __name__ == "__main__":
    main()
