import mlflow
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score


def train_recipe(X, y, seed=0):
    with mlflow.start_run():
        model = RandomForestClassifier(n_estimators=50, random_state=seed).fit(X, y)
        acc = accuracy_score(y, model.predict(X))
        mlflow.log_metric("accuracy", acc)
    return model, acc
