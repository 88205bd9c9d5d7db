from churn.features import tenure_bucket

__all__ = ["tenure_bucket"]
