"""TaskBatch against a bare concurrent.futures executor: 10,000 tiny items.

    QT_QPA_PLATFORM=offscreen python bench/bench_batch.py

Each item is a task the monitor could show (own name, retries, result and
error collection, worker limit); the bare executor just maps. Targets: within
3x of ThreadPoolExecutor in thread mode, 2x of ProcessPoolExecutor (spawn)
in process mode. Keep imports inside main(): spawned workers re-import this.
"""

from __future__ import annotations

import sys
import time

ITEMS = 10_000


def square(x):
    return x * x


def main() -> int:
    import multiprocessing
    import os
    from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

    from tasker_qt.batch import TaskBatch

    workers = os.cpu_count() or 1
    rows = []
    spawn = multiprocessing.get_context("spawn")
    for mode, make_executor, limit in (
        ("thread", lambda: ThreadPoolExecutor(), 32),
        ("process", lambda: ProcessPoolExecutor(mp_context=spawn), 4 * workers),
    ):
        batch = TaskBatch(square, execution_mode=mode, worker_limit=limit)
        batch.start(range(200))  # warm: workers started
        start = time.perf_counter()
        results = batch.start(range(ITEMS))
        ours = time.perf_counter() - start
        assert len(results) == ITEMS and results[ITEMS - 1] == (ITEMS - 1) ** 2
        batch.shutdown_pools()
        with make_executor() as executor:
            list(executor.map(square, range(200)))
            start = time.perf_counter()
            bare = list(executor.map(square, range(ITEMS)))
            theirs = time.perf_counter() - start
        assert bare[-1] == (ITEMS - 1) ** 2
        rows.append((mode, ours, theirs))

    print(f"{ITEMS:,} tiny items   {'TaskBatch':>12} {'bare executor':>14} {'ratio':>7}")
    for mode, ours, theirs in rows:
        print(f"{mode + ' mode (s)':20} {ours:12.3f} {theirs:14.3f} {ours / theirs:7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
