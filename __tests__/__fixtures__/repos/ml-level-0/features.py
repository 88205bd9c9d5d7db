import pandas as pd

TARGET = "churned"
NUMERIC = ["tenure_days", "monthly_charges", "support_tickets", "charges_per_ticket"]
CATEGORICAL = ["plan", "payment_method", "region"]


def add_features(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    out["tenure_days"] = (pd.Timestamp("2024-06-01") - out["signup_date"]).dt.days
    out["charges_per_ticket"] = out["monthly_charges"] / (out["support_tickets"] + 1)
    return out
