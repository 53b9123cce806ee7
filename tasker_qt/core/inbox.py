"""GuiInbox: hands calls from any thread to the GUI thread, many per wake-up."""

from __future__ import annotations

import logging
import threading
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

    A submitting thread cannot run far ahead of the GUI (``post_new_work``):
    a loop that submits 100,000 tasks would otherwise make them all at once,
    hold the interpreter lock against the GUI while it registers them (timer
    gaps of 100-160 ms), and leave 100,000 tasks for the cyclic collector to
    go through again and again. Posts that only report on work the GUI
    already knows of (a job started or ended) need no bound: there is no more
    of them than of tasks it registered.

    The bound is small: a submitter that may run ahead by 1,024 calls holds
    the interpreter lock for a few milliseconds at a time, so the GUI waited
    for it inside every pass (100,000 no-op tasks from a thread: the timer
    23-33 ms late at p99). At 128 it lets go after about half a millisecond
    of submitting (the timer 8-10 ms late), with no fewer tasks a second;
    below 128 the GUI runs out of work to register and the burst takes longer.
    """

    SLICE = 0.002  # seconds of calls per event-loop pass
    BACKLOG = 128  # calls waiting beyond which new work from another thread waits
    STUCK = 0.1  # seconds without a drain after which posts no longer wait

    _wake = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._calls: deque[tuple[Any, ...]] = deque()  # (func, *args): one object a call
        self._armed = False
        self._home = threading.get_ident()
        self._room = threading.Condition(threading.Lock())  # notified as calls are drained
        self._waiting = 0  # posters waiting for room (read without the lock: a hint)
        self._last_drain = time.monotonic()
        # Always queued, also when posting from the GUI thread: a post never
        # re-enters the caller.
        self._wake.connect(self.drain, Qt.ConnectionType.QueuedConnection)

    def post(self, func: Callable[..., Any], *args: Any) -> None:
        """Have the GUI thread call ``func(*args)``, after every call posted before."""
        self._calls.append((func, *args))
        if not self._armed:
            self._armed = True
            self._wake.emit()

    def post_new_work(self, func: Callable[..., Any], *args: Any) -> None:
        """``post`` for a call that brings the GUI new work (a submission).

        From another thread it first waits while ``BACKLOG`` calls are waiting,
        unless the GUI has drained nothing for ``STUCK`` seconds: it may be
        busy elsewhere, or waiting for this very thread.
        """
        if len(self._calls) >= self.BACKLOG and threading.get_ident() != self._home:
            self._wait_for_room()
        self.post(func, *args)

    def _wait_for_room(self) -> None:
        room = self._room
        with room:
            self._waiting += 1
            try:
                while (
                    len(self._calls) >= self.BACKLOG
                    and time.monotonic() - self._last_drain < self.STUCK
                ):
                    room.wait(self.STUCK / 4)
            finally:
                self._waiting -= 1

    def _make_room(self) -> None:
        """Let waiting submitters go on as soon as there is room (see backlog.py's release)."""
        self._last_drain = time.monotonic()
        if self._waiting and len(self._calls) < self.BACKLOG:
            with self._room:
                self._room.notify_all()

    @Slot()
    def drain(self) -> None:
        """Run the calls posted so far, for one slice (normally on wake-up)."""
        self._drain(self.SLICE)

    def drain_all(self) -> None:
        """Run every call posted so far, now (to catch up before shutting down)."""
        self._drain(None)

    def _drain(self, budget: float | None) -> None:
        try:
            self._run_calls(budget)
        finally:
            self._make_room()

    def _run_calls(self, budget: float | None) -> None:
        # Disarm before draining: a post racing with this drain either lands in
        # this pass or sees the flag down and wakes us again.
        self._armed = False
        calls = self._calls
        deadline = None if budget is None else time.perf_counter() + budget
        # Only what is here now, so a flood of posts cannot starve the GUI.
        for done in range(len(calls)):
            if done % 64 == 63:
                self._make_room()
                if deadline is not None and time.perf_counter() > deadline:
                    if not self._armed:  # the rest in the next event-loop pass
                        self._armed = True
                        self._wake.emit()
                    return
            try:
                call = calls.popleft()
            except IndexError:  # a nested event loop drained them already
                return
            try:
                call[0](*call[1:])
            except Exception:
                log.exception("error in %r posted to the GUI thread", call[0])
