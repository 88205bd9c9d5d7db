"""Schema checks on the data the pipeline reads (the same rules prepare.py enforces)."""
import pandas as pd
import pytest

from features import FEATURES, TARGET
from prepare import check_schema

SCHEMA = {"tenure_months": "float64", "monthly_charges": "float64", "support_calls": "float64", "logins_last_30d": "float64"}


def test_fixture_matches_the_schema(tiny_data):
    assert {c: str(t) for c, t in tiny_data[FEATURES].dtypes.items()} == SCHEMA
    assert tiny_data[TARGET].isin([0, 1]).all()
    check_schema(tiny_data)


def test_missing_column_is_rejected(tiny_data):
    with pytest.raises(ValueError, match="missing columns"):
        check_schema(tiny_data.drop(columns=["support_calls"]))


def test_null_values_are_rejected(tiny_data):
    broken = tiny_data.copy()
    broken.loc[0, "monthly_charges"] = None
    with pytest.raises(ValueError, match="empty feature values"):
        check_schema(broken)


def test_no_negative_values(tiny_data):
    assert (tiny_data[FEATURES] >= 0).all().all()
    assert not pd.isna(tiny_data[FEATURES]).any().any()
