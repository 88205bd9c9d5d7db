"""Serves the churn model over HTTP."""
import os

import joblib
import pandas as pd
from fastapi import FastAPI
from pydantic import BaseModel, Field

from features import FEATURES

MODEL_PATH = os.environ.get("MODEL_PATH", "models/model.joblib")

app = FastAPI(title="churn-model")
_model = None


class Account(BaseModel):
    tenure_months: int = Field(ge=0)
    monthly_charges: float = Field(ge=0)
    support_calls: int = Field(ge=0)
    logins_last_30d: int = Field(ge=0)


def model():
    global _model
    if _model is None:
        _model = joblib.load(MODEL_PATH)
    return _model


@app.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}


@app.post("/predict")
def predict(account: Account) -> dict[str, float]:
    row = pd.DataFrame([account.model_dump()], columns=FEATURES)
    return {"churn_probability": float(model().predict_proba(row)[0][1])}
