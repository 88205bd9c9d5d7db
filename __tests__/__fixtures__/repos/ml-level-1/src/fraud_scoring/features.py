import numpy as np
import pandas as pd

FEATURES = ["amount_log", "hour", "is_foreign", "merchant_risk", "txn_count_24h"]


def build_features(df: pd.DataFrame) -> pd.DataFrame:
    out = pd.DataFrame(index=df.index)
    out["amount_log"] = np.log1p(df["amount"].clip(lower=0))
    out["hour"] = pd.to_datetime(df["timestamp"]).dt.hour
    out["is_foreign"] = (df["card_country"] != df["merchant_country"]).astype(int)
    out["merchant_risk"] = df["merchant_category"].map(MERCHANT_RISK).fillna(0.5)
    out["txn_count_24h"] = df.get("txn_count_24h", 0)
    return out[FEATURES]


MERCHANT_RISK = {"grocery": 0.1, "fuel": 0.2, "electronics": 0.7, "gift_cards": 0.9}
