import argparse
import sys

import numpy as np
import torch

from model import TwoTower


def ndcg_at_k(scores: np.ndarray, relevant: np.ndarray, k: int = 10) -> float:
    order = np.argsort(-scores)[:k]
    gains = relevant[order] / np.log2(np.arange(2, k + 2))
    ideal = np.sort(relevant)[::-1][:k] / np.log2(np.arange(2, k + 2))
    return float(gains.sum() / max(ideal.sum(), 1e-9))


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--checkpoint", required=True)
    p.add_argument("--min-ndcg", type=float, default=0.0)
    args = p.parse_args()
    model = TwoTower(10_000, 50_000, 64)
    model.load_state_dict(torch.load(args.checkpoint))
    scores = model(torch.zeros(100, dtype=torch.long), torch.arange(100)).detach().numpy()
    ndcg = ndcg_at_k(scores, np.random.default_rng(0).integers(0, 2, 100))
    print(f"ndcg@10={ndcg:.3f}")
    if ndcg < args.min_ndcg:
        sys.exit(1)


if __name__ == "__main__":
    main()
