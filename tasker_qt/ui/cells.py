"""What each cell of the task table says: plain functions of a task, testable without a model."""

from __future__ import annotations

import time
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..core.status import TaskStatus
from ..core.task import Task
from .eta import ProgressRate, format_duration
from .localized import clock, kind_name, number, parameters, percent, status_name

translate = QCoreApplication.translate


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


def headers() -> tuple[str, ...]:
    """The column titles, in the reader's language."""
    return (
        translate("TaskTable", "Name"),
        translate("TaskTable", "Kind"),
        translate("TaskTable", "Status"),
        translate("TaskTable", "Progress"),
        translate("TaskTable", "Message"),
        translate("TaskTable", "Elapsed"),
        translate("TaskTable", "ETA", "estimated time left"),
        "",
    )


_STATUS_ORDER = {status: rank for rank, status in enumerate(TaskStatus)}


def error_summary(task: Task) -> str | None:
    """'KeyError: no such thing' for a failed task, else None."""
    exc = task.error
    if exc is None:
        return None
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def params_text(task: Task, most: int | None = 80) -> str:
    """'limit=3,000,000, fast=on' for a task started from a job; '' otherwise.

    Cut to about *most* characters with '…' (None: all of it, one per line).
    """
    if most is None:
        return parameters(task.params or {}, "\n")
    return parameters(task.params or {}, most=most)


def progress_fraction(task: Task) -> float | None:
    """Progress 0..1, or None while the task has reported none (drawn busy)."""
    return task.get_progress() if task.has_progress() else None


def display_text(task: Task, column: int, rate: ProgressRate) -> str:
    if column == Column.NAME:
        return task.name
    if column == Column.KIND:
        return kind_name(task.kind)
    if column == Column.STATUS:
        return status_text(task)
    if column == Column.PROGRESS:
        return percent(task.get_progress()) if task.has_progress() else ""
    if column == Column.MESSAGE:  # what it was started with, until it says something
        return error_summary(task) or task.get_message() or params_text(task)
    if column == Column.ELAPSED:
        return "" if task.started_at is None else format_duration(task.elapsed())
    if column == Column.ETA:
        return eta_text(task, rate)
    return ""


def accessible_text(task: Task, column: int, rate: ProgressRate) -> str:
    """What a screen reader says for a cell: the cancel cell is a button, not a blank."""
    if column == Column.CANCEL:
        if task.is_final():
            return ""
        return translate("TaskTable", "Cancel {name} (Space)").format(name=task.name)
    if column == Column.PROGRESS and not task.has_progress():
        return translate("TaskTable", "busy") if task.is_running() else status_text(task)
    return display_text(task, column, rate)


def status_text(task: Task) -> str:
    """The status as people read it: "Cancelling…" from the request until the task ends.

    A job that ignores the request (or a process job in its grace period)
    would otherwise read "Running" for seconds after the user said stop.
    """
    if task.cancel_requested and not task.is_final():
        return translate("TaskStatus", "Cancelling…")
    return status_name(task.get_status())


def eta_text(task: Task, rate: ProgressRate) -> str:
    if not task.is_running():
        return ""
    if rate.stalled(task.id):
        return translate("TaskTable", "stalled")
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
        if task.is_final():
            return None
        return translate("TaskTable", "Cancel {name}").format(name=task.name)
    if column == Column.ETA and task.is_running():
        if rate.stalled(task.id):
            text = translate("TaskTable", "No progress for {seconds} s or more")
            return text.format(seconds=number(rate.stall_after))
        eta = rate.eta(task.id)
        if eta is not None:
            text = translate("TaskTable", "About {duration} left, done around {time}")
            return text.format(duration=format_duration(eta), time=clock(time.time() + eta))
        return translate("TaskTable", "Not enough progress yet to estimate")
    if column == Column.PROGRESS:
        if not task.has_progress():
            return translate("TaskTable", "No progress yet")
        return translate("TaskTable", "{percent} done").format(
            percent=percent(task.get_progress(), 1)
        )
    summary = error_summary(task)
    if column == Column.MESSAGE:
        return summary or task.get_message() or params_text(task, None) or None
    if column == Column.STATUS and summary:
        return f"{status_text(task)}: {summary}"
    about = translate("TaskTable", "{name} — {kind} task {id} · {status}").format(
        name=task.name, kind=kind_name(task.kind), id=task.id, status=status_text(task)
    )
    params = params_text(task, None)
    return f"{about}\n{params}" if params else about
