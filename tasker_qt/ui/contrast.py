"""Colours that read on whatever palette is in use (WCAG contrast, 4.5:1 for text).

A colour fixed in code reads on the palette it was picked on and fails on
another: the red that is fine on white is faint on a dark theme. Here a
colour is a hue to start from, moved toward black or white until it reads
on the background it is drawn on.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

from ..core.status import TaskStatus
from .icons import STATUS_COLORS

TEXT_CONTRAST = 4.5


def luminance(color: QColor) -> float:
    """Relative luminance (WCAG 2) of an opaque colour."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in (color.redF(), color.greenF(), color.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: QColor, b: QColor) -> float:
    """The contrast ratio of two opaque colours, 1 to 21."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def blend(top: QColor, bottom: QColor, amount: float) -> QColor:
    """``amount`` of ``top`` over ``bottom`` (0: bottom, 1: top), opaque."""
    mix = [t * amount + b * (1 - amount) for t, b in zip(_rgb(top), _rgb(bottom), strict=True)]
    return QColor.fromRgbF(*mix)


def opaque(color: QColor, background: QColor) -> QColor:
    """How a colour with alpha looks drawn on ``background``."""
    return blend(QColor(color.red(), color.green(), color.blue()), background, color.alphaF())


def readable(color: QColor, background: QColor, minimum: float = TEXT_CONTRAST) -> QColor:
    """``color``, or the nearest to it toward black or white that reads on ``background``."""
    color = opaque(color, background)
    if contrast(color, background) >= minimum:
        return color
    extreme = QColor("black") if luminance(background) > 0.18 else QColor("white")
    for step in range(1, 21):
        moved = blend(extreme, color, step / 20)
        if contrast(moved, background) >= minimum:
            return moved
    return extreme


def error_text(palette: QPalette | None = None) -> QColor:
    """Red text that reads on the palette's window and base backgrounds."""
    palette = palette or QGuiApplication.palette()
    color = STATUS_COLORS[TaskStatus.FAILED]
    for role in (
        QPalette.ColorRole.Window,
        QPalette.ColorRole.Base,
        QPalette.ColorRole.AlternateBase,
    ):
        color = readable(color, palette.color(role))  # each step only moves further out
    return color


def readable_placeholder(widget: QWidget) -> None:
    """Make a field's placeholder text read on its background.

    Qt draws placeholders as half-transparent text, which on many dark
    palettes is below 4.5:1 against the field's base.
    """
    palette = widget.palette()
    base = palette.color(QPalette.ColorRole.Base)
    palette.setColor(
        QPalette.ColorRole.PlaceholderText,
        readable(palette.color(QPalette.ColorRole.PlaceholderText), base),
    )
    widget.setPalette(palette)


def tinted(palette: QPalette, accent: QColor, amount: float = 0.16) -> QColor:
    """The palette's window colour with a touch of ``accent`` (a notice's background)."""
    return blend(accent, palette.color(QPalette.ColorRole.Window), amount)


def _rgb(color: QColor) -> tuple[float, float, float]:
    return color.redF(), color.greenF(), color.blueF()


def dark_palette() -> QPalette:
    """A dark palette of the usual kind (as dark themes set it for Fusion).

    What this project checks its colours against, and a quick way to see an
    application dark: ``app.setStyle("Fusion"); app.setPalette(dark_palette())``.
    """
    palette = QPalette()
    role = QPalette.ColorRole
    for name, color in {
        role.Window: "#353535", role.WindowText: "#f0f0f0", role.Base: "#252525",
        role.AlternateBase: "#2f2f2f", role.Text: "#f0f0f0", role.Button: "#353535",
        role.ButtonText: "#f0f0f0", role.Highlight: "#2a82da", role.HighlightedText: "#000000",
        role.ToolTipBase: "#202020", role.ToolTipText: "#f0f0f0", role.Link: "#5aa9f0",
    }.items():  # fmt: skip
        palette.setColor(name, QColor(color))
    palette.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor("#6a6a6a"))
    palette.setColor(QPalette.ColorGroup.Disabled, role.WindowText, QColor("#6a6a6a"))
    palette.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor("#6a6a6a"))
    return palette
