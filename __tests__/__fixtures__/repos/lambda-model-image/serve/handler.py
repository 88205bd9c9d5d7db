import json

import joblib

MODEL = joblib.load("model/model.joblib")


def lambda_handler(event, context):
    rows = json.loads(event["body"])["rows"]
    return {"statusCode": 200, "body": json.dumps({"churn": MODEL.predict(rows).tolist()})}
