import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import multiprocessing
import threading

import pytest

from tasker_qt.testing import global_task_manager, task_manager  # noqa: F401


@pytest.fixture(autouse=True)
def _nothing_left_behind(qapp):
    """Every test must leave no worker thread, process or window behind."""
    yield
    from PySide6.QtWidgets import QApplication

    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for widget in windows:
        widget.close()
    threads = [t.name for t in threading.enumerate() if t.name.startswith("tasker")]
    children = multiprocessing.active_children()
    for child in children:
        child.kill()
    assert not windows, f"test left windows open: {windows}"
    assert not threads, f"test left threads running: {threads}"
    assert not children, f"test left processes running: {children}"


def pytest_addoption(parser):
    parser.addoption(
        "--long", action="store_true", help="run the fault suite's long versions (-m faults)"
    )
