import sys

import pandas as pd
import pandera as pa

schema = pa.DataFrameSchema(
    {
        "text": pa.Column(str, pa.Check.str_length(min_value=1), nullable=False),
        "label": pa.Column(int, pa.Check.isin([0, 1])),
    },
    strict=True,
)

if __name__ == "__main__":
    schema.validate(pd.read_csv(sys.argv[1]), lazy=True)
    print("reviews ok")
