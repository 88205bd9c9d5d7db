import pandas as pd
import pytest
from sklearn.datasets import make_classification

from features import FEATURES, TARGET


@pytest.fixture
def tiny_data() -> pd.DataFrame:
    """200 synthetic accounts with a learnable churn signal."""
    x, y = make_classification(n_samples=200, n_features=4, n_informative=3, n_redundant=0, random_state=0)
    df = pd.DataFrame(abs(x * 10).round(), columns=FEATURES)
    df[TARGET] = y
    return df
