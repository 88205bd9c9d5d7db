import pytest

from tinystats import describe, mean, median


def test_mean_of_integers():
    assert mean([1, 2, 3, 4]) == 2.5


def test_median_odd_and_even():
    assert median([3, 1, 2]) == 2
    assert median([4, 1, 3, 2]) == 2.5


def test_empty_input_is_an_error():
    with pytest.raises(ValueError):
        mean([])


def test_describe_keys():
    assert describe([1, 2, 3]) == {"count": 3.0, "mean": 2.0, "median": 2.0, "min": 1, "max": 3}
