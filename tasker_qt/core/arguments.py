"""Checks for the numbers the manager is configured with: a clear error where one is given.

``TaskManager(process_grace=float("nan"))`` would otherwise fail later and
far away (a grace timer that cannot be set), and ``shutdown(timeout=-1)``
would wait for nothing.
"""

from __future__ import annotations

import math
from typing import Any


def duration(name: str, value: Any, unit: str = "seconds") -> float:
    """A finite, non-negative length of time."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{name} must be a number of {unit}, not {value!r}")
    if not (math.isfinite(value) and value >= 0):
        raise ValueError(f"{name} must be a finite number of {unit} >= 0, not {value!r}")
    return float(value)


def count(name: str, value: Any) -> int | None:
    """A positive whole number, or None for the default."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be a whole number or None, not {value!r}")
    if value < 1:
        raise ValueError(f"{name} must be at least 1, not {value!r}")
    return value
