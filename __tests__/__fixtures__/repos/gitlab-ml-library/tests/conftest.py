import numpy as np
import pytest
from sklearn.datasets import make_classification


@pytest.fixture
def tiny_data():
    X, y = make_classification(n_samples=200, n_features=8, n_informative=5, n_classes=3, random_state=0)
    return X.astype(np.float32), np.array(["a", "b", "c"])[y]
