"""Task monitor benchmarks: a model of 10,000 tasks, refreshed with every row changed.

    QT_QPA_PLATFORM=offscreen python bench/bench_ui.py

Prints the time for one full refresh (the model announcing every row changed,
then the view repainting its visible rows), sorted and unsorted, and the
memory a finished task costs in the model. Target: a refresh < 16 ms.
"""

from __future__ import annotations

import gc
import os
import statistics
import sys
import time
import tracemalloc

ROWS = 10_000


def noop(ctx):
    return None


def _spread(times: list[float]) -> str:
    return f"{statistics.median(times):.2f} / {max(times):.2f}"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from tasker_qt import TaskManager
    from tasker_qt.ui import TaskModel, TaskMonitorPanel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    manager = TaskManager(app)

    # memory: a finished task as the model keeps it (task, context, outcome, row maps)
    gc.collect()
    tracemalloc.start()
    model = TaskModel(manager, max_finished=ROWS)
    before = tracemalloc.take_snapshot()
    for _ in range(ROWS):
        manager.run_thread(noop)
    manager.wait_until_settled(120_000)
    app.processEvents()
    gc.collect()
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    grown = sum(s.size_diff for s in after.compare_to(before, "filename"))
    per_task = grown / model.rowCount()
    model.deleteLater()

    panel = TaskMonitorPanel(manager)
    panel.model.max_finished = ROWS
    panel.resize(1200, 900)
    panel.show()
    for _ in range(ROWS):
        manager.run_thread(noop)
    manager.wait_until_settled(120_000)
    app.processEvents()
    assert panel.model.rowCount() == ROWS, panel.model.rowCount()

    def refresh_times(rounds: int = 30) -> list[float]:
        times = []
        ids = [t.id for t in panel.model.tasks()]
        for _ in range(rounds):
            start = time.perf_counter()
            panel.model._dirty.update(ids)
            panel.model._flush()
            panel.view.viewport().repaint()
            times.append((time.perf_counter() - start) * 1000)
        return times

    unsorted = refresh_times()
    sort_ms = []
    for column in (TaskModel.Column.NAME, TaskModel.Column.ELAPSED, -1):
        start = time.perf_counter()
        panel.view.sortByColumn(column, panel.view.horizontalHeader().sortIndicatorOrder())
        sort_ms.append((time.perf_counter() - start) * 1000)
    panel.view.sortByColumn(
        TaskModel.Column.PROGRESS, panel.view.horizontalHeader().sortIndicatorOrder()
    )
    app.processEvents()
    by_progress = refresh_times()

    rows = [
        ("rows in the model", f"{panel.model.rowCount():,}"),
        ("full refresh, unsorted (ms, median / max)", _spread(unsorted)),
        ("full refresh, sorted by progress (ms)", _spread(by_progress)),
        ("sorting all rows by a column (ms, max)", f"{max(sort_ms):.2f}"),
        ("memory per finished task (bytes)", f"{per_task:,.0f}"),
    ]
    for name, value in rows:
        print(f"{name:45} {value}")
    panel.close()
    manager.shutdown(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
