from .entries import Entry, balance

__all__ = ["Entry", "balance"]
