"""How the GUI fares while one job floods it with events (run by hand, not in CI).

    QT_QPA_PLATFORM=offscreen python bench/bench_flood.py [COUNT] [thread|process]

A job sends COUNT events (default 1,000,000) to a when_event callback while a
5 ms precise timer ticks in the GUI thread. Prints whether every event came,
in order, the wall time, the timer's interval p99/max and how often it fired,
and the process's peak RSS. Run it in a fresh process per measurement.
"""

from __future__ import annotations

import itertools
import os
import resource
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def flood(ctx, n):  # type: ignore[no-untyped-def]
    for i in range(n):
        ctx.send_event("n", i)
    return n


def main() -> int:
    from PySide6.QtCore import QCoreApplication, Qt, QTimer

    from tasker_qt import TaskManager

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    kind = sys.argv[2] if len(sys.argv) > 2 else "thread"
    app = QCoreApplication(sys.argv[:1])
    manager = TaskManager(app, process_workers=1)
    got: list[int] = []
    stamps: list[float] = []
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(5)
    timer.timeout.connect(lambda: stamps.append(time.perf_counter()))
    timer.start()
    start = time.perf_counter()
    manager.submit(kind, flood, (count,), when_event=lambda t, n, value: got.append(value))
    manager.wait_until_settled(600_000)
    total = time.perf_counter() - start
    timer.stop()
    gaps = sorted((b - a) * 1000 for a, b in itertools.pairwise(stamps))
    p99 = gaps[int(len(gaps) * 0.99)] if gaps else float("nan")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{kind} job, {count:,} events: all in order {got == list(range(count))}, "
        f"{total:.2f} s; GUI timer p99 {p99:.1f} ms, max {gaps[-1] if gaps else 0:.1f} ms, "
        f"fired {len(stamps)} of {int(total / 0.005)}; peak RSS {peak:.0f} MB"
    )
    manager.shutdown(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
