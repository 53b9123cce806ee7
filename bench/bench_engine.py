"""Engine benchmarks, side by side with the bare stdlib executors.

    QT_QPA_PLATFORM=offscreen python bench/bench_engine.py

Prints: set_progress cost inside thread and process jobs; no-op task
throughput through the manager vs ThreadPoolExecutor / ProcessPoolExecutor
(spawn); first-task latency of a cold process pool. Keep imports inside
main(): spawned workers re-import this file.
"""

from __future__ import annotations

import statistics
import sys
import time

CALLS = 1_000_000


def noop(*args):
    return None


def set_progress_cost(context, calls=CALLS, rounds=7):
    """ns per set_progress call, median over rounds, measured inside the job."""
    set_progress = context.set_progress
    costs = []
    for _ in range(rounds):
        start = time.perf_counter_ns()
        for i in range(calls):
            set_progress(i)
        costs.append((time.perf_counter_ns() - start) / calls)
    return statistics.median(costs)


def bare_loop_cost(context, calls=CALLS, rounds=7):
    """ns per iteration of the same loop storing a plain attribute, for reference."""

    class Holder:
        pass

    holder = Holder()
    costs = []
    for _ in range(rounds):
        start = time.perf_counter_ns()
        for i in range(calls):
            holder.value = i
        costs.append((time.perf_counter_ns() - start) / calls)
    return statistics.median(costs)


def timed(manager, submit, count):
    start = time.perf_counter()
    tasks = [submit() for _ in range(count)]
    assert manager.wait_until_settled(600_000)
    elapsed = time.perf_counter() - start
    assert all(t.get_status() == "completed" for t in tasks), "a benchmark task failed"
    return count / elapsed


def bare_throughput(executor, count):
    start = time.perf_counter()
    futures = [executor.submit(noop, None) for _ in range(count)]
    for future in futures:
        future.result()
    return count / (time.perf_counter() - start)


def main() -> int:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

    from PySide6.QtCore import QCoreApplication

    from tasker_qt import TaskManager

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    spawn = multiprocessing.get_context("spawn")
    rows = []

    # --- set_progress ----------------------------------------------------------
    manager = TaskManager(app)
    in_thread = manager.run_thread(set_progress_cost)
    bare = manager.run_thread(bare_loop_cost)
    manager.wait_until_settled(600_000)
    rows.append(("set_progress, thread job (ns/call)", in_thread.result(), bare.result()))
    in_process = manager.run_process(set_progress_cost)
    bare_process = manager.run_process(bare_loop_cost)
    manager.wait_until_settled(600_000)
    rows.append(("set_progress, process job (ns/call)", in_process.result(), bare_process.result()))

    # --- thread throughput -----------------------------------------------------
    count = 20_000
    ours = max(timed(manager, lambda: manager.run_thread(noop), count) for _ in range(3))
    with ThreadPoolExecutor() as executor:
        theirs = max(bare_throughput(executor, count) for _ in range(3))
    rows.append(("no-op thread tasks/s", ours, theirs))

    # --- process throughput (warm) ---------------------------------------------
    count = 10_000
    timed(manager, lambda: manager.run_process(noop), 200)  # warm up every worker
    ours = max(timed(manager, lambda: manager.run_process(noop), count) for _ in range(3))
    with ProcessPoolExecutor(mp_context=spawn) as executor:
        bare_throughput(executor, 200)
        theirs = max(bare_throughput(executor, count) for _ in range(3))
    rows.append(("no-op process tasks/s (warm)", ours, theirs))
    manager.shutdown(10)

    # --- cold first process task ----------------------------------------------
    ours_ms, theirs_ms = [], []
    for _ in range(5):
        cold = TaskManager(app)
        start = time.perf_counter()
        cold.run_process(noop)
        cold.wait_until_settled(60_000)
        ours_ms.append((time.perf_counter() - start) * 1000)
        cold.shutdown(10)
        with ProcessPoolExecutor(mp_context=spawn) as executor:
            start = time.perf_counter()
            executor.submit(noop).result()
            theirs_ms.append((time.perf_counter() - start) * 1000)
    rows.append(
        (
            "first process task, cold pool (ms)",
            statistics.median(ours_ms),
            statistics.median(theirs_ms),
        )
    )

    print(f"{'measure':40} {'tasker_qt':>12} {'bare stdlib':>12} {'ratio':>7}")
    for name, ours, theirs in rows:
        print(f"{name:40} {ours:12,.1f} {theirs:12,.1f} {ours / theirs:7.2f}")
    print("(set_progress rows compare with a bare attribute store in the same loop)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
