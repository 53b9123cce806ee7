"""Batches of tiny items: TaskBatch against joblib and the stdlib executors.

    QT_QPA_PLATFORM=offscreen python bench/bench_batch.py [--rounds 3] [--sizes 1000,10000,50000]

Process mode: TaskBatch with ``chunksize="auto"`` and with one task per item
(``chunksize=1``) against ``joblib.Parallel`` (loky) and a chunked
``ProcessPoolExecutor.map`` (spawn); thread mode: TaskBatch (auto) against
``ThreadPoolExecutor.map``. Each measurement runs in a fresh process with
its pool already started (a 200-item warm-up first), cases alternate round
by round, and the table shows the median seconds and the ratio to joblib
(process) or to the bare executor (thread). joblib is a benchmark-only
dependency (``pip install joblib``). Keep imports inside the functions:
spawned workers re-import this file.
"""

from __future__ import annotations

import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

WORKERS = os.cpu_count() or 1
CASES = {
    "joblib.Parallel": "process",
    "ProcessPoolExecutor.map chunked": "process",
    "TaskBatch process auto": "process",
    "TaskBatch process chunksize=1": "process",
    "ThreadPoolExecutor.map": "thread",
    "TaskBatch thread auto": "thread",
}


def square(x):  # type: ignore[no-untyped-def]
    return x * x


def _runner(case: str):  # type: ignore[no-untyped-def]
    """(run, close): the case as a function of the items, and how to release its pool."""
    if case == "joblib.Parallel":
        from joblib import Parallel, delayed
        from joblib.externals.loky import get_reusable_executor

        parallel = Parallel(n_jobs=WORKERS)
        return (
            lambda items: parallel(delayed(square)(x) for x in items),
            lambda: get_reusable_executor().shutdown(wait=True),
        )
    if case.endswith("Executor.map") or case.endswith("map chunked"):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

        if case.startswith("Thread"):
            threads = ThreadPoolExecutor()
            return lambda items: list(threads.map(square, items)), threads.shutdown
        processes = ProcessPoolExecutor(WORKERS, mp_context=multiprocessing.get_context("spawn"))
        return (
            lambda items: list(
                processes.map(square, items, chunksize=max(1, len(items) // (4 * WORKERS)))
            ),
            processes.shutdown,
        )
    from tasker_qt.batch import TaskBatch

    mode = CASES[case]
    chunksize = 1 if case.endswith("=1") else "auto"
    limit = 4 * WORKERS if mode == "process" else 32
    batch = TaskBatch(square, execution_mode=mode, worker_limit=limit, chunksize=chunksize)
    return lambda items: list(batch.start(items).values()), batch.shutdown_pools


def _one(case: str, size: int) -> None:
    run, close = _runner(case)
    run(list(range(200)))
    items = list(range(size))
    started = time.perf_counter()
    results = run(items)
    seconds = time.perf_counter() - started
    close()
    assert len(results) == size and max(results) == (size - 1) ** 2, case
    print(json.dumps({"seconds": seconds}))


def main() -> int:
    from common import alternate, arguments, median_of

    args = arguments(sizes="1000,10000,50000").parse_args()
    if args.case:
        _one(args.case, args.size)
        return 0
    sizes = args.sizes
    names = list(CASES)
    print(f"{args.rounds} rounds, fresh process each, medians (s); {WORKERS} workers")
    print(f"{'case':34}" + "".join(f"{size:>10,} {'ratio':>6}" for size in sizes))
    table = {name: [] for name in names}
    for size in sizes:
        runs = alternate(__file__, [["--case", n, "--size", str(size)] for n in names],
                         args.rounds)  # fmt: skip
        for name, case_runs in zip(names, runs, strict=True):
            table[name].append(median_of(case_runs, "seconds"))
    for name in names:
        base = "joblib.Parallel" if CASES[name] == "process" else "ThreadPoolExecutor.map"
        cells = "".join(
            f"{mine:10.3f} {mine / table[base][i]:6.2f}" for i, mine in enumerate(table[name])
        )
        print(f"{name:34}{cells}")
    print("ratio: to joblib.Parallel (process rows) or ThreadPoolExecutor.map (thread rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
