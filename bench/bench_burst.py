"""A burst: 100,000 no-op thread tasks submitted at once while the panel is shown.

    QT_QPA_PLATFORM=offscreen python bench/bench_burst.py [--count 100000] [--rounds 3]

A 5 ms precise timer in the GUI thread measures how late the GUI runs from
the first submission until every task has settled: the gaps between its
fires (p50, p99, max) and how late its fires came against when Qt had them
due (late p99; a gap of G ms is about G - 5 ms late). Cases: submitted from a
worker thread or from the GUI thread (a loop in a slot), with a
TaskMonitorPanel shown; and the same tasks through a bare ThreadPoolExecutor
with a static table shown (the floor, for throughput). Medians of alternating
fresh-process rounds. With 100,000 tasks alive, the cyclic collector's full
collections (tens to hundreds of ms each) are the longest gaps: their count,
their total time and the p99 of the gaps none fell into are shown too.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

CASES = ("bare ThreadPoolExecutor", "tasker_qt, from a thread", "tasker_qt, from the GUI")


def noop(ctx=None):  # type: ignore[no-untyped-def]
    return None


def _until_done(thread: threading.Thread) -> None:
    """Start ``thread`` and turn the Qt event loop until it has ended."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    poll = QTimer(interval=5)
    poll.timeout.connect(lambda: thread.is_alive() or loop.quit())
    thread.start()
    poll.start()
    loop.exec()
    poll.stop()


def _one(case: str, count: int) -> None:
    from common import timer_lateness
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication(sys.argv[:1])
    if case.startswith("bare"):
        from concurrent.futures import ThreadPoolExecutor

        from PySide6.QtGui import QStandardItemModel

        view = QTableView()
        view.setModel(QStandardItemModel(1000, 8))
        view.resize(1200, 800)
        view.show()

        def bare() -> None:
            with ThreadPoolExecutor() as pool:
                for future in [pool.submit(noop) for _ in range(count)]:
                    future.result()

        def run() -> None:
            _until_done(threading.Thread(target=bare))
    else:
        from tasker_qt import TaskManager
        from tasker_qt.ui import TaskMonitorPanel

        manager = TaskManager(app)
        panel = TaskMonitorPanel(manager)
        panel.resize(1200, 800)
        panel.show()
        app.processEvents()

        def submit_all() -> None:
            for _ in range(count):
                manager.run_thread(noop)

        def run() -> None:
            if case.endswith("thread"):
                _until_done(threading.Thread(target=submit_all))
            else:
                submit_all()  # as a slot would: the GUI waits for the loop itself
            assert manager.wait_until_settled(600_000)

    result = timer_lateness(run)
    print(json.dumps(result), flush=True)
    os._exit(0)  # nothing runs any more; skip tearing down 100,000 rows


def main() -> int:
    from common import alternate, median_of

    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--case", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.case:
        _one(args.case, args.count)
        return 0
    runs = alternate(__file__, [["--case", c, "--count", str(args.count)] for c in CASES],
                     args.rounds)  # fmt: skip
    print(f"{args.count:,} no-op thread tasks at once; {args.rounds} rounds, medians")
    print(
        f"{'case':28} {'p50 ms':>7} {'p99 ms':>7} {'max ms':>7} {'late p99':>8} {'fires':>6}"
        f" {'tasks/s':>9} {'full gcs':>8} {'gc ms':>6} {'p99 w/o gc':>10}"
    )
    for case, case_runs in zip(CASES, runs, strict=True):
        seconds = median_of(case_runs, "seconds")
        print(
            f"{case:28} {median_of(case_runs, 'p50'):7.1f} {median_of(case_runs, 'p99'):7.1f} "
            f"{median_of(case_runs, 'max'):7.1f} {median_of(case_runs, 'late p99'):8.1f} "
            f"{median_of(case_runs, 'fires'):6.0%} "
            f"{args.count / seconds:9,.0f} {median_of(case_runs, 'full gcs'):8.0f} "
            f"{median_of(case_runs, 'gc ms'):6.0f} {median_of(case_runs, 'p99 without gc'):10.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
