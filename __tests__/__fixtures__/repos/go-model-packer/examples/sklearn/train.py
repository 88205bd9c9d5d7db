"""Trains a small classifier and writes it where `modelpack pack` expects it."""
import joblib
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression

X, y = load_iris(return_X_y=True)
model = LogisticRegression(max_iter=200, random_state=0).fit(X, y)
joblib.dump(model, "my-model/model.joblib")
