"""TaskFilter: which tasks the table shows, by text (name, message, error) and by status."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from PySide6.QtCore import QCoreApplication

from ..core.status import TaskStatus
from ..core.task import Task
from .cells import error_summary


class Show(Enum):
    """Which tasks the status filter lets through."""

    ALL = "All tasks"
    ACTIVE = "Active"
    FINISHED = "Finished"
    FAILED = "Failed"
    CANCELLED = "Cancelled"

    def accepts(self, status: TaskStatus) -> bool:
        if self is Show.ACTIVE:
            return not status.is_final
        if self is Show.FINISHED:
            return status.is_final
        if self is Show.FAILED:
            return status is TaskStatus.FAILED
        if self is Show.CANCELLED:
            return status is TaskStatus.CANCELLED
        return True

    def label(self) -> str:
        """The choice as the status filter's menu shows it, in the reader's language."""
        translate = QCoreApplication.translate
        return {
            Show.ALL: translate("Show", "All tasks"),
            Show.ACTIVE: translate("Show", "Active"),
            Show.FINISHED: translate("Show", "Finished"),
            Show.FAILED: translate("Show", "Failed"),
            Show.CANCELLED: translate("Show", "Cancelled"),
        }[self]


@dataclass(frozen=True)
class TaskFilter:
    """Text to find in a task's name, message or error (any case), and the statuses shown.

    A task's name never changes, so whether it passes can change only when
    its status or message does: the model asks again then, and at no other
    report.
    """

    text: str = ""
    show: Show = Show.ALL
    # whether every status passes: read for every changed message, where
    # ``show is Show.ALL`` would look the member up through its class each time
    _any_status: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", self.text.strip().casefold())
        object.__setattr__(self, "_any_status", self.show is Show.ALL)

    def is_set(self) -> bool:
        """Whether it could hide a task at all."""
        return bool(self.text) or self.show is not Show.ALL

    def accepts(self, task: Task) -> bool:
        """Whether the task shows: asked for every changed message, so each field is
        searched on its own and the cheapest first (no joined copy to fold)."""
        if not self._any_status and not self.show.accepts(task.get_status()):
            return False
        text = self.text
        if not text:
            return True
        message = task.get_message()
        if message and text in message.casefold():
            return True
        if text in task.name.casefold():
            return True
        error = error_summary(task)
        return error is not None and text in error.casefold()
