"""Process jobs on Dask: the Dask backend against bare ``client.submit``/``client.map``.

    QT_QPA_PLATFORM=offscreen python bench/bench_dask.py [--rounds 3] [--tasks 1000]

Every case runs in a fresh process on its own ``LocalCluster`` of two
single-threaded worker processes (started, then warmed up with 20 tasks
before anything is timed); cases alternate round by round; the table shows
medians.

* first task: one no-op job, from submission until its result is in hand
  (bare: ``future.result()``; tasker: the task is final in the GUI thread);
* throughput: ``--tasks`` no-op jobs submitted at once, until all results
  are in hand, as tasks per second and as a ratio to bare ``client.map``;
* events: one job sending 100,000 events; events per second reaching
  ``when_event`` in the GUI thread, all of them, in order;
* cancel: a job that checks ``is_cancelled()``, from ``cancel()`` until the
  task is final; kill: a job that ignores it (grace 0), from ``cancel()``
  until final (its worker killed through the nanny), and until a new worker
  has run the next job.

Needs the dask extra (``pip install "tasker_qt[dask]"``). Keep imports in
the functions: worker processes unpickle jobs defined here.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

EVENTS = 100_000
CASES = ("bare client.submit", "bare client.map", "tasker Dask backend")


def noop_bare(*_: object) -> None:
    return None


def noop(ctx) -> None:  # type: ignore[no-untyped-def]
    return None


def send_events(ctx, n):  # type: ignore[no-untyped-def]
    for i in range(n):
        ctx.send_event("n", i)
    return n


def until_cancelled(ctx):  # type: ignore[no-untyped-def]
    while not ctx.is_cancelled():
        time.sleep(0.001)
    return "stopped"


def ignore_cancel(ctx):  # type: ignore[no-untyped-def]
    ctx.send_event("running")
    while True:
        time.sleep(0.01)


def _bare(case: str, tasks: int) -> dict[str, float]:
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=":0"
        ) as cluster,
        Client(cluster) as client,
    ):
        client.gather(client.map(noop_bare, range(20), pure=False))
        started = time.perf_counter()
        client.submit(noop_bare, pure=False).result()
        first = time.perf_counter() - started
        started = time.perf_counter()
        if case.endswith("map"):
            futures = client.map(noop_bare, range(tasks), pure=False)
        else:
            futures = [client.submit(noop_bare, pure=False) for _ in range(tasks)]
        client.gather(futures)
        seconds = time.perf_counter() - started
    return {"first_ms": first * 1000, "tasks_per_s": tasks / seconds}


def _tasker(tasks: int) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from tasker_qt import TaskManager
    from tasker_qt.core.dask_backend import DaskBackend

    app = QApplication([])
    manager = TaskManager(process_backend=DaskBackend(n_workers=2), process_grace=0.0)

    def settle(task_list):  # type: ignore[no-untyped-def]
        # the event loop sleeps while it waits, as in an app: the cluster's scheduler
        # runs in this process and needs the interpreter lock too
        assert manager.wait_until_settled(60_000)
        assert all(t.is_final() for t in task_list)

    settle([manager.run_process(noop) for _ in range(20)])
    started = time.perf_counter()
    settle([manager.run_process(noop)])
    first = time.perf_counter() - started

    started = time.perf_counter()
    settle([manager.run_process(noop) for _ in range(tasks)])
    throughput = tasks / (time.perf_counter() - started)

    got: list[int] = []
    started = time.perf_counter()
    task = manager.run_process(send_events, EVENTS, when_event=lambda t, n, i: got.append(i))
    settle([task])
    events_per_s = EVENTS / (time.perf_counter() - started)
    assert got == list(range(EVENTS)), "events lost or out of order"

    def turn_until(condition):  # type: ignore[no-untyped-def]
        while not condition():
            app.processEvents()
            time.sleep(0.001)

    polite = manager.run_process(until_cancelled)
    turn_until(polite.is_running)
    started = time.perf_counter()
    polite.cancel()
    settle([polite])
    cancel_ms = (time.perf_counter() - started) * 1000

    running: list[bool] = []
    rude = manager.run_process(ignore_cancel, when_event=lambda *_: running.append(True))
    turn_until(lambda: running)
    started = time.perf_counter()
    rude.cancel()
    settle([rude])
    kill_ms = (time.perf_counter() - started) * 1000
    settle([manager.run_process(noop), manager.run_process(noop)])  # both workers serve
    serving_again_ms = (time.perf_counter() - started) * 1000
    assert (polite.get_status(), rude.get_status()) == ("cancelled", "cancelled")

    started = time.perf_counter()
    manager.shutdown(5.0)
    shutdown_ms = (time.perf_counter() - started) * 1000
    return {
        "first_ms": first * 1000,
        "tasks_per_s": throughput,
        "events_per_s": events_per_s,
        "cancel_ms": cancel_ms,
        "kill_ms": kill_ms,
        "serving_again_ms": serving_again_ms,
        "shutdown_ms": shutdown_ms,
    }


def main() -> int:
    from common import alternate, median_of

    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--tasks", type=int, default=1000)
    parser.add_argument("--case", help=argparse.SUPPRESS)  # one measurement, in a child
    args = parser.parse_args()
    if args.case:
        result = (
            _tasker(args.tasks) if args.case.startswith("tasker") else _bare(args.case, args.tasks)
        )
        print(json.dumps(result))
        return 0
    runs = alternate(__file__, [["--case", c, "--tasks", str(args.tasks)] for c in CASES],
                     args.rounds)  # fmt: skip
    by_case = dict(zip(CASES, runs, strict=True))
    bare_map = median_of(by_case["bare client.map"], "tasks_per_s")
    print(f"{args.rounds} rounds, fresh process and cluster each, medians; "
          f"2 workers x 1 thread; {args.tasks:,} no-op tasks")  # fmt: skip
    print(f"{'case':22} {'first task ms':>14} {'tasks/s':>9} {'vs map':>7}")
    for case in CASES:
        first = median_of(by_case[case], "first_ms")
        rate = median_of(by_case[case], "tasks_per_s")
        print(f"{case:22} {first:14.1f} {rate:9.0f} {rate / bare_map:7.2f}")
    tasker = by_case["tasker Dask backend"]
    print(f"\nevents from one task: {median_of(tasker, 'events_per_s'):,.0f}/s "
          f"({EVENTS:,}, all delivered in order)")  # fmt: skip
    print(f"cooperative cancel: {median_of(tasker, 'cancel_ms'):.1f} ms to final")
    print(f"kill (grace 0): {median_of(tasker, 'kill_ms'):.1f} ms to final; both workers "
          f"serving again after {median_of(tasker, 'serving_again_ms'):.0f} ms")  # fmt: skip
    print(f"shutdown (manager and its cluster): {median_of(tasker, 'shutdown_ms'):.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
