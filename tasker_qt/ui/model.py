"""TaskModel: the live and finished tasks of a manager, one row each, keyed by task id."""

from __future__ import annotations

import bisect
import contextlib
import itertools
import math
import time
from collections import deque
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QGuiApplication

from ..core.home_thread import DeletedAtHome
from ..core.manager import TICK_MS
from ..core.proxy import resolve_manager
from ..core.status import TaskStatus
from ..core.step_aside import gui_turn, long_turn_ahead
from ..core.task import Task
from . import cells
from .contrast import error_text
from .eta import ProgressRate
from .icons import status_icon
from .row_map import RowMap
from .task_filter import TaskFilter

# Changes are announced at once when the last announcement is half a frame
# old, else when it is: a fixed frame timer after the manager's own tick would
# add its delay to every report on its way to the screen, and a whole frame's
# spacing would let one off-beat flush (a job's flush(), new rows) hold every
# later tick's changes back by most of a frame.
MIN_GAP_MS = 8
# A message that changes at every report is repainted at most this often:
# text read at twenty changes a second reads no worse than at sixty, and its
# cells cost the paint more than anything else in a row (their text is laid
# out afresh each time). The progress bar next to it keeps the display's pace.
MESSAGE_GAP_MS = 50
# New rows, and finished rows dropped beyond the cap, are shown at most this
# often. Whenever rows come or go, the table repaints all it shows (a full
# window costs more than anything else in a frame), and a burst of thousands
# of tasks brings and drops rows at every pass of the event loop: more than
# half the GUI thread's time went to those repaints. The first new row after
# a quiet spell shows at once, and reports on rows keep the display's pace.
ROWS_GAP_MS = 33
_Index = QModelIndex | QPersistentModelIndex


class TaskModel(DeletedAtHome, QAbstractTableModel):
    """A table of the manager's tasks that keeps finished ones until cleared.

    Rows are found by task id, never by position. A filter (``set_filter``)
    keeps tasks out of the rows without dropping them: whether a task passes
    is asked again only when its status or message changes. Changes are
    collected and announced with the manager's tick (at most every 8 ms), as
    one ``dataChanged`` per changed row or short run of adjacent changed rows;
    new rows, and finished ones dropped beyond the cap, as one insertion and
    removal at most every 33 ms; however fast tasks come and report.
    Status changes are announced for all roles (a sorting or filtering proxy
    re-places those rows); progress, message and ETA changes name only the
    roles they touch, so they repaint without making a proxy re-sort thousands
    of rows every frame.
    """

    Column = cells.Column

    #: the row's Task
    TaskRole = Qt.ItemDataRole.UserRole + 1
    #: progress 0..1, or None while the task has reported none (drawn busy)
    ProgressRole = Qt.ItemDataRole.UserRole + 2
    #: the row's TaskStatus, for delegates to pick colours by (through Qt: its str value)
    StatusRole = Qt.ItemDataRole.UserRole + 3

    #: rows were refreshed this frame; True if some task's status changed
    rows_refreshed = Signal(bool)

    def __init__(
        self,
        manager: Any = None,
        parent: QObject | None = None,
        *,
        max_finished: int = 1000,
        stall_after: float = 30.0,
    ) -> None:
        super().__init__(parent)
        self.manager = resolve_manager(manager)
        self.max_finished = max_finished
        self.rate = ProgressRate(stall_after=stall_after)
        self._ids: list[int] = []
        self._tasks: dict[int, Task] = {}
        self._row_map = RowMap()  # see _row_of
        self._live: set[int] = set()
        self._ticking: set[int] = set()  # started, not finished: their clocks move
        self._busy: set[int] = set()  # ticking, no progress reported yet: a busy bar
        self._unsampled: set[int] = set()  # changed since the clock last sampled rates
        self._arriving: dict[int, Task] = {}  # added since the last flush, in order
        self._finished: deque[int] = deque()
        self._leaving = 0  # finished rows of a removal in progress still shown (see _remove)
        self._changing = False  # rows are changing (see _catch_up)
        self._dirty: set[int] = set()
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        # The rows in ascending order of their sort keys as last worked out
        # (rows show it, or its reverse); rows added since, to be put in place.
        self._keys: dict[int, Any] = {}
        self._ascending: list[int] = []
        self._unplaced: set[int] = set()
        # What a status cell shows depends on: the status, and whether a stop was asked.
        self._status_seen: dict[int, tuple[TaskStatus, bool]] = {}
        self._message_seen: dict[int, str | None] = {}
        self._messages_due: set[int] = set()  # new messages not yet announced
        self._messages_shown = 0.0  # when messages were last announced (perf_counter)
        self._messages_timer = QTimer(self, singleShot=True)  # comes back for due ones
        self._messages_timer.timeout.connect(self._flush_in_time)
        self._filter = TaskFilter()  # the model's tasks without a row are those it keeps out
        self._cells: dict[tuple[int, int], QModelIndex] = {}  # see _cell
        self._flush_timer = QTimer(self, singleShot=True)
        self._flush_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._last_flush = 0.0
        self._flush_timer.timeout.connect(self._flush_in_time)
        self._last_rows = 0.0  # when rows last came or went (perf_counter)
        self._rows_timer = QTimer(self, singleShot=True)  # comes back for rows not yet due
        self._rows_timer.timeout.connect(self._flush_in_time)
        self._clock = QTimer(self, interval=1000)  # elapsed and ETA move on their own
        self._clock.timeout.connect(self._tick_clock)
        self.manager.tasks_added.connect(self._on_added)
        self.manager.tasks_changed.connect(self._on_changed)
        self.manager.tasks_finished.connect(self._on_finished)
        self._on_added(self.manager.tasks)
        self._catch_up()  # the manager's tasks are there from the start

    # --- lookups ---------------------------------------------------------------

    def task(self, row: int) -> Task:
        return self._tasks[self._ids[row]]

    def task_at(self, row: int) -> Task | None:
        """The task in ``row``, or None outside the rows (see ``task_of``)."""
        ids = self._ids
        return self._tasks[ids[row]] if 0 <= row < len(ids) else None

    # Rows of tasks added this frame appear with the next flush (see _on_added);
    # these lookups, made by code rather than by a view, insert them first.

    def row_of(self, task_id: int) -> int | None:
        self._catch_up()
        return self._row_of.get(task_id)

    def index_of(self, task_id: int, column: int = 0) -> QModelIndex:
        row = self.row_of(task_id)
        return QModelIndex() if row is None else self.index(row, column)

    def tasks(self) -> list[Task]:
        """The tasks in the rows, in row order (those the filter lets through)."""
        self._catch_up()
        return [self._tasks[i] for i in self._ids]

    def has_busy_tasks(self) -> bool:
        """Whether a started task has reported no progress yet (drawn as a busy bar).

        Kept as tasks start and report, not asked of every running task: the
        panel asks after every flush.
        """
        return bool(self._busy)

    def finished_count(self) -> int:
        """How many rows hold finished tasks."""
        self._catch_up()
        return len(self._finished) + self._leaving

    @property
    def _row_of(self) -> RowMap:
        """Task id -> row (numbered afresh on first use once many rows went)."""
        rows = self._row_map
        if rows.needs_renumbering():
            rows.renumber(self._ids)
        return rows

    # --- Qt model --------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < _COLUMN_COUNT:
            if role == Qt.ItemDataRole.DisplayRole:
                return cells.headers()[section]
            if role == Qt.ItemDataRole.ToolTipRole and section == self.Column.CANCEL:
                return self.tr("Cancel")
        return None

    # flags(): QAbstractTableModel's own (enabled, selectable, no children) is
    # what this table wants, and answering it in C++ saves a call per cell.

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """The index of a cell (kept: see ``_cell``).

        Views and proxies ask for the index of every cell they paint; Qt's own
        answer would call back into rowCount() and columnCount() each time.
        """
        if parent.isValid() or not (0 <= row < len(self._ids) and 0 <= column < _COLUMN_COUNT):
            return QModelIndex()
        return self._cell(row, column)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        answer = _ANSWERS.get(role)
        row = index.row()
        if answer is None or row < 0 or row >= len(self._ids):
            return None
        return answer(self, self._tasks[self._ids[row]], index.column())

    def multiData(
        self,
        index: _Index,
        roleDataSpan: QModelRoleDataSpan | QModelRoleData,  # noqa: N803
    ) -> None:
        """Every role a view asks of a cell, in one call.

        Views paint a cell with about seven data() calls, each a call from
        C++ into Python; one call per cell keeps painting cheap, which under
        load, with the CPU shared with busy job threads, is what a frame waits on.
        """
        row = index.row()
        if row < 0 or row >= len(self._ids):
            return
        task, column = self._tasks[self._ids[row]], index.column()
        for role_data in role_data_of(roleDataSpan):
            answer = _ANSWERS.get(role_data.role())
            role_data.setData(None if answer is None else answer(self, task, column))

    # --- following the manager -------------------------------------------------

    def _on_added(self, tasks: list[Task]) -> None:
        """New tasks: their rows are inserted with the others that come this frame.

        A burst of submissions (thousands per frame) then costs one insertion
        and one repaint a frame, not one each.
        """
        known, arriving = self._tasks, self._arriving
        for task in tasks:
            if task.id not in known:
                arriving[task.id] = task
        if arriving:
            self._schedule_flush()

    def _insert_arrivals(self) -> None:
        arriving = list(self._arriving.values())
        self._arriving.clear()
        tasks, statuses, messages = self._tasks, self._status_seen, self._message_seen
        for task in arriving:  # whoever listens to the insertion sees this complete
            task_id, status = task.id, task.get_status()
            tasks[task_id] = task
            statuses[task_id] = (status, task.cancel_requested)  # (see _status_seen)
            messages[task_id] = task.get_message()
            if not status.is_final:  # a final one is in _finished already (_on_finished)
                self._live.add(task_id)
                if status is TaskStatus.RUNNING:
                    self._start_ticking(task)
        if self._filter.is_set():
            arriving = [task for task in arriving if self._filter.accepts(task)]
        self._append_rows([task.id for task in arriving])

    def _append_rows(self, task_ids: list[int]) -> None:
        """Rows for these tasks at the end of the table; the next flush sorts them in."""
        if not task_ids:
            return
        first = len(self._ids)
        self.beginInsertRows(QModelIndex(), first, first + len(task_ids) - 1)
        self._row_of.extend(task_ids, first)
        self._ids.extend(task_ids)
        self.endInsertRows()
        self._unplaced.update(task_ids)

    def _start_ticking(self, task: Task) -> None:
        self._ticking.add(task.id)
        if not task.has_progress():
            self._busy.add(task.id)

    def _on_changed(self, tasks: list[Task]) -> None:
        self._dirty.update([task.id for task in tasks])  # the flush finds their rows
        if not self._flush_timer.isActive():
            self._schedule_flush()

    def _on_finished(self, tasks: list[Task]) -> None:
        ended = []  # rows shown already; an arriving one's row comes with the next flush
        for task in tasks:
            task_id = task.id
            if task_id in self._tasks:
                ended.append(task)
                self._live.discard(task_id)
                self._ticking.discard(task_id)
                self._busy.discard(task_id)
                self.rate.forget(task_id)
            elif task_id not in self._arriving:
                continue  # dropped already
            self._finished.append(task_id)  # in the order tasks finish: the cap drops oldest
        if ended:
            self._on_changed(ended)

    def _catch_up(self, *, rows: bool = True) -> None:
        """Bring the rows up to date now: insert this frame's new tasks, then drop the
        oldest finished ones beyond ``max_finished`` (once per frame, however many
        finished meanwhile); without ``rows``, only take in the manager's news.

        Not while rows change: a listener that asks then (``finished_count`` in
        a slot of ``rowsInserted``, say) sees the rows as they stand, rather
        than rows inserted and removed under the change in progress.
        """
        if self._changing:
            return
        with self._rows_changing():
            self.manager.flush_announcements()  # a task submitted a moment ago has a row
            if rows:
                self._change_rows()

    def _change_rows(self) -> None:
        """Insert the new rows, drop the finished ones beyond the cap (see _catch_up)."""
        if self._arriving:
            self._insert_arrivals()
            self._last_rows = time.perf_counter()
        excess = len(self._finished) - self.max_finished
        if excess > 0:
            finished = self._finished
            self._forget({finished.popleft() for _ in range(excess)})
            self._last_rows = time.perf_counter()

    @contextlib.contextmanager
    def _rows_changing(self) -> Iterator[None]:
        """Rows change in here, announced as they go (see ``_catch_up``)."""
        was, self._changing = self._changing, True
        try:
            yield
        finally:
            self._changing = was

    def _schedule_flush(self) -> None:
        since = (time.perf_counter() - self._last_flush) * 1000
        self._flush_timer.start(max(0, int(MIN_GAP_MS - since)))

    def _flush(self, *, rows: bool = True) -> None:
        """Announce what changed; with ``rows``, new rows and dropped ones too."""
        self._last_flush = time.perf_counter()
        with gui_turn():
            self._catch_up(rows=rows)
            with self._rows_changing():
                self._announce_changes()

    def _flush_in_time(self) -> None:
        """The timers' flush: rows come and go at most every ``ROWS_GAP_MS``."""
        wait = ROWS_GAP_MS - (time.perf_counter() - self._last_rows) * 1000
        rows_waiting = self._arriving or len(self._finished) > self.max_finished
        if wait > 0 and rows_waiting and not self._rows_timer.isActive():
            self._rows_timer.start(math.ceil(wait))  # back for them when due
        self._flush(rows=wait <= 0)

    def _announce_changes(self) -> None:
        moved, moved_ids, reported, progressed = [], [], [], []
        hiding: list[int] = []  # tasks whose status or message now fails the filter
        showing: list[int] = []  # or now passes it
        filtering, accepts = self._filter.is_set(), self._filter.accepts
        row_of, tasks = self._row_of, self._tasks
        statuses, messages, busy = self._status_seen, self._message_seen, self._busy
        status_changed = False
        for task_id in self._dirty:
            task = tasks.get(task_id)
            if task is None:
                continue  # dropped meanwhile
            if task_id in busy and task.has_progress():
                busy.discard(task_id)
            # (as _status_seen keeps it, built inline: this runs for every report of every row)
            status, message = (task.get_status(), task.cancel_requested), task.get_message()
            new_status = statuses.get(task_id) != status
            new_message = messages.get(task_id) != message
            row = row_of.get(task_id)
            if new_status:
                statuses[task_id] = status
                status_changed = True
                if task.is_running():
                    self._start_ticking(task)
            if new_message:
                messages[task_id] = message
            if filtering and (new_status or new_message) and accepts(task) is (row is None):
                (showing if row is None else hiding).append(task_id)
            elif row is None:
                continue  # out of the rows, and stays out
            elif new_status:
                moved.append(row)
                moved_ids.append(task_id)
            else:
                if new_message:
                    self._messages_due.add(task_id)
                progressed.append(row)
        self._unsampled |= self._dirty & self._ticking  # (finished ones need no sampling)
        self._dirty.clear()
        if self._messages_due:
            reported = self._take_due_messages(progressed)
        if self._ticking and not self._clock.isActive():
            self._clock.start()
        # A view repaints just the changed cells of a small range (up to
        # _PRECISE_CELLS; for a larger one, its whole viewport, visible change or
        # not: Qt 6.11). So changes are announced for runs of adjacent rows, as
        # many as keep the range small: a status change, which may change every
        # cell, where the row sorts and whether filters keep it, for every
        # column and role; a report, which changes the progress cell, and the
        # message cell if the message changed and messages are due (elapsed and
        # ETA move with the clock), naming just those cells and roles so that a
        # proxy does not re-sort for them. Every row changed is then a
        # twenty-fifth to a hundredth of the announcements, rows off screen cost
        # no painting, and a job that reports only progress repaints one cell a
        # frame.
        self._announce_runs(moved, 0, _COLUMN_COUNT - 1, _ALL_ROLES)
        self._announce_runs(reported, _Column.PROGRESS, _Column.MESSAGE, _LIVE_ROLES)
        self._announce_runs(progressed, _Column.PROGRESS, _Column.PROGRESS, _LIVE_ROLES)
        if hiding:  # after the announcements: their rows were numbered before this
            self._take_rows(set(hiding))
        self._append_rows(showing)
        if moved_ids or self._unplaced:
            self._place(moved_ids)
        if moved or reported or progressed or hiding or showing:
            self.rows_refreshed.emit(status_changed)

    def _take_due_messages(self, progressed: list[int]) -> list[int]:
        """The rows whose new message is announced now, taken out of ``progressed``;
        none if messages were announced less than ``MESSAGE_GAP_MS`` ago.

        Those wait for a flush that comes anyway with the next reports, so that
        they cost no paint of their own; if no more come, a timer flushes for them
        a frame after they are due.
        """
        now = time.perf_counter()
        wait = MESSAGE_GAP_MS - (now - self._messages_shown) * 1000
        if wait > 0:
            if not self._messages_timer.isActive():
                self._messages_timer.start(math.ceil(wait) + TICK_MS)
            return []
        if self._messages_timer.isActive():
            self._messages_timer.stop()
        self._messages_shown = now
        row_of = self._row_of
        due = [row for task_id in self._messages_due if (row := row_of.get(task_id)) is not None]
        self._messages_due.clear()
        if due:
            taken = set(due)
            progressed[:] = [row for row in progressed if row not in taken]
        return due

    def _tick_clock(self) -> None:
        if not self._ticking:
            self._clock.stop()
            self._unsampled.clear()
            return
        with gui_turn(), self._rows_changing():
            self._announce_clock()

    def _announce_clock(self) -> None:
        # Rates for time left and stalls are sampled here, once a second, not
        # at every report: a frame's work then stays what the frame changed.
        # Only tasks that reported since the last sample can have moved (a
        # sample of the same progress adds nothing), and only they are placed
        # again when the rows sort by what they report.
        tasks, ticking = self._tasks, self._ticking
        reported, self._unsampled = self._unsampled & ticking, set()
        self.rate.record_all(
            (task_id, task.get_progress())
            for task_id in reported
            if (task := tasks.get(task_id)) is not None
            and task.has_progress()  # none reported: busy, not stalled
        )
        if self._sort_column in _REPORTED:
            self._place(reported)
        elif self._sort_column in _TIMED:  # every running task's key moves with the clock
            self._place(ticking)
        row_of = self._row_of
        rows = [row for task_id in self._ticking if (row := row_of.get(task_id)) is not None]
        self._announce_runs(rows, _Column.ELAPSED, _Column.ETA, _LIVE_ROLES)

    def _announce_runs(self, rows: list[int], first: int, last: int, roles: list[int]) -> None:
        """Announce ``roles`` of columns ``first``..``last`` of ``rows`` changed, in short runs."""
        longest = _PRECISE_CELLS // (last - first + 1)
        cell = self._cell
        for top, bottom in _runs(sorted(rows), longest):
            self.dataChanged.emit(cell(top, first), cell(bottom, last), roles)

    def _cell(self, row: int, column: int) -> QModelIndex:
        """The index of an existing cell, made once and kept.

        Making a QModelIndex from Python lets go of the interpreter lock, and
        busy job threads make taking it back slow (tens of microseconds each,
        for every changed row every frame). An index of this flat model is just
        (row, column, model), so one made for a cell stays right for that cell.
        """
        index = self._cells.get((row, column))
        if index is None:
            index = self._cells[row, column] = self.createIndex(row, column)
        return index

    # --- sorting ---------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (-1: submission order), and keep it sorted as tasks change.

        New rows and rows whose status changed are put in place each frame,
        and once a second, when sorted by a column that moves on its own
        (progress, elapsed...), the rows of running tasks are. Sorting here,
        with one Python key per row, is what keeps ten thousand rows cheap: a
        proxy would ask ``data()`` for every comparison.
        """
        self._catch_up()
        self._sort_column, self._sort_order = column, order
        with self._rows_changing():
            self._order_rows(self._ids)
            self._show_order()

    def _order_rows(self, task_ids: Iterable[int]) -> None:
        """Work out the keys of these tasks, the rows to be, and their order."""
        key = self._sort_key
        self._keys = {task_id: key(task_id) for task_id in task_ids}
        self._ascending = sorted(self._keys, key=self._keys.__getitem__)
        self._unplaced.clear()

    def _ids_in_order(self) -> list[int]:
        """The rows' task ids in the order sorted to: ``_ascending`` or its reverse."""
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            return self._ascending[::-1]
        return list(self._ascending)

    def _sort_key(self, task_id: int) -> tuple[Any, ...]:
        column = self._sort_column
        if column < 0:
            return (task_id,)  # ids grow with submission
        return (cells.sort_key(self._tasks[task_id], column, self.rate), task_id)

    def _place(self, changed: Iterable[int]) -> None:
        """Put new rows, and ``changed`` ones by their keys now, where they sort.

        Only those rows' keys are worked out again; every other row keeps its
        key. A few rows are taken out and inserted where they belong (a move
        of memory in C each); when many changed, one sort of the kept keys,
        also in C, is quicker (about a hundredth of the rows: measured).
        """
        if self._sort_column < 0:
            self._place_by_submission()
            return
        keys, ascending = self._keys, self._ascending
        placing = {task_id for task_id in changed if task_id in keys}
        new, self._unplaced = self._unplaced, set()
        if not placing and not new:
            return
        key = self._sort_key
        for task_id in placing | new:
            keys[task_id] = key(task_id)
        if not placing and self._sort_order == Qt.SortOrder.AscendingOrder:
            arrived = self._ids[len(ascending) :]  # in the order they came, at the end
            if (not ascending or keys[arrived[0]] > keys[ascending[-1]]) and all(
                keys[a] < keys[b] for a, b in itertools.pairwise(arrived)
            ):
                ascending.extend(arrived)  # where they are shown already: nothing moves
                return
        if len(placing) + len(new) > 16 + len(ascending) // 100:
            ascending.extend(new)
            ascending.sort(key=keys.__getitem__)
        else:
            # out of the order, from its end so that the places before stay right
            row_of, last = self._row_of, len(ascending) - 1
            if self._sort_order == Qt.SortOrder.DescendingOrder:
                places = [last - row_of[task_id] for task_id in placing]
            else:
                places = [row_of[task_id] for task_id in placing]
            for place in sorted(places, reverse=True):
                del ascending[place]
            for task_id in placing | new:
                ascending.insert(
                    bisect.bisect(ascending, keys[task_id], key=keys.__getitem__), task_id
                )
        self._show_order()

    def _place_by_submission(self) -> None:
        """Unsorted, rows go by task id: a row stays where it came in, and new rows
        come at the end, in order unless threads submitted side by side.

        No keys: a burst brings hundreds of new rows a flush, and the id is the key.
        """
        new, self._unplaced = self._unplaced, set()
        if not new:
            return
        ascending = self._ascending
        arrived = self._ids[len(ascending) :]
        if (
            self._sort_order == Qt.SortOrder.AscendingOrder
            and (not ascending or arrived[0] > ascending[-1])
            and all(a < b for a, b in itertools.pairwise(arrived))
        ):
            ascending.extend(arrived)  # where they are shown already: nothing moves
            return
        ascending.extend(new)
        ascending.sort()
        self._show_order()

    def _show_order(self) -> None:
        """Show the rows in ``_ascending`` order (or its reverse), if that moves any."""
        ids = self._ids_in_order()
        if ids == self._ids:
            return
        self.layoutAboutToBeChanged.emit()
        old = self._ids
        self._ids = ids
        self._row_map.renumber(ids)
        before = self.persistentIndexList()
        after = [self.index(self._row_of[old[i.row()]], i.column()) for i in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()
        long_turn_ahead(time.perf_counter())  # the view repaints all it shows

    # --- filtering -------------------------------------------------------------

    def set_filter(self, task_filter: TaskFilter) -> None:
        """Show only the tasks ``task_filter`` accepts (``TaskFilter()``: every task).

        The others stay the model's, out of the rows, and come back when they
        pass: each frame, the tasks whose status or message changed are asked
        again (in Python, with the model's own bookkeeping), never every task,
        and never for a progress report. If the rows change, they are reset:
        views keep no selection through it (the panel restores its own).
        """
        self._catch_up()
        if task_filter == self._filter:
            return
        self._filter = task_filter
        accepts, row_of = task_filter.accepts, self._row_of
        shown = [task_id for task_id, task in self._tasks.items() if accepts(task)]
        if len(shown) == len(self._ids) and all(task_id in row_of for task_id in shown):
            return  # the same rows
        before = len(self._ids)
        with self._rows_changing():
            self.beginResetModel()
            self._order_rows(shown)
            self._ids = self._ids_in_order()
            self._row_map.renumber(self._ids)
            self.endResetModel()
            self._forget_indexes(len(self._ids), before)

    def task_filter(self) -> TaskFilter:
        """The filter the rows follow (``set_filter``)."""
        return self._filter

    # --- removing rows ---------------------------------------------------------

    def clear_finished(self) -> None:
        """Drop every finished task; live ones stay."""
        self._catch_up()
        with self._rows_changing():
            self._remove([i for i in self._tasks if i not in self._live])

    def remove_tasks(self, task_ids: Iterable[int]) -> None:
        """Drop these finished tasks (live ones are kept: cancel them first)."""
        self._catch_up()
        with self._rows_changing():
            self._remove([i for i in task_ids if i in self._tasks and i not in self._live])

    def _remove(self, task_ids: list[int]) -> None:
        """Drop these (finished) tasks and their rows.

        Views and the panel read the model (``row_of``, ``finished_count``) as
        each removal is announced; the finished rows still to go are counted
        (``_leaving``), not searched for.
        """
        gone = set(task_ids)
        if gone:
            self._finished = deque(i for i in self._finished if i not in gone)
            self._forget(gone)

    def _forget(self, gone: set[int]) -> None:
        """Drop these finished tasks, taken out of ``_finished`` already, and their rows."""
        self._take_rows(gone, finished=True)
        for task_id in gone:
            self._tasks.pop(task_id, None)
            self._dirty.discard(task_id)
            self._status_seen.pop(task_id, None)
            self._message_seen.pop(task_id, None)

    def _take_rows(self, gone: set[int], *, finished: bool = False) -> None:
        """Take the rows of these tasks out, keeping the bookkeeping true whenever a
        listener looks; ``finished``: they are finished tasks leaving the model.

        Row numbers stay right run by run without renumbering every row (``RowMap``).
        """
        before = len(self._ids)
        row_of = self._row_of
        rows = sorted(row for i in gone if (row := row_of.get(i)) is not None)
        if not rows:
            return
        runs = list(_runs(rows))
        if len(runs) > 64:  # scattered: one reset beats many moves
            self.beginResetModel()
            self._ids = [i for i in self._ids if i not in gone]
            self._row_map.renumber(self._ids)
            self.endResetModel()
        else:
            self._leaving = len(rows) if finished else 0
            for first, end in reversed(runs):  # from the bottom: rows above keep their numbers
                self.beginRemoveRows(QModelIndex(), first, end)
                self._row_map.remove(self._ids[first : end + 1])
                del self._ids[first : end + 1]
                if finished:
                    self._leaving -= end - first + 1
                self.endRemoveRows()
        for task_id in gone:
            self._keys.pop(task_id, None)
        self._unplaced -= gone
        # the rows still in place are _ids less the new rows at its end (see _place)
        placed = self._ids[: len(self._ids) - len(self._unplaced)]
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        self._ascending = placed[::-1] if descending else placed
        self._forget_indexes(len(self._ids), before)

    def _forget_indexes(self, rows: int, before: int) -> None:
        """Drop the kept indexes of rows ``rows`` to ``before - 1``, which are gone.

        By the rows gone or by the indexes kept, whichever are fewer: a burst
        drops hundreds of rows a frame, and few of their cells were ever asked.
        """
        cells = self._cells
        if (before - rows) * _COLUMN_COUNT <= len(cells):
            for row in range(rows, before):
                for column in range(_COLUMN_COUNT):
                    cells.pop((row, column), None)
        else:
            for cell in [cell for cell in cells if cell[0] >= rows]:
                del cells[cell]


def _failed_text() -> QBrush:
    """The text colour of a failed task's row: red that reads on the current palette."""
    return _failed_brush(QGuiApplication.palette().cacheKey())


@lru_cache(maxsize=1)
def _failed_brush(palette_key: int) -> QBrush:  # worked out again when the palette changes
    return QBrush(error_text(QGuiApplication.palette()))


_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_Column = TaskModel.Column

# role -> (model, task, column) -> value: one dict lookup per data() call keeps
# painting cheap. Plain functions, not closures over a model: a model must
# not reference itself, or only the cyclic collector could free it.
_ANSWERS: dict[int, Any] = {
    Qt.ItemDataRole.DisplayRole: lambda model, task, column: cells.display_text(
        task, column, model.rate
    ),
    Qt.ItemDataRole.ToolTipRole: lambda model, task, column: cells.tooltip(
        task, column, model.rate
    ),
    Qt.ItemDataRole.DecorationRole: lambda model, task, column: (
        status_icon(task.get_status()) if column == _Column.NAME else None
    ),
    Qt.ItemDataRole.ForegroundRole: lambda model, task, column: (
        _failed_text() if task.get_status() is TaskStatus.FAILED else None
    ),
    Qt.ItemDataRole.TextAlignmentRole: lambda model, task, column: (
        _RIGHT if column in (_Column.ELAPSED, _Column.ETA) else None
    ),
    Qt.ItemDataRole.AccessibleTextRole: lambda model, task, column: cells.accessible_text(
        task, column, model.rate
    ),
    TaskModel.TaskRole: lambda model, task, column: task,
    TaskModel.ProgressRole: lambda model, task, column: cells.progress_fraction(task),
    TaskModel.StatusRole: lambda model, task, column: task.get_status(),
}
_COLUMN_COUNT = len(TaskModel.Column)
# A view repaints only the visible cells of a changed range of up to this many
# cells, and its whole viewport for a larger one (QTableView, Qt 6.11).
_PRECISE_CELLS = 200
# Columns whose order moves without a status change, re-sorted once a second:
# by what tasks report, or with the clock.
_REPORTED = {TaskModel.Column.PROGRESS, TaskModel.Column.MESSAGE}
_TIMED = {TaskModel.Column.ELAPSED, TaskModel.Column.ETA}
_ALL_ROLES: list[int] = []  # (Qt's "every role")
_LIVE_ROLES = [
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    TaskModel.ProgressRole,
]


def task_of(index: _Index) -> Task | None:
    """The task of a cell, asked in Python where the index's model can say (``task_at``).

    ``index.data(TaskRole)`` would go through C++ and back into the model,
    wrapping the task in a QVariant and out again, for every cell a delegate
    paints.
    """
    task_at = getattr(index.model(), "task_at", None)
    if task_at is None:  # a model or proxy of someone else's
        task = index.data(TaskModel.TaskRole)
        return task if isinstance(task, Task) else None
    return cast(Task | None, task_at(index.row()))


def role_data_of(span: QModelRoleDataSpan | QModelRoleData) -> Iterable[QModelRoleData]:
    """The QModelRoleData of a multiData() span (iterable at run time; the stubs do not say)."""
    if isinstance(span, QModelRoleData):
        return (span,)
    return cast(Iterable[QModelRoleData], span)


def _runs(rows: list[int], longest: int | None = None) -> Iterable[tuple[int, int]]:
    """Adjacent rows as (first, last) pairs: [1, 2, 3, 7, 8] -> (1, 3), (7, 8);
    none longer than ``longest`` rows if given."""
    if not rows:
        return
    start = previous = rows[0]
    for row in rows[1:]:
        if row != previous + 1 or (longest is not None and row - start >= longest):
            yield start, previous
            start = row
        previous = row
    yield start, previous
