"""The GUI loop's callbacks share one Qt timer (core/loop_timer.py)."""

import asyncio
import subprocess
import sys
import threading
import time

from PySide6.QtCore import QTimer


async def _steps(ctx, count, delay):
    for step in range(count):
        ctx.set_progress(step / count)
        await asyncio.sleep(delay)


def test_coroutines_stay_quick_while_a_thread_holds_the_interpreter_lock(task_manager, qtbot):
    # qasync's timer per callback lets go of the lock as each one ends
    # (killTimer), and each time taking it back waits for the busy thread:
    # these 2,000 steps took 1.7-1.9 s (0.15-0.2 s with one timer).
    stop = threading.Event()

    def spin():
        while not stop.is_set():
            pass

    spinner = threading.Thread(target=spin, name="test-spinner")
    spinner.start()
    try:
        start = time.perf_counter()
        tasks = [task_manager.add_coroutine(_steps, 4, 0.005) for _ in range(500)]
        qtbot.waitUntil(lambda: all(task.is_final() for task in tasks), timeout=20_000)
        took = time.perf_counter() - start
    finally:
        stop.set()
        spinner.join()
    assert [task.get_status() for task in tasks] == ["completed"] * 500
    assert took < 1.0, f"2,000 coroutine steps took {took:.1f} s behind a busy thread"


def test_callbacks_run_in_order_and_new_ones_wait_for_the_next_turn(task_manager, qtbot):
    loop = task_manager._lease.get()
    seen = []
    qt_turns = QTimer(interval=0)  # counts Qt's own turns meanwhile
    qt_turns.turns = 0
    qt_turns.timeout.connect(lambda: setattr(qt_turns, "turns", qt_turns.turns + 1))

    def again(n):
        seen.append(("soon", n, qt_turns.turns))
        if n < 20:
            loop.call_soon(again, n + 1)

    loop.call_later(0.02, seen.append, ("late", 0, None))
    loop.call_later(0.01, seen.append, ("early", 0, None))
    for n in range(3):
        loop.call_soon(seen.append, ("first", n, None))
    loop.call_soon(again, 0)
    qt_turns.start()
    try:
        qtbot.waitUntil(lambda: len(seen) == 26, timeout=2000)
    finally:
        qt_turns.stop()
    assert [entry[:2] for entry in seen] == [
        *[("first", n) for n in range(3)],
        *[("soon", n) for n in range(21)],
        ("early", 0),
        ("late", 0),
    ]
    turns = [entry[2] for entry in seen if entry[0] == "soon"]
    assert turns[-1] - turns[0] >= 10, "a chain of callbacks held off Qt's own events"


def test_cancelled_callbacks_are_not_kept_until_due(task_manager, qtbot):
    # as a loop of wait_for(..., timeout=3600) that never times out leaves them
    loop = task_manager._lease.get()
    ran = []
    for n in range(20_000):
        loop.call_later(3600, ran.append, n).cancel()
    loop.call_later(0.001, ran.append, "kept")
    qtbot.waitUntil(lambda: ran == ["kept"], timeout=2000)
    assert len(loop._timer._due) <= 512


def test_an_applications_running_qasync_loop_is_given_the_timer(tmp_path):
    """In a child process: qasync.run(main()), a callback already waiting on qasync's timer."""
    script = tmp_path / "app.py"
    script.write_text(
        "import asyncio, os\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "import qasync\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from tasker_qt import TaskManager\n"
        "async def job(ctx):\n"
        "    for step in range(5):\n"
        "        await asyncio.sleep(0.001)\n"
        "    return 'job done'\n"
        "async def main():\n"
        "    loop, waited = asyncio.get_running_loop(), []\n"
        "    loop.call_later(0.05, waited.append, 'waiting callback ran')\n"
        "    manager = TaskManager(QApplication.instance())\n"
        "    task = manager.add_coroutine(job)\n"
        "    print(type(loop._timer).__name__, flush=True)\n"
        "    while not (task.is_final() and waited):\n"
        "        await asyncio.sleep(0.01)\n"
        "    print(task.result(), *waited, flush=True)\n"
        "    await manager.shutdown_async()\n"
        "app = QApplication([])\n"
        "qasync.run(main())\n"
    )
    ran = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=60)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.splitlines() == ["CallbackTimer", "job done waiting callback ran"]


def test_slow_callbacks_are_logged_in_debug_mode(task_manager, qtbot, caplog):
    loop = task_manager._lease.get()
    loop.set_debug(True)
    try:
        loop.call_soon(time.sleep, loop.slow_callback_duration + 0.01)
        qtbot.waitUntil(lambda: "took" in caplog.text, timeout=2000)
    finally:
        loop.set_debug(False)
    assert "sleep" in caplog.text


def test_a_callback_never_due_holds_up_none_after_it(task_manager, qtbot):
    import math

    loop = task_manager._lease.get()
    ran = []
    loop.call_later(math.inf, ran.append, "never")
    loop.call_later(0.001, ran.append, "soon")  # then "never" is the next one due
    qtbot.waitUntil(lambda: ran == ["soon"], timeout=2000)
    loop.call_later(40 * 24 * 3600, ran.append, "in 40 days")  # past a Qt timer's range
    loop.call_soon(ran.append, "then")
    qtbot.waitUntil(lambda: ran == ["soon", "then"], timeout=2000)
