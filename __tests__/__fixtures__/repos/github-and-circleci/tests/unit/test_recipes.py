import numpy as np

from tabflow import train_recipe


def test_recipe_returns_model():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(40, 3))
    y = (X[:, 0] > 0).astype(int)
    model, acc = train_recipe(X, y)
    assert model.predict(X).shape == (40,)
