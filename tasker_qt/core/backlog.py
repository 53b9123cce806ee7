"""Backpressure for events and log lines: a job may not run too far ahead of the GUI.

Events are never coalesced or dropped, so a thread job that sends them faster
than the GUI handles them would queue without bound (1,000,000 events held
226 MB and froze the GUI). Each task counts what it has sent and the GUI has
not yet handled; past a bound in items or bytes, ``send_event`` and ``log``
wait in the job's thread until the GUI catches up. The GUI thread itself
never waits (coroutine jobs run there): it could not catch up while waiting.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any

MAX_ITEMS = 10_000
MAX_BYTES = 32 * 1024 * 1024
_MAKING = threading.Lock()


def size_of(data: Any) -> int:
    """A cheap estimate of what ``data`` holds: exact for text and bytes, shallow otherwise."""
    try:
        return sys.getsizeof(data)
    except TypeError:  # some extension types refuse
        return 64


class Backlog:
    """What one task has sent and the GUI has not handled yet, with a bound on it."""

    __slots__ = ("_bytes", "_condition", "_items", "_max_bytes", "_max_items")

    def __init__(self, max_items: int = MAX_ITEMS, max_bytes: int = MAX_BYTES) -> None:
        self._max_items = max_items
        self._max_bytes = max_bytes
        self._items = 0
        self._bytes = 0
        # Made on first use: most tasks never send an event or log line, and a
        # Condition costs more to make than a tiny task costs to run.
        self._condition: threading.Condition | None = None

    @property
    def _changed(self) -> threading.Condition:
        condition = self._condition
        if condition is None:
            with _MAKING:  # a job may send from several threads at once
                if self._condition is None:
                    self._condition = threading.Condition(threading.Lock())
                condition = self._condition
        return condition

    def take(self, size: int, may_wait: bool, still_wanted: Callable[[], bool]) -> None:
        """Count an item in; first wait while over the bound (if ``may_wait``).

        ``still_wanted`` is asked every 100 ms: a task that ended, or a manager
        that is gone, must not keep a thread waiting for a GUI that will never
        catch up with it.
        """
        changed = self._changed
        with changed:
            while may_wait and self._over() and still_wanted():
                changed.wait(0.1)
            self._items += 1
            self._bytes += size

    def release(self, size: int) -> None:
        """The GUI handled an item of ``size``."""
        changed = self._changed
        with changed:
            self._items -= 1
            self._bytes -= size
            # Wake a waiting job as soon as there is room. Waking it only once
            # the backlog has halved lets it send in bursts (twice the events a
            # second) but holding the GIL that long tripled the GUI's lateness
            # (timer p99 14 ms -> 30-40 ms at 1,000,000 events).
            if not self._over():
                changed.notify_all()

    def _over(self) -> bool:
        return self._items >= self._max_items or self._bytes >= self._max_bytes
