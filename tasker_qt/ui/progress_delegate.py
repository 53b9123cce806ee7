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
from .cells import progress_fraction
from .icons import STATUS_COLORS
from .localized import percent
from .model import task_of
from .pictures import Pictures, control_picture

_Index = QModelIndex | QPersistentModelIndex


class ProgressDelegate(QStyledItemDelegate):
    """Draws ``TaskModel.ProgressRole`` with the style's own progress bar, no widget per row.

    Reads the task (``task_of``: ``TaskRole``, asked in Python) and draws its
    progress fraction (none draws a busy bar for a running task, "waiting" for
    a pending one, a dash for a task that ended without reporting any) tinted
    by its status once final.
    """

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        # The task asked in Python (see task_of), and plain numbers on the way
        # to a kept picture: making a QRect or QPoint lets go of the
        # interpreter lock, and under load taking it back costs more than
        # painting the cell.
        task = task_of(index)
        if task is None:
            super().paint(painter, option, index)
            return
        status = task.get_status()
        fraction = progress_fraction(task)
        widget = option.widget
        style = widget.style() if widget else QApplication.style()
        # Only the cell's background and selection: no text or icon.
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        cell = option.rect
        x, y = cell.x() + _MARGIN, cell.y() + _MARGIN
        width, height = cell.width() - 2 * _MARGIN, cell.height() - 2 * _MARGIN
        if width <= 0 or height <= 0:
            return
        if fraction is None and status is TaskStatus.RUNNING:
            bar = _bar(option, QRect(x, y, width, height), status, 0, "")
            _draw_busy(style, bar, painter, option)
            return
        if status is TaskStatus.PENDING:
            text = self.tr("waiting")
        else:
            text = "—" if fraction is None else percent(fraction)
        pixels = 0 if fraction is None else round(fraction * width)  # all a screen shows of it
        ratio = painter.device().devicePixelRatio()
        key = (id(style), option.palette.cacheKey(), option.state.value, option.direction,
               status, width, height, pixels, text, ratio)  # fmt: skip
        picture = _PICTURES.get(key)
        if picture is None:
            rect = QRect(x, y, width, height)
            bar = _bar(option, rect, status, round(pixels * _STEPS / width), text)
            picture = _PICTURES.keep(
                key,
                control_picture(style, QStyle.ControlElement.CE_ProgressBar, bar, widget, ratio),
            )
        painter.drawPixmap(x, y, picture)


_MARGIN = 3  # pixels between the cell's edge and the bar
_STEPS = 1000  # the bar's maximum: fine enough for any width a cell has


def _bar(
    option: QStyleOptionViewItem, rect: QRect, status: TaskStatus, progress: int, text: str
) -> QStyleOptionProgressBar:
    """The style option for a task's bar; a final task's bar takes its status colour."""
    bar = QStyleOptionProgressBar()
    bar.rect = rect
    bar.state = option.state | QStyle.StateFlag.State_Horizontal
    if status is TaskStatus.PENDING:
        bar.state &= ~QStyle.StateFlag.State_Enabled
    bar.direction = option.direction
    bar.fontMetrics = option.fontMetrics
    bar.palette = QPalette(option.palette)
    if status.is_final:
        bar.palette.setColor(QPalette.ColorRole.Highlight, STATUS_COLORS[status])
    bar.minimum, bar.maximum, bar.progress = 0, _STEPS, progress
    bar.textVisible, bar.text = True, text
    return bar


# Every bar on screen, and those of a few frames before: about 10 KB each.
_PICTURES = Pictures(limit=400)


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
