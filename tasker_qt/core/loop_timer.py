"""One Qt timer for all of an asyncio loop's callbacks.

qasync gives every callback (each ``call_soon`` and ``call_later``, so every
``await`` that resumes a coroutine) a Qt timer of its own, and ends it with
``QObject.killTimer()``, a call that lets go of the interpreter lock. While
job threads want the lock, taking it back means queueing behind them (about
0.1 ms with 64 paced jobs, up to 5 ms behind a tight loop), once per callback:
100 coroutines ticking every 10 ms then left the GUI thread too little time
for its frames.

``CallbackTimer`` keeps the callbacks in a heap by due time and runs every
callback that is due from one ``QTimer`` (whose ``start()`` keeps the lock),
as a plain asyncio loop does each turn: callbacks scheduled by these run on
the next turn, after Qt has handled its events, so coroutines cannot starve
the GUI either.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import logging
import math
import time
import weakref
from typing import Any

import qasync
from PySide6.QtCore import QObject, Qt, QTimer

from .home_thread import DeletedAtHome

# Once the heap holds this many entries, cancelled ones are dropped (and then
# again whenever it doubles): a callback cancelled long before it is due
# (a timeout that did not happen) must not be kept until then.
_TIDY_FROM = 512
_LONGEST_MS = 3_600_000


class CallbackTimer(DeletedAtHome, QObject):
    """Runs a qasync loop's callbacks when due; stands in for qasync's own timer."""

    def __init__(self, loop: asyncio.AbstractEventLoop, previous: Any = None) -> None:
        super().__init__()
        # Not the loop itself: the loop holds this timer, and a reference cycle
        # would leave the loop, and all its callbacks hold, to the cycle
        # collector (see home_thread.py).
        self._loop = weakref.ref(loop)
        self._due: list[tuple[float, int, asyncio.Handle]] = []
        self._order = itertools.count()
        self._armed_for = math.inf  # the due time the Qt timer is set for
        self._stopped = False
        self._debug = False
        self._tidy_at = _TIDY_FROM
        # qasync's timer, kept until the callbacks it already holds have run
        self._previous = previous
        self._timer = QTimer(self, singleShot=True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._run_due)

    # --- what qasync's loop calls --------------------------------------------

    def add_callback(self, handle: asyncio.Handle, delay: float = 0) -> asyncio.Handle:
        if self._stopped:  # a closed loop runs nothing more, as with qasync's timer
            return handle
        when = time.monotonic() + max(0.0, delay)
        heapq.heappush(self._due, (when, next(self._order), handle))
        if when < self._armed_for:
            self._arm(when)
        if len(self._due) >= self._tidy_at:
            self._tidy()
        return handle

    def stop(self) -> None:
        self._stopped = True
        self._timer.stop()
        self._due.clear()
        if self._previous is not None:  # deleted here, in its own thread
            self._previous.stop()
            self._previous.deleteLater()
            self._previous = None

    def set_debug(self, enabled: bool) -> None:
        self._debug = enabled

    # --- running them ----------------------------------------------------------

    def _arm(self, when: float) -> None:
        self._armed_for = when
        wait = (when - time.monotonic()) * 1000
        # A callback an hour or forever away (call_later(math.inf)) waits in
        # steps a Qt timer can take; each step runs what is due by then.
        self._timer.start(max(0, math.ceil(wait)) if wait < _LONGEST_MS else _LONGEST_MS)

    def _run_due(self) -> None:
        """One turn: the callbacks due now, in order; those they schedule wait for the next."""
        self._armed_for = -math.inf  # no re-arming per callback during the turn
        now, last = time.monotonic(), next(self._order)
        due = self._due
        try:
            while due and due[0][0] <= now and due[0][1] < last:
                handle = heapq.heappop(due)[2]
                if not handle.cancelled():
                    self._run(handle)
        finally:
            self._armed_for = math.inf
            if due and not self._stopped:
                self._arm(due[0][0])

    def _run(self, handle: asyncio.Handle) -> None:
        if not self._debug:
            handle._run()
            return
        start = time.perf_counter()
        handle._run()
        took = time.perf_counter() - start
        loop = self._loop()
        if loop is not None and took >= loop.slow_callback_duration:
            logging.getLogger("asyncio").warning("Executing %s took %.3f seconds", handle, took)

    def _tidy(self) -> None:
        self._due = [entry for entry in self._due if not entry[2].cancelled()]
        heapq.heapify(self._due)
        self._tidy_at = max(_TIDY_FROM, 2 * len(self._due))


def batch_callbacks(loop: asyncio.AbstractEventLoop) -> None:
    """Give a qasync loop one timer for all its callbacks (other loops are left alone)."""
    timer = getattr(loop, "_timer", None)
    if type(timer) is qasync._SimpleTimer:  # qasync 0.28's per-callback timers
        loop._timer = CallbackTimer(loop, previous=timer)  # type: ignore[attr-defined]
