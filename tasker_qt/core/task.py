"""Task: one background job as the GUI sees it, with the questions a Future answers."""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal

from .outcome import Outcome
from .status import TaskStatus

if TYPE_CHECKING:
    from .context import ExecutionContext

TaskKind = Literal["async", "thread", "process"]

# Ids are never reused for the life of the process (unlike id() addresses).
_next_id = itertools.count(1).__next__


def _no_manager() -> None:
    return None


class AutoKey:
    """The key of a task submitted with ``key=None``: unique, never equal to a user key."""

    __slots__ = ("task_id",)

    def __init__(self, task_id: int) -> None:
        self.task_id = task_id

    def __repr__(self) -> str:
        return f"<auto key {self.task_id}>"


class Task:
    """A background job: its identity, state, progress and final result.

    Only the manager changes a task, always in the GUI thread; reading it is
    safe from anywhere.
    """

    def __init__(
        self,
        kind: TaskKind,
        name: str,
        key: Any = None,
        when_done: Callable[[Task], Any] | None = None,
        when_event: Callable[[Task, str, Any], Any] | None = None,
    ) -> None:
        self.id: int = _next_id()
        self.key: Any = AutoKey(self.id) if key is None else key
        self.name = name
        self.kind: TaskKind = kind
        self.created_at: float = time.time()
        self.started_at: float | None = None
        self.finished_at: float | None = None
        self.log_lines: list[str] = []
        self._status = TaskStatus.PENDING
        self._progress = 0.0
        self._has_progress = False
        self._message: str | None = None
        self._outcome: Outcome | None = None
        self._when_done = when_done
        self._when_event = when_event
        self._cancel_requested = False
        self._manager_ref: Callable[[], Any] = _no_manager
        self._context: ExecutionContext | None = None

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
    def _task_exception(self) -> BaseException | None:
        """Alias kept for code written for the GTK tasker (read as an attribute)."""
        return self._outcome.exception if self._outcome else None

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

    # --- control ---------------------------------------------------------------

    def cancel(self) -> bool:
        """Ask the task to stop; False if it had already finished."""
        manager = self._manager_ref()
        if self.is_final() or manager is None:
            return False
        return manager.cancel(self)
