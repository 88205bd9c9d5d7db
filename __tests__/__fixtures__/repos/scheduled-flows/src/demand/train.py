import pandas as pd
import torch
import wandb
from lightning import Trainer
from lightning.pytorch.loggers import WandbLogger
from torch.utils.data import DataLoader, TensorDataset

from demand.model import DemandModel
from demand.utils import set_global_seed


def load_sales(run) -> pd.DataFrame:
    artifact = run.use_artifact("sales-daily:latest", type="dataset")
    return pd.read_parquet(f"{artifact.download()}/sales.parquet")


def train(max_epochs: int = 20) -> None:
    set_global_seed(7)
    run = wandb.init(project="demand", job_type="train")
    df = load_sales(run)
    x = torch.tensor(df.drop(columns=["units"]).values, dtype=torch.float32)
    y = torch.tensor(df["units"].values, dtype=torch.float32)
    model = DemandModel(x.shape[1])
    trainer = Trainer(max_epochs=max_epochs, logger=WandbLogger(experiment=run))
    trainer.fit(model, DataLoader(TensorDataset(x, y), batch_size=256, shuffle=True))
    trainer.save_checkpoint("demand.ckpt")


if __name__ == "__main__":
    train()
