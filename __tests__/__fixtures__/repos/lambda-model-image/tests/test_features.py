import pandas as pd


def test_columns_are_numeric():
    frame = pd.DataFrame({"tenure": [1, 2], "charges": [10.0, 20.5]})
    assert all(dtype.kind in "if" for dtype in frame.dtypes)
