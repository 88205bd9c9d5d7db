import pandas as pd
import pytest

from shop import schemas


def test_baskets_accept_valid_rows():
    rows = pd.DataFrame({"shopper_id": [1, 2], "items": [3, 40]})
    assert schemas.BasketsSchema.validate(rows) is not None


def test_baskets_reject_negative_items():
    rows = pd.DataFrame({"shopper_id": [1], "items": [-1]})
    with pytest.raises(Exception):
        schemas.BasketsSchema.validate(rows)
