from pathlib import Path

import pandas as pd
from sklearn.linear_model import PoissonRegressor

from shop import config, registry, schemas


def main() -> None:
    baskets = schemas.BasketsSchema.validate(pd.read_csv("data/baskets.csv"))
    model = PoissonRegressor().fit(baskets[["shopper_id"]], baskets["items"])
    registry.Saver(Path("models")).save(model)
    print(config.TRACKING_URI)


if __name__ == "__main__":
    main()
