"""HistoryView: past runs — filter, details, run again, delete, clear, export."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QItemSelection, Qt, QTime, Signal
from PySide6.QtGui import QFontDatabase, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.history import INTERRUPTED, HistoryStore, Run, RunFilter, export_runs
from ..core.status import TaskStatus
from .history_model import HistoryModel, run_status_name
from .localized import date_time, number, value

_STATUSES = (TaskStatus.COMPLETED, TaskStatus.FAILED, TaskStatus.CANCELLED, TaskStatus.RUNNING)


class HistoryView(QWidget):
    """The runs kept in a ``HistoryStore``, newest first, a page at a time.

    Embeddable like ``TaskMonitorPanel``; ``run_again`` says which job to
    start with which parameters (the host decides how).
    """

    #: (job name, parameter values) of a run the user wants to repeat
    run_again = Signal(str, object)
    #: (file, runs written) when an export has finished
    exported = Signal(str, int)

    def __init__(self, store: HistoryStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.model = HistoryModel(store, self)

        self.job_combo = QComboBox()
        self.job_combo.setAccessibleName(self.tr("Job"))
        self.job_combo.setAccessibleDescription(self.tr("Shows only the runs of this job"))
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.setAccessibleDescription(self.tr("Shows only the runs that ended so"))
        self.status_combo.addItem(self.tr("Any status"), None)
        for status in _STATUSES:
            self.status_combo.addItem(run_status_name(status.value), status.value)
        self.status_combo.addItem(run_status_name(INTERRUPTED), INTERRUPTED)
        self.since_edit = self._date_edit(self.tr("From"), self.tr("Runs started on or after"))
        self.until_edit = self._date_edit(self.tr("To"), self.tr("Runs started on or before"))
        self.count_label = QLabel()
        for field in (self.job_combo, self.status_combo):
            field.currentIndexChanged.connect(self.apply_filter)
        for edit in (self.since_edit, self.until_edit):
            edit.dateChanged.connect(self.apply_filter)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Past runs"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(HistoryModel.Column.ID, Qt.SortOrder.DescendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(HistoryModel.Column.OUTCOME, QHeaderView.ResizeMode.Stretch)
        widths = {HistoryModel.Column.ID: 60, HistoryModel.Column.JOB: 180,
                  HistoryModel.Column.CREATED: 150, HistoryModel.Column.PARAMS: 220}  # fmt: skip
        for column, width in widths.items():
            header.resizeSection(column, width)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)

        self.details = QPlainTextEdit(readOnly=True)
        self.details.setAccessibleName(self.tr("Run details"))
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setPlaceholderText(self.tr("Select a run to see its details."))

        self.again_button = QPushButton(self.tr("Run again"))
        self.again_button.setToolTip(
            self.tr("Start the selected run's job with the same parameters")
        )
        self.again_button.clicked.connect(self._run_again)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.clear_button = QPushButton(self.tr("Clear…"))
        self.clear_button.clicked.connect(self._ask_to_clear)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self._choose_export)

        bar = QHBoxLayout()
        for widget in (self.job_combo, self.status_combo, self.since_edit, self.until_edit):
            bar.addWidget(widget)
        bar.addWidget(self.count_label, 1)
        for button in (self.again_button, self.delete_button, self.clear_button,
                       self.export_button):  # fmt: skip
            bar.addWidget(button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.refresh()

    def _date_edit(self, label: str, description: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setSpecialValueText(self.tr("{label}: any day").format(label=label))
        edit.setDate(edit.minimumDate())  # "any day"
        edit.setAccessibleName(label)
        edit.setAccessibleDescription(description)
        return edit

    # --- filtering -------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()  # runs ended while the tab was hidden
        super().showEvent(event)

    def refresh(self) -> None:
        """Read the job names and the first page again."""
        chosen = self.job_combo.currentData()
        self.job_combo.blockSignals(True)
        self.job_combo.clear()
        self.job_combo.addItem(self.tr("All jobs"), None)
        for job in self.store.jobs():
            self.job_combo.addItem(job, job)
        self.job_combo.setCurrentIndex(max(self.job_combo.findData(chosen), 0))
        self.job_combo.blockSignals(False)
        self.apply_filter()

    def current_filter(self) -> RunFilter:
        return RunFilter(
            job=self.job_combo.currentData(),
            status=self.status_combo.currentData(),
            since=_day_start(self.since_edit),
            until=_day_start(self.until_edit, days_later=1),
        )

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self.count_label.setText(self.tr("%n run(s)", "", self.model.total))
        self._show_selected()

    # --- the selected runs ---------------------------------------------------------------

    def selected_runs(self) -> list[Run]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.run(row) for row in rows]

    def _show_selected(self, *_: QItemSelection) -> None:
        runs = self.selected_runs()
        self.again_button.setEnabled(len(runs) == 1)
        self.delete_button.setEnabled(bool(runs))
        self.details.setPlainText(self.describe(runs[0]) if len(runs) == 1 else "")

    def describe(self, run: Run) -> str:
        """Everything kept about a run, as the details pane shows it."""
        lines = [
            self.tr("Run {id}: {job} ({name}), {kind}").format(
                id=run.id, job=run.job, name=run.name, kind=run.kind
            ),
            self.tr("Status: {status}").format(status=run_status_name(run.status)),
            self.tr("Started: {when}").format(when=date_time(run.started or run.created)),
        ]
        if run.duration is not None:
            lines.append(self.tr("Took: {seconds} s").format(seconds=number(run.duration, 1)))
        lines.append(self.tr("Parameters:"))
        lines += [f"    {name} = {value(item)}" for name, item in run.params.items()] or ["    —"]
        if run.result is not None:
            lines += [self.tr("Result:"), f"    {run.result}"]
        if run.error_type:
            lines += [self.tr("Error:"), run.traceback or f"{run.error_type}: {run.error_message}"]
        if run.log:
            lines += [self.tr("Log (last lines):"), run.log]
        return "\n".join(lines)

    def _run_again(self) -> None:
        runs = self.selected_runs()
        if len(runs) == 1:
            self.run_again.emit(runs[0].job, dict(runs[0].params))

    def delete_selected(self) -> int:
        removed = self.store.delete(run.id for run in self.selected_runs())
        self.refresh()
        return removed

    def _ask_to_clear(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Clear the history?"),
            self.tr("Forget all {count} finished runs? This cannot be undone.").format(
                count=number(self.store.count())
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.store.clear()
            self.refresh()

    # --- export --------------------------------------------------------------------------

    def _choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export runs"),
            str(Path.home() / "tasker-runs.csv"),
            self.tr("CSV (*.csv);;JSON (*.json)"),
        )
        if path:
            self.export(Path(path))

    def export(self, target: Path) -> threading.Thread:
        """Write the runs the filter shows to ``target`` (CSV or JSON) in a thread.

        ``exported`` follows when the file is complete.
        """
        where, source = self.current_filter(), self.store.path
        worker = threading.Thread(
            target=lambda: self.exported.emit(str(target), export_runs(source, where, target)),
            name="tasker-history-export",
            daemon=True,
        )
        worker.start()
        return worker


def _day_start(edit: QDateEdit, days_later: int = 0) -> float | None:
    """The start of the edit's day as a time stamp; None for "any day"."""
    if edit.date() == edit.minimumDate():
        return None
    moment = QDateTime(edit.date().addDays(days_later), QTime(0, 0))
    return moment.toSecsSinceEpoch() * 1.0
