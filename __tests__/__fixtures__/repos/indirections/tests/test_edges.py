import pytest

from geofence import contains

TRIANGLE = [(0.0, 0.0), (4.0, 0.0), (0.0, 4.0)]


def test_point_past_the_hypotenuse_is_outside():
    assert not contains(TRIANGLE, (3.0, 3.0))


@pytest.mark.slow
def test_dense_grid_matches_the_half_plane():
    for i in range(400):
        for j in range(400):
            x, y = i / 100, j / 100
            if x > 0 and y > 0 and x + y < 4 - 1e-9:
                assert contains(TRIANGLE, (x, y))
