"""The entry point of the desktop app: arguments, the application object, the event loop."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from .. import __version__
from .folders import APP_NAME, default_job_folders, user_job_folder


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
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    args = parser.parse_args(argv)
    for folder in args.jobs:
        if not folder.expanduser().is_dir():
            parser.error(f"--jobs {folder}: no such folder")
    return args


def main(argv: list[str] | None = None) -> int:
    """Open the main window on a qasync event loop until it is closed."""
    args = parse_args(argv)
    import qasync
    from PySide6.QtWidgets import QApplication

    from ..plugins import JobRegistry
    from .termination import TerminationWatch
    from .window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    user_job_folder().mkdir(parents=True, exist_ok=True)
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
        windows.append(MainWindow(registry=registry))
        windows[0].show()
        await closed.wait()

    try:
        with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
            runner.run(run_window())
    finally:
        watch.close()
    return 0
