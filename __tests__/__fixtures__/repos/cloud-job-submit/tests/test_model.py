import sys
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ranker"))
from model import TwoTower  # noqa: E402


def test_scores_have_one_value_per_pair():
    model = TwoTower(10, 20, 4)
    out = model(torch.tensor([0, 1, 2]), torch.tensor([3, 4, 5]))
    assert out.shape == (3,)
