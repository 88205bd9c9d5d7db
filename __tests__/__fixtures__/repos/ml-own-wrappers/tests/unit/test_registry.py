import numpy as np
from sklearn.dummy import DummyRegressor

from shop import registry


def test_saved_model_predicts_the_same(tmp_path):
    X = np.arange(10).reshape(-1, 1)
    model = DummyRegressor().fit(X, np.arange(10))
    path = registry.Saver(tmp_path).save(model)
    loaded = registry.Loader().load(path)
    assert (loaded.predict(X) == model.predict(X)).all()
