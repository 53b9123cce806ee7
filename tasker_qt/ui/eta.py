"""Time left and stall detection from the recent rate of progress."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable

MIN_SPAN = 1.0  # seconds of history before any estimate
MAX_ETA = 366 * 24 * 3600.0  # seconds; a longer "estimate" is noise


class _Trace:
    """A task's recent (time, progress) samples, and when its progress last moved."""

    __slots__ = ("last_change", "samples")

    def __init__(self, now: float) -> None:
        self.samples: deque[tuple[float, float]] = deque()
        self.last_change = now


class ProgressRate:
    """Watches each task's progress over a sliding window.

    ``eta`` extrapolates the rate seen over the last ``window`` seconds, so a
    job that speeds up or slows down is re-estimated quickly; ``stalled`` is
    true once progress has not moved for ``stall_after`` seconds (a hint for
    the user, not a status).
    """

    def __init__(
        self,
        stall_after: float = 30.0,
        window: float = 15.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stall_after = stall_after
        self.window = window
        self._clock = clock
        self._traces: dict[int, _Trace] = {}

    def record(self, task_id: int, progress: float) -> None:
        self.record_all([(task_id, progress)])

    def record_all(self, reports: Iterable[tuple[int, float]]) -> None:
        """Sample (task id, progress) for many tasks at once, at one reading of the clock.

        The table samples every task that reported, once a second: tens of
        thousands in one go.
        """
        now = self._clock()
        oldest = now - self.window
        traces = self._traces
        for task_id, progress in reports:
            if not 0.0 <= progress <= 1.0:  # NaN and anything out of range say nothing
                continue
            trace = traces.get(task_id)
            if trace is None:
                trace = traces[task_id] = _Trace(now)
            samples = trace.samples
            if samples and samples[-1][1] == progress:
                continue
            samples.append((now, progress))
            trace.last_change = now
            while len(samples) > 2 and samples[1][0] < oldest:
                samples.popleft()

    def forget(self, task_id: int) -> None:
        self._traces.pop(task_id, None)

    def eta(self, task_id: int) -> float | None:
        """Seconds left, or None while there is too little history to go by.

        The rate is measured up to now, not to the last change, so an
        estimate grows honestly while a job pauses instead of counting down
        to zero.
        """
        trace = self._traces.get(task_id)
        if trace is None or len(trace.samples) < 2:
            return None
        (t0, p0), (_, p1) = trace.samples[0], trace.samples[-1]
        span = self._clock() - t0
        if p1 <= p0 or span < MIN_SPAN:
            return None
        eta = (1.0 - p1) * span / (p1 - p0)
        return eta if eta <= MAX_ETA else None  # beyond that it is no estimate

    def stalled(self, task_id: int) -> bool:
        trace = self._traces.get(task_id)
        return trace is not None and self._clock() - trace.last_change >= self.stall_after


def format_duration(seconds: float) -> str:
    """'0:07', '12:30', '1:02:03'."""
    seconds = round(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}"
