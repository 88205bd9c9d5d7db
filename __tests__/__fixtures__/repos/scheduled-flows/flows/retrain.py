"""Retrains the demand model every Monday on the week's sales."""
from prefect import flow

from demand.train import train


@flow(name="weekly-retrain")
def weekly_retrain() -> None:
    train(max_epochs=20)


if __name__ == "__main__":
    weekly_retrain.serve(name="weekly-retrain", cron="0 4 * * 1")
