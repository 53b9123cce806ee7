"""Data shipped with tasker_qt (as ``tasker_qt.resources``).

Example jobs, the icon, the .desktop entry and the translations.
"""

from importlib.resources import files
from pathlib import Path


def bundled_jobs_folder() -> Path:
    """The folder of example job scripts that ship with tasker_qt."""
    return Path(str(files(__name__) / "jobs"))


def app_icon_path() -> Path:
    """The application's icon (SVG)."""
    return Path(str(files(__name__) / "icons" / "tasker-qt.svg"))


def desktop_file_path() -> Path:
    """The freedesktop.org launcher entry (see the README to install it)."""
    return Path(str(files(__name__) / "tasker-qt.desktop"))


def translations_folder() -> Path:
    """The compiled translations (``tasker_qt_<language>.qm``); their sources sit beside them."""
    return Path(str(files(__name__) / "translations"))
