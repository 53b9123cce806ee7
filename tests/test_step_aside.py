"""Thread jobs give the GUI thread the interpreter lock while it is late."""

import sys
import threading
import time

import pytest

from tasker_qt.core import step_aside
from tasker_qt.core.context import ExecutionContext


@pytest.fixture
def late_gui():
    step_aside.gui_was_late(time.perf_counter())
    yield
    step_aside.reset()


def _reporting_job(ctx, steps, stop):
    """Reports progress in a paced loop, stamping the time of every step."""
    while not stop.is_set():
        ctx.set_progress(0.5)
        steps.append(time.perf_counter())
        time.sleep(0.0005)


def _run_beside(ctx, turn_seconds):
    """Steps a reporting job made during a GUI turn, and after it."""
    steps, stop = [], threading.Event()
    job = threading.Thread(target=_reporting_job, args=(ctx, steps, stop))
    job.start()
    try:
        deadline = time.monotonic() + 5
        while len(steps) < 5 and time.monotonic() < deadline:
            time.sleep(0.001)
        with step_aside.gui_turn():
            begin = time.perf_counter()
            time.sleep(turn_seconds)  # lets go of the lock, as a paint's calls into Qt do
            end = time.perf_counter()
        deadline = time.monotonic() + 5
        while not any(t > end for t in steps) and time.monotonic() < deadline:
            time.sleep(0.001)
    finally:
        stop.set()
        job.join(5)
    return [t for t in steps if begin < t < end], [t for t in steps if t > end]


@pytest.mark.timeout(30)
def test_while_the_gui_is_late_jobs_wait_out_its_turn(late_gui):
    ctx = ExecutionContext()
    during, after = _run_beside(ctx, step_aside.TURN_WAIT * 0.75)
    # Stepping aside by sleeping 1 ms instead left about 10 steps in that turn.
    assert len(during) <= 1, f"{len(during)} steps during the GUI's turn"
    assert after, "the job never went on after the turn"


@pytest.mark.timeout(30)
def test_while_the_gui_is_on_time_jobs_do_not_wait():
    step_aside.reset()
    ctx = ExecutionContext()
    during, _after = _run_beside(ctx, 0.05)
    assert len(during) >= 10


@pytest.mark.timeout(30)
def test_a_job_waits_out_a_turn_at_most_turn_wait(late_gui):
    ctx = ExecutionContext()
    with step_aside.gui_turn():
        begin = time.perf_counter()
        waited = []
        job = threading.Thread(target=lambda: (ctx.set_progress(0.1), waited.append(1)))
        job.start()
        job.join(5)
        took = time.perf_counter() - begin
    assert waited and step_aside.TURN_WAIT * 0.9 <= took < 1.0


def test_a_slow_turn_marks_the_gui_late_and_it_wears_off():
    step_aside.reset()
    with step_aside.gui_turn():
        time.sleep(step_aside.SLOW_TURN * 1.5)
    assert step_aside.GUI_LATE[0]
    step_aside.check_lateness(time.perf_counter() + step_aside.LATE_FOR + 0.01)
    assert not step_aside.GUI_LATE[0]
    with step_aside.gui_turn():
        pass
    assert not step_aside.GUI_LATE[0]


def test_the_runner_itself_never_steps_aside(task_manager, late_gui, monkeypatch):
    """Stepping aside is for job code: a burst of tiny jobs must not pay it per task."""
    from tasker_qt.core import context

    calls = []
    monkeypatch.setattr(context, "step_aside", lambda: calls.append(1))
    tasks = [task_manager.run_thread(lambda ctx: None) for _ in range(50)]
    assert task_manager.wait_until_settled(10_000)
    assert all(t.get_status() == "completed" for t in tasks)
    assert calls == []  # the thread runner's cancelled-while-queued check made 50


@pytest.mark.timeout(30)
def test_ending_a_turn_costs_the_gui_thread_the_same_however_many_jobs_wait(late_gui, monkeypatch):
    """The GUI thread lets one waiting job through; each job lets the next one through."""
    # Every job must still wait when the turn ends, however slowly a busy
    # machine starts the twenty threads; the cap on a wait is tested above.
    monkeypatch.setattr(step_aside, "TURN_WAIT", 10.0)
    contexts = [ExecutionContext() for _ in range(20)]
    arrived, went_on, releases = [], [], []

    def job(ctx):
        arrived.append(ctx)
        ctx.set_progress(0.5)  # waits out the turn
        went_on.append(ctx)

    def count_releases(frame, event, arg):  # lock releases made on the GUI thread
        if event == "c_call" and getattr(arg, "__name__", "") == "release":
            releases.append(arg)

    jobs = [threading.Thread(target=job, args=(ctx,)) for ctx in contexts]
    turn = step_aside.gui_turn()
    turn.__enter__()
    try:
        for thread in jobs:
            thread.start()
        deadline = time.monotonic() + 5
        while len(arrived) < len(contexts) and time.monotonic() < deadline:
            time.sleep(0.001)
        assert not went_on  # they wait
    finally:
        sys.setprofile(count_releases)
        try:
            turn.__exit__(None, None, None)
        finally:
            sys.setprofile(None)
        for thread in jobs:
            thread.join(5)
    assert len(went_on) == len(contexts)
    assert len(releases) == 1, f"{len(releases)} releases"  # an Event woke each waiter: 20
