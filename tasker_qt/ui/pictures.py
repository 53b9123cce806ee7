"""Style controls drawn once and copied after that.

A style's controls are the dearest part of a table's frame: Fusion takes
about 60 µs for a progress bar and 100 µs for a push button with its icon,
and a table of running tasks repaints its visible ones every frame. Those are
a few hundred different pictures at most (a bar's pixel of fill and percent
of text; a button's hover and press), so each is drawn once into a pixmap,
and then copied, which costs a few microseconds.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QStyle, QStyleOption, QWidget

Key = tuple[object, ...]


class Pictures:
    """Pictures by what they show; the least recently used go first."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._kept: OrderedDict[Key, QPixmap] = OrderedDict()

    def get(self, key: Key) -> QPixmap | None:
        picture = self._kept.get(key)
        if picture is not None:
            self._kept.move_to_end(key)
        return picture

    def keep(self, key: Key, picture: QPixmap) -> QPixmap:
        self._kept[key] = picture
        if len(self._kept) > self.limit:
            self._kept.popitem(last=False)
        return picture


def control_picture(
    style: QStyle,
    element: QStyle.ControlElement,
    option: QStyleOption,
    widget: QWidget | None,
    ratio: float,
) -> QPixmap:
    """``element`` drawn with ``option`` (moved to the origin) on a transparent picture."""
    width, height = option.rect.width(), option.rect.height()
    picture = QPixmap(round(width * ratio), round(height * ratio))
    picture.setDevicePixelRatio(ratio)
    picture.fill(Qt.GlobalColor.transparent)
    alone = type(option)(option)
    alone.rect = QRect(0, 0, width, height)
    painter = QPainter(picture)
    try:
        style.drawControl(element, alone, painter, widget)
    finally:
        painter.end()
    return picture
