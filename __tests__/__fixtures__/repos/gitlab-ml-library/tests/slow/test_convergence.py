import numpy as np
import pytest

from torchtab import MLPClassifier


@pytest.mark.slow
def test_reaches_accuracy_on_full_data(full_data):
    X, y = full_data
    clf = MLPClassifier(hidden=(64, 64), epochs=50, random_state=0).fit(X, y)
    assert (clf.predict(X) == y).mean() > 0.9
