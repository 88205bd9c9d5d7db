import sys
from pathlib import Path

import joblib
import mlflow
import pandas as pd
import yaml
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline


def main(data_dir: str, model_path: str) -> None:
    params = yaml.safe_load(open("params.yaml"))["train"]
    train = pd.read_csv(f"{data_dir}/train.csv")

    mlflow.set_experiment("ticket-router")
    with mlflow.start_run():
        mlflow.log_params(params)
        model = Pipeline(
            [
                ("tfidf", TfidfVectorizer(max_features=params["max_features"], ngram_range=(1, params["ngram_max"]))),
                ("clf", LogisticRegression(C=params["C"], class_weight=params["class_weight"], max_iter=2000)),
            ]
        )
        model.fit(train["text"], train["queue"])
        mlflow.log_metric("train_accuracy", model.score(train["text"], train["queue"]))
        Path(model_path).parent.mkdir(parents=True, exist_ok=True)
        joblib.dump(model, model_path)
        mlflow.log_artifact(model_path)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
