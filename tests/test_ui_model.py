import itertools
import threading
import time
from random import Random

import pytest
from PySide6.QtCore import QModelIndex, Qt

from tasker_qt.core import step_aside
from tasker_qt.ui import TaskModel, cells
from tasker_qt.ui.eta import ProgressRate, format_duration
from tests import jobs
from tests.report_delays import report_delays

Column = TaskModel.Column


def test_model_passes_qt_model_tester(task_manager, qtmodeltester, qtbot):
    release = threading.Event()
    model = TaskModel(task_manager)
    task_manager.run_thread(jobs.add, 1)
    task_manager.run_thread(jobs.fail_with_key_error)
    task_manager.run_thread(jobs.progress_then_hold, 0.5, release)
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=2000)
    qtmodeltester.check(model)
    model.sort(TaskModel.Column.NAME, Qt.SortOrder.DescendingOrder)
    assert [t.name for t in model.tasks()] == ["progress_then_hold", "fail_with_key_error", "add"]
    qtmodeltester.check(model)
    release.set()
    assert task_manager.wait_until_settled(10000)
    model.clear_finished()
    qtmodeltester.check(model)


def test_rows_show_status_progress_and_errors(task_manager, qtbot):
    model = TaskModel(task_manager)
    ok = task_manager.run_thread(jobs.add, 1)
    bad = task_manager.run_thread(jobs.fail_with_key_error)
    assert task_manager.wait_until_settled(10000)
    ok_row, bad_row = model.row_of(ok.id), model.row_of(bad.id)

    def cell(row, column, role=Qt.ItemDataRole.DisplayRole):
        return model.index(row, column).data(role)

    assert cell(ok_row, Column.NAME) == "add"
    assert cell(ok_row, Column.STATUS) == "Completed"
    assert cell(ok_row, Column.PROGRESS) == "100%"
    assert cell(ok_row, Column.NAME, TaskModel.TaskRole) is ok
    assert cell(ok_row, Column.NAME, TaskModel.ProgressRole) == 1.0
    assert not cell(ok_row, Column.NAME, Qt.ItemDataRole.DecorationRole).isNull()
    assert cell(bad_row, Column.MESSAGE) == "KeyError: 'no such thing'"
    assert cell(bad_row, Column.STATUS, Qt.ItemDataRole.ToolTipRole).startswith("Failed: KeyError")
    assert cell(bad_row, Column.NAME, Qt.ItemDataRole.ForegroundRole) is not None
    assert cell(ok_row, Column.NAME, Qt.ItemDataRole.ForegroundRole) is None


def test_finished_tasks_stay_until_cleared_and_rows_follow_ids(task_manager, qtbot):
    release = threading.Event()
    model = TaskModel(task_manager)
    first = task_manager.run_thread(jobs.add, 1)
    live = task_manager.run_thread(jobs.progress_then_hold, 0.3, release)
    last = task_manager.run_thread(jobs.add, 2)
    qtbot.waitUntil(lambda: first.is_final() and last.is_final(), timeout=3000)
    assert model.rowCount() == 3
    model.clear_finished()
    assert model.rowCount() == 1
    assert model.row_of(live.id) == 0 and model.row_of(first.id) is None
    assert model.index(0, 0).data(TaskModel.TaskRole) is live
    release.set()
    qtbot.waitUntil(lambda: model.finished_count() == 1, timeout=3000)
    assert model.rowCount() == 1  # finished now, and kept


def test_finished_rows_are_capped_oldest_first(task_manager, qtbot):
    model = TaskModel(task_manager, max_finished=5)
    finish_order = []
    task_manager.task_finished.connect(lambda task: finish_order.append(task.id))
    for i in range(12):  # thread tasks need not finish in the order they were submitted
        task_manager.run_thread(jobs.add, i)
    assert task_manager.wait_until_settled(10000)
    qtbot.waitUntil(lambda: model.rowCount() == 5, timeout=2000)
    assert sorted(t.id for t in model.tasks()) == sorted(finish_order[-5:])


def test_fast_updates_are_coalesced_per_frame_and_announced_in_small_ranges(task_manager, qtbot):
    model = TaskModel(task_manager)
    ranges, flushes = [], []
    model.dataChanged.connect(
        lambda a, b: ranges.append((b.row() - a.row() + 1) * (b.column() - a.column() + 1))
    )
    model.rows_refreshed.connect(flushes.append)
    release = threading.Event()

    def spin(ctx):
        i = 0
        while not release.is_set():
            i += 1
            ctx.set_progress(i % 1000 / 1000)
            ctx.set_message(f"step {i}")
        return i

    tasks = [task_manager.run_thread(spin) for _ in range(3)]
    started = time.monotonic()
    qtbot.waitUntil(lambda: len(flushes) >= 10, timeout=5000)
    release.set()
    assert task_manager.wait_until_settled(10000)
    seconds = time.monotonic() - started
    steps = sum(t.result() for t in tasks)
    assert steps > 10_000  # the jobs really did hammer their contexts
    # at most one flush a frame, however fast the jobs report...
    assert len(flushes) <= seconds / 0.016 + 3
    # ...in ranges of at most 200 cells: a view repaints a larger range in
    # full even where none of it is visible, a smaller one only where it is
    assert ranges and max(ranges) <= 200
    clock_ticks = 3 * (int(seconds) + 1)  # elapsed/ETA, each live row once a second
    assert len(ranges) <= 3 * len(flushes) + clock_ticks


def test_long_messages_keep_their_full_text_in_the_tooltip(task_manager, qtbot):
    model = TaskModel(task_manager)
    long = "x" * 5000
    release = threading.Event()

    def talk(ctx):
        ctx.set_message(long)
        release.wait(5)

    task = task_manager.run_thread(talk)
    qtbot.waitUntil(lambda: task.get_message() == long, timeout=2000)
    index = model.index(model.row_of(task.id), Column.MESSAGE)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == long
    release.set()
    assert task_manager.wait_until_settled(10000)


def test_model_tolerates_a_manager_shut_down_under_it(qapp, qtbot):
    from tasker_qt import TaskManager

    manager = TaskManager()
    model = TaskModel(manager)
    manager.run_thread(jobs.until_cancelled)
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=2000)
    manager.shutdown(2)
    assert model.index(0, Column.STATUS).data() == "Cancelled"
    assert model.data(QModelIndex()) is None


class FakeClock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def test_the_table_shows_time_left_and_then_a_stall(task_manager, qtbot):
    model = TaskModel(task_manager, stall_after=1.5)
    release = threading.Event()

    def steady_then_stuck(ctx):
        for step in range(1, 26):  # 4 % every 0.1 s: 1.5 s to go at the end
            ctx.set_progress(step / 100)
            if release.wait(0.1):
                return
        release.wait(10)

    task = task_manager.run_thread(steady_then_stuck)
    qtbot.waitUntil(lambda: model.row_of(task.id) is not None, timeout=2000)

    def eta_cell():
        return model.index(model.row_of(task.id), Column.ETA).data()

    qtbot.waitUntil(lambda: eta_cell().startswith("~"), timeout=4000)
    qtbot.waitUntil(lambda: eta_cell() == "stalled", timeout=6000)
    release.set()
    assert task_manager.wait_until_settled(5000)


def test_eta_from_recent_rate_and_stall_hint():
    clock = FakeClock()
    rate = ProgressRate(stall_after=10, clock=clock)
    rate.record(1, 0.0)
    assert rate.eta(1) is None  # no history yet
    for step in range(1, 5):
        clock.now += 1
        rate.record(1, step * 0.1)
    assert rate.eta(1) == pytest.approx(6.0)  # 0.1 per second, 0.6 to go
    clock.now += 4  # no progress for a while: the estimate grows, it does not hit zero
    assert rate.eta(1) > 6.0
    assert not rate.stalled(1)
    clock.now += 6
    assert rate.stalled(1)
    rate.record(1, 0.5)
    assert not rate.stalled(1)


def test_durations_read_like_a_clock():
    assert format_duration(7) == "0:07"
    assert format_duration(750) == "12:30"
    assert format_duration(3723) == "1:02:03"


def test_cells_are_plain_functions_of_a_task(task_manager):
    from tasker_qt.ui import cells
    from tasker_qt.ui.eta import ProgressRate

    rate = ProgressRate()
    task = task_manager.run_thread(jobs.fail_with_key_error)
    assert task_manager.wait_until_settled(5000)
    assert cells.display_text(task, cells.Column.STATUS, rate) == "Failed"
    assert cells.display_text(task, cells.Column.MESSAGE, rate).startswith("KeyError")
    assert cells.progress_fraction(task) is None  # failed without reporting progress
    assert cells.sort_key(task, cells.Column.ELAPSED, rate) == task.elapsed() >= 0
    assert cells.tooltip(task, cells.Column.CANCEL, rate) is None  # nothing to cancel


def _progress_cell_holding_at(value, task_manager, qtbot, release):
    """A thread task that reported ``value`` and holds, and its progress cell showing it
    (with the model, which the caller keeps alive as long as it reads the cell)."""
    model = TaskModel(task_manager)
    task = task_manager.run_thread(jobs.progress_then_hold, value, release)
    index = model.index_of(task.id, TaskModel.Column.PROGRESS)
    qtbot.waitUntil(lambda: index.data(TaskModel.ProgressRole) == value, timeout=3000)
    return model, task, index


def test_the_model_serves_numbers_and_statuses(task_manager, qtbot):
    release = threading.Event()
    _model, task, index = _progress_cell_holding_at(0.25, task_manager, qtbot, release)
    assert index.data(TaskModel.StatusRole) == "running"
    release.set()
    qtbot.waitUntil(lambda: index.data(TaskModel.StatusRole) == "completed", timeout=3000)
    assert index.data(TaskModel.ProgressRole) == 1.0
    assert task.result() == 0.25


def test_a_running_task_short_of_done_never_reads_100_percent(task_manager, qtbot):
    release = threading.Event()
    _model, _task, index = _progress_cell_holding_at(0.9996, task_manager, qtbot, release)
    assert index.data() == "99%"
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "99.9%" in tip and "100" not in tip
    release.set()
    qtbot.waitUntil(lambda: index.data(TaskModel.StatusRole) == "completed", timeout=3000)
    assert index.data() == "100%"


def test_eta_ignores_odd_values_and_never_promises_the_absurd():
    clock = FakeClock()
    rate = ProgressRate(clock=clock)
    rate.record(1, 0.1)
    clock.now += 10
    for odd in (float("nan"), float("inf"), -0.5, 7.0):
        rate.record(1, odd)
    rate.record(1, 0.2)
    assert rate.eta(1) == pytest.approx(80.0)  # 0.1 per 10 s from the good values only
    rate.record(2, 0.0)
    clock.now += 10
    rate.record(2, 1e-12)  # a crawl: "done in 3,000 centuries" is not an estimate
    assert rate.eta(2) is None


@pytest.mark.parametrize("kind", ["thread", "process", "async"])
def test_a_report_reaches_the_model_within_a_frame(task_manager, kind):
    delays = report_delays(task_manager, kind)
    # three timers in series (worker, manager, model) made this 24-34 ms before
    assert delays[len(delays) // 2] < 16, [round(d) for d in delays]


def test_a_burst_of_tasks_is_inserted_a_frame_at_a_time(task_manager, qtbot):
    model = TaskModel(task_manager, max_finished=5000)
    insertions = []
    model.rowsInserted.connect(lambda parent, first, last: insertions.append(last - first + 1))
    tasks = [task_manager.run_thread(jobs.add, i) for i in range(2000)]
    assert task_manager.wait_until_settled(30_000)
    qtbot.waitUntil(lambda: sum(insertions) == 2000, timeout=3000)
    assert len(insertions) < 100  # one insertion per task before
    assert [model.row_of(t.id) for t in tasks] == list(range(2000))  # in submission order


def test_the_model_is_consistent_whenever_a_removal_is_announced(task_manager):
    model = TaskModel(task_manager)
    tasks = [task_manager.run_thread(jobs.add, i) for i in range(7)]
    assert task_manager.wait_until_settled(10_000)
    model.sort(-1)  # submission order: the rows below are where the tasks were submitted
    seen = []

    def look(parent, first, last):  # as a view or the panel would, while rows go
        rows = range(model.rowCount())
        seen.append([model.row_of(model.task(row).id) for row in rows] == list(rows))
        seen.append(model.finished_count() == model.rowCount())

    model.rowsRemoved.connect(look)
    model.remove_tasks([tasks[i].id for i in (0, 1, 4, 5)])  # two runs of rows
    assert [t.id for t in model.tasks()] == [tasks[i].id for i in (2, 3, 6)]
    assert seen == [True] * 4


def test_a_listener_reading_the_model_while_rows_come_leaves_them_consistent(task_manager):
    # The panel asks finished_count() whenever rows are inserted: that must not
    # drop rows (beyond max_finished) in the middle of the insertion.
    model = TaskModel(task_manager, max_finished=3)
    counts = []
    model.rowsInserted.connect(lambda *_: counts.append(model.finished_count()))
    tasks = [task_manager.run_thread(jobs.add, i) for i in range(6)]
    for task in tasks:  # still queued: each ends at once, in this pass
        task_manager.cancel(task)
    assert model.row_of(tasks[-1].id) == 2
    assert [task.id for task in model.tasks()] == [task.id for task in tasks[3:]]
    model.sort(-1, Qt.SortOrder.DescendingOrder)
    assert [task.id for task in model.tasks()] == [task.id for task in tasks[:2:-1]]
    assert counts == [6]  # the rows as they stood when inserted


def test_a_task_that_ends_before_its_row_is_shown_still_counts_as_finished(task_manager):
    model = TaskModel(task_manager, max_finished=3)
    finish_order = []
    task_manager.task_finished.connect(lambda task: finish_order.append(task))
    for i in range(6):  # thread tasks need not finish in the order they were submitted
        task_manager.run_thread(jobs.add, i)
    assert task_manager.wait_until_settled(10_000)
    shown = [model.row_of(t.id) is not None for t in finish_order]
    assert shown == [False] * 3 + [True] * 3  # the last three to finish are kept
    assert model.finished_count() == 3
    model.clear_finished()
    assert model.rowCount() == 0


def _key_order(model, column, descending):
    """The rows as a full sort by every task's sort key now would give them."""
    ids = sorted(
        (model.task(row).id for row in range(model.rowCount())),
        key=lambda i: (cells.sort_key(model._tasks[i], column, model.rate), i),
        reverse=descending,
    )
    return ids


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_sorted_by_progress_the_rows_stay_in_order_as_they_change(task_manager, qtbot, order):
    model = TaskModel(task_manager, max_finished=40)
    random = Random(7)
    for n in range(30):
        task_manager.run_thread(jobs.add, n)
    assert task_manager.wait_until_settled(10_000)
    live = [task_manager.add_coroutine(jobs.async_hold) for _ in range(30)]
    qtbot.waitUntil(lambda: all(task.is_running() for task in live), timeout=3000)
    model.sort(Column.PROGRESS, order)
    descending = order == Qt.SortOrder.DescendingOrder
    for _ in range(20):
        for task in random.sample(live, 10):
            task._context.set_progress(random.random())
        task_manager._tick()
        model._flush()
        if random.random() < 0.3:  # more rows come; the cap drops the oldest finished
            more = [task_manager.run_thread(jobs.add, 1) for _ in range(5)]
            qtbot.waitUntil(lambda more=more: all(task.is_final() for task in more), timeout=3000)
            model._flush()
        model._announce_clock()  # the once-a-second re-placing of live rows
        ids = [model.task(row).id for row in range(model.rowCount())]
        assert ids == _key_order(model, Column.PROGRESS, descending)
        assert all(model.row_of(task_id) == row for row, task_id in enumerate(ids))
    assert model.rowCount() == 30 + 40
    task_manager.cancel_all()
    assert task_manager.wait_until_settled(5000)


def test_once_a_second_only_live_rows_are_sorted_in_again(task_manager, qtbot, monkeypatch):
    model = TaskModel(task_manager, max_finished=2000)
    for _ in range(2000):
        task_manager.run_thread(jobs.add, 1)
    assert task_manager.wait_until_settled(30_000)
    live = [task_manager.add_coroutine(jobs.async_hold) for _ in range(5)]
    qtbot.waitUntil(lambda: all(task.is_running() for task in live), timeout=3000)
    model.sort(Column.PROGRESS)
    keys_made = []
    sort_key = cells.sort_key
    monkeypatch.setattr(
        cells, "sort_key", lambda task, *args: keys_made.append(task.id) or sort_key(task, *args)
    )
    for n, task in enumerate(live):
        task._context.set_progress(0.1 * (n + 1))
    task_manager._tick()
    model._flush()
    model._announce_clock()
    assert sorted(keys_made) == sorted(task.id for task in live)  # not 2,005 keys
    assert [model.task(row) for row in range(5)] == live  # least progress first
    task_manager.cancel_all()
    assert task_manager.wait_until_settled(5000)


def test_a_re_sort_that_moves_rows_has_jobs_step_aside_for_the_repaint(task_manager, qtbot):
    """The repaint of a re-sorted table is long; thread jobs make way for it
    before it starts, not only once it has run long (see step_aside.py)."""
    model = TaskModel(task_manager)
    live = [task_manager.add_coroutine(jobs.async_hold) for _ in range(3)]
    qtbot.waitUntil(lambda: all(task.is_running() for task in live), timeout=3000)
    model.sort(Column.PROGRESS)
    try:
        for n, task in enumerate(live):  # already in order: nothing moves
            task._context.set_progress(0.1 * (n + 1))
        task_manager._tick()
        model._flush()
        step_aside.reset()
        model._announce_clock()
        assert not step_aside.GUI_LATE[0]
        for n, task in enumerate(live):  # now the other way round
            task._context.set_progress(0.9 - 0.1 * n)
        task_manager._tick()
        model._flush()
        step_aside.reset()
        model._announce_clock()
        assert [model.task(row) for row in range(3)] == live[::-1]
        assert step_aside.GUI_LATE[0]
        step_aside.check_lateness(time.perf_counter() + step_aside.AHEAD_FOR + 0.001)
        assert not step_aside.GUI_LATE[0]  # a mark for the next turn, not for long
    finally:
        step_aside.reset()
        task_manager.cancel_all()
    assert task_manager.wait_until_settled(5000)


def test_once_a_second_only_rows_that_reported_are_sorted_in_and_sampled(
    task_manager, qtbot, monkeypatch
):
    model = TaskModel(task_manager)
    live = [task_manager.add_coroutine(jobs.async_hold) for _ in range(40)]
    qtbot.waitUntil(lambda: all(task.is_running() for task in live), timeout=3000)
    for n, task in enumerate(live):
        task._context.set_progress(n / 100)
    task_manager._tick()
    model._flush()
    model.sort(Column.PROGRESS, Qt.SortOrder.DescendingOrder)
    model._announce_clock()
    keys_made, sampled = [], []
    sort_key, record_all = cells.sort_key, model.rate.record_all
    monkeypatch.setattr(
        cells, "sort_key", lambda task, *args: keys_made.append(task.id) or sort_key(task, *args)
    )

    def record_all_seen(reports):
        reports = list(reports)
        sampled.extend(task_id for task_id, _ in reports)
        record_all(reports)

    monkeypatch.setattr(model.rate, "record_all", record_all_seen)
    movers = live[3], live[10]
    movers[0]._context.set_progress(0.9)
    movers[1]._context.set_progress(0.8)
    task_manager._tick()
    model._flush()
    model._announce_clock()
    reported = sorted(task.id for task in movers)
    assert sorted(keys_made) == reported  # not the 40 running rows
    assert sorted(sampled) == reported
    assert [model.task(row) for row in range(2)] == list(movers)  # most progress first
    assert [t.id for t in model.tasks()] == _key_order(model, Column.PROGRESS, descending=True)
    keys_made.clear()
    model._announce_clock()  # nothing reported since
    assert keys_made == []
    task_manager.cancel_all()
    assert task_manager.wait_until_settled(5000)


def test_a_message_that_changes_every_frame_is_repainted_at_reading_pace(task_manager, qtbot):
    from tasker_qt.ui.model import MESSAGE_GAP_MS

    model = TaskModel(task_manager)
    contexts = []
    task = task_manager.add_coroutine(jobs.async_hand_over, contexts)
    qtbot.waitUntil(lambda: bool(contexts) and model.row_of(task.id) is not None, timeout=3000)
    progress_at, message_at, messages = [], [], []

    def changed(top_left, bottom_right, roles=()):
        if top_left.column() <= Column.PROGRESS <= bottom_right.column():
            progress_at.append(time.perf_counter())
        if top_left.column() <= Column.MESSAGE <= bottom_right.column():
            message_at.append(time.perf_counter())
            messages.append(model.index_of(task.id, Column.MESSAGE).data())

    model.dataChanged.connect(changed)
    for frame in range(40):  # a new value and message every frame, as a busy job reports
        contexts[0].set_progress(frame / 40)
        contexts[0].set_message(f"step {frame}")
        task_manager._tick()
        model._flush()
        qtbot.wait(16)  # (the frame: the model's own timer may come back for messages)
    assert len(progress_at) >= 40
    gaps = [later - earlier for earlier, later in itertools.pairwise(message_at)]
    assert min(gaps) >= MESSAGE_GAP_MS / 1000 * 0.9, gaps  # not every frame
    assert len(message_at) >= 5  # but still shown, over 40 frames of at least 16 ms
    qtbot.waitUntil(lambda: messages[-1] == "step 39", timeout=1000)  # the last one is shown
    task_manager.cancel_all()
    assert task_manager.wait_until_settled(3000)


def test_a_report_announces_the_message_cell_only_when_the_message_changed(task_manager, qtbot):
    model = TaskModel(task_manager)
    reports: dict[int, set] = {}  # task id -> the (first, last) columns announced for a report

    def changed(top_left, bottom_right, roles=()):
        if roles:  # a report (a status change names every role)
            for row in range(top_left.row(), bottom_right.row() + 1):
                columns = (top_left.column(), bottom_right.column())
                reports.setdefault(model.task(row).id, set()).add(columns)

    model.dataChanged.connect(changed)
    release = threading.Event()

    def report(ctx, messages):
        i = 0
        while not release.is_set():
            i += 1
            ctx.set_progress(i % 100 / 100)
            if messages:
                ctx.set_message(f"step {i}")
            time.sleep(0.001)

    quiet, chatty = (task_manager.run_thread(report, messages) for messages in (False, True))
    both = (Column.PROGRESS, Column.MESSAGE)
    qtbot.waitUntil(
        lambda: quiet.id in reports and both in reports.get(chatty.id, ()), timeout=5000
    )
    release.set()
    assert task_manager.wait_until_settled(5000)
    assert reports[quiet.id] == {(Column.PROGRESS, Column.PROGRESS)}  # was PROGRESS..MESSAGE
    # (a report read between set_progress and set_message shows the progress alone)
    assert reports[chatty.id] <= {both, (Column.PROGRESS, Column.PROGRESS)}


def test_filtered_rows_follow_reports_cancels_sorting_and_the_cap(
    task_manager, qtbot, qtmodeltester
):
    """Random reports, cancels, filters, sort orders and clears: after each frame the
    rows are the kept tasks the filter accepts, in sort order, and the model is sound."""
    from tasker_qt.ui import Show, TaskFilter

    random = Random(7)
    model = TaskModel(task_manager, max_finished=6)
    contexts, tasks, cancelled = [], [], []
    words = ["alpha", "beta", "gamma beta", None]
    filters = [TaskFilter(), TaskFilter("beta"), TaskFilter("ALPHA"), TaskFilter(show=Show.ACTIVE),
               TaskFilter("beta", Show.CANCELLED), TaskFilter("async")]  # fmt: skip
    sorts = [(-1, Qt.SortOrder.AscendingOrder), (Column.STATUS, Qt.SortOrder.DescendingOrder),
             (Column.NAME, Qt.SortOrder.AscendingOrder)]  # fmt: skip

    def settled():
        return not model._dirty and not model._arriving and not model._flush_timer.isActive()

    def expected():
        column, order = model._sort_column, model._sort_order
        kept = [t for t in tasks if t.id in model._tasks and model.task_filter().accepts(t)]
        if column < 0:
            ordered = sorted(kept, key=lambda t: t.id)
        else:
            ordered = sorted(kept, key=lambda t: (cells.sort_key(t, column, model.rate), t.id))
        return ordered[::-1] if order == Qt.SortOrder.DescendingOrder else ordered

    try:
        for step in range(60):
            action = random.choice(
                ["start", "start", "say", "say", "say", "cancel", "filter", "sort", "clear"]
            )
            if action == "start" or not contexts:
                tasks.append(task_manager.add_coroutine(jobs.async_hand_over, contexts))
                qtbot.waitUntil(lambda: len(contexts) == len(tasks), timeout=3000)
            elif action == "say":
                for i in random.sample(range(len(tasks)), min(3, len(tasks))):
                    if not tasks[i].is_final():
                        contexts[i].set_message(random.choice(words))
                        contexts[i].set_progress(random.random())
            elif action == "cancel":
                live = [t for t in tasks if not t.is_final()]
                if live:
                    victim = random.choice(live)
                    victim.cancel()
                    cancelled.append(victim)
                    qtbot.waitUntil(victim.is_final, timeout=3000)
            elif action == "filter":
                model.set_filter(random.choice(filters))
            elif action == "sort":
                model.sort(*random.choice(sorts))
            else:
                model.clear_finished()
            task_manager._tick()  # deliver the reports now
            qtbot.waitUntil(settled, timeout=3000)
            assert model.tasks() == expected(), f"step {step}: {action}"
            assert [model.row_of(t.id) for t in model.tasks()] == list(range(model.rowCount()))
            assert model.finished_count() == sum(
                1 for t in tasks if t.is_final() and t.id in model._tasks
            )
        assert cancelled and 0 < model.rowCount() < len(tasks)
        qtmodeltester.check(model)
    finally:
        task_manager.cancel_all()
        assert task_manager.wait_until_settled(3000)


@pytest.mark.timeout(30)
def test_rows_come_at_once_after_a_quiet_spell_and_at_most_every_rows_gap_in_a_burst(
    task_manager, qtbot
):
    from tasker_qt.ui.model import ROWS_GAP_MS

    model = TaskModel(task_manager)
    first = task_manager.add_coroutine(jobs.async_hold)
    model._flush_in_time()  # as its timer would
    assert model.rowCount() == 1  # at once
    shown_at = time.perf_counter()
    second = task_manager.add_coroutine(jobs.async_hold)
    model._flush_in_time()
    assert model.rowCount() == 1  # rows came a moment ago: the next come with the next gap
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=3000)
    assert (time.perf_counter() - shown_at) * 1000 >= ROWS_GAP_MS * 0.9
    third = task_manager.add_coroutine(jobs.async_hold)
    model._flush_in_time()
    assert model.rowCount() == 2
    assert model.row_of(third.id) == 2  # code that asks gets its row now
    assert [model.task(row) for row in range(3)] == [first, second, third]
    task_manager.cancel_all()
    assert task_manager.wait_until_settled(5000)


def test_unsorted_rows_follow_submission_when_registrations_come_out_of_order(task_manager):
    """Threads that submit side by side register in another order than their ids."""
    model = TaskModel(task_manager)
    tasks = [task_manager.add_coroutine(jobs.async_hold) for _ in range(6)]
    model._flush()
    later = [task_manager.add_coroutine(jobs.async_hold) for _ in range(4)]
    model._on_added(later[::-1])  # as the manager announces them, registered last first
    model._flush()
    assert model.tasks() == tasks + later
    assert [model.row_of(task.id) for task in tasks + later] == list(range(10))
    task_manager.cancel_all()
    assert task_manager.wait_until_settled(5000)
