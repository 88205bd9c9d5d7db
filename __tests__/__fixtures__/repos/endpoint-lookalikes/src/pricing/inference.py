"""SageMaker inference handlers for the XGBoost container."""
import json

import xgboost as xgb


def model_fn(model_dir):
    booster = xgb.Booster()
    booster.load_model(f"{model_dir}/model.json")
    return booster


def predict_fn(data, model):
    return model.predict(xgb.DMatrix(data)).tolist()


def output_fn(prediction, accept):
    return json.dumps({"premium": prediction}), accept
