import torch

from ranker.model import Ranker
from ranker.utils import set_determinism


def train(x: torch.Tensor, y: torch.Tensor, epochs: int = 5) -> Ranker:
    set_determinism()
    model = Ranker(x.shape[1])
    optimiser = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(epochs):
        optimiser.zero_grad()
        loss = torch.nn.functional.mse_loss(model(x), y)
        loss.backward()
        optimiser.step()
    return model
