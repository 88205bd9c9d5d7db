import tarfile

import pandas as pd
import xgboost as xgb


def main() -> None:
    df = pd.read_parquet("data/quotes.parquet")
    model = xgb.XGBRegressor(n_estimators=400, max_depth=6, seed=3)
    model.fit(df.drop(columns=["premium"]), df["premium"])
    model.save_model("model.json")
    with tarfile.open("models/pricing.tar.gz", "w:gz") as tar:
        tar.add("model.json")


if __name__ == "__main__":
    main()
