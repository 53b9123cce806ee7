"""The fault suite: crashes, floods and hostile input (``pytest -m faults``; ``--long`` for all).

The short versions run with the rest of the suite; ``--long`` runs each many times.
"""

import itertools
import json
import os
import signal
import subprocess
import sys
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


@pytest.mark.parametrize("kind", ["thread", "process"])
def test_an_event_flood_keeps_the_gui_at_frame_rate(kind, request, qapp, qtbot):
    from tasker_qt import TaskManager
    from tests import jobs

    long = request.config.getoption("--long")
    count = 1_000_000 if long else 200_000
    # The frame-rate target is measured by the long run; the short one, beside
    # the rest of the suite on a busy 2-core machine, checks the GUI is not
    # starved (before the fix a 5 ms timer fired once in 0.8 s).
    limit = 16 if long else 50
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
