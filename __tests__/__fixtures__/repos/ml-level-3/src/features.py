import sys
from pathlib import Path

import numpy as np
import pandas as pd
import yaml
from sklearn.model_selection import train_test_split

COLUMNS = ["income", "loan_amount", "term_months", "credit_score", "debt_to_income", "employment_years", "defaulted"]


def build(df: pd.DataFrame) -> pd.DataFrame:
    out = df[COLUMNS].dropna().copy()
    out["loan_to_income"] = out["loan_amount"] / out["income"].clip(lower=1)
    out["log_income"] = np.log1p(out["income"])
    return out


def main(src: str, out_dir: str) -> None:
    params = yaml.safe_load(open("params.yaml"))["features"]
    df = build(pd.read_parquet(src))
    train, holdout = train_test_split(df, test_size=params["holdout_fraction"], stratify=df["defaulted"], random_state=params["seed"])
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    train.to_parquet(f"{out_dir}/train.parquet")
    holdout.to_parquet(f"{out_dir}/holdout.parquet")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
