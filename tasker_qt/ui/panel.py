"""TaskMonitorPanel: the embeddable task monitor — filterable table, actions, details."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QDataStream,
    QIODevice,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..core.home_thread import DeletedAtHome
from ..core.proxy import resolve_manager
from ..core.task import Task
from .cancel_delegate import CancelButtonDelegate
from .column_fit import NameColumnFitter
from .contrast import readable_placeholder
from .details import TaskDetailsView
from .model import TaskModel, task_of
from .progress_delegate import ProgressDelegate
from .task_filter import Show, TaskFilter
from .task_view import TaskTableView

BUSY_FRAME_MS = 40  # busy bars move at 25 frames a second
_STATE_VERSION = 2  # 1 also held the status filter, which is no longer restored


class TaskMonitorPanel(DeletedAtHome, QWidget):
    """A complete task monitor to drop into any Qt window::

        panel = TaskMonitorPanel(task_mgr)
        layout.addWidget(panel)

    ``model`` is the TaskModel, ``view`` the table. Selections are resolved
    to tasks before anything acts on them, so rows moving underneath (tasks
    finishing, re-sorting) never make an action hit the wrong task.

    The table shows the TaskModel itself, which sorts and filters its own
    rows. A sort/filter proxy would ask Python whether to keep a row every
    time it changes (a call from C++ per row per frame) and map every painted
    cell back through the model; the model asks again only when a task's
    status or message changed, in the frame's own pass over the changes.
    """

    def __init__(self, manager: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.manager = resolve_manager(manager)
        self.model = TaskModel(self.manager, self)

        self.filter_edit = QLineEdit(placeholderText=self.tr("Filter by name or message…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter tasks"))
        self.filter_edit.setAccessibleDescription(
            self.tr("Shows only the tasks whose name, message or error contains this text")
        )
        readable_placeholder(self.filter_edit)
        self.filter_edit.textChanged.connect(self._filter_rows)
        self.show_combo = QComboBox()
        for show in Show:
            self.show_combo.addItem(show.label(), show)
        self.show_combo.currentIndexChanged.connect(self._filter_rows)
        self.show_combo.setAccessibleName(self.tr("Show tasks"))
        self.show_combo.setAccessibleDescription(self.tr("Which tasks the table shows, by status"))
        self.cancel_selected_button = QPushButton(self.tr("Cancel selected"))
        self.cancel_selected_button.clicked.connect(self.cancel_selected)
        self.cancel_all_button = QPushButton(self.tr("Cancel all"))
        self.cancel_all_button.clicked.connect(self.cancel_all)
        self.clear_button = QPushButton(self.tr("Clear finished"))
        self.clear_button.clicked.connect(self.clear_finished)

        self.view = self._make_view()
        self.details = TaskDetailsView(self.manager)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(True)

        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.show_combo)
        bar.addWidget(self.cancel_selected_button)
        bar.addWidget(self.cancel_all_button)
        bar.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

        # Delete cancels the selected tasks wherever the focus is in the panel's
        # window (a host window may add ``cancel_action`` to a menu too); text
        # fields keep Delete for themselves.
        self.cancel_action = QAction(self.tr("Cancel selected"), self)
        self.cancel_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Delete), QKeySequence("Ctrl+Backspace")]
        )
        self.cancel_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.cancel_action.triggered.connect(self.cancel_selected)
        self.addAction(self.cancel_action)
        self._follow_selection()
        # Busy bars move while a running task has reported no progress.
        self._busy_ticker = QTimer(self, interval=BUSY_FRAME_MS)
        self._busy_ticker.timeout.connect(self.view.repaint_busy_cells)
        self.model.rows_refreshed.connect(self._animate_busy_bars)
        self.model.rowsInserted.connect(self._animate_busy_bars)  # some start running at once
        # Once a frame at most: per changed row it cost the GUI thread a dozen
        # Qt calls for each of thousands of rows a second.
        self.model.rows_refreshed.connect(self._update_actions)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(self._update_actions)
        self._update_actions()

    def _make_view(self) -> TaskTableView:
        view = TaskTableView(self)
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # submission order until asked
        view.setMouseTracking(True)
        view.setAlternatingRowColors(True)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(26)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)
        view.setAccessibleName(self.tr("Tasks"))
        view.setAccessibleDescription(
            self.tr(
                "One row per task; Space or Return on a row's last cell cancels it, "
                "Delete cancels the selected tasks"
            )
        )
        view.cancel_key_pressed.connect(self._cancel_clicked)
        self.progress_delegate = ProgressDelegate(view)
        self.cancel_delegate = CancelButtonDelegate(view)
        self.cancel_delegate.cancel_clicked.connect(self._cancel_clicked)
        view.setItemDelegateForColumn(TaskModel.Column.PROGRESS, self.progress_delegate)
        view.setItemDelegateForColumn(TaskModel.Column.CANCEL, self.cancel_delegate)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TaskModel.Column.MESSAGE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TaskModel.Column.CANCEL, QHeaderView.ResizeMode.Fixed)
        widths = {"NAME": 180, "KIND": 64, "STATUS": 86, "PROGRESS": 140, "ELAPSED": 64,
                  "ETA": 72, "CANCEL": 34}  # fmt: skip
        for name, width in widths.items():
            header.resizeSection(TaskModel.Column[name], width)
        self.name_fitter = NameColumnFitter(view, self.model)
        return view

    # --- what the user acts on -------------------------------------------------

    def selected_tasks(self) -> list[Task]:
        """The selected tasks, in view order (resolved now: rows may move later)."""
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [task for row in rows if (task := self.model.task_at(row)) is not None]

    def cancel_selected(self) -> int:
        """Cancel the selected live tasks; returns how many were asked to stop."""
        return sum(task.cancel() for task in self.selected_tasks())

    def cancel_all(self) -> None:
        self.manager.cancel_all()

    def clear_finished(self) -> None:
        if self.details.task is not None and self.details.task.is_final():
            self.details.set_task(None)
        self.model.clear_finished()

    def select_task(self, task: Task) -> bool:
        """Select and show a task's row; False if it is filtered out or gone."""
        index = self.index_of(task)
        if not index.isValid():
            return False
        self.view.selectRow(index.row())
        self.view.scrollTo(index)
        return True

    def index_of(self, task: Task, column: int = 0) -> QModelIndex:
        """Where the table shows a task's cell (invalid if filtered out or gone)."""
        return self.model.index_of(task.id, column)

    # --- filtering -------------------------------------------------------------

    def clear_filters(self) -> None:
        """Show every task: no filter text, status "All tasks"."""
        self.filter_edit.clear()
        self.show_only(Show.ALL)

    def show_only(self, show: Show) -> None:
        """Choose what the status filter lets through, as the user would in its menu."""
        self.show_combo.setCurrentIndex(self.show_combo.findData(show))

    def _filter_rows(self) -> None:
        """Show what the filter text and the status choice let through; what was
        selected and current stays so, where it is still shown."""
        selected, current = self.selected_tasks(), self.view.currentIndex()
        current_task = task_of(current) if current.isValid() else None
        self.model.set_filter(TaskFilter(self.filter_edit.text(), self.show_combo.currentData()))
        if self.selected_tasks() == selected and task_of(self.view.currentIndex()) is current_task:
            return  # the rows stayed
        selection = self.view.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for task in selected:
            index = self.index_of(task)
            if index.isValid():
                selection.select(index, flags)
        if current_task is not None:
            index = self.index_of(current_task)
            if index.isValid():
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        self._update_actions()

    def _follow_selection(self) -> None:
        selection = self.view.selectionModel()
        selection.selectionChanged.connect(self._update_actions)
        selection.currentRowChanged.connect(self._show_current)

    def _cancel_clicked(self, task: Task) -> None:
        task.cancel()
        self.view.viewport().update()

    def _show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.details.set_task(task_of(current) if current.isValid() else None)

    def _animate_busy_bars(self, *_: Any) -> None:
        if self.model.has_busy_tasks():
            if not self._busy_ticker.isActive():
                self._busy_ticker.start()
        else:
            self._busy_ticker.stop()

    def _update_actions(self, *_: Any) -> None:
        selected = self.selected_tasks()
        live = any(not t.is_final() for t in selected)
        self.cancel_selected_button.setEnabled(live)
        self.cancel_action.setEnabled(live)
        self.cancel_all_button.setEnabled(self.manager.has_tasks())
        self.clear_button.setEnabled(self.model.finished_count() > 0)

    def _context_menu(self, position: QPoint) -> None:
        self.menu_for(self.selected_tasks()).popup(self.view.viewport().mapToGlobal(position))

    def menu_for(self, tasks: list[Task]) -> QMenu:
        """The context menu for these tasks (built for them: rows may move while it is open)."""
        menu = QMenu(self)
        live = [t for t in tasks if not t.is_final()]
        finished = [t for t in tasks if t.is_final()]
        failed = [t for t in finished if t.traceback]
        cancel = menu.addAction(self.tr("Cancel"), lambda: [t.cancel() for t in live])
        cancel.setEnabled(bool(live))
        copy = menu.addAction(self.tr("Copy error"), lambda: _copy_errors(failed))
        copy.setEnabled(bool(failed))
        details = menu.addAction(self.tr("Show details"), lambda: self._reveal_details(tasks[0]))
        details.setEnabled(len(tasks) == 1)
        remove = menu.addAction(
            self.tr("Remove from list"), lambda: self.model.remove_tasks(t.id for t in finished)
        )
        remove.setEnabled(bool(finished))
        return menu

    def _reveal_details(self, task: Task) -> None:
        self.details.set_task(task)
        sizes = self.splitter.sizes()
        if sizes[1] < 80:
            total = sum(sizes)
            self.splitter.setSizes([total * 2 // 3, total - total * 2 // 3])

    # --- persistence -----------------------------------------------------------

    def saveState(self) -> QByteArray:
        """Column widths and order, sort and splitter, for ``restoreState``.

        Filters are not kept: a filter restored at the next start would hide
        the tasks the user starts then, with nothing on screen saying why.
        """
        data = QByteArray()
        stream = QDataStream(data, QIODevice.OpenModeFlag.WriteOnly)
        stream.writeInt32(_STATE_VERSION)
        stream << self.view.horizontalHeader().saveState()
        stream << self.splitter.saveState()
        return data

    def restoreState(self, state: QByteArray | bytes) -> bool:
        """Apply a ``saveState`` result; False (changing nothing) if it is not one."""
        data = QByteArray(state)  # the stream reads it in place: keep it alive
        stream = QDataStream(data, QIODevice.OpenModeFlag.ReadOnly)
        if stream.readInt32() not in (1, _STATE_VERSION):
            return False
        header, splitter = QByteArray(), QByteArray()
        stream >> header
        stream >> splitter
        if stream.status() != QDataStream.Status.Ok:
            return False
        self.view.horizontalHeader().restoreState(header)
        self.splitter.restoreState(splitter)
        return True


def _copy_errors(tasks: list[Task]) -> None:
    text = "\n\n".join(f"{t.name}:\n{t.traceback}" for t in tasks)
    QGuiApplication.clipboard().setText(text)
