"""One place that seeds every random number generator stancekit uses."""

from __future__ import annotations

import os
import random

import numpy as np

__all__ = ["set_seed"]


def set_seed(seed: int) -> None:
    """Seed Python's ``random``, NumPy and (when installed) torch.

    Args:
        seed: Any non-negative integer.

    Examples:
        >>> set_seed(0)
    """
    random.seed(seed)
    np.random.seed(seed % 2**32)
    os.environ["PYTHONHASHSEED"] = str(seed)
    try:
        import torch
    except ImportError:  # torch is optional for the rule-based and baseline stages
        return
    torch.manual_seed(seed)
