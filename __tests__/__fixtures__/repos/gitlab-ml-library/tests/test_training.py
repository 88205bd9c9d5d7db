import numpy as np

from torchtab import MLPClassifier


def test_loss_decreases(tiny_data):
    X, y = tiny_data
    clf = MLPClassifier(hidden=(32,), epochs=15, lr=0.01, random_state=1).fit(X, y)
    assert clf.loss_curve_[-1] < clf.loss_curve_[0]
    assert np.isfinite(clf.loss_curve_).all()


def test_same_seed_same_model(tiny_data):
    X, y = tiny_data
    a = MLPClassifier(epochs=2, random_state=3).fit(X, y).predict_proba(X)
    b = MLPClassifier(epochs=2, random_state=3).fit(X, y).predict_proba(X)
    np.testing.assert_array_equal(a, b)


def test_probabilities_sum_to_one(tiny_data):
    X, y = tiny_data
    proba = MLPClassifier(epochs=1).fit(X, y).predict_proba(X)
    np.testing.assert_allclose(proba.sum(axis=1), 1.0, rtol=1e-5)
