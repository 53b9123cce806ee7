"""The run history: written off the GUI thread, read back, migrated, pruned, survives crashes."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from tasker_qt.core.history import MIGRATIONS, SCHEMA_VERSION, HistoryStore, RunFilter
from tasker_qt.core.history_recorder import HistoryRecorder
from tests import jobs

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def store(tmp_path):
    opened = HistoryStore(tmp_path / "history.sqlite3")
    yield opened
    opened.close()


def chatty_then_fail(ctx, lines):
    for i in range(lines):
        ctx.log(f"line {i}")
    raise KeyError("no such row")


def test_runs_are_written_and_read_back(task_manager, store, qtbot):
    HistoryRecorder(task_manager, store)
    done = task_manager.submit(
        "thread", jobs.add, (2, 3), job="add", params={"x": 2, "where": Path("/tmp")}
    )
    failed = task_manager.run_thread(chatty_then_fail, 300)
    held = task_manager.run_thread(jobs.until_cancelled)
    qtbot.waitUntil(held.is_running, timeout=3000)
    assert store.flush()
    qtbot.waitUntil(lambda: store.flush() and store.count(RunFilter(status="running")) == 1)
    held.cancel()
    assert task_manager.wait_until_settled(5000)
    assert store.flush()
    runs = {run.name: run for run in store.runs()}
    assert len(runs) == 3
    add = runs[done.name]
    assert (add.job, add.kind, add.status, add.result) == ("add", "thread", "completed", "5")
    assert add.params == {"x": 2, "where": "/tmp"}
    assert add.started is not None and add.finished >= add.started and add.duration >= 0
    bad = runs[failed.name]
    assert (bad.status, bad.error_type, bad.error_message) == (
        "failed",
        "KeyError",
        "'no such row'",
    )
    assert "chatty_then_fail" in bad.traceback
    assert bad.log.splitlines() == [f"line {i}" for i in range(100, 300)]  # the last 200
    assert runs[held.name].status == "cancelled"
    assert [r.name for r in store.runs(RunFilter(status="failed"))] == [failed.name]


HOLDER = """
import sys, time
from PySide6.QtCore import QCoreApplication
from tasker_qt import TaskManager
from tasker_qt.core.history import HistoryStore
from tasker_qt.core.history_recorder import HistoryRecorder
from tests import jobs

if __name__ == "__main__":
    app = QCoreApplication([])
    manager = TaskManager()
    store = HistoryStore(sys.argv[1])
    HistoryRecorder(manager, store)
    task = manager.run_thread(jobs.until_cancelled)
    while not (task.is_running() and store.flush() and store.count() == 1):
        app.processEvents()
        time.sleep(0.01)
    print("READY", flush=True)
    app.exec()
"""


def test_a_run_left_running_by_a_killed_app_reads_interrupted(tmp_path):
    path = tmp_path / "history.sqlite3"
    script = tmp_path / "holder.py"
    script.write_text(HOLDER)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    app = subprocess.Popen(
        [sys.executable, str(script), str(path)], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert app.stdout.readline().strip() == "READY"
    finally:
        app.send_signal(signal.SIGKILL)
        app.wait(10)
        app.stdout.close()
    reopened = HistoryStore(path)
    try:
        assert reopened.interrupted == 1
        assert [run.status for run in reopened.runs()] == ["interrupted"]
    finally:
        reopened.close()


def test_a_file_of_the_first_schema_is_migrated(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(MIGRATIONS[0] + "; PRAGMA user_version = 1;")
    old.execute(
        "INSERT INTO runs (job, kind, params, status, created, started, finished, result) "
        "VALUES ('count', 'process', '{\"n\": 3}', 'completed', 10.0, 11.0, 14.5, '3')"
    )
    old.commit()
    old.close()
    store = HistoryStore(path)
    try:
        (run,) = store.runs()
        assert (run.name, run.duration, run.params, run.log) == ("count", 3.5, {"n": 3}, "")
        with closing(sqlite3.connect(path)) as db:
            (version,) = db.execute("PRAGMA user_version").fetchone()
        assert version == SCHEMA_VERSION
    finally:
        store.close()


def test_a_file_from_a_newer_version_is_refused_plainly(tmp_path):
    path = tmp_path / "new.sqlite3"
    with closing(sqlite3.connect(path)) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(RuntimeError, match="newer than this tasker_qt knows"):
        HistoryStore(path)


def _fill(path: Path, count: int, *, created: float = 1.0e9) -> None:
    """``count`` finished runs, written straight into the file (fast)."""
    HistoryStore(path).close()  # the schema
    db = sqlite3.connect(path)
    rows = ((f"job{i % 7}", "thread", "completed", created + i, created + i, created + i + 1, 1.0)
            for i in range(count))  # fmt: skip
    db.executemany(
        "INSERT INTO runs (job, kind, status, created, started, finished, duration) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    db.commit()
    db.close()


def test_a_write_costs_the_gui_thread_far_less_than_a_frame(task_manager, tmp_path):
    path = tmp_path / "big.sqlite3"
    _fill(path, 100_000)
    store = HistoryStore(path)
    try:
        tasks = [task_manager.run_thread(jobs.add, i) for i in range(300)]
        assert task_manager.wait_until_settled(10000)
        costs = []
        for task in tasks:
            start = time.perf_counter()
            store.finished(task)
            costs.append(time.perf_counter() - start)
        assert store.flush()
        costs.sort()
        assert costs[int(len(costs) * 0.99)] < 0.002  # p99 under 2 ms
        assert store.count() == 100_300
    finally:
        store.close()


def test_old_runs_are_pruned_by_age_and_by_count(tmp_path):
    path = tmp_path / "prune.sqlite3"
    _fill(path, 50, created=time.time() - 10 * 86400)  # ten days old
    _fill(path, 30, created=time.time() - 60)
    store = HistoryStore(path, keep_days=5)
    try:
        assert store.count() == 30
        newest = [run.id for run in store.runs(limit=10)]
        assert store.prune(keep_rows=10) == 20
        assert [run.id for run in store.runs()] == newest
    finally:
        store.close()
