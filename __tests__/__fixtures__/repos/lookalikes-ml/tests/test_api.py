from fastapi.testclient import TestClient

from app.main import app

client = TestClient(app)


def test_health():
    assert client.get("/health").json() == {"status": "ok"}


def test_admin_stats():
    r = client.get("/admin/stats")
    assert r.status_code == 200
    assert r.json()["index"] == "listings"
