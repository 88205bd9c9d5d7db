from price_model.predict import make_prediction


def test_make_prediction_returns_one_price_per_row():
    prices = make_prediction([{"LotArea": 8450, "OverallQual": 7}, {"LotArea": 9600, "OverallQual": 6}])
    assert len(prices) == 2
