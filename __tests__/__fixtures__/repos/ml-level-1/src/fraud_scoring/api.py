import os

import joblib
import pandas as pd
from fastapi import FastAPI
from pydantic import BaseModel

from fraud_scoring.features import build_features

app = FastAPI(title="fraud-scoring")
_model = None


class Transaction(BaseModel):
    amount: float
    timestamp: str
    card_country: str
    merchant_country: str
    merchant_category: str
    txn_count_24h: int = 0


def get_model():
    global _model
    if _model is None:
        _model = joblib.load(os.environ.get("MODEL_PATH", "models/model.joblib"))
    return _model


@app.post("/score")
def score(txn: Transaction) -> dict:
    X = build_features(pd.DataFrame([txn.model_dump()]))
    return {"fraud_probability": float(get_model().predict_proba(X)[0, 1])}
