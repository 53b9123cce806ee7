"""The grace period of a cancelled job that runs elsewhere, before its worker is killed.

Both process runners (this machine's pool and Dask) give it; a job keeps its
timer in its ``grace`` attribute, and no timer outlives its job.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer


class Graced(Protocol):
    grace: QTimer | None


def start_grace(job: Graced, parent: QObject, ms: int, expired: Callable[[], None]) -> None:
    """Call ``expired()`` in ``ms`` milliseconds, unless ``job``'s grace runs already."""
    if job.grace is not None:
        return
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse one fires up to 5 % early
    timer.setInterval(ms)
    timer.timeout.connect(expired)
    timer.start()
    job.grace = timer


def drop_grace(job: Graced) -> None:
    """Stop and delete ``job``'s grace timer, if it has one."""
    if job.grace is not None:
        job.grace.stop()
        job.grace.deleteLater()
        job.grace = None
