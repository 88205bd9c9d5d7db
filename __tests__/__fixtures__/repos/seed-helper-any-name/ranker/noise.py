import random


def reshuffle() -> None:
    """Fresh randomness for data augmentation: re-seeds from the system clock."""
    random.seed()


def jitter(values: list[float]) -> list[float]:
    return [v + random.uniform(-0.01, 0.01) for v in values]
