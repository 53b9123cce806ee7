import itertools
import sys
import threading

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QGuiApplication

from tasker_qt import Task
from tasker_qt.ui import Show, TaskFilter, TaskModel, TaskMonitorPanel, TaskStatusWidget
from tests import jobs

Column = TaskModel.Column


def _panel(qtbot, manager):
    panel = TaskMonitorPanel(manager)
    qtbot.addWidget(panel)
    panel.resize(1000, 500)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _cell_center(panel, task, column):
    index = panel.index_of(task, column)
    assert index.isValid(), f"{task} is not shown"
    return panel.view.visualRect(index).center()


def _click_cancel(qtbot, panel, task):
    qtbot.mouseClick(
        panel.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=_cell_center(panel, task, Column.CANCEL),
    )


def test_clicking_the_cancel_cell_cancels_that_task_only(task_manager, qtbot):
    panel = _panel(qtbot, task_manager)
    tasks = [task_manager.run_thread(jobs.until_cancelled) for _ in range(3)]
    qtbot.waitUntil(lambda: all(t.is_running() for t in tasks), timeout=3000)
    _click_cancel(qtbot, panel, tasks[1])
    qtbot.waitUntil(tasks[1].is_final, timeout=3000)
    assert tasks[1].get_status() == "cancelled"
    assert tasks[0].is_running() and tasks[2].is_running()
    task_manager.cancel_all()


def test_cancel_cell_of_a_finished_task_does_nothing(task_manager, qtbot):
    panel = _panel(qtbot, task_manager)
    done = task_manager.run_thread(jobs.add, 1)
    assert task_manager.wait_until_settled(3000)
    with qtbot.assertNotEmitted(panel.cancel_delegate.cancel_clicked):
        _click_cancel(qtbot, panel, done)
    assert done.get_status() == "completed"


def test_a_click_never_lands_on_a_task_that_moved_under_the_mouse(task_manager, qtbot):
    panel = _panel(qtbot, task_manager)
    release = threading.Event()
    first = task_manager.run_thread(jobs.progress_then_hold, 0.1, release)
    second = task_manager.run_thread(jobs.until_cancelled)
    qtbot.waitUntil(lambda: first.is_running() and second.is_running(), timeout=3000)
    viewport = panel.view.viewport()
    position = _cell_center(panel, first, Column.CANCEL)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=position)
    # the first task finishes and is cleared: the second task's row moves under the mouse
    release.set()
    qtbot.waitUntil(first.is_final, timeout=3000)
    panel.clear_finished()
    assert panel.model.row_of(second.id) == 0
    with qtbot.assertNotEmitted(panel.cancel_delegate.cancel_clicked):
        qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=position)
    assert second.is_running() and not second.cancel_requested
    task_manager.cancel_all()


def test_delete_key_cancels_the_selected_tasks(task_manager, qtbot):
    panel = _panel(qtbot, task_manager)
    keep, stop = (task_manager.run_thread(jobs.until_cancelled) for _ in range(2))
    qtbot.waitUntil(lambda: keep.is_running() and stop.is_running(), timeout=3000)
    panel.select_task(stop)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(stop.is_final, timeout=3000)
    assert keep.is_running()
    task_manager.cancel_all()


def test_filter_by_text_and_status(task_manager, qtbot):
    panel = _panel(qtbot, task_manager)
    task_manager.run_thread(jobs.add, 1)
    task_manager.run_thread(jobs.fail_with_key_error)
    task_manager.run_thread(jobs.count_to, 3)
    assert task_manager.wait_until_settled(3000)
    assert panel.view.model().rowCount() == 3
    qtbot.keyClicks(panel.filter_edit, "such thing")  # matches the error text
    assert panel.view.model().rowCount() == 1
    assert panel.view.model().index(0, 0).data(TaskModel.TaskRole).name == "fail_with_key_error"
    panel.filter_edit.clear()
    panel.show_combo.setCurrentIndex(panel.show_combo.findData(Show.FAILED))
    assert panel.view.model().rowCount() == 1
    panel.show_combo.setCurrentIndex(panel.show_combo.findData(Show.ACTIVE))
    assert panel.view.model().rowCount() == 0


def test_sorting_by_clicking_a_header(task_manager, qtbot):
    panel = _panel(qtbot, task_manager)
    for job, args in ((jobs.noop, ()), (jobs.add, (1,)), (jobs.count_to, (1,))):
        task_manager.run_thread(job, *args)
    assert task_manager.wait_until_settled(3000)
    header = panel.view.horizontalHeader()
    x = header.sectionViewportPosition(Column.NAME) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    names = [
        panel.view.model().index(r, Column.NAME).data()
        for r in range(panel.view.model().rowCount())
    ]
    assert names == sorted(names)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    names = [
        panel.view.model().index(r, Column.NAME).data()
        for r in range(panel.view.model().rowCount())
    ]
    assert names == sorted(names, reverse=True)


def test_details_pane_shows_a_failed_process_tasks_traceback(task_manager, qtbot):
    panel = _panel(qtbot, task_manager)
    task = task_manager.run_process(jobs.fail_with_key_error)
    assert task_manager.wait_until_settled(15000)
    qtbot.mouseClick(
        panel.view.viewport(), Qt.MouseButton.LeftButton, pos=_cell_center(panel, task, Column.NAME)
    )
    assert panel.details.task is task
    text = panel.details.outcome.toPlainText()
    assert "KeyError" in text and "fail_with_key_error" in text
    assert panel.details.tabs.currentWidget() is panel.details.outcome
    assert "KeyError" in panel.details.message.text()


def test_details_log_follows_only_when_at_the_bottom(task_manager, qtbot):
    panel = _panel(qtbot, task_manager)
    release = threading.Event()

    def logger(ctx):
        for i in range(200):
            ctx.log(f"line {i}")
        ctx.flush()
        release.wait(5)
        for i in range(200, 400):
            ctx.log(f"line {i}")

    task = task_manager.run_thread(logger)
    qtbot.waitUntil(lambda: len(task.log_lines) == 200, timeout=3000)
    panel.select_task(task)
    bar = panel.details.log.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=2000)
    bar.setValue(bar.maximum())
    assert panel.details.log.toPlainText().endswith("line 199")
    bar.setValue(5)  # the user scrolls up to read
    release.set()
    assert task_manager.wait_until_settled(3000)
    qtbot.waitUntil(lambda: panel.details.log.toPlainText().endswith("line 399"), timeout=2000)
    assert bar.value() == 5


def test_context_menu_copies_errors_and_removes_rows(task_manager, qtbot):
    panel = _panel(qtbot, task_manager)
    bad = task_manager.run_thread(jobs.fail_with_key_error)
    assert task_manager.wait_until_settled(3000)
    menu = panel.menu_for([bad])
    actions = {a.text(): a for a in menu.actions()}
    assert not actions["Cancel"].isEnabled()
    actions["Copy error"].trigger()
    assert "KeyError: 'no such thing'" in QGuiApplication.clipboard().text()
    actions["Remove from list"].trigger()
    assert panel.model.rowCount() == 0


def test_panel_state_round_trips(task_manager, qtbot):
    panel = _panel(qtbot, task_manager)
    panel.view.horizontalHeader().resizeSection(Column.NAME, 333)
    panel.show_combo.setCurrentIndex(panel.show_combo.findData(Show.FAILED))
    state = panel.saveState()
    other = _panel(qtbot, task_manager)
    assert other.restoreState(state)
    assert other.view.horizontalHeader().sectionSize(Column.NAME) == 333
    assert other.show_combo.currentData() is Show.ALL  # a kept filter hid new tasks
    assert not other.restoreState(b"garbage")


def test_a_state_saved_by_the_previous_version_still_restores(task_manager, qtbot):
    from PySide6.QtCore import QByteArray, QDataStream, QIODevice

    panel = _panel(qtbot, task_manager)
    panel.view.horizontalHeader().resizeSection(Column.NAME, 321)
    old = QByteArray()
    stream = QDataStream(old, QIODevice.OpenModeFlag.WriteOnly)
    stream.writeInt32(1)  # version 1 also held the status filter
    stream << panel.view.horizontalHeader().saveState()
    stream << panel.splitter.saveState()
    stream.writeQString("FAILED")
    other = _panel(qtbot, task_manager)
    assert other.restoreState(old)
    assert other.view.horizontalHeader().sectionSize(Column.NAME) == 321
    assert other.show_combo.currentData() is Show.ALL


def test_the_cancelled_choice_shows_only_cancelled_tasks(task_manager, qtbot):
    panel = _panel(qtbot, task_manager)
    done = task_manager.run_thread(jobs.add, 1)
    stopped = task_manager.run_thread(jobs.until_cancelled)
    qtbot.waitUntil(lambda: done.is_final() and stopped.is_running(), timeout=3000)
    stopped.cancel()
    assert task_manager.wait_until_settled(5000)
    panel.show_combo.setCurrentIndex(panel.show_combo.findText("Cancelled"))
    assert panel.index_of(stopped).isValid() and not panel.index_of(done).isValid()


def test_status_widget_counts_and_opens_its_target(task_manager, qtbot):
    panel = TaskMonitorPanel(task_manager)
    qtbot.addWidget(panel)
    widget = TaskStatusWidget(task_manager, target=panel)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.label.text() == "No tasks running"
    release = threading.Event()
    task_manager.run_thread(jobs.progress_then_hold, 0.5, release)
    task_manager.run_thread(jobs.progress_then_hold, 0.5, release)
    qtbot.waitUntil(lambda: widget.label.text() == "2 running", timeout=3000)
    qtbot.waitUntil(lambda: widget.bar.value() == 500, timeout=3000)
    with qtbot.waitSignal(widget.clicked, timeout=1000):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    assert panel.isVisible()
    release.set()
    assert task_manager.wait_until_settled(3000)
    qtbot.waitUntil(lambda: widget.label.text() == "No tasks running", timeout=2000)


def test_status_widget_counts_every_frame_without_looking_at_every_task(task_manager, qtbot):
    """tasks_updated comes every frame: its count must not grow with the live tasks."""
    widget = TaskStatusWidget(task_manager)
    qtbot.addWidget(widget)
    release = threading.Event()
    held = [task_manager.run_thread(jobs.progress_then_hold, 0.5, release) for _ in range(4)]
    waiting = [task_manager.run_thread(jobs.add, n) for n in range(300)]  # the 4 workers are busy
    coroutine = task_manager.add_coroutine(jobs.async_hold)
    qtbot.waitUntil(lambda: widget.label.text() == "5 running, 300 waiting", timeout=3000)
    looked = []

    def watch(frame, event, arg):
        if event == "call" and frame.f_code.co_filename.endswith("task.py"):
            looked.append(frame.f_code.co_name)

    tasks = task_manager.tasks
    sys.setprofile(watch)
    try:
        widget._on_tasks_updated(task_manager, tasks, 0.5)
    finally:
        sys.setprofile(None)
    assert len(looked) <= 2, looked[:10]  # the newest task's message; 305 looks before
    assert widget.label.text() == "5 running, 300 waiting"
    coroutine.cancel()
    release.set()
    assert task_manager.wait_until_settled(10_000)
    assert all(task.is_final() for task in [*held, *waiting, coroutine])
    qtbot.waitUntil(lambda: widget.label.text() == "No tasks running", timeout=2000)


def test_panel_survives_its_manager_shutting_down(qapp, qtbot):
    from tasker_qt import TaskManager

    manager = TaskManager()
    panel = _panel(qtbot, manager)
    task = manager.run_thread(jobs.until_cancelled)
    qtbot.waitUntil(task.is_running, timeout=3000)
    panel.select_task(task)
    manager.shutdown(2)
    status = panel.model.index_of(task.id, Column.STATUS)
    qtbot.waitUntil(lambda: status.data() == "Cancelled", timeout=2000)
    panel.cancel_all()
    panel.cancel_selected()
    panel.clear_finished()
    assert panel.model.rowCount() == 0
    assert panel.details.task is None


def test_nan_and_infinite_progress_never_reach_the_screen(task_manager, qtbot):
    panel = _panel(qtbot, task_manager)
    go_on, release = threading.Event(), threading.Event()
    in_thread = task_manager.run_thread(jobs.odd_numbers, go_on, release)
    in_process = task_manager.run_process(jobs.odd_numbers)
    qtbot.waitUntil(lambda: in_thread.get_message() == "at 0.4", timeout=3000)
    assert in_thread.get_progress() == 0.4
    go_on.set()
    qtbot.waitUntil(lambda: in_thread.get_message() == "after the odd numbers", timeout=3000)
    assert in_thread.get_progress() == 0.4  # the NaN changed nothing
    index = panel.model.index_of(in_thread.id, Column.PROGRESS)
    assert index.data(TaskModel.ProgressRole) == 0.4 and index.data() == "40%"
    panel.grab()  # paints every cell: an exception in a delegate fails the test
    release.set()
    assert task_manager.wait_until_settled(15000)
    assert in_process.result() == "done" and in_process.get_progress() == 1.0
    panel.grab()


def test_progress_of_rows_out_of_sight_repaints_nothing(task_manager, qtbot):
    from PySide6.QtCore import QEvent, QObject

    panel = _panel(qtbot, task_manager)
    for i in range(200):  # finished rows fill the view
        task_manager.run_thread(jobs.add, i)
    assert task_manager.wait_until_settled(5000)
    # 40 rows far below the visible ones, all changing in every frame (Qt repaints
    # its whole viewport for a range of rows longer than it shows)
    hidden = [task_manager.add_coroutine(jobs.async_count_to, 400, 0.005) for _ in range(40)]
    qtbot.waitUntil(lambda: all(t.is_running() for t in hidden), timeout=3000)

    class Paints(QObject):
        count = 0

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                Paints.count += 1
            return False

    paints = Paints()
    panel.view.viewport().installEventFilter(paints)
    flushes = []
    panel.model.rows_refreshed.connect(flushes.append)
    qtbot.waitUntil(lambda: len(flushes) >= 20, timeout=5000)  # 20 frames of changes
    panel.view.viewport().removeEventFilter(paints)
    # A range announcement repainted the viewport in every one of those frames;
    # a stray paint (the view laying out the rows just inserted) is no such thing.
    assert Paints.count <= 2
    task_manager.cancel_all()


def test_the_view_asks_for_each_cell_once_not_role_by_role(task_manager, qtbot, monkeypatch):
    calls = {"data": 0, "multiData": 0}
    data, multi = TaskModel.data, TaskModel.multiData

    def counted_data(self, *args):
        calls["data"] += 1
        return data(self, *args)

    def counted_multi(self, *args):
        calls["multiData"] += 1
        return multi(self, *args)

    # before the model exists: the bindings look up an override once
    monkeypatch.setattr(TaskModel, "data", counted_data)
    monkeypatch.setattr(TaskModel, "multiData", counted_multi)
    panel = _panel(qtbot, task_manager)
    for i in range(5):
        task_manager.run_thread(jobs.add, i)
    assert task_manager.wait_until_settled(3000)
    calls.update(data=0, multiData=0)
    panel.grab()
    cells = 5 * len(TaskModel.Column)
    assert calls["multiData"] >= cells - 10  # text cells: one call each (the delegates paint two)
    # only the two delegates' columns ask single roles: about 7 calls a cell before
    assert calls["data"] <= 5 * 4


def test_with_a_filter_on_rows_come_and_go_as_they_change(task_manager, qtbot):
    panel = _panel(qtbot, task_manager)
    release = threading.Event()
    task = task_manager.run_thread(jobs.progress_then_hold, 0.2, release)  # says "holding"
    qtbot.keyClicks(panel.filter_edit, "holding")
    qtbot.waitUntil(lambda: panel.view.model().rowCount() == 1, timeout=3000)
    panel.filter_edit.clear()
    panel.show_combo.setCurrentIndex(panel.show_combo.findData(Show.ACTIVE))
    assert panel.view.model().rowCount() == 1
    release.set()
    qtbot.waitUntil(task.is_final, timeout=3000)
    qtbot.waitUntil(lambda: panel.view.model().rowCount() == 0, timeout=3000)  # finished: hidden


def test_filtering_keeps_the_selection_and_the_current_row_while_shown(task_manager, qtbot):
    panel = _panel(qtbot, task_manager)
    tasks = [task_manager.run_thread(jobs.add, i) for i in range(6)]
    tasks[4] = task_manager.run_thread(jobs.fail_with_key_error)
    assert task_manager.wait_until_settled(3000)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=_cell_center(panel, tasks[4], Column.NAME))  # fmt: skip
    assert panel.selected_tasks() == [tasks[4]]
    qtbot.keyClicks(panel.filter_edit, "keyerror")
    assert panel.view.model() is panel.model  # the model filters its own rows
    assert panel.model.tasks() == [tasks[4]]
    assert panel.selected_tasks() == [tasks[4]]
    assert panel.details.task is tasks[4]
    panel.filter_edit.clear()
    assert panel.model.rowCount() == 7
    assert panel.selected_tasks() == [tasks[4]]
    assert panel.view.currentIndex().data(TaskModel.TaskRole) is tasks[4]
    # the selection still drives the panel after the swap
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=_cell_center(panel, tasks[1], Column.NAME))  # fmt: skip
    assert panel.details.task is tasks[1]


def test_re_sorting_by_a_moving_column_asks_no_filter_about_every_row(
    task_manager, qtbot, monkeypatch
):
    asked = []
    accepts = TaskFilter.accepts
    monkeypatch.setattr(
        TaskFilter, "accepts", lambda self, task: asked.append(task) or accepts(self, task)
    )
    panel = _panel(qtbot, task_manager)
    panel.show_only(Show.ALL)  # a filter that lets every row through: it is asked nothing
    for i in range(300):
        task_manager.run_thread(jobs.add, i)
    assert task_manager.wait_until_settled(5000)
    steps = [threading.Event() for _ in range(2)]

    def climb(ctx):  # 10 %, then 90 % when told
        ctx.set_progress(0.1)
        steps[0].wait(5)
        ctx.set_progress(0.9)
        steps[1].wait(5)

    climber = task_manager.run_thread(climb)
    stays = task_manager.run_thread(jobs.progress_then_hold, 0.5, steps[1])
    qtbot.waitUntil(lambda: climber.get_progress() == 0.1 and stays.get_progress() == 0.5)
    try:
        panel.view.sortByColumn(Column.PROGRESS, Qt.SortOrder.AscendingOrder)
        shown = panel.view.model()
        assert shown.index(0, 0).data(TaskModel.TaskRole) is climber
        steps[0].set()
        qtbot.waitUntil(lambda: climber.get_progress() == 0.9)
        panel.model._flush()  # the report announced (its flush may not have come yet)
        asked.clear()
        panel.model._tick_clock()  # the once-a-second re-sort
        panel.grab()  # and the table shows it
        assert shown.index(0, 0).data(TaskModel.TaskRole) is stays
        assert shown.index(1, 0).data(TaskModel.TaskRole) is climber
        assert not asked, f"{len(asked)} rows asked"  # a proxy in the way: all 302
    finally:
        for step in steps:
            step.set()


def test_with_a_filter_only_a_new_status_or_message_asks_it_again(task_manager, qtbot, monkeypatch):
    asked = []
    accepts = TaskFilter.accepts
    monkeypatch.setattr(
        TaskFilter, "accepts", lambda self, task: asked.append(task) or accepts(self, task)
    )
    panel = _panel(qtbot, task_manager)
    model = panel.model
    contexts = []
    tasks = [task_manager.add_coroutine(jobs.async_hand_over, contexts) for _ in range(20)]
    qtbot.waitUntil(lambda: len(contexts) == 20, timeout=3000)
    by_task = dict(zip(tasks, contexts, strict=True))  # coroutines start in submission order

    qtbot.keyClicks(panel.filter_edit, "keep")
    assert model.rowCount() == 0  # no task says "keep" yet
    for task in tasks[:10]:
        by_task[task].set_message("keep going")
    qtbot.waitUntil(lambda: model.rowCount() == 10, timeout=3000)
    assert sorted(model.tasks(), key=id) == sorted(tasks[:10], key=id)
    asked.clear()
    for context in contexts:
        context.set_progress(0.5)
    qtbot.waitUntil(lambda: all(t.get_progress() == 0.5 for t in tasks), timeout=3000)
    qtbot.waitUntil(lambda: not model._dirty, timeout=3000)  # and the model announced them
    assert asked == []  # progress cannot change what the filter says
    by_task[tasks[0]].set_message("stop")
    by_task[tasks[15]].set_message("keep this one")
    qtbot.waitUntil(lambda: model.rowCount() == 10 and tasks[15] in model.tasks(), timeout=3000)
    assert tasks[0] not in model.tasks()
    assert sorted(asked, key=id) == sorted([tasks[0], tasks[15]], key=id)
    assert model.tasks() == sorted(model.tasks(), key=lambda t: t.id)  # in submission order
    panel.filter_edit.clear()
    assert model.tasks() == tasks
    task_manager.cancel_all()
    assert task_manager.wait_until_settled(3000)


def test_whether_a_busy_bar_shows_is_known_without_asking_every_running_task(
    task_manager, qtbot, monkeypatch
):
    panel = _panel(qtbot, task_manager)
    model = panel.model
    contexts = []
    tasks = [task_manager.add_coroutine(jobs.async_hand_over, contexts) for _ in range(30)]
    qtbot.waitUntil(lambda: len(contexts) == 30 and model.rowCount() == 30, timeout=3000)
    assert model.has_busy_tasks()  # none has reported progress
    for context in contexts[1:]:
        context.set_progress(0.5)
    qtbot.waitUntil(lambda: all(t.has_progress() for t in tasks[1:]), timeout=3000)
    assert model.has_busy_tasks()  # the first still has not
    contexts[0].set_progress(0.1)
    qtbot.waitUntil(lambda: not model.has_busy_tasks(), timeout=3000)
    qtbot.waitUntil(lambda: not panel._busy_ticker.isActive(), timeout=3000)
    asked = []
    has_progress = Task.has_progress
    monkeypatch.setattr(Task, "has_progress", lambda task: asked.append(task) or has_progress(task))
    assert not model.has_busy_tasks()
    assert asked == []  # known from the reports as they came, not asked of all 30
    task_manager.cancel_all()
    assert task_manager.wait_until_settled(3000)


class _PaintCounter(QObject):
    """Counts paint events of the table's viewport."""

    def __init__(self, viewport):
        super().__init__()
        self.count = 0
        viewport.installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def _cell_image(panel, task):
    rect = panel.view.visualRect(panel.index_of(task, Column.PROGRESS))
    return panel.view.viewport().grab(rect).toImage()


def test_a_task_without_progress_shows_a_moving_busy_bar_never_stalled(task_manager, qtbot):
    panel = _panel(qtbot, task_manager)
    panel.model.rate.stall_after = 0.05
    busy = task_manager.run_thread(jobs.stamp_messages, 300, 0.005)  # messages, no progress
    qtbot.waitUntil(busy.is_running, timeout=3000)
    qtbot.waitUntil(lambda: panel.index_of(busy).isValid(), timeout=3000)
    frames = []

    def moved():
        frames.append(_cell_image(panel, busy))
        return len({f.cacheKey() for f in frames}) > 1 and frames[-1] != frames[0]

    qtbot.waitUntil(moved, timeout=3000)  # the chunk moves
    qtbot.wait(120)
    assert not panel.model.rate.stalled(busy.id)  # silent is not stalled
    assert panel.index_of(busy, Column.ETA).data() != "stalled"
    qtbot.waitUntil(busy.is_final, timeout=10_000)


def test_no_repaint_while_no_busy_row_is_visible(task_manager, qtbot):
    panel = _panel(qtbot, task_manager)
    done = task_manager.run_thread(jobs.add, 1)
    busy = task_manager.run_thread(jobs.until_cancelled)
    qtbot.waitUntil(lambda: done.is_final() and busy.is_running(), timeout=3000)
    qtbot.waitUntil(lambda: panel.index_of(busy).isValid(), timeout=3000)
    counter = _PaintCounter(panel.view.viewport())
    qtbot.waitUntil(lambda: counter.count >= 3, timeout=2000)  # busy on screen: animated
    assert panel.view.repaint_busy_cells() == 1  # its cell only
    panel.filter_edit.setText("add")  # the busy row is filtered out
    qtbot.waitUntil(lambda: not panel.index_of(busy).isValid(), timeout=2000)
    qtbot.wait(100)
    counter.count = 0
    qtbot.wait(300)
    assert counter.count == 0
    busy.cancel()
    assert task_manager.wait_until_settled(5000)


def test_the_name_column_grows_to_fit_new_names_within_reason(task_manager, qtbot):
    from tasker_qt.ui.column_fit import MOST

    panel = _panel(qtbot, task_manager)
    header = panel.view.horizontalHeader()
    title = "Hash every file in a folder and its sub-folders"
    task = task_manager.submit("thread", jobs.add, (1,), name=title)
    qtbot.waitUntil(lambda: panel.index_of(task).isValid(), timeout=3000)
    needed = panel.view.fontMetrics().horizontalAdvance(title)
    assert header.sectionSize(Column.NAME) > needed  # the whole title shows
    huge = task_manager.submit("thread", jobs.add, (1,), name="x" * 400)
    qtbot.waitUntil(lambda: panel.index_of(huge).isValid(), timeout=3000)
    assert header.sectionSize(Column.NAME) == MOST  # elided, not pushing the message away
    assert task_manager.wait_until_settled(3000)


def test_a_bar_drawn_once_is_reused_only_where_it_looks_the_same(task_manager, qtbot, qapp):
    # bars are kept as pictures (progress_delegate._Pictures): another palette
    # or another status must give another picture
    from PySide6.QtGui import QPalette

    from tasker_qt.ui.contrast import dark_palette

    panel = _panel(qtbot, task_manager)
    release = threading.Event()

    def half_then_fail(ctx):
        ctx.set_progress(0.5)
        release.wait(10)
        raise ValueError("stopped at half")

    task = task_manager.run_thread(half_then_fail)
    qtbot.waitUntil(lambda: panel.index_of(task, Column.PROGRESS).data() == "50%", timeout=3000)

    def bar():  # the bar alone, not the cell's background around it
        rect = panel.view.visualRect(panel.index_of(task, Column.PROGRESS)).adjusted(5, 5, -5, -5)
        return panel.view.viewport().grab(rect).toImage()

    plain = bar()
    old_palette = QPalette(qapp.palette())
    qapp.setPalette(dark_palette())
    try:
        qtbot.waitUntil(lambda: bar() != plain, timeout=2000)
    finally:
        qapp.setPalette(old_palette)
    qtbot.waitUntil(lambda: bar() == plain, timeout=2000)
    release.set()
    qtbot.waitUntil(task.is_final, timeout=3000)
    assert panel.index_of(task, Column.PROGRESS).data() == "50%"
    qtbot.waitUntil(lambda: bar() != plain, timeout=2000)  # in the colour of failure


def test_the_cancel_button_looks_pressed_while_pressed_only(task_manager, qtbot):
    # buttons are kept as pictures too: each look must be its own
    panel = _panel(qtbot, task_manager)
    task = task_manager.run_thread(jobs.until_cancelled)
    qtbot.waitUntil(lambda: panel.index_of(task).isValid() and task.is_running(), timeout=3000)
    cell = panel.view.visualRect(panel.index_of(task, Column.CANCEL))

    def button():
        return panel.view.viewport().grab(cell).toImage()

    raised = button()
    viewport = panel.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=cell.center())
    qtbot.waitUntil(lambda: button() != raised, timeout=2000)
    beside = QPoint(cell.left() + 1, cell.center().y())  # in the cell, off the button
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=beside)
    qtbot.waitUntil(lambda: button() == raised, timeout=2000)
    assert task.is_running()  # pressed and let go beside it: not a click
    task_manager.cancel_all()
    assert task_manager.wait_until_settled(3000)


def test_a_press_let_go_over_another_column_leaves_no_button_pressed(task_manager, qtbot):
    panel = _panel(qtbot, task_manager)
    task = task_manager.run_thread(jobs.until_cancelled)
    qtbot.waitUntil(lambda: panel.index_of(task).isValid() and task.is_running(), timeout=3000)
    viewport = panel.view.viewport()
    cell = panel.view.visualRect(panel.index_of(task, Column.CANCEL))
    message = panel.view.visualRect(panel.index_of(task, Column.MESSAGE)).center()

    def button():
        return viewport.grab(cell).toImage()

    raised = button()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=cell.center())
    qtbot.waitUntil(lambda: button() != raised, timeout=2000)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=message)
    qtbot.waitUntil(lambda: button() == raised, timeout=2000)
    # A later press elsewhere let go on the button is no click either (a click
    # is handled in the release itself).
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=message)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=cell.center())
    assert task.is_running() and not task.cancel_requested
    task_manager.cancel_all()
    assert task_manager.wait_until_settled(3000)


def test_with_a_filter_on_rows_stay_sorted_as_tasks_come_and_finish(task_manager, qtbot):
    panel = _panel(qtbot, task_manager)
    model = panel.model
    done = task_manager.run_thread(jobs.add, 1)  # says nothing: filtered out
    qtbot.waitUntil(done.is_final, timeout=3000)
    release = threading.Event()
    held = [task_manager.run_thread(jobs.progress_then_hold, i / 10, release) for i in range(4)]
    qtbot.waitUntil(lambda: all(t.get_message() == "holding" for t in held), timeout=3000)
    qtbot.keyClicks(panel.filter_edit, "holding")
    assert model.tasks() == held
    panel.view.sortByColumn(Column.PROGRESS, Qt.SortOrder.DescendingOrder)
    assert model.tasks() == held[::-1]
    release.set()  # they complete: 100 % each, and sort by id among equals
    qtbot.waitUntil(lambda: all(t.is_final() for t in held), timeout=3000)
    qtbot.waitUntil(lambda: model.tasks() == sorted(held, key=lambda t: -t.id), timeout=3000)
    more = [task_manager.run_thread(jobs.progress_then_hold, 0.5, release)]
    more.append(task_manager.run_thread(jobs.add, 1))  # filtered out: no row
    qtbot.waitUntil(lambda: more[0] in model.tasks() and more[0].is_final(), timeout=3000)
    assert more[1] not in model.tasks() and done not in model.tasks()
    assert [model.row_of(t.id) for t in model.tasks()] == list(range(5))
    assert model.row_of(more[1].id) is None and not panel.index_of(more[1]).isValid()
    panel.filter_edit.clear()
    assert model.rowCount() == 7 and panel.index_of(more[1]).isValid()


def test_the_delegates_ask_for_the_task_in_python_with_and_without_a_filter(task_manager, qtbot):
    """Painting the progress and cancel cells makes no call through C++ for the task.

    ``index.data(TaskRole)`` from a delegate goes to C++ and back into the
    model for every cell painted; ``task_of`` asks the model in Python.
    """
    from PySide6.QtCore import QSortFilterProxyModel

    from tasker_qt.ui.model import task_of

    panel = _panel(qtbot, task_manager)
    done = task_manager.run_thread(jobs.add, 1)
    qtbot.waitUntil(done.is_final, timeout=3000)
    release = threading.Event()
    held = [task_manager.run_thread(jobs.progress_then_hold, i / 10, release) for i in range(3)]
    qtbot.waitUntil(lambda: all(t.get_message() == "holding" for t in held), timeout=3000)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4, timeout=3000)  # their rows are shown

    def data_calls_while_painting():
        calls = []

        def watch(frame, event, arg):
            if event == "call" and frame.f_code is TaskModel.data.__code__:
                calls.append(frame.f_locals.get("role"))

        sys.setprofile(watch)
        try:
            panel.view.viewport().repaint()
        finally:
            sys.setprofile(None)
        return calls

    def tasks_as_shown(model):  # task_of against the model's own answer, row by row
        rows = range(-1, model.rowCount() + 1)
        column = Column.PROGRESS
        return [task_of(model.index(row, column)) for row in rows], [
            model.index(row, column).data(TaskModel.TaskRole) for row in rows
        ]

    assert data_calls_while_painting() == []
    ours, qts = tasks_as_shown(panel.view.model())
    assert ours == qts and sorted(filter(None, ours), key=id) == sorted([*held, done], key=id)
    qtbot.keyClicks(panel.filter_edit, "holding")
    assert panel.model.rowCount() == len(held)
    assert data_calls_while_painting() == []
    ours, qts = tasks_as_shown(panel.view.model())
    assert ours == qts and ours[0] is None and ours[-1] is None
    foreign = QSortFilterProxyModel()  # someone else's proxy: asked through TaskRole
    foreign.setSourceModel(panel.model)
    ours, qts = tasks_as_shown(foreign)
    assert ours == qts and len(list(filter(None, ours))) == len(held)  # the rows the model shows
    release.set()
    assert task_manager.wait_until_settled(3000)


def test_a_change_repaints_exactly_its_cells_on_screen(task_manager, qtbot):
    panel = _panel(qtbot, task_manager)
    model, view = panel.model, panel.view
    for i in range(300):
        task_manager.run_thread(jobs.add, i)
    assert task_manager.wait_until_settled(5000)
    # every row shown finished: no change of the model's own to come
    qtbot.waitUntil(lambda: model.finished_count() == 300 and not model._dirty, timeout=3000)
    qtbot.waitUntil(view.verticalScrollBar().isVisible, timeout=3000)  # the viewport narrowed

    regions = []

    class Paints(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                regions.append(event.region().boundingRect())
            return False

    def repainted_by(first_row, last_row):
        """The area painted after the model announces these rows' progress and message."""
        view.executeDelayedItemsLayout()  # nothing else pending: rows laid out and painted
        view.viewport().repaint()
        regions.clear()
        model.dataChanged.emit(
            model.index(first_row, Column.PROGRESS), model.index(last_row, Column.MESSAGE)
        )
        model.dataChanged.emit(  # rows out of sight paint nothing
            model.index(280, Column.PROGRESS), model.index(290, Column.MESSAGE)
        )
        qtbot.waitUntil(lambda: bool(regions), timeout=3000)
        return regions[0]

    def cells(first_row, last_row):
        return view.visualRect(model.index(first_row, Column.PROGRESS)).united(
            view.visualRect(model.index(last_row, Column.MESSAGE))
        )

    paints = Paints()
    view.viewport().installEventFilter(paints)
    # Qt's own: one pixel into the elapsed column and the row below, so those cells too
    assert repainted_by(2, 5) == cells(2, 5)
    # Qt's own: the whole viewport for more than 200 cells
    last_shown = view.rowAt(view.viewport().height() - 1)
    assert repainted_by(0, 199) == cells(0, last_shown).intersected(view.viewport().rect())
    view.viewport().removeEventFilter(paints)


@pytest.mark.timeout(60)
def test_in_a_burst_rows_come_and_go_at_the_rows_pace_and_so_do_repaints(task_manager, qtbot):
    """Rows that come and go repaint all the table shows: in a burst they change
    at most every ROWS_GAP_MS, not at every pass of the event loop."""
    import time

    from tasker_qt.ui.model import ROWS_GAP_MS

    panel = _panel(qtbot, task_manager)
    counter = _PaintCounter(panel.view.viewport())
    changes = []  # when rows came or went
    for signal in (panel.model.rowsInserted, panel.model.rowsRemoved):
        signal.connect(lambda *_: changes.append(time.perf_counter()))
    submitter = threading.Thread(
        target=lambda: [task_manager.run_thread(jobs.noop) for _ in range(20_000)]
    )
    submitter.start()
    qtbot.waitUntil(lambda: not submitter.is_alive(), timeout=30_000)
    assert task_manager.wait_until_settled(30_000)
    # One flush inserts and then removes rows (a few ms apart, more on a busy
    # machine): that is one change of the rows, which lasts less than a third
    # of the gap.
    moments = [b for a, b in itertools.pairwise([0.0, *changes]) if b - a > ROWS_GAP_MS / 3000]
    gaps = [(b - a) * 1000 for a, b in itertools.pairwise(moments)]
    assert len(moments) > 5
    # At every pass before: gaps of 8-15 ms, 54 paints a second.
    assert min(gaps) >= ROWS_GAP_MS * 0.9, sorted(gaps)[:5]
    # Each change repaints the table, at most once more for what follows it
    # (the columns fitted to new rows, a visible row's status).
    assert counter.count <= 2 * len(moments) + 5, (counter.count, len(moments))
