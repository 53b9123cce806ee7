import threading
import time

import pytest

from tasker_qt import RemoteError, TaskManager
from tasker_qt.core.remote import BrokenWorkerPool, WorkerDiedError
from tests import jobs


def test_process_result_progress_and_events(task_manager):
    events = []
    task = task_manager.run_process(jobs.count_to, 200, delay=0.001)
    chat = task_manager.run_process(
        jobs.chatty, 300, when_event=lambda t, name, data: events.append(data)
    )
    assert task.kind == "process"
    assert task_manager.wait_until_settled(15000)
    assert task.result() == 200
    assert task.get_message() == "step 200 of 200"
    assert events == list(range(300))
    assert chat.log_lines == [f"line {i}" for i in range(300)]


def test_exception_type_and_remote_traceback_survive(task_manager):
    task = task_manager.run_process(jobs.fail_with_key_error)
    assert task_manager.wait_until_settled(15000)
    with pytest.raises(KeyError, match="no such thing"):
        task.result()
    assert "tests/jobs.py" in task.traceback
    assert "fail_with_key_error" in task.traceback
    assert "process_worker.py" not in task.traceback  # starts in the job, not in our runner


def test_unpicklable_exception_arrives_as_remote_error(task_manager):
    task = task_manager.run_process(jobs.fail_unpicklably)
    assert task_manager.wait_until_settled(15000)
    error = task.exception()
    assert isinstance(error, RemoteError)
    assert error.type_name == "tests.jobs.UnpicklableError"
    assert "carries a lock" in str(error)
    assert "fail_unpicklably" in task.traceback


def test_unpicklable_result_fails_the_task_saying_so(task_manager):
    task = task_manager.run_process(jobs.return_lock)
    assert task_manager.wait_until_settled(15000)
    assert isinstance(task.exception(), TypeError)
    assert "could not be pickled" in str(task.exception())


def test_unpicklable_arguments_are_refused_at_submission(task_manager):
    with pytest.raises(TypeError, match="argument 0 of run_process cannot be pickled"):
        task_manager.run_process(jobs.add, threading.Lock())
    with pytest.raises(TypeError, match="argument y= of run_process"):
        task_manager.run_process(jobs.add, 1, y=threading.Lock())
    with pytest.raises(TypeError, match="needs a function that can be pickled"):
        task_manager.run_process(threading.Lock().acquire)
    assert not task_manager.has_tasks()


@pytest.mark.parametrize(
    ("job", "args", "reason"),
    [(jobs.exit_hard, (3,), "exited with code 3"), (jobs.segfault, (), "SIGSEGV")],
)
def test_dead_worker_fails_only_its_task_and_is_replaced(task_manager, job, args, reason):
    victim = task_manager.run_process(job, *args)
    bystander = task_manager.run_process(jobs.count_to, 50, delay=0.002)
    assert task_manager.wait_until_settled(15000)
    assert isinstance(victim.exception(), WorkerDiedError)
    assert reason in str(victim.exception())
    assert bystander.result() == 50
    after = task_manager.run_process(jobs.add, 1, 1)
    assert task_manager.wait_until_settled(15000)
    assert after.result() == 2


def test_job_ignoring_cancel_is_killed_after_grace(task_manager, qtbot):
    # the fixture's grace period is 0.5 s
    task = task_manager.run_process(jobs.ignore_cancel)
    qtbot.waitUntil(task.is_running, timeout=10000)
    task.cancel()
    qtbot.wait(200)
    assert task.is_running()  # still within its grace
    qtbot.waitUntil(task.is_final, timeout=3000)
    assert task.get_status() == "cancelled"
    again = task_manager.run_process(jobs.add, 20, 22)
    assert task_manager.wait_until_settled(15000)
    assert again.result() == 42


def test_cooperative_process_cancel(task_manager, qtbot):
    task = task_manager.run_process(jobs.until_cancelled)
    qtbot.waitUntil(task.is_running, timeout=10000)
    task.cancel()
    qtbot.waitUntil(task.is_final, timeout=2000)  # well before any kill
    assert task.get_status() == "cancelled"


def test_queued_process_task_cancelled_never_starts(qapp, qtbot, tmp_path):
    manager = TaskManager(process_workers=1)
    try:
        marker = tmp_path / "marker"
        first = manager.run_process(jobs.until_cancelled, str(marker))
        second = manager.run_process(jobs.touch, str(tmp_path / "ran"))
        qtbot.waitUntil(marker.exists, timeout=10000)
        assert second.cancel()
        first.cancel()
        assert manager.wait_until_settled(10000)
        assert second.get_status() == "cancelled"
        assert not (tmp_path / "ran").exists()
    finally:
        manager.shutdown(5)


def test_worker_initializer_runs_in_each_worker(qapp):
    manager = TaskManager(worker_initializer=jobs.set_env, initargs=("TASKER_TEST", "yes"))
    try:
        task = manager.run_process(jobs.read_env, "TASKER_TEST")
        assert manager.wait_until_settled(15000)
        assert task.result() == "yes"
    finally:
        manager.shutdown(5)


def test_failing_initializer_fails_tasks_clearly(qapp):
    manager = TaskManager(worker_initializer=jobs.broken_initializer)
    try:
        task = manager.run_process(jobs.add, 1)
        assert manager.wait_until_settled(30000)
        assert task.get_status() == "failed"
        assert isinstance(task.exception(), BrokenWorkerPool)
        assert "initializer" in str(task.exception())
    finally:
        manager.shutdown(5)


def test_workers_that_keep_dying_while_starting_fail_the_tasks(qapp):
    manager = TaskManager(process_workers=1, worker_initializer=jobs.exit_while_starting)
    try:
        task = manager.run_process(jobs.add, 1)
        assert manager.wait_until_settled(30000)  # was: respawned for ever, task pending
        assert isinstance(task.exception(), BrokenWorkerPool)
        assert "exited with code 3 while starting, 3 times" in str(task.exception())
    finally:
        manager.shutdown(5)


UNGUARDED = """\
import os, sys
from PySide6.QtWidgets import QApplication
from tasker_qt import TaskManager
from tasker_qt.ui import TaskMonitorPanel

def answer(ctx):
    return 42

app = QApplication.instance() or QApplication(sys.argv[:1])
manager = TaskManager(process_workers=1)
panel = TaskMonitorPanel(manager)
panel.show()
print("WINDOW", os.getpid(), flush=True)
task = manager.run_process(answer)
manager.wait_until_settled(20000)
print("STATUS", task.get_status(), task.error, flush=True)
manager.shutdown(5)
"""


def test_a_host_script_without_a_main_guard_fails_its_process_tasks_at_once(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = tmp_path / "host.py"
    script.write_text(UNGUARDED)
    root = str(Path(__file__).resolve().parent.parent)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": root}
    started = time.monotonic()
    run = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=50
    )
    assert time.monotonic() - started < 15  # failed at once, not after waiting it out
    assert run.stdout.count("WINDOW") == 1  # no second window in the worker
    assert "STATUS failed" in run.stdout
    assert 'if __name__ == "__main__":' in run.stdout and str(script) in run.stdout


def test_function_defined_outside_any_module_runs_by_value(task_manager):
    namespace = {}
    exec("def triple(ctx, x):\n    return 3 * x\n", namespace)
    task = task_manager.run_process(namespace["triple"], 14)
    assert task_manager.wait_until_settled(15000)
    assert task.result() == 42


def test_worker_that_cannot_be_started_fails_the_task(task_manager, monkeypatch):
    pool = task_manager._runners["process"]

    def no_more_processes():
        raise OSError("Resource temporarily unavailable")

    monkeypatch.setattr(pool, "_spawn", no_more_processes)
    task = task_manager.run_process(jobs.add, 1)
    assert task.get_status() == "failed"
    assert "Resource temporarily unavailable" in str(task.exception())
    assert not task_manager.has_tasks()


def _queue_behind_a_long_job(manager, qtbot):
    """Warm the pool with short jobs (so it queues), then a long job A and a short B behind it."""
    for _ in range(60):
        manager.run_process(jobs.noop)
    assert manager.wait_until_settled(30000)
    a = manager.run_process(jobs.count_to, 20, 0.1)  # about 2 s
    b = manager.run_process(jobs.noop, key="b")
    qtbot.waitUntil(a.is_running, timeout=10000)
    return a, b


@pytest.mark.parametrize("how", ["cancel", "replace"])
def test_cancelling_a_queued_task_never_kills_the_running_one(qapp, qtbot, how):
    manager = TaskManager(process_workers=1, process_grace=0.5)
    try:
        a, b = _queue_behind_a_long_job(manager, qtbot)
        if how == "cancel":
            assert b.cancel()
        else:
            replacement = manager.run_process(jobs.add, 1, key="b")
        assert b.get_status() == "cancelled"  # settled at once, where it waited
        assert manager.wait_until_settled(15000)
        assert a.result() == 20  # not killed by b's grace period
        assert b.started_at is None  # it never started
        if how == "replace":
            assert replacement.result() == 1
    finally:
        manager.shutdown(5)


def test_grace_kills_are_not_early_and_leave_no_timer(qapp, qtbot):
    from PySide6.QtCore import QTimer

    grace = 1.0
    manager = TaskManager(process_workers=1, process_grace=grace)
    try:
        timers_before = None
        for _ in range(3):
            task = manager.run_process(jobs.ignore_cancel)
            qtbot.waitUntil(task.is_running, timeout=10000)
            if timers_before is None:
                timers_before = len(manager.findChildren(QTimer))
            asked = time.monotonic()
            task.cancel()
            qtbot.waitUntil(task.is_final, timeout=5000)
            assert time.monotonic() - asked >= grace  # a coarse timer fires up to 5 % early
            assert task.get_status() == "cancelled"
        # each kill's timer is deleted once used (deleteLater: after an event-loop pass)
        qtbot.waitUntil(lambda: len(manager.findChildren(QTimer)) <= timers_before, timeout=2000)
    finally:
        manager.shutdown(5)


def _gone(pid):
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(") ")[1][0] == "Z"  # a zombie: dead, not yet reaped
    except FileNotFoundError:
        return True


@pytest.mark.parametrize("job", ["start_child_and_ignore_cancel", "start_child_and_wait"])
def test_a_jobs_own_processes_stop_with_it(qapp, qtbot, job):
    manager = TaskManager(process_workers=1, process_grace=0.3)
    children = []
    try:
        task = manager.run_process(
            getattr(jobs, job), when_event=lambda task, name, pid: children.append(pid)
        )
        qtbot.waitUntil(lambda: bool(children), timeout=10000)
        task.cancel()  # the stubborn one is killed after the grace, the polite one returns
        qtbot.waitUntil(task.is_final, timeout=5000)
        if job == "start_child_and_wait":  # its worker lives on until shutdown
            assert not _gone(children[0])
            manager.shutdown(5)
        qtbot.waitUntil(lambda: _gone(children[0]), timeout=2000)
    finally:
        manager.shutdown(5)
