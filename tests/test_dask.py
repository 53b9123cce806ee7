"""Process jobs on a Dask cluster: progress, events, cancel, crashes, shutdown.

Each test starts its own ``LocalCluster`` of two single-threaded worker
processes (the backend's defaults but for the worker count), as a user would.
"""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from tasker_qt import TaskManager
from tasker_qt.app.main import _manager, parse_args
from tasker_qt.core import dask_backend, dask_job
from tasker_qt.core.context import ExecutionContext
from tasker_qt.core.dask_backend import DaskBackend
from tasker_qt.core.remote import WorkerDiedError
from tasker_qt.core.wire import JobDone, unpack_many
from tasker_qt.testing import _shut_down
from tasker_qt.ui import TaskModel
from tests import jobs
from tests.report_delays import report_delays
from tests.windows import window_with_jobs

GRACE = 1.0


@pytest.fixture
def dask_manager(qapp):
    manager = TaskManager(process_backend=DaskBackend(n_workers=2), process_grace=GRACE)
    yield manager
    _shut_down(manager)


def _alive(pid):
    """Whether process ``pid`` runs (a zombie waiting to be reaped does not)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_progress_and_ten_thousand_ordered_events_reach_the_model(dask_manager, qtbot, tmp_path):
    model = TaskModel(dask_manager)
    release = tmp_path / "release"
    held = dask_manager.run_process(jobs.progress_until_file, 0.4, str(release))
    assert held.kind == "dask"
    row = lambda: model.row_of(held.id)  # noqa: E731
    qtbot.waitUntil(
        lambda: model.index(row(), TaskModel.Column.PROGRESS).data() == "40%", timeout=15000
    )
    assert model.index(row(), TaskModel.Column.MESSAGE).data() == "holding"
    release.write_text("go")

    events = []
    chat = dask_manager.run_process(
        jobs.chatty, 10_000, when_event=lambda task, name, data: events.append(data)
    )
    assert dask_manager.wait_until_settled(30000)
    assert held.result() == 0.4
    assert chat.result() == 10_000
    assert events == list(range(10_000))
    assert chat.log_lines == [f"line {i}" for i in range(10_000)]


def test_a_report_reaches_the_model_within_a_frame(dask_manager):
    dask_manager.run_process(jobs.noop)  # the cluster up first
    assert dask_manager.wait_until_settled(60_000)
    delays = report_delays(dask_manager, "process")  # to Dask: the manager's backend
    # a worker shipped every 50 ms before: 17-19 ms (p95 31-34) in bench_engine
    assert delays[len(delays) // 2] < 16, [round(d) for d in delays]


def test_the_jobs_of_one_worker_process_report_in_one_batch(qapp, qtbot):
    """A worker running many jobs costs the scheduler one event per tick, not one per job."""
    manager = TaskManager(process_backend=DaskBackend(n_workers=1, threads_per_worker=2))
    try:
        manager.run_process(jobs.noop)  # the cluster up first
        assert manager.wait_until_settled(60_000)
        session = manager._runners["dask"]._session
        deliver, seqs_per_batch = session._on_batch, []

        def look(data):
            seqs_per_batch.append({message.seq for message in unpack_many(data)})
            deliver(data)

        session._on_batch = look
        both = [manager.run_process(jobs.stamp_messages, 30, 0.01) for _ in range(2)]
        assert manager.wait_until_settled(30_000)
        assert [task.result() for task in both] == [30, 30]
        assert {task.id for task in both} in seqs_per_batch, seqs_per_batch
    finally:
        _shut_down(manager)


def test_nothing_a_job_reported_is_sent_after_its_end():
    sent = []
    outbox = dask_job._Outbox(lambda topic, data: sent.append(data), "topic", 1)
    outbox.ctx = ctx = ExecutionContext()
    ctx.set_progress(0.5)  # after the last tick: its end carries it
    assert outbox.take(JobDone(1, ctx.state())) == [JobDone(1, ctx.state())]
    assert outbox.take() == []  # a tick that took this outbox before the end


def test_the_task_says_it_waits_for_the_cluster_to_start(dask_manager, qtbot):
    task = dask_manager.run_process(jobs.add, 20, 22)
    assert task.get_status() == "pending"
    assert task.get_message() == "Waiting for the Dask cluster…"
    qtbot.waitUntil(task.is_final, timeout=15000)
    assert task.result() == 42
    assert task.get_message() is None


def test_exception_types_come_back_with_the_jobs_traceback(dask_manager):
    task = dask_manager.run_process(jobs.fail_with_key_error)
    assert dask_manager.wait_until_settled(15000)
    with pytest.raises(KeyError, match="no such thing"):
        task.result()
    assert "fail_with_key_error" in task.traceback
    assert "dask_job.py" not in task.traceback and "process_worker.py" not in task.traceback


def test_a_last_batch_lost_on_the_topic_is_read_from_the_future(dask_manager, qtbot):
    events = []
    task = dask_manager.run_process(
        jobs.chatty, 3, when_event=lambda t, name, data: events.append(data)
    )
    session = dask_manager._runners["dask"]._session
    deliver = session._on_batch

    def lose_the_last(data):  # as if the topic had dropped it
        if not any(isinstance(message, JobDone) for message in unpack_many(data)):
            deliver(data)

    session._on_batch = lose_the_last
    qtbot.waitUntil(task.is_final, timeout=20000)
    assert task.result() == 3
    assert events == [0, 1, 2]  # what the lost batch carried before the end
    assert task.log_lines == ["line 0", "line 1", "line 2"]


def test_a_job_that_checks_is_cancelled_stops_when_cancelled(dask_manager, qtbot):
    task = dask_manager.run_process(jobs.until_cancelled)
    qtbot.waitUntil(task.is_running, timeout=15000)
    started = time.monotonic()
    task.cancel()
    qtbot.waitUntil(task.is_final, timeout=GRACE * 1000 / 2)  # well before any kill
    assert task.get_status() == "cancelled"
    assert time.monotonic() - started < GRACE / 2


def test_a_job_that_ignores_cancel_is_stopped_with_its_worker_alone(dask_manager, qtbot):
    pids = {}
    record = lambda task, name, pid: pids.__setitem__(task.id, pid)  # noqa: E731
    rude = dask_manager.run_process(jobs.report_pid, jobs.ignore_cancel, when_event=record)
    other = dask_manager.run_process(jobs.report_pid, jobs.until_cancelled, when_event=record)
    qtbot.waitUntil(lambda: len(pids) == 2, timeout=15000)
    assert pids[rude.id] != pids[other.id]  # one on each worker

    rude.cancel()
    qtbot.wait(int(GRACE * 1000 / 2))
    assert rude.get_status() == "running"  # it has its grace period
    qtbot.waitUntil(rude.is_final, timeout=int(GRACE * 1000) + 5000)
    assert rude.get_status() == "cancelled"
    qtbot.waitUntil(lambda: not _alive(pids[rude.id]), timeout=5000)
    assert _alive(pids[other.id]) and other.get_status() == "running"

    again = dask_manager.run_process(jobs.add, 20, 22)  # the nanny brought a new worker
    qtbot.waitUntil(again.is_final, timeout=15000)
    assert again.result() == 42
    other.cancel()
    assert dask_manager.wait_until_settled(5000)
    assert other.get_status() == "cancelled"


def test_a_job_that_crashes_its_worker_fails_once(dask_manager, tmp_path):
    ran = tmp_path / "ran"
    task = dask_manager.run_process(jobs.note_then_exit, str(ran), 3)
    assert dask_manager.wait_until_settled(30000)
    assert task.get_status() == "failed"
    assert isinstance(task.exception(), WorkerDiedError)
    assert "worker crashed" in str(task.exception())
    assert ran.read_text() == "ran\n"  # not rerun elsewhere with its side effects


def test_run_process_can_ask_for_dask_per_call(task_manager):
    with pytest.raises(ValueError, match="executor"):
        task_manager.run_process(jobs.add, 1, executor="ray")
    here = task_manager.run_process(jobs.add, 1, 2)
    there = task_manager.run_process(jobs.add, 3, 4, executor="dask")
    assert (here.kind, there.kind) == ("process", "dask")
    assert task_manager.wait_until_settled(30000)
    assert (here.result(), there.result()) == (3, 7)


def test_shutdown_closes_the_cluster_it_started_and_leaves_no_process(qapp, qtbot):
    manager = TaskManager(process_backend=DaskBackend(n_workers=2), process_grace=GRACE)
    pids = []
    for _ in range(2):
        manager.run_process(
            jobs.report_pid, jobs.ignore_cancel, when_event=lambda t, n, pid: pids.append(pid)
        )
    qtbot.waitUntil(lambda: len(pids) == 2, timeout=15000)
    started = time.monotonic()
    counts = manager.shutdown(timeout=0.2)
    assert time.monotonic() - started < 0.2 + 1.5
    assert counts == {"completed": 0, "cancelled": 2, "failed": 0}
    qtbot.waitUntil(lambda: not any(_alive(pid) for pid in pids), timeout=5000)


def test_a_cluster_it_connected_to_is_left_running(qapp, qtbot):
    from distributed import Client, LocalCluster

    with LocalCluster(
        n_workers=1, threads_per_worker=1, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        manager = TaskManager(process_backend=DaskBackend(address=cluster.scheduler_address))
        task = manager.run_process(jobs.add, 1, 2)
        qtbot.waitUntil(task.is_final, timeout=15000)
        assert task.result() == 3
        manager.shutdown(timeout=5)
        with Client(cluster) as client:
            assert client.submit(sum, [1, 2]).result(timeout=10) == 3
            assert len(client.scheduler_info()["workers"]) == 1


def test_an_unreachable_scheduler_fails_the_tasks_saying_where(qapp, qtbot):
    backend = DaskBackend(address="tcp://127.0.0.1:9", connect_timeout=0.5)
    manager = TaskManager(process_backend=backend)
    tasks = [manager.run_process(jobs.add, i) for i in range(3)]
    qtbot.waitUntil(lambda: all(t.is_final() for t in tasks), timeout=15000)
    for task in tasks:
        assert isinstance(task.exception(), ConnectionError)
        assert "could not reach the Dask scheduler at tcp://127.0.0.1:9" in str(task.exception())
    manager.shutdown(timeout=5)


def test_without_distributed_the_backend_says_how_to_install_it(monkeypatch):
    monkeypatch.setattr(dask_backend.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ImportError, match=r'pip install "tasker_qt\[dask\]"'):
        DaskBackend()


@pytest.mark.parametrize(
    ("field", "value"),
    [("n_workers", 0), ("threads_per_worker", None), ("connect_timeout", float("nan"))],
)
def test_bad_backend_settings_are_refused_where_they_are_given(field, value):
    with pytest.raises((TypeError, ValueError), match=field):
        DaskBackend(**{field: value})


def test_the_fallback_cancel_probe_reads_the_clients_event(qtbot):
    from distributed import Client, Event, LocalCluster

    from tasker_qt.core import dask_job

    class OldWorker:  # no task records where this version of tasker_qt looks for them
        pass

    with (
        LocalCluster(n_workers=1, processes=False, dashboard_address=None) as cluster,
        Client(cluster),
    ):
        probe = dask_job._cancel_probe(OldWorker(), "some-key", "tasker-test-cancel-1")
        assert isinstance(probe, dask_job._EventPoll)
        assert not probe()
        Event("tasker-test-cancel-1").set()
        qtbot.waitUntil(probe, timeout=1000)


def test_nothing_imports_distributed_until_a_job_goes_there():
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen';"
        "from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]);"
        "from tasker_qt import TaskManager; from tasker_qt.core.dask_backend import DaskBackend;"
        "m = TaskManager(process_backend=DaskBackend()); m.shutdown(1);"
        "print(sorted(n for n in sys.modules if n.split('.')[0] in ('dask', 'distributed')))"
    )
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert ran.stdout.strip() == "[]"


ADD_JOB = '''"""Add two numbers"""
MODE = "process"

def run(context, x: int = 40, y: int = 2):
    context.log(f"adding {x} and {y}")
    return x + y
'''


def test_a_process_job_from_the_job_folder_runs_on_dask_from_the_window(
    dask_manager, qtbot, tmp_path
):
    with window_with_jobs(qtbot, dask_manager, tmp_path, add=ADD_JOB) as window:
        window.job_list.select("add")
        with qtbot.waitSignal(dask_manager.task_finished, timeout=20000) as finished:
            qtbot.mouseClick(window.form.run_button, Qt.MouseButton.LeftButton)
        task = finished.args[0]
        assert (task.kind, task.job, task.result()) == ("dask", "add", 42)
        assert task.log_lines == ["adding 40 and 2"]


def test_the_app_takes_dask_from_its_option_or_its_setting(qapp, tmp_path, capsys):
    assert parse_args(["--dask"]).dask == "local"
    assert parse_args(["--dask", "tcp://10.0.0.5:8786"]).dask == "tcp://10.0.0.5:8786"
    with pytest.raises(SystemExit):
        parse_args(["--dask", "klingon"])
    assert "--dask: 'klingon' is neither 'local' nor a scheduler address" in capsys.readouterr().err

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert _manager(None, settings) is None  # unset: process jobs stay on this machine
    settings.setValue("dask/scheduler", "tcp://10.0.0.5:8786")
    manager = _manager(None, settings)
    try:
        assert manager._process_backend == DaskBackend(address="tcp://10.0.0.5:8786")
    finally:
        manager.shutdown(timeout=1)  # never connected: nothing to close
    settings.setValue("dask/scheduler", "nonsense")
    assert _manager(None, settings) is None
    assert "the setting dask/scheduler: 'nonsense' is neither" in capsys.readouterr().err


KILLED_HOST = """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QCoreApplication
from tasker_qt import DaskBackend, TaskManager
from tests import jobs
from tests.windows import window_with_jobs

if __name__ == "__main__":
    app = QCoreApplication([])
    manager = TaskManager(process_backend=DaskBackend(n_workers=2))
    pids = []
    for _ in range(2):
        manager.run_process(
            jobs.report_pid, jobs.ignore_cancel, when_event=lambda t, n, pid: pids.append(pid)
        )
    while len(pids) < 2:
        app.processEvents()
        time.sleep(0.005)
    print(*pids, flush=True)
    while True:
        app.processEvents()
        time.sleep(0.01)
"""


def test_a_cluster_the_app_started_goes_when_the_app_is_killed(tmp_path, qtbot):
    script = tmp_path / "host.py"
    script.write_text(KILLED_HOST)
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root)}
    host = subprocess.Popen(
        [sys.executable, str(script)], stdout=subprocess.PIPE, text=True, env=env, cwd=root
    )
    try:
        pids = [int(pid) for pid in host.stdout.readline().split()]
        assert len(pids) == 2 and all(_alive(pid) for pid in pids)
    finally:
        host.send_signal(signal.SIGKILL)
        host.wait(10)
        host.stdout.close()
    qtbot.waitUntil(lambda: not any(_alive(pid) for pid in pids), timeout=10000)
