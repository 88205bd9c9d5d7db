import pandas as pd


def build_features(df: pd.DataFrame) -> pd.DataFrame:
    out = pd.DataFrame(index=df.index)
    out["tenure_months"] = df["tenure_days"] / 30.0
    out["support_calls_per_month"] = df["support_calls"] / out["tenure_months"].clip(lower=1.0)
    out["is_annual"] = (df["plan"] == "annual").astype(int)
    return out
