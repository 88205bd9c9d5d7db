import pytest

from shortlinks import decode, encode


def test_zero_is_the_first_letter():
    assert encode(0) == "0"


def test_round_trip():
    for n in (1, 61, 62, 3843, 10**9):
        assert decode(encode(n)) == n


def test_negative_ids_are_refused():
    with pytest.raises(ValueError):
        encode(-1)
