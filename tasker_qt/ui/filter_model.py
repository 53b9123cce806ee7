"""TaskFilterModel: search and status filter over a TaskModel, and sorting by real values."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ..core.status import TaskStatus
from .cells import error_summary
from .model import TaskModel


class Show(Enum):
    """Which tasks the status filter lets through."""

    ALL = "All tasks"
    ACTIVE = "Active"
    FINISHED = "Finished"
    FAILED = "Failed"

    def accepts(self, status: TaskStatus) -> bool:
        if self is Show.ACTIVE:
            return not status.is_final
        if self is Show.FINISHED:
            return status.is_final
        if self is Show.FAILED:
            return status is TaskStatus.FAILED
        return True


class TaskFilterModel(QSortFilterProxyModel):
    """Filters a TaskModel's rows by text (name, message, error) and by status.

    Sorting is forwarded to the TaskModel, which sorts far faster than a proxy
    can. Filtering is not re-run on every change: only when statuses change
    (and, while a text filter is set, when messages change), so progress
    updates cost the proxy nothing.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._show = Show.ALL
        self.setDynamicSortFilter(False)

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        previous = self.sourceModel()
        if isinstance(previous, TaskModel):
            previous.rows_refreshed.disconnect(self._on_rows_refreshed)
        super().setSourceModel(model)
        if isinstance(model, TaskModel):
            model.rows_refreshed.connect(self._on_rows_refreshed)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, TaskModel):
            source.sort(column, order)
        else:
            super().sort(column, order)

    def _on_rows_refreshed(self, statuses_changed: bool) -> None:
        if self._needle or (statuses_changed and self._show is not Show.ALL):
            self._refilter()

    def _refilter(self) -> None:
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self._needle = text.strip().casefold()
        self._refilter()

    def set_show(self, show: Show) -> None:
        self._show = show
        self._refilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        source = self.sourceModel()
        if not isinstance(source, TaskModel):
            return True
        task = source.task(source_row)
        if not self._show.accepts(task.get_status()):
            return False
        if not self._needle:
            return True
        haystack = " ".join(filter(None, (task.name, task.get_message(), error_summary(task))))
        return self._needle in haystack.casefold()
