import pytest


def test_accuracy_per_group(model, data):
    metrics = pytest.importorskip("fairlearn.metrics")
    X, y, sex = data
    frame = metrics.MetricFrame(metrics={"accuracy": metrics.accuracy_score_group_min}, y_true=y, y_pred=model.predict(X), sensitive_features=sex)
    assert frame.group_min() >= 0.5
