"""Exports a tiny PyTorch model to ONNX for tinyinfer, after a few training steps."""
import torch
from torch import nn

model = nn.Sequential(nn.Linear(3, 8), nn.ReLU(), nn.Linear(8, 1))
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(64, 3), torch.randn(64, 1)
for _ in range(20):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
torch.onnx.export(model, x[:1], "model.onnx")
