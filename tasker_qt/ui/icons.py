"""Status colours and icons, drawn in code so they stay crisp at any scale."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from ..core.status import TaskStatus

STATUS_COLORS = {
    TaskStatus.PENDING: QColor("#8a8f98"),
    TaskStatus.RUNNING: QColor("#1e78d2"),
    TaskStatus.COMPLETED: QColor("#2e9d4a"),
    TaskStatus.FAILED: QColor("#d93636"),
    TaskStatus.CANCELLED: QColor("#d98a1e"),
}


def _glyph(status: TaskStatus, size: float) -> QPainterPath:
    path = QPainterPath()
    s = size
    if status is TaskStatus.RUNNING:  # play triangle
        path.moveTo(s * 0.40, s * 0.30)
        path.lineTo(s * 0.72, s * 0.50)
        path.lineTo(s * 0.40, s * 0.70)
        path.closeSubpath()
    elif status is TaskStatus.COMPLETED:  # check mark
        path.moveTo(s * 0.28, s * 0.52)
        path.lineTo(s * 0.44, s * 0.68)
        path.lineTo(s * 0.73, s * 0.36)
    elif status is TaskStatus.FAILED:  # cross
        path.moveTo(s * 0.34, s * 0.34)
        path.lineTo(s * 0.66, s * 0.66)
        path.moveTo(s * 0.66, s * 0.34)
        path.lineTo(s * 0.34, s * 0.66)
    elif status is TaskStatus.CANCELLED:  # bar
        path.moveTo(s * 0.32, s * 0.50)
        path.lineTo(s * 0.68, s * 0.50)
    return path


def _pixmap(status: TaskStatus, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = STATUS_COLORS[status]
    circle = QRectF(1, 1, size - 2, size - 2)
    if status is TaskStatus.PENDING:
        painter.setPen(QPen(color, size / 10))
        painter.drawEllipse(circle.adjusted(size / 20, size / 20, -size / 20, -size / 20))
        painter.setBrush(color)
        painter.drawEllipse(QPointF(size / 2, size / 2), size / 12, size / 12)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawEllipse(circle)
        glyph = _glyph(status, size)
        pen = QPen(Qt.GlobalColor.white, size / 8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(
            Qt.GlobalColor.white if status is TaskStatus.RUNNING else Qt.BrushStyle.NoBrush
        )
        painter.drawPath(glyph)
    painter.end()
    return pixmap


@cache
def status_icon(status: TaskStatus) -> QIcon:
    icon = QIcon()
    for size in (16, 32, 48):
        icon.addPixmap(_pixmap(status, size))
    return icon
