"""How a job ended, as every runner reports it to the manager."""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from typing import Any

from .status import TaskStatus


@dataclass(frozen=True, slots=True)
class Outcome:
    """The end of one job: a final status plus its result or error."""

    status: TaskStatus
    result: Any = None
    exception: BaseException | None = None
    traceback: str | None = None

    @classmethod
    def completed(cls, result: Any) -> Outcome:
        return _COMPLETED_WITH_NONE if result is None else cls(TaskStatus.COMPLETED, result=result)

    @classmethod
    def cancelled(cls) -> Outcome:
        return _CANCELLED

    @classmethod
    def failed(cls, exc: BaseException, tb: str | None = None) -> Outcome:
        if tb is None:
            tb = "".join(traceback.format_exception(exc))
        return cls(TaskStatus.FAILED, exception=exc, traceback=tb)

    @classmethod
    def raised_by_job(cls, exc: BaseException) -> Outcome:
        """A job's own exception, its traceback starting in the job, not in our runner."""
        return cls.failed(drop_runner_frame(exc))


# Outcomes are immutable. Most jobs return None, and those share one: one
# object less per finished task for the cyclic collector to go through.
_COMPLETED_WITH_NONE = Outcome(TaskStatus.COMPLETED)
_CANCELLED = Outcome(TaskStatus.CANCELLED)


def drop_runner_frame(exc: BaseException) -> BaseException:
    """Remove the runner's own frame (the caller of the job) from ``exc``'s traceback."""
    if exc.__traceback__ is not None:
        exc.__traceback__ = exc.__traceback__.tb_next
    return exc
