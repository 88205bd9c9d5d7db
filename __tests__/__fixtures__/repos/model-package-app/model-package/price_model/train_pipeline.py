from pathlib import Path

import joblib
import pandas as pd
from sklearn.linear_model import Lasso
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

HERE = Path(__file__).resolve().parent


def run_training() -> None:
    data = pd.read_csv(HERE / "datasets" / "train.csv")
    pipeline = make_pipeline(StandardScaler(), Lasso(alpha=0.001, random_state=0))
    pipeline.fit(data.drop(columns=["SalePrice"]), data["SalePrice"])
    joblib.dump(pipeline, HERE / "trained_models" / "price_pipeline.joblib")


if __name__ == "__main__":
    run_training()
