import numpy as np

from torchtab import MLPClassifier


def test_save_load_round_trip(tmp_path, tiny_data):
    X, y = tiny_data
    clf = MLPClassifier(hidden=(16,), epochs=3, random_state=0).fit(X, y)
    path = tmp_path / "model.pt"
    clf.save(path)
    loaded = MLPClassifier.load(path)
    np.testing.assert_allclose(loaded.predict_proba(X), clf.predict_proba(X), rtol=1e-6)
    assert (loaded.predict(X) == clf.predict(X)).all()


def test_loaded_model_keeps_its_hyperparameters(tmp_path, tiny_data):
    X, y = tiny_data
    clf = MLPClassifier(hidden=(8, 4), epochs=1, lr=0.01).fit(X, y)
    clf.save(tmp_path / "m.pt")
    assert MLPClassifier.load(tmp_path / "m.pt").get_params() == clf.get_params()
