import torch


def set_determinism(deterministic: bool = True) -> None:
    """Makes a run repeatable: fixed seed, deterministic kernels."""
    torch.manual_seed(42)
    torch.use_deterministic_algorithms(deterministic)
