import httpx


def test_predict_scores_a_review():
    r = httpx.post("http://localhost:8000/predict", json={"text": "great phone"})
    assert r.status_code == 200
    assert 0.0 <= r.json()["positive"] <= 1.0
