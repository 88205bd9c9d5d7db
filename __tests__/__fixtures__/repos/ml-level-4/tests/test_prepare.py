import pandas as pd

from prepare import split_by_time


def test_holdout_is_the_most_recent_weeks():
    df = pd.DataFrame({"ordered_at": pd.date_range("2024-01-01", periods=70, freq="D"), "returned": 0})
    train, holdout = split_by_time(df, holdout_weeks=2)
    assert train["ordered_at"].max() < holdout["ordered_at"].min()
    assert len(holdout) == 14


def test_split_keeps_every_row():
    df = pd.DataFrame({"ordered_at": pd.date_range("2024-03-01", periods=30, freq="D"), "returned": 1})
    train, holdout = split_by_time(df, holdout_weeks=1)
    assert len(train) + len(holdout) == len(df)
