"""The task table's frame: every live row changed, against a bare model's frame.

    QT_QPA_PLATFORM=offscreen python bench/bench_ui.py [--rounds 3] [--sizes 1000,10000,50000]

A frame is the whole path a user waits for: the manager's tick reading the
running tasks' reports, the model announcing the changed rows (and
re-sorting or re-filtering them; sorted by progress, once a second all
running rows are put back in place), and the table painting its viewport.
The live rows are coroutine tasks waiting on a future; every one of them gets
a new progress value and message, as its job would set them, and frames run
until every row shows its new value. A tick reads reports for at most a
budget of time (``TICK_BUDGET_MS``), so with many rows that takes several
frames: the table prints that count after the ratio.

Cases: the panel as it opens; with text in its filter box that every live row
matches; sorted by progress. The floor is a bare Python table model over the
same number of rows whose values all change: it announces one range and the
same view paints. Each case and size runs in a fresh process, cases
alternate round by round, medians of 60 frames per round and of the rounds.

Also: the memory a finished row costs once the model holds its default cap
of finished rows, and that it stays bounded after ten times as many tasks.
"""

from __future__ import annotations

import gc
import json
import os
import statistics
import sys
import time
import tracemalloc
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

FRAMES = 60
CASES = ("bare model (floor)", "tasker_qt", "filter text", "sorted by progress")


def _app() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


class _PaintCount:
    """Counts a widget's paint events: a frame that painted nothing measures nothing."""

    def __init__(self, widget: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        class Counter(QObject):
            count = 0

            def eventFilter(self, watched: Any, event: Any) -> bool:
                if event.type() == QEvent.Type.Paint:
                    self.count += 1
                return False

        self._counter = Counter()
        widget.installEventFilter(self._counter)

    @property
    def count(self) -> int:
        return self._counter.count


def _floor_frames(rows: int) -> list[float]:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QTableView

    class Bare(QAbstractTableModel):
        def __init__(self) -> None:
            super().__init__()
            self.progress = [0.0] * rows

        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else rows

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 8

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                if index.column() == 2:
                    return f"{self.progress[index.row()]:.0%}"
                return f"task {index.row()}"
            return None

    _app()
    model = Bare()
    view = QTableView()
    view.setModel(model)
    view.resize(1200, 800)
    view.show()
    _app().processEvents()  # shown and exposed: only then does it paint
    painted = _PaintCount(view.viewport())
    times = []
    for frame in range(FRAMES):
        model.progress = [(frame + 1) / (FRAMES + 1)] * rows  # what the jobs set
        start = time.perf_counter()
        model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, 7))
        view.viewport().repaint()
        times.append((time.perf_counter() - start) * 1000)
    assert painted.count >= FRAMES, painted.count
    return times


async def _wait(ctx: Any) -> None:
    import asyncio

    await asyncio.sleep(3600)  # until cancelled


def _tasker_frames(case: str, rows: int) -> tuple[list[float], list[int]]:
    """Frame times, and per round of new values how many frames it took until every
    row showed its value (the manager reads a frame's worth of reports per tick)."""
    import asyncio

    import qasync
    from PySide6.QtCore import Qt

    from tasker_qt import TaskManager
    from tasker_qt.core.manager import TICK_MS
    from tasker_qt.ui import TaskModel, TaskMonitorPanel

    app = _app()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    manager = TaskManager(app)
    panel = TaskMonitorPanel(manager)
    panel.resize(1200, 800)
    panel.show()
    tasks = [manager.add_coroutine(_wait) for _ in range(rows)]
    while not all(task.is_running() for task in tasks):
        app.processEvents()
    for task in tasks:
        task._context.set_message("step 0")
    app.processEvents()
    if case == "filter text":
        panel.filter_edit.setText("step")
    elif case == "sorted by progress":
        panel.view.sortByColumn(TaskModel.Column.PROGRESS, Qt.SortOrder.DescendingOrder)
    app.processEvents()
    model, viewport = panel.model, panel.view.viewport()
    painted = _PaintCount(viewport)
    times: list[float] = []
    frames_to_show: list[int] = []
    clock_every = 1000 // TICK_MS  # the model's clock re-sorts moving columns once a second
    while len(times) < FRAMES:
        for n, task in enumerate(tasks):  # what the jobs set, in their own time
            ctx = task._context
            ctx.set_progress(((len(times) * 7919 + n * 104729) % 1000) / 1000)
            ctx.set_message(f"step {len(times) + 1}")
        shown, frames = f"step {len(times) + 1}", 0
        while not all(task.get_message() == shown for task in tasks):  # (not timed)
            start = time.perf_counter()
            manager._tick()  # reads the running tasks' reports, announces changed ones
            model._flush()  # the rows announced, re-sorted or re-filtered
            if case == "sorted by progress" and len(times) % clock_every == 0:
                model._tick_clock()
            viewport.repaint()
            times.append((time.perf_counter() - start) * 1000)
            frames += 1
        frames_to_show.append(frames)
    assert model.rowCount() == rows and all(task.is_running() for task in tasks)
    assert painted.count >= FRAMES, painted.count
    manager.cancel_all()
    manager.wait_until_settled(600_000)
    manager.shutdown(10)
    return times, frames_to_show


def _memory() -> dict[str, float]:
    """Bytes per finished row at the model's cap, and after ten times the cap."""
    from tasker_qt import TaskManager
    from tasker_qt.ui import TaskModel

    def noop(ctx: Any) -> None:
        return None

    app = _app()
    manager = TaskManager(app)
    gc.collect()
    tracemalloc.start()
    model = TaskModel(manager)  # max_finished as a user gets it
    before = tracemalloc.take_snapshot()
    grown = []
    for _ in range(10):
        for _ in range(model.max_finished):
            manager.run_thread(noop)
        manager.wait_until_settled(120_000)
        app.processEvents()
        model.finished_count()  # the cap's drop comes with the rows' next flush: now
        gc.collect()
        grown.append(
            sum(s.size_diff for s in tracemalloc.take_snapshot().compare_to(before, "filename"))
        )
    tracemalloc.stop()
    manager.shutdown(10)
    return {"per_row": grown[0] / model.max_finished, "cap": model.max_finished,
            "after_ten_caps": grown[-1] / grown[0]}  # fmt: skip


def _one(case: str, rows: int) -> None:
    if case == "memory":
        print(json.dumps(_memory()))
        return
    if case.startswith("bare"):
        times, frames_to_show = _floor_frames(rows), [1]
    else:
        times, frames_to_show = _tasker_frames(case, rows)
    print(json.dumps({"median": statistics.median(times), "max": max(times),
                      "frames": statistics.median(frames_to_show)}), flush=True)  # fmt: skip


def main() -> int:
    from common import alternate, arguments, median_of

    args = arguments(sizes="1000,10000,50000").parse_args()
    if args.case:
        _one(args.case, args.size)
        return 0
    sizes = args.sizes
    print(f"a frame with every live row changed (ms); {args.rounds} alternating rounds, "
          f"medians of {FRAMES} frames, then of rounds; ratio to the floor; "
          "/frames until every row shows its new value")  # fmt: skip
    print(f"{'case':22}" + "".join(f"{f'{size:,} rows':>26}" for size in sizes))
    table: dict[str, list[str]] = {case: [] for case in CASES}
    for size in sizes:
        runs = alternate(__file__, [["--case", c, "--size", str(size)] for c in CASES],
                         args.rounds)  # fmt: skip
        floor = median_of(runs[0], "median")
        for case, case_runs in zip(CASES, runs, strict=True):
            mine = median_of(case_runs, "median")
            table[case].append(
                f"{mine:.1f} (max {median_of(case_runs, 'max'):.0f}) {mine / floor:.1f}x"
                f" /{median_of(case_runs, 'frames'):.0f}"
            )
    for case, cells in table.items():
        print(f"{case:22}" + "".join(f"{cell:>26}" for cell in cells))
    memory = alternate(__file__, [["--case", "memory"]], args.rounds)[0]
    print(f"memory per finished row at the model's cap ({median_of(memory, 'cap'):,.0f} rows): "
          f"{median_of(memory, 'per_row'):,.0f} bytes; after ten times as many tasks: "
          f"{median_of(memory, 'after_ten_caps'):.2f}x the memory at the cap")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
