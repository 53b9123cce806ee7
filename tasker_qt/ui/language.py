"""Which language the widgets speak: tasker_qt's translations and Qt's own, by locale.

The panel and the app wrap every text they show in Qt's ``tr()``; this
module installs the matching ``QTranslator`` s. Qt's own catalogue comes too,
so the buttons of Qt's dialogs (file dialogs, message boxes) speak the same
language as ours.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..resources import translations_folder
from .localized import forget_language

#: The languages tasker_qt ships translations for, besides English (its source language).
LANGUAGES = ("de", "pt_BR", "uk", "zh_CN")

_installed: list[QTranslator] = []


def install_translators(language: str | None = None) -> QLocale:
    """Make the application speak *language* (``"de"``, ``"pt_BR"``...), or the system's.

    Sets the default ``QLocale`` too, so numbers, dates and times read the
    way the language writes them. Call it after creating the
    ``QApplication`` and before creating widgets; calling it again replaces
    the translators it installed before. Returns the locale now in use. A
    language without a translation is English text in that locale's number
    style; a name Qt does not know at all raises ``ValueError``.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translators() needs a QCoreApplication; create it first")
    if language is not None and not is_language(language):
        raise ValueError(f"unknown language {language!r}; tasker_qt speaks {', '.join(LANGUAGES)}")
    locale = QLocale.system() if language is None else QLocale(language)
    remove_translators()
    QLocale.setDefault(locale)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_folder), ("tasker_qt", str(translations_folder()))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            _installed.append(translator)
    forget_language()
    return locale


def is_language(name: str) -> bool:
    """Whether Qt knows *name* as a language ("de", "pt_BR", "en"...), translated or not."""
    return QLocale(name).language() is not QLocale.Language.C


def remove_translators() -> None:
    """Undo ``install_translators``: English text, the system's locale."""
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale.system())
    forget_language()
