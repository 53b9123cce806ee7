"""ProgressDelegate: paints a task's progress as a native progress bar, no widget per row."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
)

from ..core.status import TaskStatus
from .icons import STATUS_COLORS
from .model import TaskModel

_Index = QModelIndex | QPersistentModelIndex


class ProgressDelegate(QStyledItemDelegate):
    """Draws ``TaskModel.ProgressRole`` with the style's own progress bar.

    A running task that has reported nothing yet is drawn busy; failed and
    cancelled tasks keep their last value in their status colour.
    """

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        task = index.data(TaskModel.TaskRole)
        if task is None:
            super().paint(painter, option, index)
            return
        # Background and selection as for any cell, without the text.
        style = option.widget.style() if option.widget else QApplication.style()
        # Only the cell's background and selection: no text or icon, no data() calls.
        style.drawPrimitive(
            QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
        )

        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(3, 3, -3, -3)
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        bar.direction = option.direction
        bar.fontMetrics = option.fontMetrics
        bar.palette = QPalette(option.palette)
        bar.minimum, bar.maximum = 0, 1000
        bar.textVisible = True
        status = task.get_status()
        if status is TaskStatus.RUNNING and not task.has_progress():
            bar.minimum = bar.maximum = bar.progress = 0  # busy
            bar.text = ""
        elif task.has_progress():
            bar.progress = round(task.get_progress() * 1000)
            bar.text = f"{task.get_progress():.0%}"
        else:  # ended without ever reporting progress
            bar.progress = 0
            bar.text = "—"
        if status in (TaskStatus.FAILED, TaskStatus.CANCELLED, TaskStatus.COMPLETED):
            bar.palette.setColor(QPalette.ColorRole.Highlight, STATUS_COLORS[status])
        if status is TaskStatus.PENDING:
            bar.state &= ~QStyle.StateFlag.State_Enabled
            bar.text = "waiting"
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, option.widget)
