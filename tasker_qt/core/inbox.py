"""GuiInbox: hands calls from any thread to the GUI thread, many per wake-up."""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

log = logging.getLogger(__name__)


class GuiInbox(QObject):
    """A thread-safe queue of calls drained in the thread that owns this object.

    One queued signal wakes the owner however many calls were posted since the
    last drain, so a worker posting thousands of completions per second costs
    the GUI one wake-up per event-loop pass, not one per post. Calls run in
    the order they were posted. Must be created in the GUI thread.
    """

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
        """Run the calls posted so far (normally on wake-up; callable directly to catch up)."""
        # Disarm before draining: a post racing with this drain either lands in
        # this pass or sees the flag down and wakes us again.
        self._armed = False
        calls = self._calls
        # Only what is here now, so a flood of posts cannot starve the GUI.
        for _ in range(len(calls)):
            try:
                func, args = calls.popleft()
            except IndexError:  # a nested event loop drained them already
                return
            try:
                func(*args)
            except Exception:
                log.exception("error in %r posted to the GUI thread", func)
