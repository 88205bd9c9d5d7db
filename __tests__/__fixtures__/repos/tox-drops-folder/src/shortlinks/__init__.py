from .codes import decode, encode
from .store import Store

__all__ = ["Store", "decode", "encode"]
