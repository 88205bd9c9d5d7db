import torch

from ranker.train import train
from ranker.utils import set_determinism


def test_training_twice_gives_the_same_scores():
    set_determinism()
    x, y = torch.rand(32, 8), torch.rand(32)
    first = train(x, y)(x)
    second = train(x, y)(x)
    assert torch.equal(first, second)
