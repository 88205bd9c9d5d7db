import pandas as pd
import pytest

from fraud_scoring.features import FEATURES, build_features


@pytest.fixture
def txns() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "amount": [12.5, 999.0, -3.0],
            "timestamp": ["2024-05-01T10:00:00", "2024-05-01T23:30:00", "2024-05-02T04:15:00"],
            "card_country": ["DE", "DE", "FR"],
            "merchant_country": ["DE", "US", "FR"],
            "merchant_category": ["grocery", "gift_cards", "unknown"],
        }
    )


def test_columns_in_order(txns):
    assert list(build_features(txns).columns) == FEATURES


def test_foreign_flag(txns):
    assert build_features(txns)["is_foreign"].tolist() == [0, 1, 0]


def test_negative_amounts_are_clipped(txns):
    assert build_features(txns)["amount_log"].iloc[2] == 0.0


def test_unknown_merchant_gets_neutral_risk(txns):
    assert build_features(txns)["merchant_risk"].iloc[2] == 0.5
