"""What every benchmark here shares: fresh processes, alternating rounds, medians.

A figure from one process flatters whatever ran second (warm caches, a
started pool) or first (a cool machine). So each measurement runs in a
fresh child process, the cases take turns round after round, and the
tables show medians. Children print one JSON object as their last line.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any


def alternate(
    script: str, cases: Sequence[Sequence[str]], rounds: int, timeout: float = 900.0
) -> list[list[dict[str, Any]]]:
    """Run ``script`` with each case's arguments in a fresh process, ``rounds`` times.

    Returns, per case, the JSON results of its rounds. The order of cases
    rotates each round, so no case is always first or always last.
    """
    results: list[list[dict[str, Any]]] = [[] for _ in cases]
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    order = list(range(len(cases)))
    for round_no in range(rounds):
        shift = round_no % len(order)
        for i in order[shift:] + order[:shift]:
            ran = subprocess.run(
                [sys.executable, script, *cases[i]],
                capture_output=True, text=True, env=env, timeout=timeout,
            )  # fmt: skip
            # An exception in a Qt slot is printed and the run goes on: its
            # figures would be of a program that skipped work, so none are kept.
            if ran.returncode != 0 or "Traceback" in ran.stderr:
                raise RuntimeError(f"{' '.join(cases[i])} failed:\n{ran.stderr[-3000:]}")
            results[i].append(json.loads(ran.stdout.strip().splitlines()[-1]))
    return results


def arguments(sizes: str) -> argparse.ArgumentParser:
    """The options of a benchmark measured at several ``sizes`` ("1000,10000"):
    ``--rounds``, ``--sizes`` (read as a list of ints), and the hidden
    ``--case``/``--size`` its children get."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--sizes", default=sizes, type=lambda text: [int(size) for size in text.split(",")]
    )
    parser.add_argument("--case", help=argparse.SUPPRESS)  # one measurement, in a child
    parser.add_argument("--size", type=int, default=0, help=argparse.SUPPRESS)
    return parser


def median_of(runs: list[dict[str, Any]], key: str) -> float:
    return statistics.median(run[key] for run in runs)


def _lateness(started: float, stamps: list[float], period: float) -> list[float]:
    """How late (ms) each fire came, against when Qt had it due.

    A repeating precise timer is due one period after its last due time, or
    one period after its last fire if that moment had already passed
    (QTimerInfoList's rule). So a GUI stopped for G ms makes the next fire
    G - 5 ms late (more if the last one was late too), while the gap between
    the two fires is G. Lateness is what the issue's table measures (its
    floor's p99 is 3.0 ms for a 5 ms timer); the gaps, which contain the
    period, are shown too. ``started`` is when the timer was started. The
    due times follow from the fires, so they are right to within the time
    between Qt's look at the clock and the slot's (microseconds).
    """
    due, late = started, []
    for previous, fired in itertools.pairwise([started, *stamps]):
        due += period
        if due < previous:
            due = previous + period
        late.append((fired - due) * 1000)
    return late


def timer_lateness(run: Callable[[], Any], tick_ms: int = 5) -> dict[str, float]:
    """How a ``tick_ms`` precise timer in the GUI thread fares while ``run()`` turns the loop.

    ``p50``, ``p99`` and ``max`` are the gaps between fires (the period
    included); ``late p50``, ``late p99`` and ``late max`` how late the
    fires came (see ``_lateness``).

    ``run`` must keep the Qt event loop turning until the measurement should
    end (``loop.exec()``, ``manager.wait_until_settled(...)``). Also says how
    long the cyclic collector's full collections stopped the program: with
    100,000 tasks alive each takes tens to hundreds of milliseconds, and
    ``p99 without gc`` is the gaps that no full collection fell into.
    """
    import gc

    from PySide6.QtCore import Qt, QTimer

    stamps: list[float] = []
    full_collections: list[tuple[float, float]] = []  # (start, end) of each
    started_at = [0.0]

    def collecting(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started_at[0] = time.perf_counter()
        elif info["generation"] == 2:
            full_collections.append((started_at[0], time.perf_counter()))

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(tick_ms)
    timer.timeout.connect(lambda: stamps.append(time.perf_counter()))
    gc.callbacks.append(collecting)
    started = time.perf_counter()
    timer.start()
    try:
        run()
    finally:
        seconds = time.perf_counter() - started
        timer.stop()
        gc.callbacks.remove(collecting)
    gaps = sorted((b - a) * 1000 for a, b in itertools.pairwise(stamps))
    late = sorted(_lateness(started, stamps, tick_ms / 1000))
    clear = sorted(
        (b - a) * 1000
        for a, b in itertools.pairwise(stamps)
        if not any(a < end and start < b for start, end in full_collections)
    )
    return {
        "p50": gaps[len(gaps) // 2] if gaps else float("inf"),
        "p99": gaps[int(len(gaps) * 0.99)] if gaps else float("inf"),
        "max": gaps[-1] if gaps else float("inf"),
        "late p50": late[len(late) // 2] if late else float("inf"),
        "late p99": late[int(len(late) * 0.99)] if late else float("inf"),
        "late max": late[-1] if late else float("inf"),
        "fires": len(stamps) / max(seconds * 1000 / tick_ms, 1),
        "seconds": seconds,
        "full gcs": len(full_collections),
        "gc ms": sum(end - start for start, end in full_collections) * 1000,
        "p99 without gc": clear[int(len(clear) * 0.99)] if clear else float("inf"),
    }
