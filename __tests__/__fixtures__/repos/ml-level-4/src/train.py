from pathlib import Path

import joblib
import mlflow
import pandas as pd
import yaml
from sklearn.ensemble import HistGradientBoostingClassifier

from prepare import FEATURES


def main() -> None:
    params = yaml.safe_load(open("params.yaml"))["train"]
    df = pd.read_parquet("data/train.parquet")
    mlflow.set_experiment("return-risk")
    with mlflow.start_run():
        mlflow.log_params(params)
        model = HistGradientBoostingClassifier(
            max_iter=params["n_estimators"],
            max_leaf_nodes=params["max_leaf_nodes"],
            learning_rate=params["learning_rate"],
            categorical_features="from_dtype",
            random_state=params["seed"],
        )
        model.fit(df[FEATURES], df["returned"])
        Path("models").mkdir(exist_ok=True)
        joblib.dump(model, "models/model.joblib")
        mlflow.log_artifact("models/model.joblib")


if __name__ == "__main__":
    main()
