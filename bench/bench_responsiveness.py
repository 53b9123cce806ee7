"""Is the GUI on time while tasks run? A 5 ms precise timer's lateness under load.

    QT_QPA_PLATFORM=offscreen python bench/bench_responsiveness.py [--seconds 10] [--rounds 3]
        [--load paced|c|tight]

The load, with a TaskMonitorPanel shown holding 10,000 finished rows:

* ``paced`` (default): 64 thread jobs and 2 process jobs reporting progress
  and a message in loops that sleep 1 ms, and 100 coroutines ticking every 10 ms;
* ``c``: 8 thread jobs hashing 256 KB blocks (CPU in C, which lets go of the
  interpreter lock), reporting after each block;
* ``tight``: 8 thread jobs in pure-Python loops, reporting every few
  microseconds (they hold the interpreter lock; such work belongs in
  process jobs, see the README).

Cases: the panel as it is, with text in its filter box, and sorted by
progress. The floor is the same thread jobs with no task library (they
report to plain attributes) and a static table of 10,000 rows.

"tasker_qt" shows the top of the table (finished rows; the live ones are
below, off screen); "live rows in view" scrolls to the live rows, so every
frame repaints them; "filter text" shows only the live rows (their message
matches); "sorted by progress" re-sorts all rows as progress moves.

Every case runs in a fresh process, the cases alternate round by round, and
the table shows medians over the rounds of the p99 and max interval, of the
p99 of how late the fires came against when Qt had them due (the measure of
the issue's table), and of the share of expected timer fires that happened.

``--split`` also times, in the measured window, the GUI thread's three pieces
of frame work, each its own event-loop turn: the table's paint, the model's
flush (announcing changes) and the manager's tick (reading reports); the
table then shows each one's median duration and the sum of all three per
second (their methods are wrapped before the panel is made).
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import importlib
import json
import os
import statistics
import sys
import threading
import time
from typing import Any, ClassVar

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

ROWS = 10_000
# load -> (thread jobs, process jobs, coroutines); the floor runs the thread jobs only
LOADS = {"paced": (64, 2, 100), "c": (8, 0, 0), "tight": (8, 0, 0)}
TICK_MS = 5
CASES = ("floor", "tasker_qt", "live rows in view", "filter text", "sorted by progress")


_BLOCK = bytes(256 * 1024)


def _step(load: str) -> None:
    """One step of a job's work between two reports."""
    if load == "paced":
        time.sleep(0.001)  # waits, as I/O does
    elif load == "c":
        hashlib.sha256(_BLOCK).digest()  # about 0.2 ms in C without the interpreter lock
    else:
        sum(range(50))  # pure Python: holds the interpreter lock throughout


def reporting(ctx, stop_after, load="paced"):  # type: ignore[no-untyped-def]
    """A job that reports progress and a message after every step until told to stop."""
    end = time.monotonic() + stop_after
    i = 0
    while not ctx.is_cancelled() and time.monotonic() < end:
        i += 1
        ctx.set_progress((i % 1000) / 1000)
        ctx.set_message(f"step {i}")
        _step(load)
    return i


class _BareContext:
    """What the floor's threads report to: plain attributes, no task library."""

    def __init__(self, stop: threading.Event) -> None:
        self.is_cancelled = stop.is_set
        self.progress = 0.0
        self.message = ""

    def set_progress(self, value: float) -> None:
        self.progress = value

    def set_message(self, text: str) -> None:
        self.message = text


async def ticking(ctx, stop_after):  # type: ignore[no-untyped-def]
    end = time.monotonic() + stop_after
    i = 0
    while time.monotonic() < end:
        i += 1
        ctx.set_progress((i % 100) / 100)
        await asyncio.sleep(0.01)
    return i


def noop(ctx):  # type: ignore[no-untyped-def]
    return None


class _Split:
    """Times the GUI thread's pieces of frame work while ``timing`` is set."""

    PIECES: ClassVar[dict[str, tuple[str, str, str]]] = {
        "paint": ("tasker_qt.ui.task_view", "TaskTableView", "paintEvent"),
        "flush": ("tasker_qt.ui.model", "TaskModel", "_flush"),
        "tick": ("tasker_qt.core.manager", "TaskManager", "_tick"),
    }

    def __init__(self) -> None:
        self.timing = False
        self.times: dict[str, list[float]] = {piece: [] for piece in self.PIECES}
        for piece, (module, owner_name, method) in self.PIECES.items():
            owner = getattr(importlib.import_module(module), owner_name)
            setattr(owner, method, self._timed(piece, getattr(owner, method)))

    def _timed(self, piece: str, original: Any) -> Any:
        times = self.times[piece]

        def timed(obj: Any, *args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return original(obj, *args, **kwargs)
            finally:
                if self.timing:
                    times.append(time.perf_counter() - start)

        return timed

    def result(self, seconds: float) -> dict[str, float]:
        """Each piece's median in ms (0 if it never ran), and all their time per second."""
        out = {f"{piece} ms": statistics.median(t) * 1e3 if t else 0.0
               for piece, t in self.times.items()}  # fmt: skip
        out["work ms/s"] = sum(map(sum, self.times.values())) * 1e3 / seconds
        return out


def _measure(seconds: float, split: _Split | None = None) -> dict[str, float]:
    """The GUI timer's lateness while the event loop turns for ``seconds``."""
    from common import timer_lateness
    from PySide6.QtCore import QEventLoop, QTimer

    def turn() -> None:
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        if split is not None:
            split.timing = True
        loop.exec()
        if split is not None:
            split.timing = False

    result = timer_lateness(turn, TICK_MS)
    if split is not None:
        result.update(split.result(seconds))
    return result


def _floor(seconds: float, load: str) -> dict[str, float]:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    _app = QApplication(sys.argv[:1])  # alive while we measure
    model = QStandardItemModel(ROWS, 4)
    for row in range(ROWS):
        model.setItem(row, 0, QStandardItem(f"task {row}"))
    view = QTableView()
    view.setModel(model)
    view.resize(1200, 800)
    view.show()
    stop = threading.Event()
    threads = [
        threading.Thread(target=reporting, args=(_BareContext(stop), seconds + 30, load))
        for _ in range(LOADS[load][0])
    ]
    for thread in threads:
        thread.start()
    try:
        return _measure(seconds)
    finally:
        stop.set()
        for thread in threads:
            thread.join()


def _tasker(case: str, seconds: float, load: str, split: bool = False) -> dict[str, float]:
    import qasync
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from tasker_qt import TaskManager
    from tasker_qt.ui import TaskModel, TaskMonitorPanel

    timed = _Split() if split else None  # before the panel: its timers hold the methods
    app = QApplication(sys.argv[:1])
    asyncio.set_event_loop(qasync.QEventLoop(app))
    thread_jobs, process_jobs, coroutines = LOADS[load]
    manager = TaskManager(app, thread_workers=thread_jobs, process_workers=max(process_jobs, 1))
    panel = TaskMonitorPanel(manager)
    panel.model.max_finished = ROWS
    panel.resize(1200, 800)
    panel.show()
    for _ in range(ROWS):
        manager.run_thread(noop)
    manager.wait_until_settled(600_000)
    if case == "filter text":
        panel.filter_edit.setText("step")
    elif case == "sorted by progress":
        panel.view.sortByColumn(TaskModel.Column.PROGRESS, Qt.SortOrder.DescendingOrder)
    long = seconds + 30
    for _ in range(thread_jobs):
        manager.run_thread(reporting, long, load)
    for _ in range(process_jobs):
        manager.run_process(reporting, long, load)
    for _ in range(coroutines):
        manager.add_coroutine(ticking, long)
    manager.wait_until_settled(2000)  # let everything start (returns False: they run)
    if case == "live rows in view":
        panel.view.scrollToBottom()
    try:
        return _measure(seconds, timed)
    finally:
        manager.shutdown(10)


def _one(case: str, seconds: float, load: str, split: bool) -> None:
    result = _floor(seconds, load) if case == "floor" else _tasker(case, seconds, load, split)
    print(json.dumps(result))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--case", help=argparse.SUPPRESS)  # one measurement, in a child
    parser.add_argument("--cases", default=",".join(CASES))
    parser.add_argument("--load", choices=LOADS, default="paced")
    parser.add_argument("--split", action="store_true", help="time paint, flush and tick too")
    args = parser.parse_args()
    if args.case:
        _one(args.case, args.seconds, args.load, args.split)
        return 0
    from common import alternate, median_of

    cases = args.cases.split(",")
    runs = alternate(
        __file__,
        [
            ["--case", c, "--seconds", str(args.seconds), "--load", args.load]
            + (["--split"] if args.split else [])
            for c in cases
        ],
        args.rounds,
    )
    print(f"load {args.load}: {args.rounds} rounds of {args.seconds:.0f} s, medians; "
          "5 ms precise timer")  # fmt: skip
    pieces = ["paint ms", "flush ms", "tick ms", "work ms/s"] if args.split else []
    print(f"{'case':22} {'p99 ms':>8} {'max ms':>8} {'late p99':>8} {'fires':>7}"
          + "".join(f" {piece:>10}" for piece in pieces))  # fmt: skip
    for case, case_runs in zip(cases, runs, strict=True):
        p99, worst = median_of(case_runs, "p99"), median_of(case_runs, "max")
        split = "".join(
            f" {median_of(case_runs, piece):10.1f}" if piece in case_runs[0] else f" {'-':>10}"
            for piece in pieces
        )
        late = median_of(case_runs, "late p99")
        print(f"{case:22} {p99:8.1f} {worst:8.1f} {late:8.1f} "
              f"{median_of(case_runs, 'fires'):7.0%}{split}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
