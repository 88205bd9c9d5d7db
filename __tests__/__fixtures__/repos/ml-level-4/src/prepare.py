import pandas as pd
import yaml

FEATURES = ["price", "discount", "category", "size_variants_in_cart", "customer_return_rate", "days_since_signup"]


def split_by_time(df: pd.DataFrame, holdout_weeks: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    cutoff = df["ordered_at"].max() - pd.Timedelta(weeks=holdout_weeks)
    return df[df["ordered_at"] <= cutoff], df[df["ordered_at"] > cutoff]


def main() -> None:
    params = yaml.safe_load(open("params.yaml"))["prepare"]
    df = pd.read_parquet("data/orders.parquet")
    df["category"] = df["category"].astype("category")
    train, holdout = split_by_time(df, params["holdout_weeks"])
    train[FEATURES + ["returned"]].to_parquet("data/train.parquet")
    holdout[FEATURES + ["returned"]].to_parquet("data/holdout.parquet")


if __name__ == "__main__":
    main()
