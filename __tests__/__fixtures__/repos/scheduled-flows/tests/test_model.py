import torch

from demand.model import DemandModel


def test_forward_gives_one_value_per_row():
    model = DemandModel(n_features=5)
    assert model(torch.zeros(3, 5)).shape == (3,)
