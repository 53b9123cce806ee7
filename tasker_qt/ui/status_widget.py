"""TaskStatusWidget: overall progress and a task count for a status bar."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from ..core.proxy import resolve_manager
from ..core.task import Task
from .localized import percent


class TaskStatusWidget(QWidget):
    """'3 running' and a small overall progress bar; a click asks to show the monitor.

    Connect ``clicked`` to whatever shows your panel, or pass the panel (or
    the dock holding it) as ``target`` to have it shown and raised.
    """

    #: the user clicked the widget
    clicked = Signal()

    def __init__(
        self, manager: Any = None, parent: QWidget | None = None, target: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.target = target
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(120)
        self.bar.setMaximumHeight(14)
        self.label = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addStretch(1)  # hug the right edge of a status bar
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        manager = resolve_manager(manager)
        manager.tasks_updated.connect(self._on_tasks_updated)
        self._on_tasks_updated(manager, manager.tasks, manager.get_progress())

    def _on_tasks_updated(self, sender: Any, tasks: list[Task], progress: float) -> None:
        running = sender.running_count()  # (every frame: not a look at every task)
        waiting = len(tasks) - running
        if not tasks:
            self.label.setText(self.tr("No tasks running"))
            self.setToolTip(self.tr("Click to show the task monitor"))
        else:
            text = self.tr("%n running", "", running)
            if waiting:
                text += ", " + self.tr("%n waiting", "", waiting)
            self.label.setText(text)
            message = tasks[-1].get_message()
            overall = self.tr("{percent} overall").format(percent=percent(progress))
            self.setToolTip(overall + (f" — {message}" if message else ""))
        self.bar.setVisible(bool(tasks))
        self.bar.setValue(round(progress * 1000))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
            if self.target is not None:
                self.target.show()
                self.target.raise_()
                self.target.activateWindow()
        super().mouseReleaseEvent(event)
