import sys
from pathlib import Path

import joblib
import mlflow
import pandas as pd
import yaml
from sklearn.ensemble import GradientBoostingClassifier


def main(train_path: str, model_path: str) -> None:
    params = yaml.safe_load(open("params.yaml"))["train"]
    df = pd.read_parquet(train_path)
    X, y = df.drop(columns=["defaulted"]), df["defaulted"]

    mlflow.set_experiment("loan-default")
    with mlflow.start_run() as run:
        mlflow.log_params(params)
        model = GradientBoostingClassifier(**params, random_state=17).fit(X, y)
        mlflow.sklearn.log_model(model, "model", input_example=X.head(3))
        Path(model_path).parent.mkdir(parents=True, exist_ok=True)
        joblib.dump(model, model_path)
        print(f"mlflow run {run.info.run_id}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
