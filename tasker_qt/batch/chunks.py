"""Chunks: several batch items carried by one task, and how many to put in each.

A task costs far more than a tiny item's work (a row in the monitor, a trip
to a worker process and back), so a batch of tiny items spends its time on
tasks. A chunk runs its items one after another inside one task and brings
back one outcome per item, so results, errors and retries stay per item.
No Qt here: worker processes import this module.
"""

from __future__ import annotations

import math
import pickle
import time
from collections.abc import Callable
from typing import Any, Literal

ChunkSize = int | Literal["auto"]

CHUNK_SECONDS = 0.1
"""What "auto" aims for a chunk to take: long enough to drown a task's own cost
(about 0.1-0.3 ms), short enough that its row moves and a cancel is quick."""

REPORT_EVERY = 0.005
"""Seconds between a chunk's reports and cancel checks: often enough for a smooth
bar and a prompt stop, rarely enough that tiny items do not pay for them (a
report may pause a thread job while the GUI is behind, see step_aside.py)."""

ItemCall = tuple[tuple[Any, ...], dict[str, Any]]
ItemOutcome = tuple[bool, Any]  # (True, result) or (False, exception)


def check_chunksize(chunksize: object) -> ChunkSize:
    if chunksize == "auto":
        return "auto"
    if isinstance(chunksize, bool) or not isinstance(chunksize, int):
        raise TypeError(f'chunksize must be "auto" or a whole number, got {chunksize!r}')
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, got {chunksize}")
    return chunksize


class ChunkSizer:
    """Decides how many waiting items the next task takes.

    A fixed size is used as given. "auto" starts with one item per task, then
    sizes chunks to take about ``CHUNK_SECONDS`` by the item time measured in
    the chunks so far; items that take longer keep a task (a row) each. Either
    way a chunk takes at most half a fair share of what waits, so every
    worker gets work until the end.
    """

    def __init__(self, chunksize: ChunkSize) -> None:
        self.chunksize = chunksize
        self._item_seconds: float | None = None

    @property
    def chunking(self) -> bool:
        """Whether tasks carry chunks (and report item times) rather than one bare item."""
        return self.chunksize != 1

    def next_size(self, waiting: int, workers: int) -> int:
        if self.chunksize == "auto":
            if self._item_seconds is None:
                return 1
            wanted = CHUNK_SECONDS / max(self._item_seconds, 1e-9)
        else:
            wanted = self.chunksize
        fair_share = math.ceil(waiting / (2 * workers))
        return max(1, min(int(wanted), fair_share))

    def measured(self, items: int, seconds: float) -> None:
        """A chunk of ``items`` ran in ``seconds`` (work only, measured where it ran)."""
        if items <= 0:
            return
        per_item = seconds / items
        previous = self._item_seconds
        self._item_seconds = per_item if previous is None else 0.5 * (previous + per_item)


def run_chunk(
    context: Any,
    call: Callable[..., Any],
    func: Callable[..., Any],
    calls: list[ItemCall],
    portable: bool,
) -> tuple[list[ItemOutcome], float]:
    """Run the items of a chunk in order (the task's job).

    Returns one outcome per item that ran, and the seconds they took. Items
    after a cancel request do not run (the batch settles them as cancelled).
    With ``portable`` (the outcome travels back from a worker process), an
    exception that would not pickle is replaced by a RuntimeError naming it,
    so that one item's odd error does not cost its neighbours their results.
    """
    outcomes: list[ItemOutcome] = []
    count = len(calls)
    context.set_message(f"0 of {count} items")
    started = reported = time.perf_counter()
    for args, kwargs in calls:
        try:
            outcomes.append((True, call(context, func, args, kwargs)))
        except Exception as exc:
            outcomes.append((False, _portable(exc) if portable else exc))
        now = time.perf_counter()
        if now - reported >= REPORT_EVERY or len(outcomes) == count:
            reported = now
            context.set_progress(len(outcomes) / count)
            context.set_message(f"{len(outcomes)} of {count} items")
            if context.is_cancelled():
                break
    return outcomes, time.perf_counter() - started


def _portable(exc: Exception) -> Exception:
    try:
        pickle.dumps(exc)
    except Exception as why:
        return RuntimeError(f"{type(exc).__name__}: {exc} (could not be sent back: {why})")
    return exc
