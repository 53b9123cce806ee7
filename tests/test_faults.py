"""The fault suite: crashes, floods and hostile input (``pytest -m faults``; ``--long`` for all).

The short versions run with the rest of the suite; ``--long`` runs each many times.
"""

import itertools
import json
import multiprocessing
import os
import signal
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.faults
ROOT = Path(__file__).resolve().parent.parent


def _alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie is dead too; ours are reaped by their parent or by init
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(") ")[1][0] != "Z"
    except FileNotFoundError:
        return False


def _start_host(stderr):
    host = subprocess.Popen(
        [sys.executable, "-m", "tests.host_app"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=stderr,  # a file: workers that outlive the host would keep a pipe open
        text=True,
    )
    pids, deadline = {}, time.monotonic() + 30
    while len(pids) < 5 and time.monotonic() < deadline:  # host, 3 workers, 1 grandchild
        line = host.stdout.readline()
        if not line:
            break
        said = json.loads(line)
        if "host" in said:
            pids["host"] = said["host"]
        elif "pid" in said:
            pids[said["task"]] = said["pid"]
        elif "child" in said:
            pids["sleep"] = said["child"]
    assert len(pids) == 5, f"the host said only {pids}"
    return host, pids


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_nothing_outlives_a_killed_host(how, request, tmp_path):
    rounds = 5 if request.config.getoption("--long") else 1
    for round_ in range(rounds):
        errors = tmp_path / f"stderr-{round_}.txt"
        with errors.open("w") as stderr:
            host, pids = _start_host(stderr)
        host.send_signal(how)
        host.wait(10)
        host.stdout.close()
        # the workers notice within about 1 s, stop politely, and the stubborn one
        # is killed after the grace period (0.5 s here), with the job's own child
        deadline = time.monotonic() + 2.0 + 0.5
        left = [name for name, pid in pids.items() if _alive(pid)]
        while left and time.monotonic() < deadline:
            time.sleep(0.05)
            left = [name for name, pid in pids.items() if _alive(pid)]
        for name in left:
            os.kill(pids[name], signal.SIGKILL)
        assert left == [], f"still running after the host died: {left}"
        said = errors.read_text()
        assert "BrokenPipeError" not in said and "Traceback" not in said, said


def _timer_lateness_while(manager, qtbot, task):
    """Intervals (ms) of a 5 ms precise timer while ``task`` runs."""
    from PySide6.QtCore import Qt, QTimer

    stamps = []
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(5)
    timer.timeout.connect(lambda: stamps.append(time.perf_counter()))
    timer.start()
    try:
        qtbot.waitUntil(task.is_final, timeout=120_000)
    finally:
        timer.stop()
    return sorted((b - a) * 1000 for a, b in itertools.pairwise(stamps))


@pytest.mark.parametrize("kind", ["thread", "process", "dask"])
def test_an_event_flood_keeps_the_gui_at_frame_rate(kind, request, qapp, qtbot):
    from tasker_qt import TaskManager
    from tests import jobs

    long = request.config.getoption("--long")
    count = 1_000_000 if long else 200_000
    # The frame-rate target is measured by the long run; the short one, beside
    # the rest of the suite on a busy 2-core machine, checks the GUI is not
    # starved (before the fix a 5 ms timer fired once in 0.8 s).
    limit = 16 if long else 50
    if kind == "dask":
        # A local cluster's scheduler and client run in this process and share
        # its interpreter lock with the GUI thread: measured p99 30-52 ms short,
        # 43 ms long on this 2-core machine, and 85-92 ms short in 2 of 5 full
        # runs on a slower day (110-400 ms before the GUI took batches in
        # slices, unpacked off its thread, with a wake-up per burst).
        limit = 60 if long else 100
    manager = TaskManager(process_workers=1)
    got = []
    try:
        task = manager.submit(
            kind, jobs.flood, (count,), when_event=lambda t, n, value: got.append(value)
        )
        gaps = _timer_lateness_while(manager, qtbot, task)
        assert manager.wait_until_settled(30_000)
        assert task.result() == count
        assert got == list(range(count))  # ordered, lossless
        assert len(gaps) > 20
        p99 = gaps[int(len(gaps) * 0.99)]
        assert p99 < limit, f"GUI timer p99 {p99:.1f} ms during a flood of {count} events"
    finally:
        manager.shutdown(5)


def test_a_burst_submitted_from_a_thread_keeps_the_gui_at_frame_rate(request):
    """The burst benchmark's program, in a child process as a user's program is:
    a pytest process holds twice the objects, so the collector's full
    collections there are longer than in the program the target is for."""
    long = request.config.getoption("--long")
    # The long run measures the target, the median of 3 runs as the benchmark's
    # (single runs read 9-18 ms); the short one, beside the rest of the suite
    # on a busy machine, checks the GUI is not held for whole frames.
    count, limit, runs = (100_000, 16, 3) if long else (50_000, 50, 1)
    late = [_burst_run(count) for _ in range(runs)]
    assert statistics.median(run["p99"] for run in late) < 2 * limit  # gaps, period included
    p99 = statistics.median(run["late p99"] for run in late)
    assert p99 < limit, f"GUI timer p99 {p99:.1f} ms late in a burst (median of {runs})"


def _burst_run(count):
    ran = subprocess.run(
        [sys.executable, "bench/bench_burst.py", "--case", "tasker_qt, from a thread",
         "--count", str(count)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )  # fmt: skip
    assert ran.returncode == 0 and "Traceback" not in ran.stderr, ran.stderr
    return json.loads(ran.stdout.splitlines()[-1])


DEATHS = {  # job, arguments, what the failed task must say
    "os._exit": ("exit_hard", (3,), "exited with code 3"),
    "SIGKILL from outside": ("wait_to_be_killed", (), "killed by signal SIGKILL"),
    "segfault": ("segfault", (), "killed by signal SIGSEGV"),
    "MemoryError": ("run_out_of_memory", (), "pretend the worker ran out of memory"),
    "unpicklable exception": ("fail_unpicklably", (), "carries a lock"),
    "unpicklable result": ("return_lock", (), "could not be pickled"),
}


def _resources(manager):
    from PySide6.QtCore import QTimer

    return {
        "fds": len(os.listdir("/proc/self/fd")),
        "threads": sorted(t.name for t in threading.enumerate()),
        "processes": len(multiprocessing.active_children()),
        "timers": len(manager.findChildren(QTimer)),
    }


def _kill_when_it_says_its_pid(task, name, pid):
    os.kill(pid, signal.SIGKILL)


@pytest.mark.parametrize("death", list(DEATHS))
def test_worker_deaths_fail_only_their_task_and_leak_nothing(death, request, qapp, qtbot):
    from tasker_qt import TaskManager
    from tests import jobs

    job, args, says = DEATHS[death]
    rounds = 100 if request.config.getoption("--long") else 3
    manager = TaskManager(process_workers=1)
    try:
        warm = manager.run_process(jobs.add, 1)
        assert manager.wait_until_settled(30_000) and warm.result() == 1
        before = _resources(manager)
        for _ in range(rounds):
            task = manager.run_process(
                getattr(jobs, job), *args, when_event=_kill_when_it_says_its_pid
            )
            assert manager.wait_until_settled(30_000)
            assert task.get_status() == "failed"
            assert says in str(task.exception())
        after_all = manager.run_process(jobs.add, 2)  # the pool still serves
        assert manager.wait_until_settled(30_000) and after_all.result() == 2
        qtbot.waitUntil(lambda: _resources(manager) == before, timeout=5000)
    finally:
        manager.shutdown(5)


@pytest.mark.parametrize("how", ["cancel", "replace"])
def test_queued_tasks_cancelled_behind_running_ones_never_cost_them(how, request, qapp, qtbot):
    from tasker_qt import TaskManager
    from tests import jobs

    rounds = 20 if request.config.getoption("--long") else 2
    manager = TaskManager(process_workers=1, process_grace=0.2)
    try:
        for _ in range(60):
            manager.run_process(jobs.noop)
        assert manager.wait_until_settled(30_000)
        for _ in range(rounds):
            running = manager.run_process(jobs.count_to, 5, 0.1)
            queued = [manager.run_process(jobs.noop, key=f"q{i}") for i in range(5)]
            qtbot.waitUntil(running.is_running, timeout=10_000)
            for task in queued:
                if how == "cancel":
                    task.cancel()
                else:
                    manager.run_process(jobs.noop, key=task.key)
            assert manager.wait_until_settled(30_000)
            assert running.result() == 5
            assert all(t.get_status() == "cancelled" and t.started_at is None for t in queued)
    finally:
        manager.shutdown(5)


NAN, INF = float("nan"), float("inf")


@pytest.mark.parametrize(
    ("option", "value", "error"),
    [
        ("process_grace", NAN, ValueError),
        ("process_grace", INF, ValueError),
        ("process_grace", -1, ValueError),
        ("process_grace", "3", TypeError),
        ("thread_workers", 0, ValueError),
        ("process_workers", 2.5, TypeError),
        ("process_workers", NAN, TypeError),
        ("max_undelivered", 0, ValueError),
        ("max_undelivered_bytes", INF, TypeError),
    ],
)
def test_odd_numbers_in_the_managers_options_are_refused(qapp, option, value, error):
    from tasker_qt import TaskManager

    with pytest.raises(error, match=option):
        TaskManager(**{option: value})


@pytest.mark.parametrize("value", [NAN, INF, -INF, -1, None])
def test_odd_timeouts_are_refused(task_manager, value):
    error = TypeError if value is None else ValueError
    with pytest.raises(error, match="timeout"):
        task_manager.wait_until_settled(value)
    with pytest.raises(error, match="timeout"):
        task_manager.shutdown(value)
    with pytest.raises(error, match="timeout"):
        task_manager.shutdown_in_background(value)
    assert not task_manager.is_shut_down


@pytest.mark.parametrize("value", [NAN, INF, -INF, 0, -1])
def test_odd_numbers_in_a_context_never_reach_the_gui(value):
    from tasker_qt import ExecutionContext

    ctx = ExecutionContext()
    if not (value > 0 and value != INF):
        with pytest.raises(ValueError):
            ctx.set_total(value)
    ctx.set_progress(0.5)
    ctx.set_progress(value)
    fraction, _ = ctx.snapshot()
    assert fraction is None or 0.0 <= fraction <= 1.0
