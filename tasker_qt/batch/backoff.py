"""Backoff: how long to wait before each retry."""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff with a cap and jitter.

    Retry ``n`` (1, 2, ...) waits ``base * factor ** (n - 1)`` seconds, at most
    ``cap``, spread by up to ``jitter`` (a fraction) either way so that many
    items failing together do not retry in lockstep.
    """

    base: float = 0.5
    factor: float = 2.0
    cap: float = 30.0
    jitter: float = 0.1

    def __post_init__(self) -> None:
        if self.base < 0 or self.factor < 1 or self.cap < 0 or not 0 <= self.jitter < 1:
            raise ValueError(
                f"Backoff needs base >= 0, factor >= 1, cap >= 0 and 0 <= jitter < 1, got {self}"
            )

    def delay(self, retry: int, rand: random.Random | None = None) -> float:
        """Seconds to wait before retry number ``retry`` (counting from 1)."""
        plain = min(self.cap, self.base * self.factor ** (retry - 1))
        spread = (rand or random).uniform(-self.jitter, self.jitter)
        return max(0.0, plain * (1 + spread))
