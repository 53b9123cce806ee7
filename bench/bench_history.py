"""What recording a run costs the GUI thread, with a large history file already stored.

    QT_QPA_PLATFORM=offscreen python bench/bench_history.py [--stored 100000] [--runs 2000]

Fills a history file with ``--stored`` runs, then records ``--runs`` finished
thread tasks (``started`` and ``finished`` each) from the GUI thread and
reports the time of one write call: p50, p99, max. The writing itself
happens in the store's writer thread; this is what the GUI waits for.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _square(ctx, i):
    return i * i


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stored", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=2000)
    args = parser.parse_args()

    from PySide6.QtCore import QCoreApplication

    from tasker_qt import TaskManager
    from tasker_qt.core.history import HistoryStore

    app = QCoreApplication([])  # noqa: F841 (the manager needs it)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "history.sqlite3"
        HistoryStore(path).close()
        db = sqlite3.connect(path)
        db.executemany(
            "INSERT INTO runs (job, kind, status, created) "
            "VALUES ('old', 'thread', 'completed', ?)",
            ((float(i),) for i in range(args.stored)),
        )
        db.commit()
        db.close()
        store = HistoryStore(path)
        manager = TaskManager()
        tasks = [manager.submit("thread", _square, (i,), job="square", params={"i": i})
                 for i in range(args.runs)]  # fmt: skip
        manager.wait_until_settled(60_000)
        costs = []
        for task in tasks:
            for write in (store.started, store.finished):
                start = time.perf_counter()
                write(task)
                costs.append(time.perf_counter() - start)
        assert store.flush(60)
        costs.sort()
        p50, p99 = costs[len(costs) // 2], costs[int(len(costs) * 0.99)]
        print(
            f"{args.stored:,} runs stored, {len(costs):,} writes from the GUI thread: "
            f"p50 {p50 * 1e6:.1f} µs, p99 {p99 * 1e6:.1f} µs, max {costs[-1] * 1e6:.0f} µs; "
            f"rows now {store.count():,}"
        )
        manager.shutdown(5)
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
