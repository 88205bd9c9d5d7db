"""Loads the unpacked model and scores it, to show that `modelpack unpack` gives back the same model."""
import joblib
from sklearn.datasets import load_iris
from sklearn.metrics import accuracy_score

X, y = load_iris(return_X_y=True)
model = joblib.load("out/model.joblib")
print("accuracy", accuracy_score(y, model.predict(X)))
