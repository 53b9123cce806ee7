"""ExecutionContext: what a job uses to report progress and check for cancellation.

The hot calls (``set_progress``, ``set_message``, ``is_cancelled``) only read
or store an attribute: they never lock, emit or block. Whoever watches the job
(the manager's ticker for threads and coroutines, a sender thread inside a
worker process) reads those attributes at frame rate, which is how updates are
coalesced. Events and log lines go through the context's sink, in order.
"""

from __future__ import annotations

import math
from typing import Any, NamedTuple, Protocol

from .step_aside import follow_lateness, step_aside

# step_aside.GUI_LATE as the hot calls read it: a plain global of their own
# module is the cheapest read there is (the list item costs a fifth of a bare
# method call more).
_gui_late = False


def _follow(late: bool) -> None:
    global _gui_late
    _gui_late = late


follow_lateness(_follow)


class ProgressState(NamedTuple):
    """What a job last reported: progress ``value`` of ``total``, and its message."""

    value: float | None
    total: float
    message: str | None


class ContextSink(Protocol):
    """Where a context delivers what must not be coalesced."""

    def event(self, name: str, data: Any) -> None: ...
    def log(self, text: str) -> None: ...
    def flush(self) -> None: ...


class _NullSink:
    def event(self, name: str, data: Any) -> None:
        pass

    def log(self, text: str) -> None:
        pass

    def flush(self) -> None:
        pass


_NULL_SINK = _NullSink()


def _clamp(fraction: float) -> float:
    return 0.0 if fraction < 0.0 else 1.0 if fraction > 1.0 else fraction


def _real(value: Any) -> float:
    """A stored report as a float; NaN ("nothing new") for one that is no real number.

    ``set_progress`` stores what passes unary plus; this is where it becomes a
    float, once per read. Something that passes but is no real number (a
    complex, an array of many values) is ignored, as a NaN is.
    """
    if value.__class__ is float:
        return value
    try:
        return float(value)
    except OverflowError:  # an int beyond float's range
        return math.inf if value > 0 else -math.inf
    except (TypeError, ValueError, ArithmeticError):
        return math.nan


def _check_total(total: float) -> float:
    total = float(total)
    if not (total > 0 and math.isfinite(total)):
        raise ValueError(f"total must be a positive finite number, got {total!r}")
    return total


class ExecutionContext:
    """Passed as the first argument to every job.

    ``set_progress(value)`` reports ``value / total`` (clamped to 0..1);
    ``sub_context`` hands a part of the range to a sub-step.
    """

    __slots__ = ("_cancelled", "_message", "_sink", "_total", "_value")

    def __init__(self, sink: ContextSink | None = None) -> None:
        self._value: float | None = None  # None: no progress reported yet
        self._total = 1.0
        self._message: str | None = None
        self._cancelled = False
        self._sink: ContextSink = sink or _NULL_SINK

    # --- hot path: attribute stores only ---------------------------------------

    def set_progress(self, value: float) -> None:
        """Report progress as ``value`` out of ``total`` (see ``set_total``).

        A NaN is ignored (the last value stands): NumPy and float code produce
        them easily, and a bar cannot show one. Infinities clamp to 0 or 1.
        Any real number will do (int, float, NumPy scalar, Fraction); a str,
        None or anything else that is no number raises TypeError here. Unary
        plus makes that check at half the cost of ``float()``, which is left
        to whoever reads the value.
        """
        self._value = +value
        if _gui_late:
            step_aside()

    def set_message(self, text: str | None) -> None:
        self._message = None if text is None else str(text)
        if _gui_late:
            step_aside()

    def is_cancelled(self) -> bool:
        """True once the task was asked to stop; check it often and return."""
        if _gui_late:
            step_aside()
        return self._cancelled

    # --- less frequent ---------------------------------------------------------

    def set_total(self, total: float) -> None:
        """Set what ``set_progress`` counts up to (default 1.0)."""
        self._total = _check_total(total)

    def sub_context(
        self, base_progress: float, progress_range: float, total: float = 1.0
    ) -> ExecutionContext:
        """A child whose own 0..1 maps onto ``[base, base + range]`` of this context."""
        return _SubContext(self, base_progress, progress_range, total)

    def send_event(self, name: str, data: Any = None) -> None:
        """Send custom data to the task's ``when_event`` callback, in order, never dropped."""
        if not isinstance(name, str):
            raise TypeError(f"event name must be a str, got {type(name).__name__}")
        self._sink.event(name, data)

    def log(self, text: str) -> None:
        """Add a line to the task's log (shown in the details view)."""
        self._sink.log(str(text))

    def flush(self) -> None:
        """Deliver pending progress and message to the GUI now."""
        self._sink.flush()

    # --- for watchers ----------------------------------------------------------

    def _set_fraction(self, fraction: float) -> None:
        self._value = fraction * self._total

    def stop_was_requested(self) -> bool:
        """``is_cancelled()`` for runners: never steps aside (that is for job code)."""
        return self._cancelled

    def _detach(self) -> None:
        """Deliver nothing more: the task is final, and what it sends now is dropped anyway.

        The sink refers to the task, which refers to this context: letting go
        of it frees a finished task as soon as nobody holds it, instead of at
        the next collection of reference cycles (which, with thousands of
        tasks a second, took half the GUI thread's time per task).
        """
        self._sink = _NULL_SINK

    def _stop_requested(self) -> None:
        """Make ``is_cancelled()`` true (called by whoever relays a cancel request)."""
        self._cancelled = True

    def snapshot(self) -> tuple[float | None, str | None]:
        """(progress 0..1, or None if there is no new value to show; message), for watchers.

        This is where reports are made safe for the GUI, once per read rather
        than on every store: the fraction is finite and within 0..1, and a NaN
        reads as "nothing new", so whoever shows progress keeps the last value.
        """
        if self._value is None:  # nothing reported yet
            return None, self._message
        value = _real(self._value)
        if value != value:  # NaN
            return None, self._message
        return _clamp(value / self._total), self._message

    def state(self) -> ProgressState:
        """The reported state, as a worker process sends it to the parent."""
        value = None if self._value is None else _real(self._value)
        return ProgressState(value, self._total, self._message)

    def mirror(self, state: ProgressState) -> None:
        """Take on the state a job reported elsewhere (the parent's copy of a process job)."""
        self._value, self._total, self._message = state


class _SubContext(ExecutionContext):
    """Maps its own progress onto a slice of its parent's; shares everything else."""

    __slots__ = ("_base", "_parent", "_range")

    def __init__(self, parent: ExecutionContext, base: float, span: float, total: float) -> None:
        base, span = float(base), float(span)
        if not (0.0 <= base <= 1.0 and span >= 0.0 and base + span <= 1.0 + 1e-9):
            raise ValueError(f"sub_context({base}, {span}) must lie within 0..1 of its parent")
        super().__init__(parent._sink)
        self._parent = parent
        self._base = base
        self._range = span
        self._total = _check_total(total)

    def set_progress(self, value: float) -> None:
        self._set_fraction(_clamp(+value / self._total))  # a str or None: TypeError, as above

    def _set_fraction(self, fraction: float) -> None:
        self._parent._set_fraction(self._base + self._range * fraction)

    def set_message(self, text: str | None) -> None:
        self._parent.set_message(text)

    def is_cancelled(self) -> bool:
        return self._parent.is_cancelled()

    def snapshot(self) -> tuple[float | None, str | None]:
        return self._parent.snapshot()
