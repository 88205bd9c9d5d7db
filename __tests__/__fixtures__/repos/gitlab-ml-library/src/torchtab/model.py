from __future__ import annotations

import numpy as np
import torch
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.preprocessing import LabelEncoder
from torch import nn


def _mlp(n_in: int, hidden: tuple[int, ...], n_out: int, dropout: float) -> nn.Sequential:
    layers: list[nn.Module] = []
    for width in hidden:
        layers += [nn.Linear(n_in, width), nn.ReLU(), nn.Dropout(dropout)]
        n_in = width
    layers.append(nn.Linear(n_in, n_out))
    return nn.Sequential(*layers)


class MLPClassifier(BaseEstimator, ClassifierMixin):
    def __init__(self, hidden=(64, 32), epochs=20, lr=1e-3, batch_size=256, dropout=0.1, random_state=None):
        self.hidden = hidden
        self.epochs = epochs
        self.lr = lr
        self.batch_size = batch_size
        self.dropout = dropout
        self.random_state = random_state

    def fit(self, X, y) -> MLPClassifier:
        if self.random_state is not None:
            torch.manual_seed(self.random_state)
        self.encoder_ = LabelEncoder().fit(y)
        X_t = torch.as_tensor(np.asarray(X), dtype=torch.float32)
        y_t = torch.as_tensor(self.encoder_.transform(y), dtype=torch.long)
        self.net_ = _mlp(X_t.shape[1], tuple(self.hidden), len(self.encoder_.classes_), self.dropout)
        opt = torch.optim.Adam(self.net_.parameters(), lr=self.lr)
        loss_fn = nn.CrossEntropyLoss()
        self.loss_curve_: list[float] = []
        for _ in range(self.epochs):
            self.net_.train()
            perm = torch.randperm(len(X_t))
            total = 0.0
            for i in range(0, len(X_t), self.batch_size):
                idx = perm[i : i + self.batch_size]
                opt.zero_grad()
                loss = loss_fn(self.net_(X_t[idx]), y_t[idx])
                loss.backward()
                opt.step()
                total += loss.item() * len(idx)
            self.loss_curve_.append(total / len(X_t))
        return self

    @torch.no_grad()
    def predict_proba(self, X) -> np.ndarray:
        self.net_.eval()
        logits = self.net_(torch.as_tensor(np.asarray(X), dtype=torch.float32))
        return torch.softmax(logits, dim=1).numpy()

    def predict(self, X) -> np.ndarray:
        return self.encoder_.inverse_transform(self.predict_proba(X).argmax(axis=1))

    def save(self, path) -> None:
        torch.save({"params": self.get_params(), "state": self.net_.state_dict(), "classes": self.encoder_.classes_,
                    "n_features": self.net_[0].in_features}, path)

    @classmethod
    def load(cls, path) -> MLPClassifier:
        blob = torch.load(path, weights_only=False)
        clf = cls(**blob["params"])
        clf.encoder_ = LabelEncoder().fit(blob["classes"])
        clf.net_ = _mlp(blob["n_features"], tuple(clf.hidden), len(blob["classes"]), clf.dropout)
        clf.net_.load_state_dict(blob["state"])
        return clf
