"""Qt objects of ours must be freed by reference counting, in the GUI thread.

Anything left to Python's cyclic garbage collector is deleted wherever the
collector happens to run, which may be a worker thread: deleting a QObject
(and its timers) there crashes the process some time later. These tests
fail if a reference cycle keeps one of our Qt objects alive.
"""

import gc
import threading
import weakref

import pytest

from tasker_qt import TaskManager
from tasker_qt.ui import TaskModel, TaskMonitorPanel
from tests import jobs


@pytest.fixture
def no_cycle_collection():
    gc.collect()
    gc.disable()
    yield
    gc.enable()


def test_a_used_manager_is_freed_without_the_cycle_collector(qapp, qtbot, no_cycle_collection):
    manager = TaskManager()
    tasks = [
        manager.run_thread(jobs.chatty, 5),
        manager.run_process(jobs.add, 1),
        manager.add_coroutine(jobs.async_add, 1),
    ]
    assert manager.wait_until_settled(15000)
    manager.shutdown(5)
    gone = weakref.ref(manager)
    del manager
    assert gone() is None
    assert tasks[0].cancel() is False  # tasks outlive it and stay readable
    assert tasks[1].result() == 1


def test_models_and_panels_are_freed_without_the_cycle_collector(
    task_manager, qtbot, no_cycle_collection
):
    task_manager.run_thread(jobs.add, 1)
    assert task_manager.wait_until_settled(5000)
    model = TaskModel(task_manager)
    assert model.rowCount() == 0 or model.data(model.index(0, 0)) is not None
    model_gone = weakref.ref(model)
    del model
    assert model_gone() is None
    panel = TaskMonitorPanel(task_manager)
    panel_gone = weakref.ref(panel)
    del panel
    assert panel_gone() is None


def test_main_window_is_freed_without_the_cycle_collector(
    task_manager, qtbot, tmp_path, no_cycle_collection
):
    from PySide6.QtCore import QSettings

    from tasker_qt.app import MainWindow
    from tasker_qt.plugins import JobRegistry

    (tmp_path / "job.py").write_text('"""Job"""\ndef run(context, n: int = 1):\n    pass\n')
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(task_manager, JobRegistry([tmp_path]), settings)
    window.job_list.select("job")
    gone = weakref.ref(window)
    del window
    assert gone() is None


def _tracked_per(count, before):
    gc.collect()
    return (len(gc.get_objects()) - before) / count


def test_few_objects_for_the_collector_per_task_waiting_or_finished(task_manager):
    """Every object a task holds is one more for each full collection to go through.

    In a burst of 100,000 tasks the full collections were the longest stalls
    of the GUI. Here 1,000 no-op tasks from a thread wait in the GUI's inbox
    (the Task, its context and sink, the job and the posted call, and the key
    it is counted by until it arrives: 7 objects each; 9 before one tuple per
    posted call and a log list made only for a first line), then finish (the
    Task and its context: 2 objects each; 5 before the shared outcome of a job
    that returned None, 3 before a task without a key held none).
    """
    manager, count = task_manager, 1000
    tasks = []
    poster = threading.Thread(
        target=lambda: tasks.extend(manager.run_thread(jobs.noop) for _ in range(count))
    )
    gc.collect()
    before = len(gc.get_objects())
    poster.start()
    poster.join(10)  # the GUI thread drains nothing meanwhile: all of them wait in the inbox
    waiting = _tracked_per(count, before)
    assert manager.wait_until_settled(10_000)
    assert all(task.get_status() == "completed" for task in tasks)
    del poster
    finished = _tracked_per(count, before)
    assert waiting <= 7.1, f"{waiting:.2f} tracked objects per waiting task"
    assert finished <= 2.1, f"{finished:.2f} tracked objects per finished task"
