"""Task: one background job as the GUI sees it, with the questions a Future answers."""

from __future__ import annotations

import asyncio
import itertools
import time
import weakref
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, Literal, Protocol

from .context import ContextSink, ExecutionContext
from .outcome import Outcome
from .status import TaskStatus

TaskKind = Literal["async", "thread", "process", "dask"]

# Ids are never reused for the life of the process (unlike id() addresses).
_next_id = itertools.count(1).__next__


class TaskOwner(Protocol):
    """The manager, as a task sees it: it wires the context and carries out ``cancel``."""

    def sink_for(self, task: Task) -> ContextSink: ...
    def cancel(self, task: Task) -> bool: ...


def _no_owner() -> None:
    return None


class AutoKey:
    """The key of a task submitted with ``key=None``: unique, never equal to a user key.

    Made when asked for and equal by task id, so that a task holds none: one
    object fewer per task for every full collection of the cyclic collector.
    """

    __slots__ = ("task_id",)

    def __init__(self, task_id: int) -> None:
        self.task_id = task_id

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AutoKey):
            return NotImplemented
        return other.task_id == self.task_id

    def __hash__(self) -> int:
        return hash((AutoKey, self.task_id))

    def __repr__(self) -> str:
        return f"<auto key {self.task_id}>"


class Task:
    """A background job: its identity, state, progress and final result.

    A task changes its own state through the small private transitions below
    (``_start``, ``_refresh``, ``_request_cancel``, ``_settle``), which only
    its manager calls, always in the GUI thread; reading a task is safe from
    anywhere.
    """

    def __init__(
        self,
        kind: TaskKind,
        name: str,
        key: Any = None,
        when_done: Callable[[Task], Any] | None = None,
        when_event: Callable[[Task, str, Any], Any] | None = None,
        *,
        owner: TaskOwner | None = None,
        job: str | None = None,
        params: Mapping[str, Any] | None = None,
    ) -> None:
        self.id: int = _next_id()
        self._job = job
        self._params = None if params is None else MappingProxyType(dict(params))
        self._key = key  # None: a fresh one, made when asked for
        self.name = name
        self.kind: TaskKind = kind
        self.created_at: float = time.time()
        self.started_at: float | None = None
        self.finished_at: float | None = None
        self._log_lines: list[str] | None = None  # made by the first line: most jobs log none
        self._status = TaskStatus.PENDING
        self._progress = 0.0
        self._has_progress = False
        self._message: str | None = None
        self._outcome: Outcome | None = None
        self._when_done = when_done
        self._when_event = when_event
        self._cancel_requested = False
        # Only weak references lead back to the manager: it must die by
        # reference counting in the GUI thread, never later in the cyclic
        # collector, which may run on any thread and delete its Qt objects there.
        self._owner: Callable[[], TaskOwner | None] = (
            _no_owner if owner is None else weakref.ref(owner)
        )
        self._context = ExecutionContext(None if owner is None else owner.sink_for(self))

    @property
    def key(self) -> Any:
        """The key it was submitted with, or a fresh ``AutoKey`` if that was None."""
        return AutoKey(self.id) if self._key is None else self._key

    def __repr__(self) -> str:
        return f"<Task {self.id} {self.name!r} {self.kind} {self._status.value}>"

    # --- state -----------------------------------------------------------------

    def get_status(self) -> TaskStatus:
        return self._status

    def get_progress(self) -> float:
        """Progress 0..1 as last delivered to the GUI thread."""
        return self._progress

    def has_progress(self) -> bool:
        """Whether the job has reported any progress yet (else it looks busy)."""
        return self._has_progress

    def get_message(self) -> str | None:
        return self._message

    def is_final(self) -> bool:
        return self._status.is_final

    def is_running(self) -> bool:
        return self._status is TaskStatus.RUNNING

    def is_cancelled(self) -> bool:
        return self._status is TaskStatus.CANCELLED

    def done(self) -> bool:
        return self._status.is_final

    @property
    def cancel_requested(self) -> bool:
        return self._cancel_requested

    @property
    def job(self) -> str | None:
        """The job file this task runs, by name (``"count_primes"``); None for plain functions."""
        return self._job

    @property
    def params(self) -> Mapping[str, Any] | None:
        """The parameter values a job was started with (read-only); None for plain functions."""
        return self._params

    @property
    def log_lines(self) -> list[str]:
        """The lines the job logged so far, oldest first (a new empty list if it logged none)."""
        return [] if self._log_lines is None else self._log_lines

    def _add_log_line(self, text: str) -> None:
        if self._log_lines is None:
            self._log_lines = []
        self._log_lines.append(text)

    # --- result ----------------------------------------------------------------

    def result(self) -> Any:
        """The job's return value; raises its exception if it failed."""
        outcome = self._final_outcome()
        if outcome.exception is not None:
            raise outcome.exception
        return outcome.result

    def exception(self) -> BaseException | None:
        """The job's exception, or None if it completed."""
        return self._final_outcome().exception

    @property
    def error(self) -> BaseException | None:
        """The exception of a failed task; None while it runs or if it did not fail."""
        return self._outcome.exception if self._outcome else None

    @property
    def _task_exception(self) -> BaseException | None:
        """Alias of ``error`` kept for code written for the GTK tasker."""
        return self.error

    def elapsed(self) -> float:
        """Seconds it has run so far, or ran in all once final; 0.0 if it never started."""
        if self.started_at is None:
            return 0.0
        return (self.finished_at or time.time()) - self.started_at

    @property
    def traceback(self) -> str | None:
        """Traceback text of a failed job, the worker's own for process tasks."""
        return self._outcome.traceback if self._outcome else None

    def _final_outcome(self) -> Outcome:
        if self._outcome is None:
            raise asyncio.InvalidStateError(f"task {self.name!r} has not finished")
        if self._status is TaskStatus.CANCELLED:
            raise asyncio.CancelledError(f"task {self.name!r} was cancelled")
        return self._outcome

    def _result_after_cancel(self) -> Any:
        """What a cancelled job returned when it stopped early (None if it was stopped).

        ``result()`` raises for a cancelled task; a batch chunk returns the
        items it finished before it saw the request, and those are kept.
        """
        outcome = self._outcome
        if outcome is None or outcome.status is not TaskStatus.CANCELLED:
            return None
        return outcome.result

    # --- control ---------------------------------------------------------------

    def cancel(self) -> bool:
        """Ask the task to stop; False if it had already finished."""
        owner = self._owner()
        if self.is_final() or owner is None:
            return False
        return owner.cancel(self)

    # --- transitions (the manager calls these, in the GUI thread) ---------------

    def _start(self) -> bool:
        """pending -> running; False if it is not pending (cancelled before it began)."""
        if self._status is not TaskStatus.PENDING:
            return False
        self._status = TaskStatus.RUNNING
        self.started_at = time.time()
        return True

    def _refresh(self) -> float | None:
        """Take in the job's latest progress and message.

        Returns how far the progress moved (0.0 if only the message changed),
        or None if nothing changed: the manager keeps its summed progress with it.
        """
        fraction, message = self._context.snapshot()
        moved = None if message == self._message else 0.0
        self._message = message
        if fraction is not None and (fraction != self._progress or not self._has_progress):
            moved = fraction - self._progress
            self._progress, self._has_progress = fraction, True
        return moved

    def _request_cancel(self) -> None:
        """Ask the job to stop: the one place the cooperative flag is raised."""
        self._cancel_requested = True
        self._context._stop_requested()

    def _settle(self, outcome: Outcome) -> bool:
        """Become final with ``outcome``; False (changing nothing) if already final.

        The rule for cooperative stops is applied here, for every kind of job
        and for graceful shutdown alike: a job that returns normally after it
        was asked to stop ends ``cancelled``, not ``completed``.
        """
        if self._status.is_final:
            return False
        self._refresh()
        if outcome.status is TaskStatus.COMPLETED:
            if self._cancel_requested:  # what it returned stays for _result_after_cancel
                outcome = Outcome(TaskStatus.CANCELLED, result=outcome.result)
            else:
                self._progress, self._has_progress = 1.0, True
        self._outcome = outcome
        self._status = outcome.status
        self.finished_at = time.time()
        self._context._detach()
        return True
