"""HistoryModel: stored runs as a table, read a page at a time.

The history may hold a million runs; the model holds only the pages the
view has scrolled to (``canFetchMore``/``fetchMore``), and sorting or
filtering reads the first page again instead of the whole table.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ..core.history import INTERRUPTED, HistoryStore, Run, RunFilter
from ..core.status import TaskStatus
from .eta import format_duration
from .localized import date_time, parameters, status_name

PAGE = 200

translate = QCoreApplication.translate
_Index = QModelIndex | QPersistentModelIndex


class HistoryModel(QAbstractTableModel):
    """The runs of a ``HistoryStore`` that match a ``RunFilter``, newest first by default."""

    class Column(IntEnum):
        ID = 0
        JOB = 1
        STATUS = 2
        CREATED = 3
        DURATION = 4
        PARAMS = 5
        OUTCOME = 6

    #: the Run of a row
    RunRole = Qt.ItemDataRole.UserRole + 1

    #: what a click on a column's header sorts by (columns the file keeps an index of)
    SORTS: ClassVar[dict[int, str]] = {
        Column.ID: "id",
        Column.JOB: "job",
        Column.STATUS: "status",
        Column.CREATED: "id",  # runs are numbered in the order they were created
    }

    def __init__(self, store: HistoryStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._filter = RunFilter()
        self._order = "id"
        self._descending = True
        self._runs: list[Run] = []
        self._more = True
        self._total = 0

    # --- what is shown ---------------------------------------------------------------

    @property
    def total(self) -> int:
        """How many runs match the filter (the rows not fetched yet included)."""
        return self._total

    def set_filter(self, where: RunFilter) -> None:
        self._filter = where
        self.reload()

    def reload(self) -> None:
        """Read the first page again (after a filter, a sort, new runs or deletions)."""
        self.beginResetModel()
        self._runs = self.store.page(self._filter, 0, PAGE, self._order, self._descending)
        self._more = len(self._runs) == PAGE
        self._total = self.store.count(self._filter)
        self.endResetModel()

    def run(self, row: int) -> Run:
        return self._runs[row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ID, job, status or time (the columns the file keeps an index of)."""
        key = self.SORTS.get(column)
        if key is None:
            return
        self._order = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # --- paging --------------------------------------------------------------------

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        page = self.store.page(self._filter, len(self._runs), PAGE, self._order, self._descending)
        self._more = len(page) == PAGE
        if page:
            first = len(self._runs)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._runs.extend(page)
            self.endInsertRows()

    # --- QAbstractTableModel ---------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._runs)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Run"),
            self.tr("Job"),
            self.tr("Status"),
            self.tr("Started"),
            self.tr("Took"),
            self.tr("Parameters"),
            self.tr("Result or error"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        run = self._runs[index.row()]
        if role == self.RunRole:
            return run
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(run, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (
            self.Column.ID,
            self.Column.DURATION,
        ):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def _text(self, run: Run, column: int) -> str:
        if column == self.Column.ID:
            return str(run.id)
        if column == self.Column.JOB:
            return run.job if run.name in ("", run.job) else f"{run.name} ({run.job})"
        if column == self.Column.STATUS:
            return run_status_name(run.status)
        if column == self.Column.CREATED:
            return date_time(run.created)
        if column == self.Column.DURATION:
            return "" if run.duration is None else format_duration(run.duration)
        if column == self.Column.PARAMS:
            return parameters(run.params)
        if run.error_type:
            return f"{run.error_type}: {run.error_message or ''}".rstrip(": ")
        return run.result or ""


def run_status_name(status: str) -> str:
    """A stored status in words (``interrupted`` too)."""
    if status == INTERRUPTED:
        return translate("HistoryModel", "Interrupted")
    try:
        return status_name(TaskStatus(status))
    except ValueError:
        return status
