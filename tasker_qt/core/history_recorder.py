"""HistoryRecorder: writes every task of a TaskManager into a HistoryStore."""

from __future__ import annotations

from PySide6.QtCore import QObject

from .history import HistoryStore
from .manager import TaskManager
from .task import Task


class HistoryRecorder(QObject):
    """Records each task when it starts and again when it ends.

    It listens to ``tasks_changed`` and ``tasks_finished`` (once per
    event-loop pass, the tasks that changed or ended) rather than their
    per-task forms, so recording adds no per-task signal.
    """

    def __init__(self, manager: TaskManager, store: HistoryStore) -> None:
        super().__init__(manager)
        self.store = store
        self._started: set[int] = set()
        manager.tasks_changed.connect(self._on_changed)
        manager.tasks_finished.connect(self._on_finished)

    def _on_changed(self, tasks: list[Task]) -> None:
        for task in tasks:
            if task.started_at is not None and not task.is_final() and task.id not in self._started:
                self._started.add(task.id)
                self.store.started(task)

    def _on_finished(self, tasks: list[Task]) -> None:
        for task in tasks:
            self._started.discard(task.id)
            self.store.finished(task)
