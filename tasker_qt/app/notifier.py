"""Notifier: say when a long task ends while the user looks elsewhere.

A tray message (its own text for failures) and a taskbar alert when a task
that ran longer than ``threshold`` seconds ends while the window is not
active; the tray icon's tooltip counts the running tasks. Where the
platform has no tray, only the taskbar alert is given and nothing breaks.
"""

from __future__ import annotations

from enum import Enum
from typing import Any, Protocol, cast

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from ..core.manager import TaskManager
from ..core.status import TaskStatus
from ..core.task import Task
from ..ui.cells import error_summary
from ..ui.eta import format_duration
from ..ui.localized import status_name

THRESHOLD = 10.0  # seconds a task must have run for its end to be worth a notification


class NotifyWhen(Enum):
    """The setting: which ended tasks are announced."""

    NEVER = "off"
    FAILURES = "failures"
    ALL = "all"


def worth_telling(task: Task, when: NotifyWhen, threshold: float, window_active: bool) -> bool:
    """Whether the end of *task* deserves a notification."""
    if when is NotifyWhen.NEVER or window_active or task.elapsed() < threshold:
        return False
    return when is NotifyWhen.ALL or task.get_status() is TaskStatus.FAILED


class Tray(Protocol):
    """What the notifier needs of a tray icon (``QSystemTrayIcon`` or a stand-in)."""

    def showMessage(self, title: str, message: str, icon: Any, msecs: int) -> None: ...

    def setToolTip(self, tip: str) -> None: ...


class Notifier(QObject):
    """Watches a manager for the window; ``failures_unseen`` counts failures not yet looked at."""

    #: how many tasks failed since the user last looked (cleared by ``seen()``)
    failures_changed = Signal(int)

    def __init__(
        self,
        window: QWidget,
        manager: TaskManager,
        settings: QSettings,
        tray: Tray | None = None,
        threshold: float = THRESHOLD,
    ) -> None:
        super().__init__(window)  # the window is our parent: no Python reference, no cycle
        self._settings = settings
        self.threshold = threshold
        self.failures_unseen = 0
        self.tray = tray if tray is not None else _system_tray(window)
        manager.task_finished.connect(self._on_finished)
        manager.tasks_updated.connect(self._on_updated)

    @property
    def when(self) -> NotifyWhen:
        try:
            return NotifyWhen(self._settings.value("notifications/when", NotifyWhen.ALL.value))
        except ValueError:
            return NotifyWhen.ALL

    @when.setter
    def when(self, when: NotifyWhen) -> None:
        self._settings.setValue("notifications/when", when.value)

    def _window(self) -> QWidget:
        return cast(QWidget, self.parent())

    def seen(self) -> None:
        """The user has looked at the failures."""
        self.failures_unseen = 0
        self.failures_changed.emit(0)

    def _on_finished(self, task: Task) -> None:
        failed = task.get_status() is TaskStatus.FAILED
        if failed:
            self.failures_unseen += 1
            self.failures_changed.emit(self.failures_unseen)
        window = self._window()
        if not worth_telling(task, self.when, self.threshold, window.isActiveWindow()):
            return
        took = format_duration(task.elapsed())
        if failed:
            title = self.tr("{name} failed").format(name=task.name)
            text = error_summary(task) or ""
            icon = QSystemTrayIcon.MessageIcon.Critical
        else:
            title = self.tr("{name} has ended").format(name=task.name)
            text = self.tr("{status} after {duration}").format(
                status=status_name(task.get_status()), duration=took
            )
            icon = QSystemTrayIcon.MessageIcon.Information
        if self.tray is not None:
            self.tray.showMessage(title, text, icon, 10_000)
        QApplication.alert(window)

    def _on_updated(self, sender: Any, tasks: list[Task], _progress: float) -> None:
        if self.tray is not None:
            running = sender.running_count()  # (every frame: not a look at every task)
            self.tray.setToolTip(self.tr("tasker-qt: %n task(s) running", "", running))


def _system_tray(window: QWidget) -> QSystemTrayIcon | None:
    """The platform's tray icon, shown; None where there is no tray."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    tray = QSystemTrayIcon(QIcon(window.windowIcon()), window)
    tray.activated.connect(window.showNormal)  # a click on the tray icon shows the window
    tray.activated.connect(window.activateWindow)
    tray.show()
    return tray
