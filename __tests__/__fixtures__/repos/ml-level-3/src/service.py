import bentoml
import pandas as pd

from features import build


@bentoml.service(resources={"cpu": "1", "memory": "1Gi"}, traffic={"timeout": 5})
class LoanDefault:
    model_ref = bentoml.models.get("loan_default:latest")

    def __init__(self) -> None:
        self.model = bentoml.sklearn.load_model(self.model_ref)

    @bentoml.api
    def predict(self, applications: list[dict]) -> list[float]:
        df = build(pd.DataFrame(applications).assign(defaulted=0)).drop(columns=["defaulted"])
        return self.model.predict_proba(df)[:, 1].tolist()
