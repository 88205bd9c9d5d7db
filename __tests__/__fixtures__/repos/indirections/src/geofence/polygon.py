Point = tuple[float, float]


def area(polygon: list[Point]) -> float:
    """Shoelace formula; positive for counter-clockwise polygons."""
    s = 0.0
    for (x1, y1), (x2, y2) in zip(polygon, polygon[1:] + polygon[:1]):
        s += x1 * y2 - x2 * y1
    return s / 2


def contains(polygon: list[Point], p: Point) -> bool:
    """Ray casting: whether p lies inside the polygon."""
    x, y = p
    inside = False
    for (x1, y1), (x2, y2) in zip(polygon, polygon[1:] + polygon[:1]):
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            inside = not inside
    return inside
