"""What each cell of the task table says: plain functions of a task, testable without a model."""

from __future__ import annotations

import time
from enum import IntEnum
from typing import Any

from ..core.status import TaskStatus
from ..core.task import Task
from .eta import ProgressRate, format_duration


class Column(IntEnum):
    """The columns of ``TaskModel``, in order."""

    NAME = 0
    KIND = 1
    STATUS = 2
    PROGRESS = 3
    MESSAGE = 4
    ELAPSED = 5
    ETA = 6
    CANCEL = 7


HEADERS = ("Name", "Kind", "Status", "Progress", "Message", "Elapsed", "ETA", "")

_STATUS_ORDER = {status: rank for rank, status in enumerate(TaskStatus)}


def error_summary(task: Task) -> str | None:
    """'KeyError: no such thing' for a failed task, else None."""
    exc = task.error
    if exc is None:
        return None
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def progress_fraction(task: Task) -> float | None:
    """Progress 0..1, or None while the task has reported none (drawn busy)."""
    return task.get_progress() if task.has_progress() else None


def display_text(task: Task, column: int, rate: ProgressRate) -> str:
    if column == Column.NAME:
        return task.name
    if column == Column.KIND:
        return task.kind
    if column == Column.STATUS:
        return status_text(task)
    if column == Column.PROGRESS:
        return f"{task.get_progress():.0%}" if task.has_progress() else ""
    if column == Column.MESSAGE:
        return error_summary(task) or task.get_message() or ""
    if column == Column.ELAPSED:
        return "" if task.started_at is None else format_duration(task.elapsed())
    if column == Column.ETA:
        return eta_text(task, rate)
    return ""


def accessible_text(task: Task, column: int, rate: ProgressRate) -> str:
    """What a screen reader says for a cell: the cancel cell is a button, not a blank."""
    if column == Column.CANCEL:
        return "" if task.is_final() else f"Cancel {task.name} (Space)"
    if column == Column.PROGRESS and not task.has_progress():
        return "busy" if task.is_running() else status_text(task)
    return display_text(task, column, rate)


def status_text(task: Task) -> str:
    """The status as people read it: "Cancelling…" from the request until the task ends.

    A job that ignores the request (or a process job in its grace period)
    would otherwise read "Running" for seconds after the user said stop.
    """
    if task.cancel_requested and not task.is_final():
        return "Cancelling…"
    return task.get_status().value.capitalize()


def eta_text(task: Task, rate: ProgressRate) -> str:
    if not task.is_running():
        return ""
    if rate.stalled(task.id):
        return "stalled"
    eta = rate.eta(task.id)
    return "" if eta is None else f"~{format_duration(eta)}"


def sort_key(task: Task, column: int, rate: ProgressRate) -> Any:
    """What a column sorts by: real values (numbers, times), text only where it is text."""
    if column == Column.PROGRESS:
        return task.get_progress()
    if column == Column.ELAPSED:
        return task.elapsed()
    if column == Column.ETA:
        eta = rate.eta(task.id) if task.is_running() else None
        return float("inf") if eta is None else eta
    if column == Column.STATUS:
        return _STATUS_ORDER[task.get_status()]
    if column == Column.CANCEL:
        return task.id
    return display_text(task, column, rate).casefold()


def tooltip(task: Task, column: int, rate: ProgressRate) -> str | None:
    if column == Column.CANCEL:
        return None if task.is_final() else f"Cancel {task.name}"
    if column == Column.ETA and task.is_running():
        if rate.stalled(task.id):
            return f"No progress for {rate.stall_after:.0f} s or more"
        eta = rate.eta(task.id)
        if eta is not None:
            finish = time.strftime("%H:%M:%S", time.localtime(time.time() + eta))
            return f"About {format_duration(eta)} left, done around {finish}"
        return "Not enough progress yet to estimate"
    if column == Column.PROGRESS:
        return f"{task.get_progress():.1%} done" if task.has_progress() else "No progress yet"
    summary = error_summary(task)
    if column == Column.MESSAGE:
        return summary or task.get_message()
    if column == Column.STATUS and summary:
        return f"{status_text(task)}: {summary}"
    return f"{task.name} — {task.kind} task {task.id}, {status_text(task).lower()}"
