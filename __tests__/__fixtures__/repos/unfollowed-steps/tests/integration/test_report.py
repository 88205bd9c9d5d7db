from churn import tenure_bucket


def test_buckets_cover_a_customer_list():
    months = [0, 11, 12, 35, 36, 120]
    assert [tenure_bucket(m) for m in months] == ["new", "new", "established", "established", "loyal", "loyal"]
