BOOKING = {"room_id": 1, "owner": "kim", "starts_at": "2024-07-01T09:00:00Z", "ends_at": "2024-07-01T10:00:00Z"}


def test_create_booking(client):
    r = client.post("/bookings", json=BOOKING)
    assert r.status_code == 201
    assert r.json()["id"] == 1


def test_overlapping_booking_is_rejected(client):
    client.post("/bookings", json=BOOKING)
    r = client.post("/bookings", json={**BOOKING, "owner": "lee", "starts_at": "2024-07-01T09:30:00Z", "ends_at": "2024-07-01T11:00:00Z"})
    assert r.status_code == 409
    assert "kim" in r.json()["detail"]


def test_unknown_room(client):
    assert client.post("/bookings", json={**BOOKING, "room_id": 99}).status_code == 404


def test_end_before_start_is_invalid(client):
    r = client.post("/bookings", json={**BOOKING, "ends_at": "2024-07-01T08:00:00Z"})
    assert r.status_code == 422
