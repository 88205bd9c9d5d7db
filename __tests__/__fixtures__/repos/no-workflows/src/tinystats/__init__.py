from .describe import describe, mean, median

__all__ = ["describe", "mean", "median"]
