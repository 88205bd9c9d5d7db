import numpy as np
from sklearn.linear_model import LogisticRegression

from churn.evaluate import auc


def test_auc_above_bar():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(500, 4))
    y = (X[:, 0] > 0).astype(int)
    model = LogisticRegression().fit(X, y)
    assert auc(model, X, y) >= 0.8
