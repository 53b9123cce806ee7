"""ProgressDelegate: paints a task's progress as a native progress bar, no widget per row."""

from __future__ import annotations

import time

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect
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
from .localized import percent
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
            bar.text = percent(fraction)
        elif status is TaskStatus.RUNNING:
            _draw_busy(style, bar, painter, option)
            return
        else:
            bar.progress = 0
            bar.text = "—"
        if status.is_final:
            bar.palette.setColor(QPalette.ColorRole.Highlight, STATUS_COLORS[status])
        if status is TaskStatus.PENDING:
            bar.state &= ~QStyle.StateFlag.State_Enabled
            bar.text = self.tr("waiting")
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, option.widget)


BUSY_CYCLE = 1.6  # seconds for the busy chunk to travel across and back


def _draw_busy(
    style: QStyle, bar: QStyleOptionProgressBar, painter: QPainter, option: QStyleOptionViewItem
) -> None:
    """An empty groove with a chunk sliding to and fro: busy, and plainly not "100 %".

    A style animates its busy bar only inside a QProgressBar widget; in a
    delegate it would stand still, full. The view repaints busy cells on a
    timer (``TaskTableView.repaint_busy_cells``), and the chunk's place
    follows the clock.
    """
    style.drawControl(QStyle.ControlElement.CE_ProgressBarGroove, bar, painter, option.widget)
    phase = (time.monotonic() % BUSY_CYCLE) / BUSY_CYCLE
    travel = 1 - abs(2 * phase - 1)  # 0 -> 1 -> 0
    groove = bar.rect
    width = max(8, groove.width() // 3)
    chunk = QStyleOptionProgressBar(bar)
    chunk.rect = QRect(
        groove.x() + round(travel * (groove.width() - width)), groove.y(), width, groove.height()
    )
    chunk.minimum, chunk.maximum, chunk.progress = 0, 1, 1
    chunk.textVisible = False
    style.drawControl(QStyle.ControlElement.CE_ProgressBarContents, chunk, painter, option.widget)
