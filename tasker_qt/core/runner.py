"""The seam between the manager (one lifecycle) and where jobs run (three runners).

A runner only knows how to start, stop and watch a job; the manager owns the
task's lifecycle. Runners report back through ``JobHost``, always in the GUI
thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Protocol

from .outcome import Outcome
from .task import Task


class JobHost(Protocol):
    """What a runner calls, in the GUI thread, as its jobs progress."""

    def job_started(self, task: Task) -> None: ...
    def job_ended(self, task: Task, outcome: Outcome) -> None: ...
    def job_event(self, task: Task, name: str, data: Any) -> None: ...
    def job_log(self, task: Task, text: str) -> None: ...
    def job_flush(self, task: Task) -> None: ...
    def jobs_progressed(self, tasks: Iterable[Task]) -> None: ...


class Runner(Protocol):
    """Runs one kind of job."""

    def prepare(
        self, task: Task, func: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> Any:
        """Check a submission in the caller's thread; raise TypeError for bad input."""

    def start(self, task: Task, job: Any) -> None:
        """Run the prepared job (GUI thread)."""

    def relay_stop(self, task: Task) -> None:
        """Carry a stop request to where the job runs.

        The manager has already raised the task's cooperative flag; a runner
        whose jobs read it elsewhere (another process) passes it on.
        """

    def cancel(self, task: Task) -> None:
        """The forced part of a cancel, where the kind has one (after ``relay_stop``)."""

    async def close(self, timeout: float) -> None:
        """Force-stop what is left, release threads/processes, within about ``timeout``."""
