import pandas as pd
import pytest
from sklearn.linear_model import LogisticRegression


@pytest.fixture
def data():
    frame = pd.DataFrame({"income": [1, 2, 3, 4, 5, 6], "debt": [3, 1, 2, 1, 0, 1], "sex": list("FMFMFM"), "approved": [0, 1, 0, 1, 1, 1]})
    return frame.drop(columns=["approved", "sex"]), frame["approved"], frame["sex"]


@pytest.fixture
def model(data):
    X, y, _ = data
    return LogisticRegression().fit(X, y)
