import pytest

from churn import tenure_bucket


def test_first_year_is_new():
    assert tenure_bucket(3) == "new"


def test_three_years_is_loyal():
    assert tenure_bucket(36) == "loyal"


def test_negative_tenure_is_refused():
    with pytest.raises(ValueError):
        tenure_bucket(-1)
