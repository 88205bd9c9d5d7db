import torch

from demand.utils import set_global_seed


def test_set_global_seed_repeats_torch_draws():
    set_global_seed(3)
    first = torch.rand(4)
    set_global_seed(3)
    assert torch.equal(first, torch.rand(4))
