import torch

from ranker.model import Ranker
from ranker.utils import set_determinism


def test_cuda_scores_repeat():
    set_determinism()
    x = torch.rand(4, 8, device="cuda")
    a = Ranker().cuda()(x)
    set_determinism()
    b = Ranker().cuda()(x)
    assert torch.allclose(a, b)
