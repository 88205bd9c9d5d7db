import pandera as pa
from pandera.typing import Series


class BasketsSchema(pa.DataFrameModel):
    shopper_id: Series[int] = pa.Field(ge=0)
    items: Series[int] = pa.Field(ge=0, le=500)
