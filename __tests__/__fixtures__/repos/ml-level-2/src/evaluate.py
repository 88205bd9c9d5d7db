import json
import sys

import joblib
import mlflow
import pandas as pd
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score


def main(model_path: str, test_csv: str) -> None:
    model = joblib.load(model_path)
    test = pd.read_csv(test_csv)
    pred = model.predict(test["text"])
    metrics = {"accuracy": accuracy_score(test["queue"], pred), "macro_f1": f1_score(test["queue"], pred, average="macro")}
    with open("metrics.json", "w") as f:
        json.dump(metrics, f, indent=2)
    pd.DataFrame({"actual": test["queue"], "predicted": pred}).to_csv("confusion.csv", index=False)
    print(confusion_matrix(test["queue"], pred))

    mlflow.set_experiment("ticket-router")
    with mlflow.start_run(run_name="evaluate"):
        mlflow.log_metrics(metrics)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
