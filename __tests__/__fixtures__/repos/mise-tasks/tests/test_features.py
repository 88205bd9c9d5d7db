import pandas as pd

from churn.features import build_features


def test_calls_per_month_uses_at_least_one_month():
    df = pd.DataFrame({"tenure_days": [3], "support_calls": [2], "plan": ["monthly"]})
    assert build_features(df)["support_calls_per_month"].iloc[0] == 2.0


def test_annual_flag():
    df = pd.DataFrame({"tenure_days": [400, 30], "support_calls": [0, 0], "plan": ["annual", "monthly"]})
    assert build_features(df)["is_annual"].tolist() == [1, 0]
