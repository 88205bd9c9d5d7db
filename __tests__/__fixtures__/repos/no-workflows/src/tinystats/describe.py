"""Mean, median and spread of a list of numbers."""
from __future__ import annotations

from collections.abc import Sequence


def mean(values: Sequence[float]) -> float:
    if not values:
        raise ValueError("mean() of an empty sequence")
    return sum(values) / len(values)


def median(values: Sequence[float]) -> float:
    if not values:
        raise ValueError("median() of an empty sequence")
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return float(ordered[middle])
    return (ordered[middle - 1] + ordered[middle]) / 2


def describe(values: Sequence[float]) -> dict[str, float]:
    return {"count": float(len(values)), "mean": mean(values), "median": median(values), "min": min(values), "max": max(values)}
