from pydantic import BaseModel


class Settings(BaseModel):
    search_index: str = "listings"
    shards: int = 1
    null_value: str = ""
