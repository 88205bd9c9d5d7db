import os
import random

import numpy as np
import torch


def set_global_seed(seed: int = 1234) -> None:
    """Same seed everywhere: Python, NumPy, torch and the hash of the interpreter."""
    os.environ["PYTHONHASHSEED"] = str(seed)
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
