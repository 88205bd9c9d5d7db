import argparse
from pathlib import Path

import joblib
import pandas as pd
from sklearn.linear_model import LogisticRegression

from churn.features import build_features


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--data", default="data/train.parquet")
    p.add_argument("--out", default="models/model.joblib")
    p.add_argument("--sample", type=int, default=None)
    args = p.parse_args()

    df = pd.read_parquet(args.data)
    if args.sample:
        df = df.sample(n=min(args.sample, len(df)), random_state=0)
    model = LogisticRegression(max_iter=500)
    model.fit(build_features(df), df["churned"])
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    joblib.dump(model, args.out)


if __name__ == "__main__":
    main()
