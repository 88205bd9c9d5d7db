import os

import mlflow

TRACKING_URI = os.environ.get("SHOP_TRACKING_URI", "https://mlflow.shop.internal")
mlflow.set_tracking_uri(TRACKING_URI)
