"""TaskFilterModel: search and status filter over a TaskModel, and sorting by real values."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ..core.status import TaskStatus
from ..core.task import Task
from .cells import error_summary
from .model import TaskModel


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


class TaskFilterModel(QSortFilterProxyModel):
    """Filters a TaskModel's rows by text (name, message, error) and by status.

    Sorting is forwarded to the TaskModel, which sorts far faster than a proxy
    can. While a filter is set, filtering is dynamic: Qt re-checks only the
    rows the model announces as changed (it announces them one by one), so a
    frame's work follows what changed, not how many rows there are.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._show = Show.ALL
        self._filtering = False
        self._tasks: TaskModel | None = None  # the source, if a TaskModel
        # The task shown in each row painted so far, while this model's rows
        # stay where they are: mapToSource() lets go of the interpreter lock,
        # and under load taking it back costs more than painting the cell.
        self._task_in_row: dict[int, Task] = {}
        for moved in (self.rowsInserted, self.rowsRemoved, self.rowsMoved):
            moved.connect(self._forget_rows)
        self.layoutChanged.connect(self._forget_rows)
        self.modelReset.connect(self._forget_rows)
        self.setDynamicSortFilter(False)  # nothing to re-check until a filter is set

    def multiData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        roleDataSpan: QModelRoleDataSpan | QModelRoleData,  # noqa: N803
    ) -> None:
        """Every role of a cell in one call, as TaskModel answers them.

        Qt's proxy would ask the source role by role, one lock round trip each.
        """
        source = self._tasks
        if source is None:
            super().multiData(index, roleDataSpan)
        elif self._filtering:
            task = self.task_at(index.row())
            if task is not None:
                source.fill_roles(task, index.column(), roleDataSpan)
        else:  # every row shown, in the model's order: the rows are the model's
            source.multiData(index, roleDataSpan)

    def task_at(self, row: int) -> Task | None:
        """The task shown in ``row``, or None outside the rows (see ``model.task_of``)."""
        source = self._tasks
        if source is None:
            return None
        if not self._filtering:
            return source.task_at(row)
        task = self._task_in_row.get(row)
        if task is None and 0 <= row < self.rowCount():
            source_row = self.mapToSource(self.index(row, 0)).row()
            task = self._task_in_row[row] = source.task(source_row)
        return task

    def _forget_rows(self, *_: object) -> None:
        self._task_in_row.clear()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._tasks is not None:
            self._tasks.sort(column, order)
        else:
            super().sort(column, order)

    def _refilter(self) -> None:
        # Re-check changed rows only while a filter could hide them: with none
        # set, it would be a Python call per changed row per frame for nothing.
        self._filtering = bool(self._needle) or self._show is not Show.ALL
        self.setDynamicSortFilter(self._filtering)
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def is_filtering(self) -> bool:
        """True if the text or the status filter could hide a row."""
        return self._filtering

    def set_text(self, text: str) -> None:
        self._needle = text.strip().casefold()
        self._refilter()

    def set_show(self, show: Show) -> None:
        self._show = show
        self._refilter()

    def setSourceModel(self, model: QAbstractItemModel | None) -> None:
        super().setSourceModel(model)  # type: ignore[arg-type]  # Qt takes None; the stubs forget
        self._tasks = model if isinstance(model, TaskModel) else None

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        # Called for every changed row each frame while filtering: kept lean.
        if self._tasks is None:
            return True
        task = self._tasks.task(source_row)
        if self._show is not Show.ALL and not self._show.accepts(task.get_status()):
            return False
        if not self._needle:
            return True
        message = task.get_message()
        haystack = f"{task.name} {message}" if message else task.name
        if task.error is not None:
            haystack = f"{haystack} {error_summary(task)}"
        return self._needle in haystack.casefold()
