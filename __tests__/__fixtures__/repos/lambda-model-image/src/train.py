import joblib
import pandas as pd
from sklearn.linear_model import LogisticRegression


def main():
    data = pd.read_csv("data/churn.csv")
    model = LogisticRegression(max_iter=200)
    model.fit(data.drop(columns=["churned"]), data["churned"])
    joblib.dump(model, "serve/model/model.joblib")


if __name__ == "__main__":
    main()
