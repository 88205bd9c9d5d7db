import torch
from torch import nn


class Ranker(nn.Module):
    def __init__(self, features: int = 8) -> None:
        super().__init__()
        self.score = nn.Sequential(nn.Linear(features, 16), nn.ReLU(), nn.Linear(16, 1))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.score(x).squeeze(-1)
