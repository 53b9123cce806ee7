"""TaskTableView: the panel's table, painted in one GUI turn."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAccessible, QKeyEvent, QPaintEvent
from PySide6.QtWidgets import QTableView

from ..core.step_aside import gui_turn
from .model import TaskModel, task_of

_CANCEL_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class TaskTableView(QTableView):
    """A QTableView whose paint is one GUI turn (see ``core/step_aside.py``).

    Painting a frame runs Python for every visible cell (the model's answers,
    the delegates). Qt itself keeps the interpreter lock through the paint,
    but Python code hands it to a waiting thread every switch interval and
    then queues to get it back (a spinning thread runs during a paint of a
    Python model, never during one of a C++ model: checked). In a turn the
    job threads that report wait instead, so the paint is not cut into.
    """

    #: the user pressed Space or Return on a live task's cancel cell
    cancel_key_pressed = Signal(object)

    def paintEvent(self, event: QPaintEvent) -> None:
        with gui_turn():
            super().paintEvent(event)

    def dataChanged(
        self,
        topLeft: QModelIndex | QPersistentModelIndex,  # noqa: N803
        bottomRight: QModelIndex | QPersistentModelIndex,  # noqa: N803
        roles: Sequence[int] = (),
    ) -> None:
        """Repaint exactly the changed cells that are on screen, and nothing else.

        Qt 6.11 repaints a changed range one pixel wider and taller than its
        cells, so every cell right of it and below it is painted again too:
        when progress and message change, the elapsed column, a third of a
        frame's paint. And a range of more than 200 cells repaints the whole
        viewport. Here the area is worked out from the header positions
        (plain numbers, no Qt values made from Python). Qt's own handling is
        kept while assistive technology listens (it tells them what changed).
        The price is a call into Python per announced run, rows off screen
        included, where Qt's was all C++ (measured: see the README). The
        table has no editors, so there is no editor data to refresh.
        """
        if QAccessible.isActive() or not (topLeft.isValid() and bottomRight.isValid()):
            super().dataChanged(topLeft, bottomRight, roles)
            return
        if not self.isVisible():
            return  # shown later: painted whole then
        viewport = self.viewport()
        last_row = bottomRight.row()
        top = max(self.rowViewportPosition(topLeft.row()), 0)
        bottom = min(
            self.rowViewportPosition(last_row) + self.rowHeight(last_row), viewport.height()
        )
        if bottom <= top:
            return  # off screen: nothing to paint
        left, right = viewport.width(), 0
        for column in range(topLeft.column(), bottomRight.column() + 1):
            if not self.isColumnHidden(column):
                x = self.columnViewportPosition(column)
                left, right = min(left, x), max(right, x + self.columnWidth(column))
        if right > left:
            viewport.update(left, top, right - left, bottom - top)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Space or Return on the cancel cell presses it, as a click would."""
        current = self.currentIndex()
        if (
            event.key() in _CANCEL_KEYS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and current.isValid()
            and current.column() == TaskModel.Column.CANCEL
        ):
            task = task_of(current)
            if task is not None and not task.is_final():
                event.accept()
                self.cancel_key_pressed.emit(task)
                return
        super().keyPressEvent(event)

    def repaint_busy_cells(self) -> int:
        """Repaint the visible progress cells of running tasks that report no progress.

        Only those cells, and nothing when none is on screen: their chunk
        moves (see ``progress_delegate``), the rest of the table has not
        changed. Returns how many cells were repainted.
        """
        model = self.model()
        top = self.rowAt(0)
        if model is None or top < 0:  # no rows on screen
            return 0
        bottom = self.rowAt(self.viewport().height() - 1)
        if bottom < 0:
            bottom = model.rowCount() - 1
        column = TaskModel.Column.PROGRESS
        repainted = 0
        for row in range(top, bottom + 1):
            index = model.index(row, column)
            task = task_of(index)  # asked in Python, as the delegates do
            if task is not None and task.is_running() and not task.has_progress():
                self.viewport().update(self.visualRect(index))
                repainted += 1
        return repainted
