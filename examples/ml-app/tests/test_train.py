"""Training on a tiny fixture: it learns, and the same seed gives the same model."""
import numpy as np

from evaluate import evaluate
from features import FEATURES
from train import train


def test_training_learns_the_signal(tiny_data):
    model = train(tiny_data, n_estimators=20, max_depth=4, seed=1)
    metrics = evaluate(model, tiny_data)
    assert metrics["accuracy"] > 0.8
    assert not np.isnan(metrics["f1"])


def test_same_seed_same_predictions(tiny_data):
    a = train(tiny_data, n_estimators=10, max_depth=3, seed=7)
    b = train(tiny_data, n_estimators=10, max_depth=3, seed=7)
    np.testing.assert_array_equal(a.predict_proba(tiny_data[FEATURES]), b.predict_proba(tiny_data[FEATURES]))
