import math
import random

import pytest

from geofence import area, contains

pytestmark = pytest.mark.slow


def regular(n, r=1.0):
    return [(r * math.cos(2 * math.pi * k / n), r * math.sin(2 * math.pi * k / n)) for k in range(n)]


def test_regular_polygon_area_tends_to_the_circle():
    assert area(regular(100_000)) == pytest.approx(math.pi, rel=1e-6)


def test_random_points_inside_the_unit_circle_are_inside_the_polygon():
    rng = random.Random(7)
    poly = regular(20_000)
    for _ in range(2_000):
        a, d = rng.uniform(0, 2 * math.pi), rng.uniform(0, 0.99)
        assert contains(poly, (d * math.cos(a), d * math.sin(a)))
