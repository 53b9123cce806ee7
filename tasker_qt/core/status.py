"""The five states a task moves through."""

from enum import StrEnum


class TaskStatus(StrEnum):
    """A task's state; a ``str`` so ``task.get_status() == "completed"`` holds."""

    PENDING = "pending"
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"

    @property
    def is_final(self) -> bool:
        return self in _FINAL


_FINAL = frozenset({TaskStatus.COMPLETED, TaskStatus.FAILED, TaskStatus.CANCELLED})
