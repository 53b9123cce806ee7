"""Our Qt objects, dropped in a reference cycle, are deleted in the GUI thread.

Python's cycle collector runs in whatever thread allocates when it is due:
while jobs run, usually a worker. Run in a child process, so that a failure
is a failed test rather than a crash of the test run.
"""

import gc
import os
import subprocess
import sys
import textwrap

import pytest

# A model (or a whole panel) whose timers are running, dropped in a reference
# cycle and found by the cycle collector in a worker thread.
_SCRIPT = textwrap.dedent(
    """
    import gc, sys, threading
    from PySide6.QtCore import QEventLoop, QThread, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from tasker_qt import TaskManager
    from tasker_qt.core import home_thread
    from tasker_qt.ui import TaskModel, TaskMonitorPanel
    from tests import jobs

    def turn_events(ms):
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    manager = TaskManager(thread_workers=1)
    release = threading.Event()
    manager.run_thread(jobs.progress_then_hold, 0.5, release)
    dropped = {"model": TaskModel, "panel": TaskMonitorPanel}[sys.argv[1]](manager)
    turn_events(300)  # the row shows a running task: the model's clock runs

    deleted_in = []
    dropped.destroyed.connect(lambda: deleted_in.append(QThread.currentThread() is app.thread()))
    kind = type(dropped)
    gc.disable()
    dropped.itself = dropped
    del dropped
    collector = threading.Thread(target=gc.collect)
    collector.start()
    collector.join()
    turn_events(100)
    print("deleted in the GUI thread:", deleted_in, "waiting:", home_thread.waiting_count())
    gc.collect()
    print("wrappers kept:", sum(type(obj) is kind for obj in gc.get_objects()))
    release.set()
    manager.shutdown(5)
    """
)


@pytest.mark.parametrize("dropped", ["model", "panel"])
def test_an_object_collected_in_a_worker_thread_is_deleted_in_the_gui_thread(dropped):
    ran = subprocess.run(
        [sys.executable, "-c", _SCRIPT, dropped],
        capture_output=True,
        text=True,
        timeout=50,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert "another thread" not in ran.stderr, ran.stderr
    assert ran.returncode == 0, ran.stderr
    assert "deleted in the GUI thread: [True] waiting: 0" in ran.stdout, ran.stdout
    # and its empty wrapper is let go of once the C++ side is gone
    assert "wrappers kept: 0" in ran.stdout, ran.stdout


def test_an_object_the_collector_finds_in_its_own_thread_is_deleted_between_events(
    task_manager, qtbot
):
    # The collector runs wherever something allocates: inside a paint event,
    # or a view asking its model. Like deleteLater(), the deletion waits for
    # the event loop.
    from PySide6.QtCore import QObject

    from tasker_qt.ui import TaskModel

    model = TaskModel(task_manager)
    part = QObject(model)  # deleted with the model's C++ side
    deleted = []
    part.destroyed.connect(lambda: deleted.append(True))
    model.itself = model
    del model
    gc.collect()
    assert deleted == []  # not in the middle of whatever the collection interrupted
    qtbot.waitUntil(lambda: deleted == [True], timeout=2000)
