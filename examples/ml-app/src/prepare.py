"""Splits the raw export into train and test sets, after checking its schema."""
import sys
from pathlib import Path

import pandas as pd
import yaml
from sklearn.model_selection import train_test_split

from features import FEATURES, TARGET


def check_schema(df: pd.DataFrame) -> None:
    missing = [c for c in [*FEATURES, TARGET] if c not in df.columns]
    if missing:
        raise ValueError(f"raw data is missing columns: {missing}")
    if df[FEATURES].isna().any().any():
        raise ValueError("raw data has empty feature values")
    if not set(df[TARGET].unique()) <= {0, 1}:
        raise ValueError("target must be 0 or 1")


def main(raw: str, out_dir: str) -> None:
    params = yaml.safe_load(Path("params.yaml").read_text())["prepare"]
    df = pd.read_csv(raw)
    check_schema(df)
    train, test = train_test_split(df, test_size=params["test_size"], random_state=params["seed"], stratify=df[TARGET])
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    train.to_csv(out / "train.csv", index=False)
    test.to_csv(out / "test.csv", index=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
