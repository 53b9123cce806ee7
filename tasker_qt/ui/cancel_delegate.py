"""CancelButtonDelegate: a painted cancel button in each live row, with hover and press."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
)

from ..core.task import Task
from .model import task_of
from .pictures import Pictures, control_picture

_Index = QModelIndex | QPersistentModelIndex
State = QStyle.StateFlag
# A button's few looks (hovered, pressed, asked already) per palette and size.
_PICTURES = Pictures(limit=32)
_ENABLED = State.State_Enabled.value
_MOUSE_OVER = State.State_MouseOver.value
_SUNKEN = State.State_Sunken.value
_RAISED = State.State_Raised.value
_MOUSE_BUTTON_EVENTS = (
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseButtonRelease,
)


class CancelButtonDelegate(QStyledItemDelegate):
    """Paints a small button in the cell of every live task and reports clicks.

    A click counts only if press and release hit the button of the same task,
    which is remembered by identity: rows that move or vanish in between
    (a task finishing, a re-sort) can never redirect the click to another task.
    The button looks hovered while the mouse is over its cell (the view needs
    ``setMouseTracking(True)`` for that).
    """

    #: the user clicked the cancel button of this task
    cancel_clicked = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pressed: Task | None = None
        self._watching: int | None = None  # the column of a press (see _watch_release)

    @staticmethod
    def button_rect(cell: QRect) -> QRect:
        return QRect(*_button_place(cell.x(), cell.y(), cell.width(), cell.height()))

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return QSize(30, 24)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        # Plain numbers only, on the way to a kept picture: making a QRect or
        # QPoint from Python lets go of the interpreter lock, and under load
        # taking it back costs more than painting the cell (see pictures.py).
        style = option.widget.style() if option.widget else QApplication.style()
        # Only the cell's background and selection: no text or icon, no data() calls.
        style.drawPrimitive(
            QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
        )
        task = task_of(index)
        if task is None or task.is_final():
            return
        cell = option.rect
        x, y, side, _ = _button_place(cell.x(), cell.y(), cell.width(), cell.height())
        state = _ENABLED | (option.state.value & _MOUSE_OVER)
        state |= _SUNKEN if task is self._pressed else _RAISED
        if task.cancel_requested:  # asked already: show it pressed and dim
            state &= ~_ENABLED
        ratio = painter.device().devicePixelRatio()
        key = (id(style), option.palette.cacheKey(), state, side, ratio)
        picture = _PICTURES.get(key)
        if picture is None:
            button = QStyleOptionButton()
            button.rect = QRect(x, y, side, side)
            button.palette = option.palette
            button.icon = style.standardIcon(QStyle.StandardPixmap.SP_DialogCancelButton)
            button.iconSize = QSize(side - 6, side - 6)
            button.state = State(state)
            picture = _PICTURES.keep(
                key,
                control_picture(
                    style, QStyle.ControlElement.CE_PushButton, button, option.widget, ratio
                ),
            )
        painter.drawPixmap(x, y, picture)

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: _Index,
    ) -> bool:
        kind = event.type()
        if kind not in _MOUSE_BUTTON_EVENTS or not isinstance(event, QMouseEvent):
            return False
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        task = task_of(index)
        on_button = (
            task is not None
            and not task.is_final()
            and self.button_rect(option.rect).contains(event.position().toPoint())
        )
        if kind == QEvent.Type.MouseButtonRelease:
            pressed, self._pressed = self._pressed, None
            self._repaint(option)
            if on_button and pressed is task:
                self.cancel_clicked.emit(task)
                return True
            return False
        self._pressed = task if on_button else None
        self._repaint(option)
        if on_button:
            self._watch_release(option, index.column())
        return on_button

    def _watch_release(self, option: QStyleOptionViewItem, column: int) -> None:
        """See the release of this press wherever it lands, until it does.

        A release over another column goes to that column's delegate, not
        this one: the button would stay drawn pressed, and a later press
        elsewhere let go on it would count as a click.
        """
        view = option.widget
        if isinstance(view, QAbstractItemView):
            self._watching = column
            view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and self._watching is not None:
            column, self._watching = self._watching, None
            watched.removeEventFilter(self)
            view = watched.parent()
            assert isinstance(view, QAbstractItemView) and isinstance(event, QMouseEvent)
            if view.indexAt(event.position().toPoint()).column() != column:
                self._pressed = None  # not ours to handle: editorEvent will not see it
                view.viewport().update()
        return False

    @staticmethod
    def _repaint(option: QStyleOptionViewItem) -> None:
        widget = option.widget
        if widget is not None:
            (widget.viewport() if hasattr(widget, "viewport") else widget).update()


def _button_place(x: int, y: int, width: int, height: int) -> tuple[int, int, int, int]:
    """The button of a cell: a square of 8 to 22 pixels amid it, as (x, y, side, side)."""
    side = max(min(height - 4, 22), 8)
    # where QRect.moveCenter() puts it, to the pixel: (x1 + x2) / 2, rounded down
    return (
        x + (width - 1) // 2 - (side - 1) // 2,
        y + (height - 1) // 2 - (side - 1) // 2,
        side,
        side,
    )
