import argparse
from pathlib import Path

import joblib
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--data", default="data/claims.csv")
    p.add_argument("--out", default="models/")
    args = p.parse_args()
    df = pd.read_csv(args.data)
    model = make_pipeline(TfidfVectorizer(), LogisticRegression(max_iter=300, random_state=13))
    model.fit(df["description"], df["category"])
    Path(args.out).mkdir(parents=True, exist_ok=True)
    joblib.dump(model, Path(args.out) / "claims.joblib")


if __name__ == "__main__":
    main()
