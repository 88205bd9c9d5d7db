def test_columns():
    assert "churn" not in ["age", "plan"]
