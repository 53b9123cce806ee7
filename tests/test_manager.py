import re
import threading

import pytest
from PySide6.QtCore import QObject, Signal

from tasker_qt import TaskManager
from tests import jobs


def test_same_key_replaces_the_live_task(task_manager, qtbot):
    old_done, old_events = [], []
    old = task_manager.run_thread(
        jobs.until_cancelled,
        key="render",
        when_done=old_done.append,
        when_event=lambda *a: old_events.append(a),
    )
    qtbot.waitUntil(old.is_running, timeout=2000)
    new = task_manager.run_thread(jobs.add, 1, key="render")
    assert old.get_status() == "cancelled"  # settled at once
    assert old_done == [old]
    assert task_manager.get_task("render") is new
    # the old job only now notices and returns: nothing of it reaches the GUI
    old._context.send_event("late", None)
    assert task_manager.wait_until_settled(5000)
    assert old_done == [old] and old_events == []
    assert new.result() == 1


def test_live_task_collection(task_manager, qtbot):
    release = threading.Event()
    a = task_manager.run_thread(jobs.progress_then_hold, 0.1, release, key="a")
    b = task_manager.run_thread(jobs.progress_then_hold, 0.3, release, key="b")
    assert task_manager.tasks == [a, b]
    assert list(task_manager) == [a, b] and len(task_manager) == 2
    assert task_manager.has_tasks() and task_manager.get_task("b") is b
    release.set()
    assert task_manager.wait_until_settled(5000)
    assert not task_manager.has_tasks() and task_manager.get_task("a") is None


def test_tasks_updated_reports_batch_progress_and_idles_at_one(task_manager, qtbot):
    updates = []

    def on_tasks_updated(sender, tasks, progress):  # the GTK handler signature
        updates.append((sender, list(tasks), progress))

    task_manager.tasks_updated.connect(on_tasks_updated)
    release = threading.Event()
    holding = task_manager.run_thread(jobs.progress_then_hold, 0.5, release)
    quick = task_manager.run_thread(jobs.add, 1)
    qtbot.waitUntil(lambda: quick.is_final() and holding.get_progress() == 0.5, timeout=3000)
    # quick counts as 1.0, holding as 0.5: mean 0.75
    qtbot.waitUntil(lambda: updates[-1][2] == pytest.approx(0.75), timeout=1000)
    assert updates[-1][0] is task_manager and updates[-1][1] == [holding]
    release.set()
    assert task_manager.wait_until_settled(5000)
    qtbot.waitUntil(lambda: updates[-1][1] == [], timeout=1000)
    assert updates[-1][2] == 1.0
    assert all(0.0 <= p <= 1.0 for _, _, p in updates)


def test_bad_kind_is_refused(task_manager):
    with pytest.raises(ValueError, match="kind must be"):
        task_manager.submit("fiber", jobs.add, (1,))


def test_manager_needs_an_application_message():
    # a QApplication exists in this session, so check the message in a subprocess
    import subprocess
    import sys

    code = "from tasker_qt import TaskManager\nTaskManager()"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode != 0
    assert "create it first" in result.stderr


class _Emitter(QObject):
    fired = Signal(object)


def test_many_signals_from_a_worker_thread_do_not_crash_python(qapp, qtbot):
    """Regression for PySide6 6.12.0 on Python 3.11 (aborts after a few hundred emits)."""
    emitter = _Emitter()
    received = []
    emitter.fired.connect(received.append)

    def emit_many():
        for i in range(100_000):
            emitter.fired.emit(i)

    worker = threading.Thread(target=emit_many)
    worker.start()
    qtbot.waitUntil(lambda: len(received) == 100_000, timeout=30000)
    worker.join()
    assert received[-1] == 99_999


def test_submissions_from_many_threads_with_concurrent_cancels(task_manager, qtbot):
    """8 threads submit and cancel thousands of tasks; each when_done runs exactly once."""
    done_counts: dict[int, int] = {}
    lock = threading.Lock()
    submitted = []

    def when_done(task):
        with lock:
            done_counts[task.id] = done_counts.get(task.id, 0) + 1

    def hammer(worker: int):
        for i in range(500):
            task = task_manager.run_thread(jobs.add, i, key=(worker, i % 7), when_done=when_done)
            submitted.append(task)
            if i % 3 == 0:
                task.cancel()
            if i % 5 == 0:
                task_manager.cancel_task((worker, (i + 3) % 7))

    threads = [threading.Thread(target=hammer, args=(w,)) for w in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert task_manager.wait_until_settled(30000)
    assert len(submitted) == 4000
    assert all(t.is_final() for t in submitted)
    assert done_counts == {t.id: 1 for t in submitted}
    statuses = {t.get_status().value for t in submitted}
    assert statuses <= {"completed", "cancelled"} and "cancelled" in statuses


def test_wait_until_settled_from_another_thread(task_manager, qtbot):
    results = []
    release = threading.Event()
    task_manager.run_thread(jobs.progress_then_hold, 0.2, release)

    def waiter():
        results.append(task_manager.wait_until_settled(50))
        release.set()
        results.append(task_manager.wait_until_settled(5000))

    thread = threading.Thread(target=waiter)
    thread.start()
    qtbot.waitUntil(lambda: len(results) == 2, timeout=6000)
    thread.join()
    assert results == [False, True]


def test_other_manager_instances_are_independent(qapp):
    first, second = TaskManager(), TaskManager()
    try:
        task = first.run_thread(jobs.add, 1)
        assert not second.has_tasks()
        assert first.wait_until_settled(5000) and task.result() == 1
    finally:
        first.shutdown(5)
        second.shutdown(5)


def test_cancel_by_key_right_after_submitting_from_a_thread(task_manager, qtbot):
    outcome = []

    def submit_then_cancel():
        task = task_manager.run_thread(jobs.until_cancelled, key="fresh")
        outcome.append((task, task_manager.cancel_task("fresh")))

    thread = threading.Thread(target=submit_then_cancel)
    thread.start()
    thread.join()
    task, found = outcome[0]
    assert found is True
    qtbot.waitUntil(task.is_final, timeout=3000)
    assert task.get_status() == "cancelled"
    assert task_manager.cancel_task("never-submitted") is False


def test_a_task_submitted_without_a_key_is_found_and_cancelled_by_its_key(task_manager, qtbot):
    here = task_manager.run_thread(jobs.until_cancelled)
    outcome = []

    def submit_then_cancel():
        task = task_manager.run_thread(jobs.until_cancelled)
        outcome.append((task, task_manager.cancel_task(task.key)))

    thread = threading.Thread(target=submit_then_cancel)
    thread.start()
    thread.join()
    there, found = outcome[0]
    assert found is True and here.key != there.key and here.key == here.key
    assert task_manager.get_task(here.key) is here
    assert task_manager.cancel_task(here.key)
    qtbot.waitUntil(lambda: here.is_final() and there.is_final(), timeout=3000)
    assert here.get_status() == there.get_status() == "cancelled"
    assert task_manager.get_task(here.key) is None and not task_manager.cancel_task(here.key)


def _plain(ctx, x):
    return x


async def _stream(ctx):
    yield 1


class _AsyncCallable:
    async def __call__(self, ctx):
        return "called"


@pytest.mark.parametrize(
    ("submit", "func", "args", "extra", "says"),
    [
        ("run_process", 42, (), {}, "callable"),
        ("run_thread", None, (), {}, "callable"),
        ("add_coroutine", _plain, (1,), {}, "plain one"),
        ("add_coroutine", _stream, (), {}, "async generator"),
        ("run_thread", jobs.async_add, (1,), {}, "use add_coroutine"),
        ("run_thread", _plain, (), {}, "missing a required argument: 'x'"),
        ("run_process", _plain, (1, 2), {}, "too many positional arguments"),
        ("run_thread", _plain, (1,), {"y": 2}, "unexpected keyword argument 'y'"),
        ("run_thread", _plain, (1,), {"when_done": 5}, "when_done must be a function"),
        ("run_thread", _plain, (1,), {"when_event": "x"}, "when_event must be a function"),
    ],
)
def test_bad_submissions_fail_at_the_call(task_manager, submit, func, args, extra, says):
    with pytest.raises(TypeError, match=re.escape(says)):
        getattr(task_manager, submit)(func, *args, **extra)
    assert not task_manager.has_tasks()


def test_a_function_that_ran_is_still_checked_at_every_call(task_manager):
    def job(ctx, x, *, scale=1):
        return x * scale

    first = task_manager.run_thread(job, 2)
    named = task_manager.run_thread(job, 2, scale=3)
    with pytest.raises(TypeError, match="missing a required argument: 'x'"):
        task_manager.run_thread(job)
    with pytest.raises(TypeError, match="unexpected keyword argument 'size'"):
        task_manager.run_thread(job, 2, size=3)
    with pytest.raises(TypeError, match="use add_coroutine"):
        task_manager.run_thread(jobs.async_add, 1)
    with pytest.raises(TypeError, match="use add_coroutine"):
        task_manager.run_thread(jobs.async_add, 1)
    assert task_manager.wait_until_settled(5000)
    assert (first.result(), named.result()) == (2, 6)


def test_callables_without_a_signature_or_with_async_call_are_accepted(task_manager):
    import functools

    task = task_manager.run_thread(functools.partial(_plain, x=3))
    coro = task_manager.add_coroutine(_AsyncCallable())
    assert task_manager.wait_until_settled(5000)
    assert task.result() == 3 and coro.result() == "called"


def test_overall_progress_kept_incrementally_matches_the_exact_sum(qapp, qtbot):
    task_manager = TaskManager(thread_workers=8)  # four held, and room for more
    release = threading.Event()

    def exact():
        live = task_manager.tasks
        if not live:
            return 1.0
        done = task_manager._round_total - len(live)
        return (done + sum(t.get_progress() for t in live)) / task_manager._round_total

    held = [
        task_manager.run_thread(jobs.progress_then_hold, value, release, key=f"k{i}")
        for i, value in enumerate((0.1, 0.25, 0.5, 0.75))
    ]
    qtbot.waitUntil(lambda: all(t.is_running() for t in held), timeout=3000)
    qtbot.waitUntil(lambda: held[-1].get_progress() == 0.75, timeout=3000)
    assert task_manager.get_progress() == pytest.approx(exact())
    held[0].cancel()  # it returns when released; until then it still counts
    task_manager.run_thread(jobs.progress_then_hold, 0.3, release, key="k1")  # replaces
    quick = task_manager.run_thread(jobs.add, 1)
    qtbot.waitUntil(quick.is_final, timeout=3000)
    assert task_manager.get_progress() == pytest.approx(exact())
    release.set()
    try:
        assert task_manager.wait_until_settled(5000)
        assert task_manager.get_progress() == 1.0
    finally:
        task_manager.shutdown(5)


def test_a_tick_reads_reports_for_a_bounded_time_and_the_next_ones_go_on(task_manager, qtbot):
    # 20,000 running tasks all reported: reading every report takes a few
    # times the tick's budget on any machine, so a tick must stop partway
    # (else the GUI misses frames) and the following ticks must read the rest.
    held = [task_manager.add_coroutine(jobs.async_hold) for _ in range(20_000)]
    qtbot.waitUntil(lambda: all(task.is_running() for task in held), timeout=30_000)
    task_manager._ticker.stop()  # this test ticks by hand
    for n, task in enumerate(held):
        task._context.set_progress(n % 100 / 100)
        task._context.set_message("new")
    announced = []
    task_manager.tasks_changed.connect(announced.extend)
    task_manager._tick()
    current = sum(task.get_message() == "new" for task in held)
    assert 0 < current < len(held)
    assert len(announced) == current
    ticks = 1
    while not all(task.get_message() == "new" for task in held):
        task_manager._tick()
        ticks += 1
        assert ticks < 1000
    assert sorted(task.id for task in announced) == sorted(task.id for task in held)
    exact = sum(task.get_progress() for task in held) / task_manager._round_total
    assert task_manager.get_progress() == pytest.approx(exact)
    task_manager.cancel_all()
    assert task_manager.wait_until_settled(30_000)


def test_a_burst_reaches_a_model_in_one_announcement_a_pass(task_manager, qtbot):
    # Every emit costs the GUI a wait for the interpreter lock under load, so a
    # model hears of a burst's tasks in a few lists, not four signals a task.
    from tasker_qt.ui import TaskModel

    model = TaskModel(task_manager)
    for name in ("task_added", "task_changed", "task_finished"):
        assert task_manager.receivers(f"2{name}(PyObject)") == 0, name
    added, finished = [], []
    task_manager.tasks_added.connect(added.append)
    task_manager.tasks_finished.connect(finished.append)
    burst = [task_manager.run_thread(jobs.noop) for _ in range(300)]  # in one pass
    assert added == []  # at the end of the pass (or when a view asks, below)
    assert model.row_of(burst[-1].id) == 299  # a task submitted a moment ago has a row
    assert [len(tasks) for tasks in added] == [300]
    assert task_manager.wait_until_settled(10_000)
    ended = [task for tasks in finished for task in tasks]
    assert sorted(task.id for task in ended) == [task.id for task in burst]
    assert len(finished) < len(burst) / 10
