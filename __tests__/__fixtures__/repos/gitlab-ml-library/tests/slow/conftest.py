import numpy as np
import pytest


@pytest.fixture
def full_data():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(5000, 8)).astype("float32")
    y = (X[:, 0] + X[:, 1] > 0).astype("int64")
    return X, y
