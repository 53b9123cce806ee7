"""GuiInbox: hands calls from any thread to the GUI thread, many per wake-up."""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from .home_thread import DeletedAtHome

log = logging.getLogger(__name__)


class GuiInbox(DeletedAtHome, QObject):
    """A thread-safe queue of calls drained in the thread that owns this object.

    One queued signal wakes the owner however many calls were posted since the
    last drain, so a worker posting thousands of completions per second costs
    the GUI one wake-up per event-loop pass, not one per post. Calls run in
    the order they were posted. A drain stops after ``SLICE`` seconds and
    wakes itself again, so that a flood of posts is handled in slices with
    timers, input and painting in between. Must be created in the GUI thread.
    """

    SLICE = 0.004  # seconds of calls per event-loop pass

    _wake = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._calls: deque[tuple[Callable[..., Any], tuple[Any, ...]]] = deque()
        self._armed = False
        # Always queued, also when posting from the GUI thread: a post never
        # re-enters the caller.
        self._wake.connect(self.drain, Qt.ConnectionType.QueuedConnection)

    def post(self, func: Callable[..., Any], *args: Any) -> None:
        self._calls.append((func, args))
        if not self._armed:
            self._armed = True
            self._wake.emit()

    @Slot()
    def drain(self) -> None:
        """Run the calls posted so far, for one slice (normally on wake-up)."""
        self._drain(self.SLICE)

    def drain_all(self) -> None:
        """Run every call posted so far, now (to catch up before shutting down)."""
        self._drain(None)

    def _drain(self, budget: float | None) -> None:
        # Disarm before draining: a post racing with this drain either lands in
        # this pass or sees the flag down and wakes us again.
        self._armed = False
        calls = self._calls
        deadline = None if budget is None else time.perf_counter() + budget
        # Only what is here now, so a flood of posts cannot starve the GUI.
        for done in range(len(calls)):
            if deadline is not None and done % 64 == 63 and time.perf_counter() > deadline:
                if not self._armed:  # the rest in the next event-loop pass
                    self._armed = True
                    self._wake.emit()
                return
            try:
                func, args = calls.popleft()
            except IndexError:  # a nested event loop drained them already
                return
            try:
                func(*args)
            except Exception:
                log.exception("error in %r posted to the GUI thread", func)
