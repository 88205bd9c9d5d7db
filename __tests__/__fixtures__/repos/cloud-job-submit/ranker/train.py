import argparse

import ray.train
import torch
import yaml
from ray.train import ScalingConfig
from ray.train.torch import TorchTrainer, prepare_model

from model import TwoTower


def train_loop(config: dict) -> None:
    model = prepare_model(TwoTower(10_000, 50_000, config["embedding_dim"]))
    opt = torch.optim.Adam(model.parameters(), lr=config["lr"])
    loss_fn = torch.nn.BCEWithLogitsLoss()
    shard = ray.train.get_dataset_shard("train")
    for epoch in range(config["epochs"]):
        for batch in shard.iter_torch_batches(batch_size=config["batch_size"]):
            opt.zero_grad()
            loss = loss_fn(model(batch["user"], batch["item"]), batch["clicked"].float())
            loss.backward()
            opt.step()
        ray.train.report({"epoch": epoch, "loss": loss.item()})


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--config", required=True)
    p.add_argument("--epochs", type=int, default=4)
    args = p.parse_args()
    config = yaml.safe_load(open(args.config)) | {"epochs": args.epochs}
    trainer = TorchTrainer(train_loop, train_loop_config=config, scaling_config=ScalingConfig(num_workers=2, use_gpu=True))
    trainer.fit()


if __name__ == "__main__":
    main()
