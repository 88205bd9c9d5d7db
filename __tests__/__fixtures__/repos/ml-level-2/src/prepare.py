import sys
from pathlib import Path

import pandas as pd
import yaml
from sklearn.model_selection import train_test_split


def clean(df: pd.DataFrame, min_chars: int) -> pd.DataFrame:
    df = df.dropna(subset=["body", "queue"]).copy()
    df["text"] = (df["subject"].fillna("") + " " + df["body"]).str.lower().str.strip()
    return df[df["text"].str.len() >= min_chars][["text", "queue"]]


def main(src: str, out_dir: str) -> None:
    params = yaml.safe_load(open("params.yaml"))["prepare"]
    df = clean(pd.read_csv(src), params["min_chars"])
    train, test = train_test_split(df, test_size=params["test_size"], stratify=df["queue"], random_state=params["seed"])
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    train.to_csv(f"{out_dir}/train.csv", index=False)
    test.to_csv(f"{out_dir}/test.csv", index=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
