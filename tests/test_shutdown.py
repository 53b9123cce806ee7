import asyncio
import logging
import multiprocessing
import subprocess
import sys
import threading
import time

import pytest
from PySide6.QtCore import QEventLoop, QTimer

from tasker_qt import TaskManager
from tests import jobs


def _no_workers_left():
    return not multiprocessing.active_children() and not [
        t for t in threading.enumerate() if t.name.startswith("tasker")
    ]


def test_shutdown_with_live_tasks_of_every_kind_leaves_nothing(qapp, qtbot, caplog):
    caplog.set_level(logging.WARNING)
    manager = TaskManager(process_grace=5.0)
    cleaned = []
    polite_thread = manager.run_thread(jobs.until_cancelled)
    stubborn_process = manager.run_process(jobs.ignore_cancel)
    polite_process = manager.run_process(jobs.until_cancelled)
    coroutine = manager.add_coroutine(jobs.async_forever, cleaned)
    finished = manager.run_thread(jobs.add, 1)
    qtbot.waitUntil(
        lambda: stubborn_process.is_running() and polite_process.is_running(), timeout=10000
    )
    qtbot.waitUntil(finished.is_final, timeout=2000)
    started = time.monotonic()
    counts = manager.shutdown(timeout=0.5)
    assert time.monotonic() - started < 5
    # finished is not counted: only tasks live when shutdown began
    assert counts == {"completed": 0, "cancelled": 4, "failed": 0}
    # they returned because shutdown asked them to stop: cancelled, not completed
    assert polite_thread.get_status() == "cancelled"
    assert polite_process.get_status() == "cancelled"
    assert stubborn_process.get_status() == "cancelled"  # killed after the timeout
    assert coroutine.get_status() == "cancelled"
    assert cleaned == [True]  # its CancelledError cleanup ran
    assert _no_workers_left()
    assert "was destroyed but it is pending" not in caplog.text


def test_submissions_after_shutdown_raise(qapp):
    manager = TaskManager()
    manager.shutdown(1)
    for submit in (manager.run_thread, manager.run_process, manager.add_coroutine):
        with pytest.raises(RuntimeError, match="shutting down"):
            submit(jobs.add, 1)


def test_shutdown_waits_for_tasks_that_finish_in_time(qapp):
    manager = TaskManager()
    task = manager.add_coroutine(jobs.async_polite)
    counts = manager.shutdown(timeout=5)
    # it returned normally, but only because it was asked to stop
    assert counts == {"completed": 0, "cancelled": 1, "failed": 0}
    assert task.get_status() == "cancelled"


def test_a_thread_job_that_stops_when_shutdown_asks_counts_as_cancelled(qapp, qtbot):
    manager = TaskManager()
    task = manager.run_thread(jobs.until_cancelled)
    qtbot.waitUntil(task.is_running, timeout=5000)
    assert manager.shutdown(timeout=1) == {"completed": 0, "cancelled": 1, "failed": 0}
    assert task.get_status() == "cancelled"


def test_shutdown_async_from_a_coroutine(qapp, qtbot):
    manager = TaskManager()
    results = []
    thread_task = manager.run_thread(jobs.until_cancelled)

    async def stop_everything(ctx):
        results.append(await manager.shutdown_async(timeout=2))

    # the coroutine driving shutdown is itself a task: it ends cancelled-or-completed
    manager.add_coroutine(stop_everything)
    qtbot.waitUntil(lambda: bool(results), timeout=10000)
    assert thread_task.get_status() == "cancelled"  # it stopped because it was asked
    assert results[0] == {"completed": 0, "cancelled": 1, "failed": 0}
    manager.shutdown(1)  # releases the loop; harmless when already shut down
    qtbot.waitUntil(_no_workers_left, timeout=3000)


def test_application_stays_usable_after_shutdown(qapp):
    manager = TaskManager()
    manager.add_coroutine(jobs.async_add, 1)
    manager.shutdown(2)
    # a nested event loop must run for its full time, not return at once
    loop = QEventLoop()
    QTimer.singleShot(100, loop.quit)
    started = time.monotonic()
    loop.exec()
    assert time.monotonic() - started >= 0.08


def test_global_task_mgr_restarts_after_shutdown(qapp):
    from tasker_qt import task_mgr

    first = task_mgr.manager
    task = task_mgr.run_thread(jobs.add, 2)
    assert task_mgr.wait_until_settled(5000) and task.result() == 2
    task_mgr.shutdown(2)
    second = task_mgr.manager
    assert second is not first
    again = task_mgr.add_coroutine(jobs.async_add, 3)
    assert task_mgr.wait_until_settled(5000) and again.result() == 3
    task_mgr.shutdown(2)


def test_task_mgr_created_first_from_a_worker_thread(qapp, qtbot):
    from tasker_qt.core.proxy import TaskManagerProxy

    proxy = TaskManagerProxy()
    made = []
    thread = threading.Thread(target=lambda: made.append(proxy.run_thread(jobs.add, 5)))
    thread.start()
    thread.join()
    assert proxy.manager.thread() is qapp.thread()
    qtbot.waitUntil(lambda: made[0].is_final(), timeout=5000)
    assert made[0].result() == 5
    proxy.shutdown(2)


def test_shutdown_from_a_worker_thread(qapp, qtbot):
    manager = TaskManager()
    task = manager.run_thread(jobs.until_cancelled)
    qtbot.waitUntil(task.is_running, timeout=3000)
    counts = []
    thread = threading.Thread(target=lambda: counts.append(manager.shutdown(timeout=2)))
    thread.start()
    qtbot.waitUntil(lambda: bool(counts), timeout=10000)
    thread.join()
    assert counts == [{"completed": 0, "cancelled": 1, "failed": 0}]
    assert task.get_status() == "cancelled"
    qtbot.waitUntil(_no_workers_left, timeout=3000)
    # the lent loop is handed back in the GUI thread, by a call posted there
    qtbot.waitUntil(lambda: _running_loop() is None, timeout=3000)


def _running_loop():
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def test_a_coroutine_whose_cleanup_outlasts_shutdown_is_logged(qapp, qtbot, caplog):
    caplog.set_level(logging.WARNING)
    manager = TaskManager()
    task = manager.add_coroutine(jobs.async_slow_cleanup, 2.0, key="slow cleaner")
    qtbot.waitUntil(task.is_running, timeout=3000)
    manager.shutdown(timeout=0.5)
    assert task.get_status() == "cancelled"
    assert "async_slow_cleanup" in caplog.text and "cleanup" in caplog.text
    assert "was destroyed but it is pending" not in caplog.text


def test_a_thread_job_that_ignores_cancel_does_not_keep_the_program_alive(tmp_path):
    script = tmp_path / "host.py"
    script.write_text(
        "import logging, os, sys, time\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "logging.basicConfig(level=logging.WARNING)\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from tasker_qt import TaskManager\n"
        "def stubborn(ctx):\n"
        "    time.sleep(600)\n"
        "app = QCoreApplication([])\n"
        "manager = TaskManager()\n"
        "manager.run_thread(stubborn)\n"
        "print(manager.shutdown(timeout=0.5), flush=True)\n"
    )
    started = time.monotonic()
    ran = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=30)
    assert time.monotonic() - started < 20
    assert ran.returncode == 0, ran.stderr
    assert "{'completed': 0, 'cancelled': 1, 'failed': 0}" in ran.stdout
    assert "abandoned" in ran.stderr and "'stubborn'" in ran.stderr
