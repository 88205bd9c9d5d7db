"""Release gate: run after `dvc repro`, against the model and holdout set it produced."""
import json

import joblib
import pandas as pd
import pytest

from prepare import FEATURES

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def metrics() -> dict:
    with open("metrics.json") as f:
        return json.load(f)


def test_f1_meets_release_bar(metrics):
    assert metrics["f1"] >= 0.80


def test_auc_meets_release_bar(metrics):
    assert metrics["roc_auc"] >= 0.88


def test_no_category_is_much_worse_than_average():
    model = joblib.load("models/model.joblib")
    df = pd.read_parquet("data/holdout.parquet")
    df["hit"] = model.predict(df[FEATURES]) == df["returned"]
    overall = df["hit"].mean()
    by_category = df.groupby("category", observed=True)["hit"].mean()
    assert (by_category >= overall - 0.10).all(), by_category.sort_values().head()
