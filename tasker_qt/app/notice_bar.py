"""NoticeBar: a dismissable line of news at the top of a window, instead of a modal box."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from ..core.home_thread import DeletedAtHome
from ..core.status import TaskStatus
from ..ui.contrast import readable, tinted
from ..ui.icons import STATUS_COLORS

Level = Literal["info", "error"]
_ACCENTS = {"info": STATUS_COLORS[TaskStatus.RUNNING], "error": STATUS_COLORS[TaskStatus.FAILED]}


class NoticeBar(DeletedAtHome, QFrame):
    """Shows a message with optional action buttons; info notices hide themselves."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._buttons: list[QPushButton] = []
        close = QToolButton(autoRaise=True)
        close.setText("✕")
        close.setToolTip(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss"))
        close.clicked.connect(self.hide)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 4, 4)
        self._layout.addWidget(self.label, 1)
        self._layout.addWidget(close)
        self._hide_later = QTimer(self, singleShot=True, interval=8000)
        self._hide_later.timeout.connect(self.hide)
        self.level: Level = "info"
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._follow_palette()
        self.hide()

    def show_message(
        self,
        text: str,
        level: Level = "info",
        actions: dict[str, Callable[[], object]] | None = None,
        sticky: bool = False,
    ) -> None:
        self.level = level
        self._follow_palette()
        self.label.setText(text)
        for button in self._buttons:
            button.deleteLater()
        self._buttons = []
        for caption, action in (actions or {}).items():
            button = QPushButton(caption)
            button.clicked.connect(action)
            self._layout.insertWidget(self._layout.count() - 1, button)
            self._buttons.append(button)
        self.show()
        if sticky or level == "error" or actions:
            self._hide_later.stop()
        else:
            self._hide_later.start()

    def _follow_palette(self) -> None:
        """A background tinted by the level on the app's palette, and text that reads on it."""
        palette = QGuiApplication.palette()
        background = tinted(palette, _ACCENTS[self.level])
        mine = QPalette(palette)
        mine.setColor(QPalette.ColorRole.Window, background)
        mine.setColor(
            QPalette.ColorRole.WindowText,
            readable(palette.color(QPalette.ColorRole.WindowText), background),
        )
        self.setPalette(mine)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._follow_palette()  # the user switched light/dark
        super().changeEvent(event)

    def button(self, caption: str) -> QPushButton | None:
        return next((b for b in self._buttons if b.text() == caption), None)
