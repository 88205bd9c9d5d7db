"""Trains on eight reviews and checks the model fits them: run as `python tests/train_smoke.py`."""
from sentiment.model import train

TEXTS = ["great phone", "love it", "works great", "really good", "terrible", "broke in a day", "awful support", "bad battery"]
LABELS = [1, 1, 1, 1, 0, 0, 0, 0]

if __name__ == "__main__":
    model = train(TEXTS, LABELS)
    accuracy = (model.predict(TEXTS) == LABELS).mean()
    assert accuracy == 1.0, f"the model does not fit its training data (accuracy {accuracy})"
    print("train smoke ok")
