from geofence import area, contains

SQUARE = [(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0)]


def test_area_of_a_square():
    assert area(SQUARE) == 4.0


def test_clockwise_area_is_negative():
    assert area(list(reversed(SQUARE))) == -4.0


def test_centre_is_inside():
    assert contains(SQUARE, (1.0, 1.0))


def test_far_point_is_outside():
    assert not contains(SQUARE, (5.0, 1.0))
