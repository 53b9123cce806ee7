"""How the GUI fares while one job floods it with events (run by hand, not in CI).

    QT_QPA_PLATFORM=offscreen python bench/bench_flood.py [COUNT] [thread|process]

A job sends COUNT events (default 1,000,000) to a when_event callback while a
5 ms precise timer ticks in the GUI thread. Prints whether every event came,
in order, the wall time, the timer's interval p99/max and how often it fired,
and the process's peak RSS. Run it in a fresh process per measurement.
"""

from __future__ import annotations

import os
import resource
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def flood(ctx, n):  # type: ignore[no-untyped-def]
    for i in range(n):
        ctx.send_event("n", i)
    return n


def main() -> int:
    from common import timer_lateness
    from PySide6.QtCore import QCoreApplication

    from tasker_qt import TaskManager

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    kind = sys.argv[2] if len(sys.argv) > 2 else "thread"
    app = QCoreApplication(sys.argv[:1])
    manager = TaskManager(app, process_workers=1)
    got: list[int] = []
    manager.submit(kind, flood, (count,), when_event=lambda t, n, value: got.append(value))
    late = timer_lateness(lambda: manager.wait_until_settled(600_000))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{kind} job, {count:,} events: all in order {got == list(range(count))}, "
        f"{late['seconds']:.2f} s; GUI timer p99 {late['p99']:.1f} ms, max {late['max']:.1f} ms, "
        f"fired {late['fires']:.0%} of expected; peak RSS {peak:.0f} MB"
    )
    manager.shutdown(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
