"""Render the pictures in docs/ (offscreen): python docs/screenshots.py"""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def hash_files(ctx, count):
    """Stands in for a real job: progress, a long message and log lines."""
    ctx.set_total(count)
    for i in range(count):
        if ctx.is_cancelled():
            return None
        ctx.set_progress(i + 1)
        ctx.set_message(f"Hashing file {i + 1} of {count}: ~/Pictures/2026/holiday/IMG_{i:04}.jpg")
        ctx.log(f"IMG_{i:04}.jpg  sha256 ok")
        time.sleep(0.02)
    return count


def load_settings(ctx):
    return {"theme": "light"}


def parse_catalogue(ctx):
    raise KeyError("catalogue.xml has no <items> element")


def wait_for(ctx, event, progress=None):
    if progress is not None:
        ctx.set_progress(progress)
        ctx.set_message("Uploading thumbnails")
    while not event.wait(0.02):
        if ctx.is_cancelled():
            return None
    return "done"


def spin(app, seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def render_panel(app, path: Path) -> None:
    from tasker_qt import TaskManager
    from tasker_qt.ui import TaskMonitorPanel, TaskStatusWidget

    manager = TaskManager()
    release = threading.Event()
    manager.run_thread(load_settings)
    manager.run_process(parse_catalogue)
    manager.run_thread(hash_files, 300)
    doomed = manager.run_thread(wait_for, release)
    manager.run_thread(wait_for, release, 0.73)
    manager.run_thread(wait_for, release)
    panel = TaskMonitorPanel(manager)
    panel.resize(1000, 480)
    panel.show()
    status = TaskStatusWidget(manager)
    status.show()
    spin(app, 1.5)
    doomed.cancel()
    spin(app, 0.8)
    panel.view.selectRow(1)
    spin(app, 0.2)
    panel.grab().save(str(path))
    status.grab().save(str(path.with_name("status-widget.png")))
    release.set()
    manager.shutdown(5)
    panel.close()
    status.close()


def render_main_window(app, path: Path, with_broken: bool = True, notice: bool = True) -> None:
    import tempfile

    from PySide6.QtCore import QSettings

    from tasker_qt import TaskManager
    from tasker_qt.app import MainWindow
    from tasker_qt.plugins import JobRegistry
    from tasker_qt.resources import bundled_jobs_folder

    with tempfile.TemporaryDirectory() as scratch:
        mine = Path(scratch) / "jobs"
        mine.mkdir()
        (mine / "sync_photos.py").write_text(
            '"""Sync photos to the NAS"""\n\ndef run(context, share: list = []):\n    pass\n'
        )
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        manager = TaskManager()
        registry = JobRegistry([mine, bundled_jobs_folder()])
        window = MainWindow(manager, registry, settings)
        window.show()
        registry.run("count_primes", manager, limit=3_000_000_000)
        registry.run("count_primes", manager, limit=2_000_000_000)
        registry.run("hash_files", manager, folder=str(HERE.parent))
        window.job_list.select("hash_files")
        spin(app, 1.5)
        if notice:
            window.notice.show_message("Installed sync_photos.py: it cannot run yet (see the form)")
        spin(app, 0.2)
        window.grab().save(str(path))
        if with_broken:
            window.job_list.select("sync_photos")
            spin(app, 0.2)
            window.grab().save(str(path.with_name("main-window-broken-job.png")))
        manager.shutdown(5)
        window._shut_down = True
        window.close()


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["LANG"] = "en_US.UTF-8"  # the job processes' numbers: 1,234 (QLocale reads LANG)
    sys.path.insert(0, str(HERE.parent))
    from PySide6.QtWidgets import QApplication

    from tasker_qt.ui.contrast import dark_palette
    from tasker_qt.ui.language import install_translators, remove_translators

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translators("en")
    render_panel(app, HERE / "panel.png")
    render_main_window(app, HERE / "main-window.png")
    install_translators("de")
    os.environ["LANG"] = "de_DE.UTF-8"  # as `tasker-qt --lang de` does: workers write numbers so
    render_main_window(app, HERE / "main-window-de.png", with_broken=False, notice=False)
    os.environ["LANG"] = "en_US.UTF-8"
    remove_translators()
    install_translators("en")
    app.setStyle("Fusion")
    app.setPalette(dark_palette())
    render_main_window(app, HERE / "main-window-dark.png", with_broken=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
