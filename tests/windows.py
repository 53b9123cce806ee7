"""A main window for tests that run job files from it."""

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QSettings

from tasker_qt.app.window import MainWindow
from tasker_qt.plugins import JobRegistry


@contextmanager
def window_with_jobs(qtbot, manager, tmp_path, **job_files: str) -> Iterator[MainWindow]:
    """A shown window listing ``job_files`` (name -> source); afterwards its tasks are
    cancelled and it closes without asking (the manager's owner shuts the manager down)."""
    folder = tmp_path / "jobs"
    folder.mkdir()
    for name, source in job_files.items():
        (folder / f"{name}.py").write_text(source)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(manager, JobRegistry([folder]), settings)
    window.show()
    qtbot.waitExposed(window)
    try:
        yield window
    finally:
        manager.cancel_all()
        window._shut_down = True
        window.close()
        window.deleteLater()
