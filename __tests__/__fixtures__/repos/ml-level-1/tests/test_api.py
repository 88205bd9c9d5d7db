from fastapi.testclient import TestClient

from fraud_scoring import api


class StubModel:
    def predict_proba(self, X):
        return [[0.9, 0.1] for _ in range(len(X))]


def test_score_returns_probability(monkeypatch):
    monkeypatch.setattr(api, "_model", StubModel())
    client = TestClient(api.app)
    r = client.post(
        "/score",
        json={"amount": 40.0, "timestamp": "2024-05-01T12:00:00", "card_country": "DE", "merchant_country": "DE", "merchant_category": "fuel"},
    )
    assert r.status_code == 200
    assert r.json() == {"fraud_probability": 0.1}
