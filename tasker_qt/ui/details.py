"""TaskDetailsView: everything about one task — timings, message, result or traceback, log."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.home_thread import DeletedAtHome
from ..core.manager import TaskManager
from ..core.status import TaskStatus
from ..core.task import Task
from .cells import error_summary, params_text, status_text
from .contrast import readable_placeholder
from .eta import format_duration
from .icons import status_icon
from .localized import clock, kind_name, percent


def _clock(stamp: float | None) -> str:
    return "—" if stamp is None else clock(stamp)


class TaskDetailsView(DeletedAtHome, QWidget):
    """Shows the selected task and follows it live.

    The log follows new lines only while the user is scrolled to the bottom,
    so reading older lines is never interrupted.
    """

    def __init__(self, manager: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._task: Task | None = None
        self._shown_lines = 0
        self.title = QLabel(self.tr("No task selected"))
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.icon = QLabel()
        self.status = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.timings = QLabel()
        self.params = QLabel()
        self.params.setTextFormat(Qt.TextFormat.PlainText)
        self.params.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.log = QPlainTextEdit(readOnly=True)
        self.log.setFont(mono)
        self.log.setMaximumBlockCount(10_000)
        self.log.setPlaceholderText(self.tr("The job has logged nothing."))
        readable_placeholder(self.log)
        self.outcome = QPlainTextEdit(readOnly=True)
        self.outcome.setFont(mono)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.log, self.tr("Log"))
        self.tabs.addTab(self.outcome, self.tr("Result"))

        header = QWidget()
        header_layout = QFormLayout(header)
        header_layout.setContentsMargins(0, 0, 0, 0)
        header_layout.addRow(self.icon, self.title)
        header_layout.addRow(self.tr("Status:"), self.status)
        header_layout.addRow(self.tr("Message:"), self.message)
        header_layout.addRow(self.tr("Timing:"), self.timings)
        header_layout.addRow(self.tr("Parameters:"), self.params)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(header)
        layout.addWidget(self.tabs, 1)

        self._ticker = QTimer(self, interval=1000)
        self._ticker.timeout.connect(self._refresh)
        manager.tasks_changed.connect(self._on_changed)
        manager.task_logged.connect(self._on_logged)
        self.set_task(None)

    @property
    def task(self) -> Task | None:
        return self._task

    def set_task(self, task: Task | None) -> None:
        self._task = task
        self.log.clear()
        self._shown_lines = 0
        self._append_new_lines()
        self._refresh()

    def _on_changed(self, tasks: list[Task]) -> None:
        if self._task is not None and any(task is self._task for task in tasks):
            self._refresh()

    def _on_logged(self, task: Task, line: str) -> None:
        if task is self._task:
            self._append_new_lines()

    def _append_new_lines(self) -> None:
        task = self._task
        if task is None or len(task.log_lines) == self._shown_lines:
            return
        bar = self.log.verticalScrollBar()
        at_bottom = bar.value() >= bar.maximum() - 2
        keep = bar.value()
        self.log.appendPlainText("\n".join(task.log_lines[self._shown_lines :]))
        self._shown_lines = len(task.log_lines)
        bar.setValue(bar.maximum() if at_bottom else keep)

    def _refresh(self) -> None:
        task = self._task
        self.setEnabled(task is not None)
        if task is None:
            self.title.setText(self.tr("No task selected"))
            self.icon.clear()
            for label in (self.status, self.message, self.timings, self.params):
                label.clear()
            self.outcome.clear()
            self._ticker.stop()
            return
        status = task.get_status()
        title = self.tr("{name}  ({kind} task {id})")
        self.title.setText(title.format(name=task.name, kind=kind_name(task.kind), id=task.id))
        self.icon.setPixmap(status_icon(status).pixmap(16, 16))
        done = f", {percent(task.get_progress())}" if task.has_progress() else ""
        self.status.setText(f"{status_text(task)}{done}")
        self.message.setText(error_summary(task) or task.get_message() or "—")
        elapsed = None if task.started_at is None else task.elapsed()
        times = self.tr("created {created} · started {started} · finished {finished}").format(
            created=_clock(task.created_at),
            started=_clock(task.started_at),
            finished=_clock(task.finished_at),
        )
        if elapsed is not None:
            span = (
                self.tr("took {duration}") if task.is_final() else self.tr("running for {duration}")
            )
            times += " · " + span.format(duration=format_duration(elapsed))
        self.timings.setText(times)
        self.params.setText(params_text(task, None) or "—")
        self.outcome.setPlainText(self._outcome_text(task))
        if task.is_final():
            self._ticker.stop()
            if status is TaskStatus.FAILED:
                self.tabs.setCurrentWidget(self.outcome)
        elif not self._ticker.isActive():
            self._ticker.start()

    def _outcome_text(self, task: Task) -> str:
        status = task.get_status()
        if status is TaskStatus.FAILED:
            return task.traceback or error_summary(task) or self.tr("Failed")
        if status is TaskStatus.COMPLETED:
            text = repr(task.result())
            return text if len(text) <= 20_000 else text[:20_000] + " …"
        if status is TaskStatus.CANCELLED:
            return self.tr("Cancelled.")
        if status is TaskStatus.RUNNING:
            return self.tr("Still running.")
        return self.tr("Waiting to start.")
