"""The entry point of the desktop app: arguments, the application object, the event loop."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from pathlib import Path
from typing import Any

from .. import __version__
from .cli import COMMANDS
from .cli import main as cli_main
from .dask_option import SETTING, add_dask_option, dask_backend
from .folders import APP_NAME, default_history_file, default_job_folders, user_job_folder

# Qt's own command-line options (QApplication, QGuiApplication, X11): those
# that take a value, and those that do not; given with one dash or two.
_QT_OPTIONS_WITH_VALUE = frozenset(
    [
        "style",
        "stylesheet",
        "platform",
        "platformpluginpath",
        "platformtheme",
        "plugin",
        "qmljsdebugger",
        "session",
        "display",
        "geometry",
        "title",
        "name",
        "font",
        "fn",
        "background",
        "bg",
        "foreground",
        "fg",
        "btn",
        "button",
        "qwindowgeometry",
        "qwindowicon",
        "qwindowtitle",
    ]
)
_QT_FLAGS = frozenset(["reverse", "widgetcount", "nograb", "dograb", "sync"])


KEEP_DAYS = 365  # the history forgets runs older than this...
KEEP_ROWS = 200_000  # ...and beyond this many (both settings)


def split_qt_options(argv: list[str]) -> tuple[list[str], list[str]]:
    """(our arguments, Qt's): ``-style Fusion``, ``-platform offscreen``,
    ``-reverse``... go to QApplication, which knows them; the rest to us."""
    ours: list[str] = []
    qt: list[str] = []
    args = iter(argv)
    for arg in args:
        name, equals, _ = arg.lstrip("-").partition("=")
        if not arg.startswith("-") or arg == "--":
            ours.append(arg)
        elif name in _QT_FLAGS and not equals:
            qt.append(arg)
        elif name in _QT_OPTIONS_WITH_VALUE:
            qt.append(arg)
            if not equals:  # "-style Fusion": the value is the next argument
                qt.append(next(args, ""))
        else:
            ours.append(arg)
    return ours, qt


def _display_available(qt_options: list[str]) -> bool:
    """False where Qt would abort for want of a display (Linux and BSD without X or Wayland)."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return True
    if os.environ.get("QT_QPA_PLATFORM") or any("platform" in o for o in qt_options):
        return True  # a platform chosen on purpose (offscreen, vnc, eglfs...)
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description="Run job scripts in the background and watch them live.",
        epilog=f"Your own jobs live in {user_job_folder()}; drop .py files on the window "
        "to install more.",
    )
    parser.add_argument(
        "--jobs",
        metavar="DIR",
        type=Path,
        action="append",
        default=[],
        help="also list the job scripts in DIR (may be given several times)",
    )
    parser.add_argument(
        "--history",
        metavar="FILE",
        type=Path,
        default=None,
        help=f"keep the run history in FILE (default: {default_history_file()})",
    )
    parser.add_argument(
        "--lang",
        metavar="LANG",
        help="speak LANG (de, pt_BR, uk, zh_CN, en...) instead of the system's language; "
        "jobs started from the window get it as their LANG",
    )
    add_dask_option(parser)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    args = parser.parse_args(argv)
    from ..ui.language import is_language

    if args.lang is not None and not is_language(args.lang):
        parser.error(f"--lang {args.lang}: not a language name (try de, pt_BR, uk, zh_CN, en)")
    for folder in args.jobs:
        if not folder.expanduser().is_dir():
            parser.error(f"--jobs {folder}: no such folder")
    try:
        dask_backend(args.dask)
    except ValueError as exc:
        parser.error(f"--dask: {exc}")
    return args


def _manager(dask_choice: str | None, settings: Any) -> Any:
    """The window's task manager: one of its own when process jobs go to Dask, else task_mgr."""
    from ..core.manager import TaskManager

    choice = dask_choice if dask_choice is not None else settings.value(SETTING, "")
    try:
        backend = dask_backend(choice)
    except ValueError as exc:  # a bad setting: say so, and run process jobs here
        print(f"{APP_NAME}: the setting {SETTING}: {exc}", file=sys.stderr)
        backend = None
    return None if backend is None else TaskManager(process_backend=backend)


def main(argv: list[str] | None = None) -> int:
    """Open the main window on a qasync event loop until it is closed."""
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in COMMANDS:  # the headless command line: no window, no Qt options
        return cli_main(argv)
    ours, qt_options = split_qt_options(argv)
    args = parse_args(ours)
    if not _display_available(qt_options):
        print(
            f"{APP_NAME}: no display to open a window on (DISPLAY and WAYLAND_DISPLAY are "
            f"not set). Without one, `{APP_NAME} run JOB` runs a job headless "
            f"(`{APP_NAME} list` shows them), and `python -m tasker_qt.demo` shows the library.",
            file=sys.stderr,
        )
        return 2
    import qasync
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from ..core.history import HistoryFileError, HistoryStore
    from ..core.history_recorder import HistoryRecorder
    from ..plugins import JobRegistry
    from ..resources import app_icon_path
    from ..ui.language import install_translators
    from .termination import TerminationWatch
    from .window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1] + qt_options)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    locale = install_translators(args.lang)
    if args.lang is not None:  # worker processes format numbers the same way (QLocale reads LANG)
        os.environ["LANG"] = f"{locale.name()}.UTF-8"
    QApplication.setDesktopFileName(APP_NAME)  # Wayland matches the window to tasker-qt.desktop
    QApplication.setWindowIcon(QIcon(str(app_icon_path())))
    user_job_folder().mkdir(parents=True, exist_ok=True)
    # Old runs go at start-up; the limits are settings ([history] in tasker-qt's settings file).
    settings = QSettings()
    try:
        history: HistoryStore | None = HistoryStore(
            args.history or default_history_file(),
            keep_days=float(str(settings.value("history/keep_days", KEEP_DAYS))),
            keep_rows=int(str(settings.value("history/keep_rows", KEEP_ROWS))),
        )
        history_problem = ""
    except HistoryFileError as exc:  # the app still runs jobs; the window says why none are kept
        history, history_problem = None, str(exc)
    manager = _manager(args.dask, settings)
    windows: list[MainWindow] = []

    def cancel_and_quit() -> None:  # SIGTERM, SIGINT
        if windows:
            windows[0].cancel_and_quit()
        else:
            app.quit()

    watch = TerminationWatch(cancel_and_quit)

    async def run_window() -> None:
        closed = asyncio.Event()
        app.aboutToQuit.connect(closed.set)
        registry = JobRegistry(default_job_folders(args.jobs))
        windows.append(MainWindow(manager, registry=registry, history=history))
        if history is not None:
            HistoryRecorder(windows[0].manager, history)
        else:
            windows[0].show_history_problem(history_problem)
        windows[0].show()
        await closed.wait()

    try:
        with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
            runner.run(run_window())
    finally:
        watch.close()
        if history is not None:
            history.close()
    return 0
