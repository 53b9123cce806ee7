"""The History tab: a million runs read a page at a time, filters, details, run again, export."""

from __future__ import annotations

import csv
import json
import sqlite3
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from tasker_qt.app import MainWindow
from tasker_qt.core.history import HistoryStore
from tasker_qt.core.history_recorder import HistoryRecorder
from tasker_qt.plugins import JobRegistry
from tasker_qt.ui.history_model import PAGE, HistoryModel
from tasker_qt.ui.history_view import HistoryView

Column = HistoryModel.Column
DAY = 86400.0
START = time.mktime((2026, 3, 1, 12, 0, 0, 0, 0, -1))  # noon, 1 March 2026, local time


def _fill(path: Path, count: int) -> None:
    """``count`` runs of seven jobs, one a minute from START, written straight into the file."""
    HistoryStore(path).close()  # the schema
    db = sqlite3.connect(path)
    statuses = ("completed", "failed", "cancelled")
    db.executemany(
        "INSERT INTO runs (job, name, kind, params, status, created, started, finished, duration)"
        " VALUES (?, ?, 'thread', ?, ?, ?, ?, ?, 1.0)",
        ((f"job{i % 7}", f"Job {i % 7}", f'{{"n": {i}}}', statuses[i % 3],
          START + 60 * i, START + 60 * i, START + 60 * i + 1) for i in range(count)),
    )  # fmt: skip
    db.commit()
    db.close()


@pytest.fixture(scope="module")
def million(tmp_path_factory):
    path = tmp_path_factory.mktemp("history") / "million.sqlite3"
    _fill(path, 1_000_000)
    return path


@pytest.fixture
def view(qtbot, million):
    store = HistoryStore(million)
    widget = HistoryView(store)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    store.close()


def test_a_million_runs_open_at_once_a_page_at_a_time(view, qtbot):
    model = view.model
    assert model.total == 1_000_000 and model.rowCount() == PAGE  # not the whole table
    assert model.index(0, Column.ID).data() == "1000000"  # newest first
    assert "1,000,000" in view.count_label.text() or "1000000" in view.count_label.text()
    started = time.perf_counter()
    view.table.scrollToBottom()  # the view asks for the next page itself
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE, timeout=2000)
    assert time.perf_counter() - started < 0.5
    view.table.sortByColumn(Column.JOB, Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == PAGE and model.run(0).job == "job0"
    view.table.sortByColumn(Column.STATUS, Qt.SortOrder.DescendingOrder)
    assert model.run(0).status == "failed"


def test_filters_by_job_status_and_dates(view):
    view.job_combo.setCurrentIndex(view.job_combo.findData("job3"))
    assert view.model.total == 142_857
    view.status_combo.setCurrentIndex(view.status_combo.findData("failed"))
    runs = [view.model.run(row) for row in range(view.model.rowCount())]
    assert runs and all(r.job == "job3" and r.status == "failed" for r in runs)
    view.job_combo.setCurrentIndex(0)  # all jobs
    view.status_combo.setCurrentIndex(0)  # any status
    view.since_edit.setDate(QDate(2026, 3, 2))
    view.until_edit.setDate(QDate(2026, 3, 2))  # one whole day: 1,440 runs a minute apart
    assert view.model.total == 1440
    assert all(time.localtime(view.model.run(r).created).tm_mday == 2 for r in range(PAGE))


@pytest.fixture
def small(qtbot, tmp_path):
    """A view over a file of ``count`` runs: ``small(count) -> (store, view)``."""
    stores = []

    def make(count):
        path = tmp_path / "small.sqlite3"
        _fill(path, count)
        stores.append(HistoryStore(path))
        view = HistoryView(stores[-1])
        qtbot.addWidget(view)
        return stores[-1], view

    yield make
    for store in stores:
        store.close()


def test_details_delete_and_clear(small, monkeypatch):
    store, view = small(10)
    view.table.selectRow(0)
    text = view.details.toPlainText()
    assert "Run 10: job2 (Job 2), thread" in text and "n = 9" in text
    assert view.again_button.isEnabled()
    view.table.selectRow(1)
    assert view.delete_selected() == 1 and view.model.total == 9
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    view.clear_button.click()
    assert view.model.total == 0 and store.count() == 0


@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_export_writes_the_filtered_runs_without_blocking(small, qtbot, tmp_path, suffix):
    _, view = small(30)
    view.status_combo.setCurrentIndex(view.status_combo.findData("failed"))
    target = tmp_path / f"runs{suffix}"
    with qtbot.waitSignal(view.exported, timeout=5000) as done:
        view.export(target).join(5)
    assert done.args == [str(target), 10]
    if suffix == ".json":
        rows = json.loads(target.read_text())
        assert {r["status"] for r in rows} == {"failed"} and rows[0]["params"] == {"n": 1}
    else:
        with target.open(newline="") as file:
            rows = list(csv.DictReader(file))
        assert len(rows) == 10 and {r["status"] for r in rows} == {"failed"}


RECORDED = '''\
"""Double it"""
MODE = "thread"

def run(context, n: int = 2):
    return 2 * n
'''


def test_run_again_from_the_history_tab(qtbot, task_manager, tmp_path):
    jobs = tmp_path / "jobs"
    jobs.mkdir()
    (jobs / "double.py").write_text(RECORDED)
    store = HistoryStore(tmp_path / "history.sqlite3")
    HistoryRecorder(task_manager, store)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(task_manager, JobRegistry([jobs]), settings, history=store)
    window.show()
    qtbot.waitExposed(window)
    try:
        first = window.run_job("double", {"n": 21})
        assert task_manager.wait_until_settled(5000) and first.result() == 42
        assert store.flush()
        window.bottom_tabs.setCurrentWidget(window.history_view)
        view = window.history_view
        qtbot.waitUntil(lambda: view.model.rowCount() == 1)
        view.table.selectRow(0)
        with qtbot.waitSignal(task_manager.task_finished, timeout=5000) as again:
            qtbot.mouseClick(view.again_button, Qt.MouseButton.LeftButton)
        assert again.args[0].result() == 42 and dict(again.args[0].params) == {"n": 21}
        assert window.bottom_tabs.currentWidget() is window.panel  # back to the live tasks
    finally:
        window._shut_down = True
        window.close()
        window.deleteLater()
        store.close()
