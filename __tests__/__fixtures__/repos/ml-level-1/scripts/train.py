import argparse
from pathlib import Path

import joblib
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier

from fraud_scoring.features import build_features


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--data", required=True)
    p.add_argument("--out", default="models/model.joblib")
    p.add_argument("--max-iter", type=int, default=300)
    args = p.parse_args()

    df = pd.read_parquet(args.data)
    model = HistGradientBoostingClassifier(max_iter=args.max_iter, class_weight="balanced", random_state=7)
    model.fit(build_features(df), df["is_fraud"])
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    joblib.dump(model, args.out)


if __name__ == "__main__":
    main()
