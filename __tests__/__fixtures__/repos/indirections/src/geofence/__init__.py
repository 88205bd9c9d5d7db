from .polygon import contains, area

__all__ = ["area", "contains"]
