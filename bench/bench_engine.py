"""The engine side by side with the bare stdlib, and how fast progress reaches the model.

    QT_QPA_PLATFORM=offscreen python bench/bench_engine.py [--rounds 3] [--sizes 1000,10000,50000]

Comparisons (every measurement in a fresh process, cases alternating round
by round, medians, ratio = tasker_qt / bare):

* ``set_progress`` inside a thread job and a process job against a bare
  method call that stores its argument, in the same kind of thread/process;
* no-op thread tasks and 1 ms (sleeping) thread tasks against
  ``ThreadPoolExecutor`` with the same number of workers, as tasks per second
  from the first submission until every result is there;
* no-op process tasks (pools warm) against ``ProcessPoolExecutor`` (spawn);
* the first process task of a cold pool;
* ``set_progress`` to model: a job of every kind sets a new value every 20-40 ms;
  a ``TaskModel`` records when its ``dataChanged`` first shows each value;
  p50/p95 of that delay (the goal is one 16 ms frame; 20 ms at p95).

Keep imports inside the functions: spawned workers re-import this file.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import time
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

CALLS = 1_000_000
INNER_ROUNDS = 7
SAMPLES = 150  # progress values per latency run

# comparison -> ((our case, bare case), measured at every size?)
COMPARISONS = {
    "set_progress, thread (ns/call)": (("thread job", "bare method, thread"), False),
    "set_progress, thread, GUI turning": (
        ("thread job, GUI turning", "bare method, thread"),
        False,
    ),
    "set_progress, process (ns/call)": (("process job", "bare method, process"), False),
    "no-op thread tasks/s": (("tasker no-op thread", "ThreadPoolExecutor no-op"), True),
    "1 ms thread tasks/s": (("tasker 1ms thread", "ThreadPoolExecutor 1ms"), True),
    "no-op process tasks/s (warm)": (("tasker no-op process", "ProcessPoolExecutor no-op"), True),
    "first process task, cold (ms)": (("tasker cold", "ProcessPoolExecutor cold"), False),
}
LATENCY_KINDS = ("thread", "process", "async", "dask")


def noop(*args: Any) -> None:
    return None


def sleep_1ms(*args: Any) -> None:
    time.sleep(0.001)


class _Bare:
    """The least a progress setter can be: a method storing its argument."""

    def set_progress(self, value: float) -> None:
        self.value = value


def _ns_per_call(set_progress: Any) -> float:
    costs = []
    for _ in range(INNER_ROUNDS):
        start = time.perf_counter_ns()
        for i in range(CALLS):
            set_progress(i)
        costs.append((time.perf_counter_ns() - start) / CALLS)
    return statistics.median(costs)


def cost_in_job(ctx: Any) -> float:
    return _ns_per_call(ctx.set_progress)


def bare_cost(*args: Any) -> float:
    return _ns_per_call(_Bare().set_progress)


def stamped_progress(ctx: Any, samples: int, seed: int) -> list[tuple[float, float]]:
    """Set a new progress value every 20-40 ms; return (value, perf_counter when set)."""
    pace = random.Random(seed)
    stamps = []
    for k in range(1, samples + 1):
        time.sleep(pace.uniform(0.02, 0.04))
        value = k / (samples + 1)
        ctx.set_progress(value)
        stamps.append((value, time.perf_counter()))  # CLOCK_MONOTONIC: one clock for all
    return stamps


async def stamped_progress_async(ctx: Any, samples: int, seed: int) -> list[tuple[float, float]]:
    import asyncio

    pace = random.Random(seed)
    stamps = []
    for k in range(1, samples + 1):
        await asyncio.sleep(pace.uniform(0.02, 0.04))
        value = k / (samples + 1)
        ctx.set_progress(value)
        stamps.append((value, time.perf_counter()))
    return stamps


# --- one measurement, in a child process ------------------------------------------


def _app() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


def _throughput(case: str, size: int) -> float:
    job = sleep_1ms if "1ms" in case else noop
    if case.startswith(("ThreadPool", "ProcessPool")):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

        if case.startswith("Thread"):
            executor: Any = ThreadPoolExecutor()
        else:
            executor = ProcessPoolExecutor(mp_context=multiprocessing.get_context("spawn"))
            for future in [executor.submit(noop) for _ in range(200)]:  # every worker warm
                future.result()
        start = time.perf_counter()
        for future in [executor.submit(job) for _ in range(size)]:
            future.result()
        seconds = time.perf_counter() - start
        executor.shutdown()
        return size / seconds
    from tasker_qt import TaskManager

    manager = TaskManager(_app())
    submit = manager.run_process if "process" in case else manager.run_thread
    if "process" in case:
        for _ in range(200):
            submit(noop)
        assert manager.wait_until_settled(120_000)
    start = time.perf_counter()
    tasks = [submit(job) for _ in range(size)]
    assert manager.wait_until_settled(900_000)
    seconds = time.perf_counter() - start
    assert all(task.get_status() == "completed" for task in tasks), case
    manager.shutdown(10)
    return size / seconds


def _set_progress_cost(case: str) -> float:
    """ns per call. "thread job" and "process job" measure while the GUI thread waits
    outside its event loop, so it is never late and the call costs what it costs
    on time; "thread job, GUI turning" lets the GUI run, so a tight loop makes it
    late and the job steps aside (the average includes those pauses)."""
    import threading

    if case == "bare method, thread":
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(1) as executor:
            return executor.submit(bare_cost).result()
    if case == "bare method, process":
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as executor:
            return executor.submit(bare_cost).result()
    from tasker_qt import TaskManager

    manager = TaskManager(_app())
    if case == "process job":
        task = manager.run_process(cost_in_job)
    elif case == "thread job, GUI turning":
        task = manager.run_thread(cost_in_job)
    else:
        measured = threading.Event()
        task = manager.run_thread(lambda ctx: (cost_in_job(ctx), measured.set())[0])
        measured.wait()  # the GUI thread waits here, outside its event loop
    assert manager.wait_until_settled(600_000)
    manager.shutdown(10)
    return float(task.result())


def _cold_first_task(case: str) -> float:
    start = time.perf_counter()
    if case.startswith("ProcessPool"):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(mp_context=multiprocessing.get_context("spawn")) as executor:
            executor.submit(noop).result()
            return (time.perf_counter() - start) * 1000
    from tasker_qt import TaskManager

    manager = TaskManager(_app())
    manager.run_process(noop)
    assert manager.wait_until_settled(60_000)
    seconds = time.perf_counter() - start
    manager.shutdown(10)
    return seconds * 1000


def _latency(kind: str) -> dict[str, float]:
    """When a TaskModel first shows each value a job set, after it was set (ms)."""
    from tasker_qt import DaskBackend, TaskManager
    from tasker_qt.ui import TaskModel

    app = _app()
    if kind == "async":
        import asyncio

        import qasync

        asyncio.set_event_loop(qasync.QEventLoop(app))
    backend = DaskBackend(n_workers=1) if kind == "dask" else None
    manager = TaskManager(app, process_backend=backend)
    model = TaskModel(manager)
    if kind != "thread":  # a pool or cluster up and warm first
        (manager.add_coroutine if kind == "async" else manager.run_process)(
            stamped_progress_async if kind == "async" else stamped_progress, 1, 0
        )
        assert manager.wait_until_settled(120_000)
    seen: dict[float, float] = {}

    def on_changed(top: Any, bottom: Any, roles: Any = ()) -> None:
        now = time.perf_counter()
        row = model.row_of(task.id)
        if row is not None and top.row() <= row <= bottom.row():
            value = model.data(model.index(row, 0), TaskModel.ProgressRole)
            if value is not None:
                seen.setdefault(value, now)

    model.dataChanged.connect(on_changed)
    if kind == "async":
        task = manager.add_coroutine(stamped_progress_async, SAMPLES, 1)
    else:
        submit = manager.run_thread if kind == "thread" else manager.run_process
        task = submit(stamped_progress, SAMPLES, 1)
    assert manager.wait_until_settled(120_000)
    manager.shutdown(30)
    delays = sorted((seen[value] - stamp) * 1000 for value, stamp in task.result() if value in seen)
    return {
        "p50": delays[len(delays) // 2],
        "p95": delays[int(len(delays) * 0.95)],
        "missed": SAMPLES - len(delays),
    }


def _one(case: str, size: int) -> None:
    result: dict[str, Any]
    if case.startswith("latency "):
        result = _latency(case.removeprefix("latency "))
    elif "cold" in case:
        result = {"value": _cold_first_task(case)}
    elif case.startswith(("thread job", "process job", "bare method")):
        result = {"value": _set_progress_cost(case)}
    else:
        result = {"value": _throughput(case, size)}
    print(json.dumps(result), flush=True)


# --- the table ---------------------------------------------------------------------


def main() -> int:
    from common import alternate, arguments, median_of

    parser = arguments(sizes="1000,10000,50000")
    parser.add_argument("--only", help="comparisons whose name contains this text")
    args = parser.parse_args()
    if args.case:
        _one(args.case, args.size)
        return 0
    sizes = args.sizes
    print(f"{args.rounds} alternating rounds, a fresh process each, medians; ratio = ours / bare")
    for name, ((ours, bare), sized) in COMPARISONS.items():
        if args.only and args.only not in name:
            continue
        cells = []
        for size in sizes if sized else [0]:
            runs = alternate(__file__, [["--case", c, "--size", str(size)] for c in (ours, bare)],
                             args.rounds)  # fmt: skip
            mine, theirs = (median_of(r, "value") for r in runs)
            label = f"{size:,}: " if sized else ""
            cells.append(f"{label}{mine:,.1f} vs {theirs:,.1f} ({mine / theirs:.2f})")
        print(f"{name:32} " + "   ".join(cells))
    if not args.only or "latency" in args.only:
        kinds = [f"latency {kind}" for kind in LATENCY_KINDS]
        runs = alternate(__file__, [["--case", k] for k in kinds], args.rounds)
        for kind, kind_runs in zip(LATENCY_KINDS, runs, strict=True):
            p50, p95 = median_of(kind_runs, "p50"), median_of(kind_runs, "p95")
            missed = median_of(kind_runs, "missed")
            print(f"{'set_progress to model, ' + kind:32} p50 {p50:.1f} ms, p95 {p95:.1f} ms"
                  f" ({missed:.0f} of {SAMPLES} values never shown)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
