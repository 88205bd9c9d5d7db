"""A saved model loads back and predicts exactly as before."""
import joblib
import numpy as np

from features import FEATURES
from train import train


def test_joblib_round_trip(tiny_data, tmp_path):
    model = train(tiny_data, n_estimators=10, max_depth=3, seed=3)
    path = tmp_path / "model.joblib"
    joblib.dump(model, path)
    loaded = joblib.load(path)
    np.testing.assert_array_equal(model.predict(tiny_data[FEATURES]), loaded.predict(tiny_data[FEATURES]))
