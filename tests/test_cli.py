"""`tasker-qt run | list | history`: headless, with exit codes, history and Ctrl+C."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

WAITER = '''\
"""Wait until cancelled"""
import time
from pathlib import Path

MODE = "thread"

def run(context, output: Path = Path("marker")):
    context.log("started")
    while not context.is_cancelled():
        time.sleep(0.01)
    Path(output).write_text("the cancel path ran")
    return "stopped"
'''

ADD = '''\
"""Add two numbers"""
from typing import Literal

MODE = "process"

def run(context, x: int = 1, y: float = 2.5, how: Literal["plus", "minus"] = "plus"):
    context.log(f"adding {x} and {y}")
    if x == 13:
        raise ValueError("13 is unlucky")
    return x + y if how == "plus" else x - y
'''


READS = '''\
"""Read a folder"""
from pathlib import Path

MODE = "thread"

def run(context, folder: Path = Path("~")):
    return str(folder)
'''


@pytest.fixture
def cli(tmp_path):
    """Runs the command line in a fresh process with its own data folder and job folder."""
    jobs = tmp_path / "jobs"
    jobs.mkdir()
    (jobs / "waiter.py").write_text(WAITER)
    (jobs / "add.py").write_text(ADD)
    (jobs / "reads.py").write_text(READS)
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "PYTHONPATH": str(ROOT)}
    env.pop("DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)  # the command line needs no display at all
    history = tmp_path / "history.sqlite3"

    def run(*args, **popen):
        command = [sys.executable, "-m", "tasker_qt", *args, "--jobs", str(jobs),
                   "--history", str(history)]  # fmt: skip
        if popen:
            return subprocess.Popen(command, env=env, text=True, **popen)
        return subprocess.run(command, env=env, text=True, capture_output=True, timeout=50)

    return run


def test_run_prints_the_result_and_lands_in_the_history(cli):
    done = cli("run", "add", "--param", "x=40", "--param", "y=2", "--json")
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert (record["status"], record["result"], record["params"]) == (
        "completed", 42.0, {"x": 40, "y": 2.0, "how": "plus"},
    )  # fmt: skip
    plain = cli("run", "add", "--param", "how=minus")
    assert plain.returncode == 0 and plain.stdout.strip().splitlines()[-1] == "-1.5"
    assert "adding 1 and 2.5" in plain.stdout  # the job's log lines stream
    history = json.loads(cli("history", "--json").stdout)
    assert [(r["job"], r["status"]) for r in history] == [("add", "completed")] * 2
    again = cli("run", "--again", str(history[-1]["id"]), "--json")
    assert json.loads(again.stdout)["result"] == 42.0
    assert len(json.loads(cli("history", "--json", "--job", "add").stdout)) == 3


def test_a_failing_job_exits_1_with_its_traceback(cli):
    failed = cli("run", "add", "--param", "x=13")
    assert failed.returncode == 1
    assert "ValueError: 13 is unlucky" in failed.stderr and "Traceback" in failed.stderr
    stored = json.loads(cli("history", "--json", "--status", "failed").stdout)
    assert [(r["error_type"], r["error_message"]) for r in stored] == [
        ("ValueError", "13 is unlucky")
    ]


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("run", "nope"), "the jobs are: add, count_primes"),
        (("run", "add", "--param", "y=nan"), "y must be a number, not 'nan'"),
        (("run", "add", "--param", "z=1"), "it takes: x, y, how"),
        (("run", "add", "--param", "x=ten"), "x must be a whole number, not 'ten'"),
        (("run", "add", "--param", "how=times"), "how must be one of 'plus', 'minus'"),
        (("run", "add", "--param", "x"), "write NAME=VALUE"),
        (("run", "--again", "999"), "no stored run with id 999"),
        (("run", "reads", "--param", "folder=/no/such/folder"), "/no/such/folder is missing"),
    ],
)
def test_bad_input_is_named_with_the_valid_choices_and_exits_2(cli, args, says):
    refused = cli(*args)
    assert refused.returncode == 2
    assert says in refused.stderr


def test_list_shows_jobs_with_parameters_and_defaults(cli):
    listed = json.loads(cli("list", "--json").stdout)
    add = next(job for job in listed if job["name"] == "add")
    assert [(p["name"], p["kind"], p["default"]) for p in add["params"]] == [
        ("x", "int", 1), ("y", "float", 2.5), ("how", "choice", "plus"),
    ]  # fmt: skip
    assert add["params"][2]["choices"] == ["plus", "minus"]


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_cancels_the_job_through_its_cancel_path_and_exits_130(cli, tmp_path, stop):
    marker = tmp_path / "marker.txt"
    running = cli("run", "waiter", "--param", f"output={marker}", stdout=subprocess.PIPE)
    try:
        assert running.stdout.readline().strip() == "started"  # its first log line
        running.send_signal(stop)
        assert running.wait(30) == 130
    finally:
        if running.poll() is None:
            running.kill()
            running.wait()
        running.stdout.close()
    assert marker.read_text() == "the cancel path ran"


def test_run_dask_runs_a_process_job_on_a_local_dask_cluster(cli):
    done = cli("run", "add", "--param", "x=40", "--param", "y=2", "--dask", "--json")
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert (record["status"], record["result"], record["kind"]) == ("completed", 42.0, "dask")
    assert "adding 40 and 2.0" in done.stderr  # its log line came back from the worker
    refused = cli("run", "add", "--dask", "klingon")
    assert refused.returncode == 2
    assert "tasker-qt run: --dask: 'klingon' is neither 'local' nor a scheduler address" in (
        refused.stderr
    )


def _from_a_newer_version(path):
    with closing(sqlite3.connect(path)) as db:
        db.execute("PRAGMA user_version = 99")


@pytest.mark.parametrize(
    ("spoil", "says"),
    [
        (lambda path: path.write_text("not a database"), "is not a SQLite database"),
        (lambda path: path.write_text("x"), "is not a SQLite database"),  # SQLite wrote over it
        (lambda path: path.mkdir(), "is a folder, pipe or device"),
        (os.mkfifo, "is a folder, pipe or device"),
        (_from_a_newer_version, "newer than this tasker_qt knows"),
    ],
)
def test_a_history_file_it_cannot_use_is_named_plainly_and_exits_2(cli, tmp_path, spoil, says):
    history = tmp_path / "history.sqlite3"  # the one the cli fixture passes
    spoil(history)
    kept = history.read_bytes() if history.is_file() else None
    for command in (("history",), ("run", "add")):
        refused = cli(*command)
        assert refused.returncode == 2, refused.stderr
        assert says in refused.stderr and str(history) in refused.stderr
        assert "Traceback" not in refused.stderr
    if kept is not None:
        assert history.read_bytes() == kept  # left as it was
