import joblib
import pandas as pd
from sklearn.linear_model import LogisticRegression


def train(path="data/churn.csv"):
    df = pd.read_csv(path)
    model = LogisticRegression(max_iter=200).fit(df.drop(columns=["churn"]), df["churn"])
    joblib.dump(model, "model.joblib")
    return model
