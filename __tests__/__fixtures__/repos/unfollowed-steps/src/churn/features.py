def tenure_bucket(months: int) -> str:
    """Buckets a customer's tenure for the churn report."""
    if months < 0:
        raise ValueError("tenure cannot be negative")
    if months < 12:
        return "new"
    if months < 36:
        return "established"
    return "loyal"
