from fastapi import FastAPI
from price_model.predict import make_prediction

app = FastAPI()


@app.post("/predict")
def predict(rows: list[dict]) -> dict:
    return {"predictions": make_prediction(rows)}
