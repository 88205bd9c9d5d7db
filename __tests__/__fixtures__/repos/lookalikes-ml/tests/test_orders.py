import pytest

from app.orders import Order


def test_model_validate_rejects_zero_quantity():
    model = Order("sku-1", 0)
    with pytest.raises(ValueError):
        model.validate()


def test_evaluate_prices_the_order():
    model = Order("sku-1", 3)
    assert model.evaluate({"sku-1": 2.5}) == 7.5
