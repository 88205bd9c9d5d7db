import numpy as np

from tabflow import train_recipe


def test_recipe_accuracy_does_not_regress():
    rng = np.random.default_rng(1)
    X = rng.normal(size=(2000, 10))
    y = (X[:, 0] + X[:, 2] > 0).astype(int)
    _, acc = train_recipe(X, y, seed=1)
    assert acc >= 0.85
