"""RefreshRounds: the running tasks read in turn, as many per tick as a time budget allows."""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping

from .task import Task

#: Tasks read between looks at the clock (a look costs as much as reading a few).
_CHUNK = 128


class RefreshRounds:
    """Hands the manager's tick the running tasks to read, in rounds that may span ticks.

    Reading a task's latest report, and then announcing and showing it, costs
    about a microsecond and a half in the GUI thread. With tens of thousands
    of jobs reporting at once, one pass over all of them would take longer
    than a frame, every frame, and the GUI would fall behind as tasks grow in
    number. So a tick reads until its budget is spent, and the next tick goes
    on where it stopped: a frame never costs more than the budget, and a
    report shows within as many ticks as a round takes. A few thousand
    running tasks fit in one tick, so for them nothing is deferred.
    """

    def __init__(self, budget_ms: float) -> None:
        self._budget = budget_ms / 1000
        self._round: list[Task] = []
        self._next = 0  # the first task of the round not read yet

    def chunks(self, running: Mapping[int, Task]) -> Iterator[list[Task]]:
        """This tick's share of the round (starting a new round if the last one ended).

        Tasks that finished since the round began come too: the caller skips them.
        """
        if not self._round:
            self._round = list(running.values())
            self._next = 0
        deadline = time.perf_counter() + self._budget
        tasks = self._round
        while self._next < len(tasks):
            first = self._next
            self._next = first + _CHUNK
            yield tasks[first : first + _CHUNK]
            if time.perf_counter() > deadline:
                break
        if self._next >= len(tasks):
            self.reset()

    def reset(self) -> None:
        """Start the next round afresh (and let go of the tasks of this one)."""
        self._round = []
        self._next = 0
