"""NameColumnFitter: the Name column grows to fit the names that arrive, within reason."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QStyle, QTableView

from .model import TaskModel

MOST = 360  # pixels: a longer name is elided rather than squeeze the message column
MEASURED_PER_INSERT = 100  # names measured per insertion (a burst's first rows say enough)


class NameColumnFitter(QObject):
    """Widens the Name column for new rows whose names would be cut.

    Only inserted rows are measured (never every row: a burst of 100,000
    tasks costs a hundred measurements per frame at most), the column never
    shrinks under the user, and once the user drags its edge the width is
    theirs and is left alone.
    """

    def __init__(self, view: QTableView, model: TaskModel) -> None:
        super().__init__(view)
        self._view = view
        self._model = model
        self._chosen_by_user = False
        self._resizing = False
        model.rowsInserted.connect(self._fit_rows)
        view.horizontalHeader().sectionResized.connect(self._on_resized)

    def _fit_rows(
        self, _parent: QModelIndex | QPersistentModelIndex, first: int, last: int
    ) -> None:
        if self._chosen_by_user:
            return
        last = min(last, first + MEASURED_PER_INSERT - 1)
        metrics = self._view.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(self._model.task(row).name) for row in range(first, last + 1)
        )
        style = self._view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self._view) + 1
        icon = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self._view)
        wanted = min(widest + icon + 4 * margin + 8, MOST)
        header = self._view.horizontalHeader()
        if wanted > header.sectionSize(TaskModel.Column.NAME):
            self._resizing = True
            header.resizeSection(TaskModel.Column.NAME, wanted)
            self._resizing = False

    def _on_resized(self, section: int, _old: int, _new: int) -> None:
        dragged = QGuiApplication.mouseButtons() & Qt.MouseButton.LeftButton
        if section == TaskModel.Column.NAME and not self._resizing and dragged:
            self._chosen_by_user = True
