"""RowMap: task id -> row of a long table, kept right as rows go without renumbering all."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable


class RowMap:
    """Row numbers by task id, through removals, without a pass over every row each time.

    When rows go, every row below moves up. Numbering all rows again is a
    pass in Python over all of them (5 ms at 100,000 rows), and a table that
    drops its oldest finished rows while new ones come would do it every
    frame. So the rows keep the numbers they had when last numbered, with
    the sorted list of numbers that went since: a row is its old number less
    how many of those are below it. Once a good share of rows went, they are
    numbered afresh.
    """

    def __init__(self) -> None:
        self._old: dict[int, int] = {}
        self._gone: list[int] = []
        #: the row of a task id, or None: a dict's own lookup while nothing went
        self.get: Callable[[int], int | None] = self._old.get

    def renumber(self, ids: Iterable[int]) -> None:
        """Number the rows afresh: ``ids`` in row order."""
        self._old = {task_id: row for row, task_id in enumerate(ids)}
        self._gone = []
        self.get = self._old.get

    def __contains__(self, task_id: int) -> bool:
        return task_id in self._old

    def __getitem__(self, task_id: int) -> int:
        row = self.get(task_id)
        if row is None:
            raise KeyError(task_id)
        return row

    def extend(self, task_ids: list[int], first: int) -> None:
        """New rows at the end of the table, numbered from ``first``."""
        start = first + len(self._gone)  # every row gone was above them
        self._old.update(zip(task_ids, range(start, start + len(task_ids)), strict=True))

    def remove(self, task_ids: Iterable[int]) -> None:
        """These rows went; those below move up."""
        pop = self._old.pop
        went = [old for task_id in task_ids if (old := pop(task_id, None)) is not None]
        if went:
            # Two sorted runs (a block of rows goes in order): one pass in C.
            self._gone += sorted(went)
            self._gone.sort()
            self.get = self._moved_up

    def needs_renumbering(self) -> bool:
        """Whether so many rows went that numbering afresh is the cheaper way on."""
        return len(self._gone) > 64 + len(self._old) // 8

    def _moved_up(self, task_id: int) -> int | None:
        old = self._old.get(task_id)
        return None if old is None else old - bisect.bisect_left(self._gone, old)
