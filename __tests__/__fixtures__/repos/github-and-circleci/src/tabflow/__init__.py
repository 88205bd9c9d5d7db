from .recipes import train_recipe

__all__ = ["train_recipe"]
