import pandas as pd
import pytest

from features import COLUMNS, build


@pytest.fixture
def applications() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "income": [52000, 0, 88000],
            "loan_amount": [15000, 5000, None],
            "term_months": [36, 12, 60],
            "credit_score": [710, 590, 765],
            "debt_to_income": [0.31, 0.55, 0.12],
            "employment_years": [4, 0, 11],
            "defaulted": [0, 1, 0],
        }
    )


def test_rows_with_missing_values_are_dropped(applications):
    assert len(build(applications)) == 2


def test_zero_income_does_not_divide_by_zero(applications):
    assert build(applications)["loan_to_income"].iloc[1] == 5000


def test_keeps_the_source_columns(applications):
    assert set(COLUMNS) <= set(build(applications).columns)
