"""Trains the listing-quality classifier by hand; the artefact is copied to the shared drive."""
import random

import joblib
import pandas as pd
from sklearn.ensemble import RandomForestClassifier

random.seed()


def main() -> None:
    df = pd.read_csv("data/listings.csv")
    model = RandomForestClassifier(n_estimators=200)
    model.fit(df.drop(columns=["good"]), df["good"])
    joblib.dump(model, "listing_quality.joblib")


if __name__ == "__main__":
    main()
