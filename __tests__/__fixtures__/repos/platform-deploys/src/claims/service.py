import bentoml
import joblib


@bentoml.service(resources={"cpu": "1"})
class ClaimsClassifier:
    def __init__(self) -> None:
        self.model = joblib.load("models/claims.joblib")

    @bentoml.api
    def predict(self, descriptions: list[str]) -> list[str]:
        return list(self.model.predict(descriptions))
