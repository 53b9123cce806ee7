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
    """Draws ``TaskModel.ProgressRole`` with the style's own progress bar, no widget per row.

    Reads only numbers from the model: the fraction (None draws a busy bar for
    a running task, "waiting" for a pending one, a dash for a task that ended
    without reporting any) and ``StatusRole``, whose colour tints a final bar.
    """

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        value = index.data(TaskModel.StatusRole)
        if value is None:
            super().paint(painter, option, index)
            return
        status = TaskStatus(value)  # Qt hands the str enum back as a plain str
        fraction = index.data(TaskModel.ProgressRole)
        style = option.widget.style() if option.widget else QApplication.style()
        # Only the cell's background and selection: no text or icon.
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
        if fraction is not None:
            bar.progress = round(fraction * 1000)
            bar.text = f"{fraction:.0%}"
        elif status is TaskStatus.RUNNING:
            bar.minimum = bar.maximum = bar.progress = 0  # busy
            bar.text = ""
        else:
            bar.progress = 0
            bar.text = "—"
        if status.is_final:
            bar.palette.setColor(QPalette.ColorRole.Highlight, STATUS_COLORS[status])
        if status is TaskStatus.PENDING:
            bar.state &= ~QStyle.StateFlag.State_Enabled
            bar.text = "waiting"
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, option.widget)
