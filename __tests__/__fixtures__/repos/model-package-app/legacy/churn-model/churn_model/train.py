import pickle

from sklearn.linear_model import LogisticRegression


def train(X, y, path="churn_model/trained_models/model.pkl"):
    model = LogisticRegression().fit(X, y)
    with open(path, "wb") as f:
        pickle.dump(model, f)
