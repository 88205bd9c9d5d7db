"""The /predict endpoint answers with a probability for a valid account and rejects bad input."""
import joblib
import pytest
from fastapi.testclient import TestClient

import app.main as service
from train import train


@pytest.fixture
def client(tiny_data, tmp_path, monkeypatch):
    path = tmp_path / "model.joblib"
    joblib.dump(train(tiny_data, n_estimators=10, max_depth=3, seed=0), path)
    monkeypatch.setattr(service, "MODEL_PATH", str(path))
    monkeypatch.setattr(service, "_model", None)
    return TestClient(service.app)


def test_predict_returns_a_probability(client):
    response = client.post("/predict", json={"tenure_months": 12, "monthly_charges": 40.5, "support_calls": 2, "logins_last_30d": 9})
    assert response.status_code == 200
    assert 0.0 <= response.json()["churn_probability"] <= 1.0


def test_predict_rejects_negative_values(client):
    response = client.post("/predict", json={"tenure_months": -1, "monthly_charges": 1, "support_calls": 0, "logins_last_30d": 0})
    assert response.status_code == 422
