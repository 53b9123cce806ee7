"""MainWindow: the tasker-qt desktop app — jobs on the left, their form, the task monitor."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from enum import Enum
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core.history import HistoryStore
from ..core.proxy import resolve_manager
from ..core.task import Task
from ..plugins.registry import JobExistsError, JobRegistry
from ..resources import app_icon_path
from ..ui.history_view import HistoryView
from ..ui.panel import TaskMonitorPanel
from ..ui.status_widget import TaskStatusWidget
from ..ui.task_filter import Show
from .folders import default_job_folders
from .job_form import JobForm
from .job_list import JobListWidget
from .notice_bar import NoticeBar
from .notifier import Notifier, NotifyWhen, Tray

translate = QCoreApplication.translate

SHUTDOWN_TIMEOUT = 10.0  # seconds tasks get to stop once the user chose to quit


class CloseChoice(Enum):
    """What to do with running tasks when the window is closed."""

    CANCEL_AND_QUIT = "cancel-and-quit"
    WAIT = "wait"
    KEEP_RUNNING = "keep-running"

    def button_text(self) -> str:
        """The close dialog's button for this choice, with its mnemonic."""
        return {
            CloseChoice.CANCEL_AND_QUIT: translate("MainWindow", "&Stop tasks and quit"),
            CloseChoice.WAIT: translate("MainWindow", "&Wait for tasks, then quit"),
            CloseChoice.KEEP_RUNNING: translate("MainWindow", "&Don't quit"),
        }[self]


def _close_choices_explained() -> str:
    return translate(
        "MainWindow",
        "Stop tasks and quit: asks every task to stop and closes as soon as they have; "
        "a process job that does not stop within a few seconds is ended.\n"
        "Wait for tasks, then quit: lets the tasks finish and closes then; until they "
        "have, you can still choose to quit now or not at all.\n"
        "Don't quit: the window stays open and the tasks carry on.",
    )


def _task_names(tasks: list[Task], most: int) -> str:
    """Names for a sentence, each marked "cancelling" once it was asked to stop."""
    cancelling = translate("MainWindow", "{name} (cancelling…)")
    names = [cancelling.format(name=t.name) if t.cancel_requested else t.name for t in tasks[:most]]
    return ", ".join(names) + ("…" if len(tasks) > most else "")


def _dropped_files(event: QDropEvent) -> list[Path]:
    data = event.mimeData()
    if not data.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]


class MainWindow(QMainWindow):
    """Pick a job, fill in its form, run it, watch it; drop .py files to install jobs.

    ``manager`` defaults to the global ``task_mgr``; ``registry`` to the
    user's job folder plus the bundled examples.
    """

    def __init__(
        self,
        manager: Any = None,
        registry: JobRegistry | None = None,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
        *,
        history: HistoryStore | None = None,
        tray: Tray | None = None,
    ) -> None:
        super().__init__(parent)
        self.history = history
        self.setWindowTitle("tasker-qt")
        self.setWindowIcon(QIcon(str(app_icon_path())))
        self.manager = resolve_manager(manager)
        if registry is None:
            registry = JobRegistry(default_job_folders(), self)
        self.registry = registry
        self.settings = settings or QSettings()
        self._quit_when_settled = False
        self._shut_down = False

        self.notice = NoticeBar()
        self.job_list = JobListWidget()
        self.form = JobForm()
        self.panel = TaskMonitorPanel(self.manager)
        self.status_widget = TaskStatusWidget(self.manager, target=self.panel)
        self.notifier = Notifier(self, self.manager, self.settings, tray)
        self.failures_button = QToolButton(autoRaise=True)
        self.failures_button.setAccessibleName(self.tr("Failures not yet looked at"))
        self.failures_button.clicked.connect(self.show_failures)
        self.failures_button.hide()
        self.notifier.failures_changed.connect(self._count_failures)
        self.statusBar().addPermanentWidget(self.failures_button)
        self.statusBar().addPermanentWidget(self.status_widget)

        self.top_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.top_splitter.addWidget(self.job_list)
        self.top_splitter.addWidget(self.form)
        self.top_splitter.setStretchFactor(1, 1)
        self.top_splitter.setSizes([260, 640])
        self.main_splitter = QSplitter(Qt.Orientation.Vertical)
        self.main_splitter.addWidget(self.top_splitter)
        self.history_view: HistoryView | None = None
        if history is None:
            self.main_splitter.addWidget(self.panel)
        else:  # past runs on a tab beside the live ones
            self.history_view = HistoryView(history)
            self.history_view.run_again.connect(self.run_again)
            self.bottom_tabs = QTabWidget()
            self.bottom_tabs.addTab(self.panel, self.tr("Tas&ks"))
            self.bottom_tabs.addTab(self.history_view, self.tr("Hi&story"))
            self.main_splitter.addWidget(self.bottom_tabs)
        self.main_splitter.setStretchFactor(1, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.notice)
        layout.addWidget(self.main_splitter, 1)
        self.setCentralWidget(central)
        self._build_menus()

        self.job_list.current_changed.connect(self.form.set_spec)
        self.job_list.current_changed.connect(self._order_tabs)  # after the new fields
        self.form.run_requested.connect(self.run_job)
        self.registry.jobs_changed.connect(self._refresh_jobs)
        self.manager.tasks_updated.connect(self._on_tasks_updated)
        self._refresh_jobs()
        self.job_list.list.setCurrentRow(0)
        self._order_tabs()

        self.setAcceptDrops(True)
        self._route_drops_to_window()
        self.job_list.current_changed.connect(self._route_drops_to_window)  # new form fields
        self.resize(1100, 760)
        self._restore_settings()

    def _order_tabs(self, *_: Any) -> None:
        """Tab goes as the eye does: job list, form, Run, filter, table, details.

        A job's fields are made when it is chosen, so without this they would
        come last, after the whole task table.
        """
        panel = self.panel
        chain = [
            self.job_list.search, self.job_list.list, *self.form.focus_chain(),
            panel.filter_edit, panel.show_combo, panel.cancel_selected_button,
            panel.cancel_all_button, panel.clear_button, panel.view, panel.details.tabs,
        ]  # fmt: skip
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- menus -----------------------------------------------------------------

    def _build_menus(self) -> None:
        def action(
            menu: QMenu,
            text: str,
            slot: Callable[[], object],
            shortcut: str | QKeySequence.StandardKey | None = None,
        ) -> QAction:
            act = QAction(text, menu)
            menu.addAction(act)
            act.triggered.connect(slot)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            return act

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        action(file_menu, self.tr("&Open job folder"), self.open_job_folder, "Ctrl+Shift+O")
        action(
            file_menu,
            self.tr("&Install job…"),
            self.choose_and_install,
            QKeySequence.StandardKey.Open,
        )
        action(
            file_menu,
            self.tr("&Reload jobs"),
            self.registry.rescan,
            QKeySequence.StandardKey.Refresh,
        )
        file_menu.addSeparator()
        action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        tasks_menu = self.menuBar().addMenu(self.tr("&Tasks"))
        action(tasks_menu, self.tr("&Run job"), self.form.request_run, "Ctrl+Return")
        self.panel.cancel_action.setText(self.tr("Cancel &selected"))  # Delete, Ctrl+Backspace
        tasks_menu.addAction(self.panel.cancel_action)
        action(tasks_menu, self.tr("Cancel &all"), self.panel.cancel_all, "Ctrl+Shift+Backspace")
        action(tasks_menu, self.tr("&Clear finished"), self.panel.clear_finished, "Ctrl+Shift+L")
        tasks_menu.addSeparator()
        notify_menu = tasks_menu.addMenu(self.tr("&Notify when long tasks end"))
        choices = QActionGroup(notify_menu)
        for when, text in (
            (NotifyWhen.ALL, self.tr("&Always")),
            (NotifyWhen.FAILURES, self.tr("Only when they &fail")),
            (NotifyWhen.NEVER, self.tr("&Never")),
        ):
            choice = QAction(text, choices, checkable=True, checked=self.notifier.when is when)
            choice.triggered.connect(partial(setattr, self.notifier, "when", when))
            notify_menu.addAction(choice)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        action(help_menu, self.tr("&About tasker-qt"), self.show_about)

    def show_about(self) -> None:
        folders = "<br>".join(str(f) for f in self.registry.folders)
        text = self.tr(
            "<b>tasker-qt {version}</b><p>Run job scripts in the background and watch "
            "them live.</p><p>Job folders:<br>{folders}</p>"
        )
        QMessageBox.about(
            self,
            self.tr("About tasker-qt"),
            text.format(version=__version__, folders=folders),
        )

    def open_job_folder(self) -> None:
        folder = self.registry.folders[0]
        folder.mkdir(parents=True, exist_ok=True)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self.notice.show_message(
                self.tr("No file manager could open the job folder. It is {folder}").format(
                    folder=folder
                ),
                "info",
                {self.tr("Copy path"): lambda: QGuiApplication.clipboard().setText(str(folder))},
            )

    def show_history_problem(self, reason: str) -> None:
        """Say, until dismissed, that the run history could not be opened and runs go unrecorded."""
        self.notice.show_message(
            self.tr("Runs are not recorded this time: {reason}").format(reason=reason),
            "error",  # stays until dismissed
        )

    # --- jobs ------------------------------------------------------------------

    def _refresh_jobs(self) -> None:
        self.job_list.set_jobs(self.registry.jobs())

    def run_job(self, name: str, values: dict[str, Any]) -> Task | None:
        if self._quit_when_settled:
            self.statusBar().showMessage(self.tr("Quitting: no new jobs are started."), 6000)
            return None
        try:
            task = self.registry.run(name, self.manager, **values)
        except (KeyError, ValueError, RuntimeError) as exc:
            self.notice.show_message(str(exc).strip("'\""), "error")
            return None
        started = self.tr("Started {name}")
        if not self.panel.select_task(task):  # a filter hides it: show it anyway
            self.panel.clear_filters()
            self.panel.select_task(task)
            started = self.tr("Started {name} (filters cleared to show it)")
        self.statusBar().showMessage(started.format(name=task.name), 6000)
        return task

    def _count_failures(self, count: int) -> None:
        self.failures_button.setText(self.tr("%n failed since you last looked", "", count))
        self.failures_button.setVisible(count > 0)

    def show_failures(self) -> None:
        """Show the failed tasks, and count them as looked at."""
        self.panel.show_only(Show.FAILED)
        if self.history_view is not None:
            self.bottom_tabs.setCurrentWidget(self.panel)
        self.notifier.seen()

    def run_again(self, job: str, params: dict[str, Any]) -> Task | None:
        """Repeat a stored run: same job, same parameters, shown on the Tasks tab."""
        task = self.run_job(job, params)
        if task is not None and self.history_view is not None:
            self.bottom_tabs.setCurrentWidget(self.panel)
        return task

    def choose_and_install(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Install job scripts"),
            str(Path.home()),
            self.tr("Python job scripts (*.py)"),
        )
        self.install_files([Path(p) for p in paths])

    def install_files(self, paths: list[Path]) -> list[str]:
        """Install job files, saying clearly what was refused; returns the names installed."""
        installed, refused = [], []
        for path in paths:
            try:
                try:
                    spec = self.registry.install(path)
                except JobExistsError as exists:
                    if not self.confirm_overwrite(exists.name, exists.shadowed):
                        continue
                    spec = self.registry.install(path, overwrite=True)
            except (ValueError, OSError) as exc:
                refused.append(str(exc))
            else:
                installed.append(spec.name)
        if refused:
            text = self.tr("Not installed: {reasons}").format(reasons="; ".join(refused))
            self.notice.show_message(text, "error")
        elif installed:
            text = self.tr("Installed {names}.").format(names=", ".join(installed))
            self.notice.show_message(text)
        if installed:
            self.job_list.select(installed[-1])
        return installed

    def confirm_overwrite(self, name: str, shadowed: Path | None = None) -> bool:
        """Ask before a dropped job replaces an installed one or hides one from *shadowed*."""
        if shadowed is not None:
            title = self.tr("Hide the job of the same name?")
            question = self.tr(
                "A job named “{name}” already comes from {folder}.\n\nInstall yours anyway? "
                "The list will show yours, and the other “{name}” stays hidden while yours "
                "is installed."
            ).format(name=name, folder=shadowed)
        else:
            title = self.tr("Replace job?")
            question = self.tr(
                "A job named “{name}” is already installed. Replace it with this file?"
            ).format(name=name)
        answer = QMessageBox.question(
            self,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # --- drag and drop ---------------------------------------------------------

    def _route_drops_to_window(self, *_: Any) -> None:
        """Make drops anywhere land on the window.

        Qt hands a drag to the nearest widget that accepts drops, so no child
        may (line edits and text views do by default).
        """
        for child in self.findChildren(QWidget):
            child.setAcceptDrops(False)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(path.suffix == ".py" for path in _dropped_files(event)):
            event.acceptProposedAction()
        elif _dropped_files(event):
            self.statusBar().showMessage(self.tr("Only .py job scripts can be dropped here"), 3000)
            event.ignore()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        event.acceptProposedAction() if _dropped_files(event) else event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _dropped_files(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.install_files(paths)

    # --- closing ---------------------------------------------------------------

    def ask_how_to_close(self, running: list[Task]) -> CloseChoice:
        """Ask what to do with running tasks (override or patch in tests)."""
        box, buttons = self.close_question(running)
        box.exec()
        clicked = box.clickedButton()
        return next((c for b, c in buttons.items() if b is clicked), CloseChoice.KEEP_RUNNING)

    def close_question(
        self, running: list[Task]
    ) -> tuple[QMessageBox, dict[QPushButton, CloseChoice]]:
        """The question ``ask_how_to_close`` asks, and its buttons' choices."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Tasks are still running"))
        still = self.tr("%n task(s) are still running: {names}", "", len(running))
        box.setText(still.format(names=_task_names(running, 5)))
        box.setInformativeText(_close_choices_explained())
        roles = {
            CloseChoice.CANCEL_AND_QUIT: QMessageBox.ButtonRole.DestructiveRole,
            CloseChoice.WAIT: QMessageBox.ButtonRole.AcceptRole,
            CloseChoice.KEEP_RUNNING: QMessageBox.ButtonRole.RejectRole,
        }
        buttons = {
            box.addButton(choice.button_text(), role): choice for choice, role in roles.items()
        }
        keep = next(b for b, c in buttons.items() if c is CloseChoice.KEEP_RUNNING)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        return box, buttons

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._shut_down:
            self._save_settings()
            event.accept()
            return
        event.ignore()  # we close ourselves once the tasks have wound down
        running = self.manager.tasks
        if not running:
            self._shut_down_and_close()
            return
        choice = self.ask_how_to_close(running)
        if choice is CloseChoice.KEEP_RUNNING:
            return
        if choice is CloseChoice.CANCEL_AND_QUIT:
            self.manager.cancel_all()
        self._quit_when_settled = True
        self.form.setEnabled(False)  # no new jobs while quitting
        self.manager.settled.connect(self._shut_down_and_close)
        self._show_waiting(self.manager.tasks)

    def _show_waiting(self, tasks: list[Task]) -> None:
        if not tasks:
            return
        waiting = self.tr("Quitting when %n task(s) have stopped: {names}", "", len(tasks))
        self.notice.show_message(
            waiting.format(names=_task_names(tasks, 4)),
            "info",
            {self.tr("Quit now"): self.cancel_and_quit, self.tr("Don't quit"): self._stay},
        )

    def _on_tasks_updated(self, _sender: Any, tasks: list[Task], _progress: float) -> None:
        if self._quit_when_settled:
            self._show_waiting(tasks)

    def cancel_and_quit(self) -> None:
        """Cancel every task and close once they have stopped (no question asked)."""
        self.manager.cancel_all()
        self._shut_down_and_close()

    def _stay(self) -> None:
        self._quit_when_settled = False
        self.form.setEnabled(True)
        self.manager.settled.disconnect(self._shut_down_and_close)
        self.notice.show_message(self.tr("Not quitting: the tasks carry on."))

    def _shut_down_and_close(self) -> None:
        if self._shut_down or self.manager.is_shut_down:
            self._shut_down = True
            self.close()
            return
        self.notice.show_message(self.tr("Stopping tasks and worker processes…"), sticky=True)
        self.setEnabled(False)
        self.manager.shutdown_in_background(SHUTDOWN_TIMEOUT, lambda _counts: self._closed_down())

    def _closed_down(self) -> None:
        self._shut_down = True
        self.setEnabled(True)
        self.close()

    # --- settings --------------------------------------------------------------

    def _save_settings(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/top_splitter", self.top_splitter.saveState())
        s.setValue("window/main_splitter", self.main_splitter.saveState())
        s.setValue("window/panel", self.panel.saveState())
        s.sync()

    def _restore_settings(self) -> None:
        s = self.settings
        if (geometry := s.value("window/geometry")) is not None:
            self.restoreGeometry(geometry)
        if (state := s.value("window/state")) is not None:
            self.restoreState(state)
        if (top := s.value("window/top_splitter")) is not None:
            self.top_splitter.restoreState(top)
        if (main := s.value("window/main_splitter")) is not None:
            self.main_splitter.restoreState(main)
        if (panel := s.value("window/panel")) is not None:
            self.panel.restoreState(panel)
