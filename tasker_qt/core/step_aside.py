"""Thread jobs step aside for a late GUI.

Thread jobs share the GUI thread's interpreter lock. Dozens of busy ones can
keep the GUI from ever getting it, and even jobs that sleep between steps make
it slow to get back: every call into Qt lets go of the lock, and taking it
again means queueing behind every job thread that woke meanwhile (about 0.1 ms
each time with 64 paced jobs; a frame makes hundreds of such calls).

So while the GUI is late (the task manager's frame timer fires late, or a
turn of GUI work took half a frame), or a long turn is about to begin (the
repaint of a re-sorted table: ``long_turn_ahead``), ``GUI_LATE`` is set,
and the hot calls of jobs in other threads (``set_progress``,
``set_message``, ``is_cancelled``) step aside:

* while the GUI thread does a frame's work (``gui_turn()`` around the manager's
  tick, the model's flush and the table's paint), they wait until it is done
  (at most ``TURN_WAIT``), so the GUI takes the lock back without a queue.
  They wait on the turn's own gate, a lock the GUI thread holds through the
  turn: at its end the GUI lets one job through, and each job lets the next
  one through as it goes on. Waking every waiting job at once (an Event)
  cost the GUI thread about 0.4 ms per turn with 64 paced jobs, three turns
  a frame, and left them all queueing for the interpreter lock together;
* otherwise they sleep ``STEP_ASIDE``, so that tight loops leave gaps in which
  the GUI can run at all.

When the GUI is on time the cost to a job is one flag read: a plain global of
the module the hot calls live in (the fastest read Python has), which follows
``GUI_LATE`` through ``follow_lateness``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from types import TracebackType

GUI_LATE = [False]
GUI_THREAD = [threading.main_thread().ident]
STEP_ASIDE = 0.001
TURN_WAIT = 0.02  # a job never waits longer for one GUI turn
SLOW_TURN = 0.008  # a turn this long means the GUI is late (half a frame)
# Once late, jobs keep stepping aside for a while: the GUI is on time again
# only because they do, and letting go at once makes it late at once.
LATE_FOR = 0.5
# A turn known to be long before it starts (a re-sorted table's repaint) has
# jobs step aside this long, unless the GUI is late anyway.
AHEAD_FOR = 0.05
_late_until = [0.0]
_followers: list[Callable[[bool], None]] = []

# The gate of the GUI turn in progress while jobs step aside for it, else None.
_turn_gate: list[threading.Lock | None] = [None]


def step_aside() -> None:
    """Called by a hot call while the GUI is late: give the GUI the lock."""
    if threading.get_ident() == GUI_THREAD[0]:  # coroutine jobs are the GUI
        return
    gate = _turn_gate[0]
    if gate is None:
        time.sleep(STEP_ASIDE)
    elif gate.acquire(timeout=TURN_WAIT):  # through once the turn is over...
        gate.release()  # ...and the next job waiting for it goes on


def follow_lateness(follower: Callable[[bool], None]) -> None:
    """Call ``follower(late)`` now and whenever ``GUI_LATE`` changes (rarely: not per frame)."""
    _followers.append(follower)
    follower(GUI_LATE[0])


def _set_late(late: bool) -> None:
    if GUI_LATE[0] is not late:
        GUI_LATE[0] = late
        for follower in _followers:
            follower(late)


def _step_aside_until(until: float) -> None:
    """Jobs step aside from now until ``until`` (perf_counter) at least."""
    _late_until[0] = max(_late_until[0], until)
    _set_late(True)


def gui_was_late(now: float) -> None:
    """The GUI thread ran late at ``now`` (perf_counter): jobs step aside for a while."""
    _step_aside_until(now + LATE_FOR)


def long_turn_ahead(now: float) -> None:
    """The GUI's next turn will be long (a whole table to repaint): jobs step
    aside for it as if the GUI were late, for ``AHEAD_FOR`` at least.

    A turn that turns out long marks the GUI late, but only once it is over;
    a re-sort once a second comes after that mark has lapsed, and its paint
    (a whole viewport, 14-17 ms of the GUI's own CPU under load) then queued
    for the interpreter lock behind every job thread (40-60 ms).
    """
    _step_aside_until(now + AHEAD_FOR)


def check_lateness(now: float) -> None:
    """Stop stepping aside once the GUI has been on time for ``LATE_FOR``."""
    _set_late(now < _late_until[0])


class _GuiTurn:
    """``with gui_turn():`` around a frame's work on the GUI thread.

    Only while the GUI is late does it make job threads wait; otherwise it
    costs a flag read. Turns nest (a flush inside a tick is one turn); only
    the GUI thread takes them, so a plain counter is enough.
    """

    __slots__ = ("_depth", "_gate", "_start")

    def __init__(self) -> None:
        self._depth = 0
        self._gate: threading.Lock | None = None
        self._start = 0.0

    def __enter__(self) -> None:
        self._depth += 1
        if self._depth > 1:
            return
        self._start = time.perf_counter()
        if GUI_LATE[0]:
            gate = self._gate = threading.Lock()  # a new one: jobs still passing the last go on
            gate.acquire()
            _turn_gate[0] = gate

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._depth -= 1
        if self._depth:
            return
        gate = self._gate
        if gate is not None:
            self._gate = None
            if _turn_gate[0] is gate:
                _turn_gate[0] = None
            gate.release()
        now = time.perf_counter()
        if now - self._start > SLOW_TURN:
            gui_was_late(now)


_TURN = _GuiTurn()


def gui_turn() -> _GuiTurn:
    """The GUI thread's turn: job threads that report meanwhile wait for its end."""
    return _TURN


def reset() -> None:
    """Nobody is late any more (a manager shut down or went idle)."""
    _set_late(False)
    _late_until[0] = 0.0
    _turn_gate[0] = None  # no job starts waiting (a turn in progress lets through those that did)
