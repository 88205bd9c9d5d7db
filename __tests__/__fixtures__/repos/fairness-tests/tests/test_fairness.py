from fairlearn.metrics import MetricFrame, selection_rate


def test_selection_rate_parity(model, data):
    X, y, sex = data
    frame = MetricFrame(metrics=selection_rate, y_true=y, y_pred=model.predict(X), sensitive_features=sex)
    assert frame.difference() <= 0.5
