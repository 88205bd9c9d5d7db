import joblib
import pandas as pd
from sklearn.linear_model import LogisticRegression


def train(path: str = "data/applications.csv") -> LogisticRegression:
    frame = pd.read_csv(path)
    model = LogisticRegression(max_iter=500)
    model.fit(frame.drop(columns=["approved", "sex"]), frame["approved"])
    return model


if __name__ == "__main__":
    joblib.dump(train(), "model.joblib")
