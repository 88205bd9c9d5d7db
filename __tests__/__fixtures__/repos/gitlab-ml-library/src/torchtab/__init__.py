from torchtab.model import MLPClassifier

__all__ = ["MLPClassifier"]
__version__ = "0.4.1"
