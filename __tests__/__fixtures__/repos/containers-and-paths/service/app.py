import os

import joblib
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
model = joblib.load(os.environ.get("MODEL_PATH", "model.joblib"))


class Review(BaseModel):
    text: str


@app.post("/predict")
def predict(review: Review) -> dict:
    return {"positive": float(model.predict_proba([review.text])[0][1])}
