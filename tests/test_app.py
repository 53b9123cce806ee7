import signal
import subprocess
import sys
import threading
import time

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit, QWidget

from tasker_qt.app import MainWindow
from tasker_qt.app.window import CloseChoice
from tasker_qt.plugins import JobRegistry
from tasker_qt.ui import Show, TaskModel
from tests import jobs

JOB = '''\
"""Repeat a word

Says a word several times.
"""
from typing import Literal

MODE = "thread"

def run(context, word: str = "hi", times: int = 2, shout: bool = False,
        sep: Literal[" ", "-"] = " "):
    text = sep.join([word] * times)
    return text.upper() if shout else text
'''

HOLD = '''\
"""Hold until cancelled"""
import time

MODE = "thread"

def run(context, seconds: float = 30.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not context.is_cancelled():
        time.sleep(0.01)
    return "held"
'''


@pytest.fixture
def folders(tmp_path):
    mine, shared = tmp_path / "mine", tmp_path / "shared"
    mine.mkdir()
    shared.mkdir()
    (shared / "repeat.py").write_text(JOB)
    (shared / "hold.py").write_text(HOLD)
    (shared / "broken.py").write_text(
        '"""Broken one"""\ndef run(context, x: list = []):\n    pass\n'
    )
    return mine, shared


@pytest.fixture
def window(qtbot, task_manager, folders, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(task_manager, JobRegistry(folders), settings)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win._shut_down = True  # close without asking: the fixture's manager shuts down on its own
    win.close()
    win.deleteLater()


def _drag_files(paths):
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return data


def _drop_on(widget, paths):
    """Drag files onto a widget and drop them; Qt passes them up to whoever accepts drops."""
    data = _drag_files(paths)
    pos, actions = QPoint(5, 5), Qt.DropAction.CopyAction
    buttons, no_keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
    enter = QDragEnterEvent(pos, actions, data, buttons, no_keys)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(pos), actions, data, buttons, no_keys)
    QApplication.sendEvent(widget, drop)
    return drop


def test_job_list_shows_valid_and_broken_jobs(window):
    titles = [window.job_list.list.item(i).text() for i in range(window.job_list.list.count())]
    assert titles == ["Broken one (broken)", "Hold until cancelled", "Repeat a word"]
    window.job_list.select("broken")
    assert "cannot run" in window.form.problem.text()
    assert "supported types" in window.form.problem.text()
    assert not window.form.run_button.isEnabled()


def test_search_narrows_the_job_list(window, qtbot):
    qtbot.keyClicks(window.job_list.search, "word")
    shown = [
        window.job_list.list.item(i).text()
        for i in range(window.job_list.list.count())
        if not window.job_list.list.item(i).isHidden()
    ]
    assert shown == ["Repeat a word"]


def test_form_values_reach_the_job(window, task_manager, qtbot):
    window.job_list.select("repeat")
    fields = window.form.fields
    assert isinstance(fields["word"], QLineEdit) and isinstance(fields["times"], QLineEdit)
    assert isinstance(fields["shout"], QCheckBox) and isinstance(fields["sep"], QComboBox)
    fields["word"].clear()
    qtbot.keyClicks(fields["word"], "ok")
    fields["times"].setValue(3)
    box = fields["shout"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    fields["sep"].setCurrentIndex(1)
    with qtbot.waitSignal(task_manager.task_finished, timeout=5000) as finished:
        qtbot.mouseClick(window.form.run_button, Qt.MouseButton.LeftButton)
    assert finished.args[0].result() == "OK-OK-OK"
    assert finished.args[0].name == "Repeat a word"


def _focus(qtbot, window, widget):
    window.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=3000)


@pytest.mark.parametrize(
    ("field", "modifier"),
    [
        ("word", Qt.KeyboardModifier.ControlModifier),  # the window's Run job action
        ("word", Qt.KeyboardModifier.NoModifier),  # Return in a line edit
        ("times", Qt.KeyboardModifier.NoModifier),  # ... in a spin box
        ("shout", Qt.KeyboardModifier.NoModifier),  # ... on a check box
    ],
)
def test_return_in_a_form_field_runs_the_selected_job(window, task_manager, qtbot, field, modifier):
    window.job_list.select("repeat")
    widget = window.form.fields[field]
    _focus(qtbot, window, widget)
    with qtbot.waitSignal(task_manager.task_finished, timeout=5000) as finished:
        qtbot.keyClick(widget, Qt.Key.Key_Return, modifier)
    assert finished.args[0].result() == "hi hi"


def test_bad_field_value_gets_an_inline_message(window, task_manager, tmp_path):
    (tmp_path / "mine" / "sized.py").write_text(
        '"""Sized"""\nMODE = "thread"\n\ndef run(context, count: int = 5_000_000_000):\n'
        "    return count\n"
    )
    window.registry.rescan()
    window.job_list.select("sized")
    field = window.form.fields["count"]  # too big for a spin box: a line edit
    field.setText("lots")
    window.form.request_run()
    assert window.form.errors["count"].isVisibleTo(window)
    assert "whole number" in window.form.errors["count"].text()
    assert not task_manager.has_tasks()


def test_dropping_a_job_file_installs_it_and_lists_it(window, folders, tmp_path):
    mine, _ = folders
    new = tmp_path / "greet.py"
    new.write_text(
        '"""Greet"""\nMODE = "thread"\n\ndef run(context, who: str = "you"):\n    pass\n'
    )
    window.job_list.select("repeat")  # a form full of line edits, which like drops
    assert not [w for w in window.findChildren(QWidget) if w.acceptDrops()]
    _drop_on(window.form.fields["word"], [new])  # a drop on a child lands on the window
    assert (mine / "greet.py").read_text() == new.read_text()
    assert window.job_list.current_spec().name == "greet"
    assert "Installed greet" in window.notice.label.text()


def test_rejected_drop_says_why_and_copies_nothing(window, folders, tmp_path):
    mine, _ = folders
    bad = tmp_path / "bad.py"
    bad.write_text("def run(:\n")
    _drop_on(window.job_list.search, [bad])
    assert list(mine.iterdir()) == []
    assert window.notice.isVisible() and window.notice.level == "error"
    assert "bad.py is not a valid job" in window.notice.label.text()


def test_dropping_an_existing_name_asks_before_overwriting(window, folders, tmp_path, monkeypatch):
    mine, _ = folders
    (mine / "repeat.py").write_text(JOB)
    newer = tmp_path / "repeat.py"
    newer.write_text(JOB.replace("Repeat a word", "Repeat a word, v2"))
    asked = []
    monkeypatch.setattr(window, "confirm_overwrite", lambda name, why: asked.append(name) or False)
    _drop_on(window, [newer])
    assert asked == ["repeat"] and (mine / "repeat.py").read_text() == JOB
    monkeypatch.setattr(window, "confirm_overwrite", lambda name, why: True)
    _drop_on(window, [newer])
    assert "v2" in (mine / "repeat.py").read_text()


def test_closing_with_tasks_keep_running(window, task_manager, qtbot, monkeypatch):
    task = window.run_job("hold", {})
    qtbot.waitUntil(task.is_running, timeout=3000)
    monkeypatch.setattr(window, "ask_how_to_close", lambda tasks: CloseChoice.KEEP_RUNNING)
    window.close()
    assert window.isVisible() and task.is_running()
    task.cancel()


def test_closing_with_tasks_cancel_and_quit(window, task_manager, qtbot, monkeypatch):
    task = window.run_job("hold", {})
    qtbot.waitUntil(task.is_running, timeout=3000)
    monkeypatch.setattr(window, "ask_how_to_close", lambda tasks: CloseChoice.CANCEL_AND_QUIT)
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
    assert task.get_status() == "cancelled"
    assert task_manager.is_shut_down


def test_closing_with_tasks_wait_shows_what_it_waits_for(window, task_manager, qtbot, monkeypatch):
    task = window.run_job("hold", {"seconds": 0.6})
    qtbot.waitUntil(task.is_running, timeout=3000)
    monkeypatch.setattr(window, "ask_how_to_close", lambda tasks: CloseChoice.WAIT)
    window.close()
    assert window.isVisible()
    assert "Hold until cancelled" in window.notice.label.text()
    assert window.notice.button("Quit now") is not None
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
    assert task.result() == "held"  # it finished on its own


def test_window_state_is_saved_and_restored(qtbot, task_manager, folders, tmp_path):
    settings = QSettings(str(tmp_path / "state.ini"), QSettings.Format.IniFormat)
    first = MainWindow(task_manager, JobRegistry(folders), settings)
    first.show()
    first.resize(780, 640)
    first.top_splitter.setSizes([350, 550])
    first.close()  # no tasks: shuts the manager down and closes
    qtbot.waitUntil(lambda: not first.isVisible(), timeout=5000)
    second = MainWindow(task_manager, JobRegistry(folders), settings)
    assert (second.size().width(), second.size().height()) == (780, 640)
    assert second.top_splitter.sizes()[0] == 350
    second.deleteLater()


def test_command_line_help_and_version():
    ran = subprocess.run(
        [sys.executable, "-m", "tasker_qt", "--version"], capture_output=True, text=True
    )
    assert ran.returncode == 0 and ran.stdout.startswith("tasker-qt ")
    ran = subprocess.run(
        [sys.executable, "-m", "tasker_qt", "--help"], capture_output=True, text=True
    )
    assert "--jobs DIR" in ran.stdout
    ran = subprocess.run(
        [sys.executable, "-m", "tasker_qt", "--jobs", "/no/such/dir"],
        capture_output=True,
        text=True,
    )
    assert ran.returncode == 2 and "no such folder" in ran.stderr


def _run_app(tmp_path, driver: str, argv: list[str]) -> subprocess.CompletedProcess:
    """Run the real entry point in a child process; ``driver`` sets up timers that drive it."""
    script = tmp_path / "drive.py"
    script.write_text(
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        f"os.environ['XDG_DATA_HOME'] = {str(tmp_path / 'data')!r}\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from tasker_qt.app import main\n"
        "app = QApplication([])\n"
        f"{driver}"
        f"sys.exit(main({argv!r}))\n"
    )
    return subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=60)


def test_main_opens_the_window_on_a_qasync_loop(tmp_path, monkeypatch):
    """Run the real entry point in a child process and close its window from a timer."""
    ran = _run_app(
        tmp_path,
        "def close_windows():\n"
        "    shown = [w for w in app.topLevelWidgets() if w.isVisible()]\n"
        "    print('windows:', [w.windowTitle() for w in shown], flush=True)\n"
        "    for w in shown: w.close()\n"
        "QTimer.singleShot(1500, close_windows)\n",
        ["--jobs", str(tmp_path)],
    )
    assert ran.returncode == 0, ran.stderr
    assert "windows: ['tasker-qt']" in ran.stdout
    assert (tmp_path / "data" / "tasker-qt" / "jobs").is_dir()  # created on first run


def test_a_history_file_it_cannot_use_leaves_the_app_running_and_says_why(tmp_path):
    """No history is kept this session, and a notice names the file and what is wrong."""
    spoiled = tmp_path / "history.sqlite3"
    spoiled.write_text("not a database")
    ran = _run_app(
        tmp_path,
        "def look_and_close():\n"
        "    shown = [w for w in app.topLevelWidgets() if w.isVisible()]\n"
        "    if not shown:\n"
        "        return QTimer.singleShot(20, look_and_close)\n"
        "    notice = shown[0].notice\n"
        "    print('notice:', notice.isVisible(), notice.level, notice.label.text(), flush=True)\n"
        "    for w in shown: w.close()\n"
        "QTimer.singleShot(0, look_and_close)\n",
        ["--jobs", str(tmp_path), "--history", str(spoiled)],
    )
    assert ran.returncode == 0, ran.stderr
    assert "notice: True error Runs are not recorded this time:" in ran.stdout
    assert f"{spoiled} is not a SQLite database" in ran.stdout
    assert spoiled.read_text() == "not a database"  # left as it was


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGINT])
def test_sigterm_and_sigint_cancel_and_quit_cleanly(tmp_path, how):
    script = tmp_path / "drive.py"
    script.write_text(
        "import os, sys, time\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        f"os.environ['XDG_DATA_HOME'] = {str(tmp_path / 'data')!r}\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from tasker_qt import task_mgr\n"
        "from tasker_qt.app import main\n"
        "app = QApplication([])\n"
        "def polite(ctx):\n"
        "    while not ctx.is_cancelled():\n"
        "        time.sleep(0.01)\n"
        "def ready():\n"
        "    if not any(w.isVisible() for w in app.topLevelWidgets()):\n"
        "        return QTimer.singleShot(20, ready)\n"
        "    task = task_mgr.run_thread(polite)\n"
        "    app.aboutToQuit.connect(lambda: print('task:', task.get_status(), flush=True))\n"
        "    print('ready', flush=True)\n"
        "QTimer.singleShot(0, ready)\n"
        "sys.exit(main([]))\n"
    )
    app = subprocess.Popen(
        [sys.executable, str(script)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert app.stdout.readline().strip() == "ready"
        app.send_signal(how)
        out, err = app.communicate(timeout=30)
    finally:
        app.kill()
        app.wait()
    assert app.returncode == 0, err
    assert "task: cancelled" in out
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err


def test_a_status_filter_is_not_kept_and_cannot_hide_a_job_just_started(
    window, task_manager, folders, tmp_path, qtbot
):
    panel = window.panel
    panel.show_combo.setCurrentIndex(panel.show_combo.findText("Failed"))
    window._save_settings()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    again = MainWindow(task_manager, JobRegistry(folders), settings)
    qtbot.addWidget(again)
    assert again.panel.show_combo.currentText() == "All tasks"  # not kept across restarts
    window.job_list.select("repeat")
    qtbot.keyClicks(panel.filter_edit, "nothing matches this")
    with qtbot.waitSignal(task_manager.task_finished, timeout=5000) as finished:
        qtbot.mouseClick(window.form.run_button, Qt.MouseButton.LeftButton)
    task = finished.args[0]
    assert panel.show_combo.currentText() == "All tasks" and panel.filter_edit.text() == ""
    assert panel.index_of(task).isValid()
    assert "filters cleared" in window.statusBar().currentMessage()


def test_a_task_asked_to_stop_reads_cancelling_until_it_ends(window, task_manager, qtbot):
    from tasker_qt.ui import TaskModel

    release = threading.Event()
    stubborn = task_manager.run_thread(jobs.progress_then_hold, 0.5, release)  # ignores cancel
    qtbot.waitUntil(stubborn.is_running, timeout=3000)
    panel = window.panel
    panel.select_task(stubborn)
    status = panel.index_of(stubborn, TaskModel.Column.STATUS)
    stubborn.cancel()  # from code: the row must follow without a click
    qtbot.waitUntil(lambda: status.data() == "Cancelling…", timeout=2000)
    assert status.data(Qt.ItemDataRole.ToolTipRole).startswith(stubborn.name)
    assert "Cancelling…" in status.data(Qt.ItemDataRole.ToolTipRole)
    qtbot.waitUntil(lambda: panel.details.status.text().startswith("Cancelling…"), timeout=2000)
    box, buttons = window.close_question(task_manager.tasks)
    assert "(cancelling…)" in box.text()
    texts = sorted(b.text() for b in buttons)
    assert texts == ["&Don't quit", "&Stop tasks and quit", "&Wait for tasks, then quit"]
    for choice in ("Stop tasks and quit:", "Wait for tasks, then quit:", "Don't quit:"):
        assert choice in box.informativeText()
    box.deleteLater()
    release.set()
    qtbot.waitUntil(stubborn.is_final, timeout=3000)
    assert status.data() == "Cancelled"


def test_no_job_starts_while_quitting(window, task_manager, qtbot, monkeypatch):
    task = window.run_job("hold", {"seconds": 5})
    qtbot.waitUntil(task.is_running, timeout=3000)
    window.job_list.select("repeat")
    assert window.form.run_button.isEnabled()
    monkeypatch.setattr(window, "ask_how_to_close", lambda tasks: CloseChoice.WAIT)
    window.close()
    assert not window.form.run_button.isEnabled()
    assert window.run_job("repeat", {}) is None and len(task_manager.tasks) == 1
    window.notice.button("Don't quit").click()
    assert window.form.run_button.isEnabled()
    task.cancel()


def test_qt_options_on_the_command_line_go_to_qt(tmp_path):
    script = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "import importlib\n"
        "entry = importlib.import_module('tasker_qt.app.main')\n"
        "from tasker_qt.app import window\n"
        "def show(self):\n"
        "    print(QApplication.style().name(), QApplication.isRightToLeft(), flush=True)\n"
        "    QTimer.singleShot(0, QApplication.quit)\n"
        "window.MainWindow.show = show\n"
        "sys.exit(entry.main(sys.argv[1:]))\n"
    )
    env = {**__import__("os").environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path)}
    ran = subprocess.run(
        [sys.executable, "-c", script, "-style", "Fusion", "-reverse", "--platform=offscreen"],
        capture_output=True, text=True, timeout=60, env=env,
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.split() == ["fusion", "True"]
    ran = subprocess.run(
        [sys.executable, "-m", "tasker_qt", "-style", "Fusion", "--version"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert ran.returncode == 0 and ran.stdout.startswith("tasker-qt ")


@pytest.fixture(params=["default", "dark"])
def palette_window(request, qapp, qtbot, task_manager, folders, tmp_path):
    """The main window under the default palette and under a dark Fusion one."""
    from PySide6.QtGui import QPalette

    from tasker_qt.ui.contrast import dark_palette

    old_style, old_palette = qapp.style().name(), QPalette(qapp.palette())
    if request.param == "dark":
        qapp.setStyle("Fusion")
        qapp.setPalette(dark_palette())
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(task_manager, JobRegistry(folders), settings)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win._shut_down = True
    win.close()
    win.deleteLater()
    qapp.setStyle(old_style)
    qapp.setPalette(old_palette)


def _painted_background(label):
    """The colour actually behind a label's text, as the window paints it."""
    window = label.window()
    corner = label.mapTo(window, QPoint(label.width() - 2, label.height() // 2))
    return window.grab().toImage().pixelColor(corner)


def test_every_text_reads_on_its_background(palette_window, task_manager, qtbot):
    """Contrast of the colours actually used, >= 4.5:1, light palette and dark."""
    from PySide6.QtGui import QPalette

    from tasker_qt.ui import TaskModel
    from tasker_qt.ui.contrast import contrast, opaque

    win = palette_window
    role = QPalette.ColorRole
    checks = {}
    for level in ("info", "error"):
        win.notice.show_message(f"an {level} notice", level)
        qtbot.waitUntil(win.notice.isVisible, timeout=2000)
        label = win.notice.label
        checks[f"{level} notice"] = (
            label.palette().color(label.foregroundRole()),
            _painted_background(label),
        )
    win.job_list.select("broken")
    problem = win.form.problem
    checks["form problem"] = (
        problem.palette().color(problem.foregroundRole()),
        _painted_background(problem),
    )
    for name, field in (("filter", win.panel.filter_edit), ("search", win.job_list.search)):
        base = field.palette().color(role.Base)
        checks[f"{name} placeholder"] = (
            opaque(field.palette().color(role.PlaceholderText), base),
            base,
        )
    failed = task_manager.run_thread(jobs.fail_with_key_error)
    qtbot.waitUntil(failed.is_final, timeout=3000)
    cell = win.panel.index_of(failed, TaskModel.Column.MESSAGE)
    view = win.panel.view.palette()
    for background in (role.Base, role.AlternateBase):
        checks[f"failed row on {background.name}"] = (
            cell.data(Qt.ItemDataRole.ForegroundRole).color(),
            view.color(background),
        )
    broken = win.job_list.list.item(0)
    checks["broken job"] = (
        broken.foreground().color(),
        win.job_list.list.palette().color(role.Base),
    )
    low = {
        name: round(contrast(*pair), 2) for name, pair in checks.items() if contrast(*pair) < 4.5
    }
    assert low == {}


BIG = """\
\"\"\"Big numbers\"\"\"
from pathlib import Path

MODE = "thread"

def run(context, n: int = 3_000_000_000, small: int = 7, output: Path = Path("out")):
    return n, small, str(output)
"""


def test_whole_numbers_of_any_size_and_messages_that_follow_the_typing(
    window, task_manager, folders, qtbot
):
    (folders[1] / "big.py").write_text(BIG)
    window.registry.rescan()

    def shown():
        window.job_list.select("big")
        return window.form.spec is not None and window.form.spec.name == "big"

    qtbot.waitUntil(shown, timeout=3000)
    fields, errors = window.form.fields, window.form.errors
    assert fields["n"].text() == window.locale().toString(3_000_000_000)
    fields["n"].setFocus()
    qtbot.waitUntil(fields["n"].hasFocus, timeout=2000)
    fields["n"].selectAll()
    qtbot.keyClicks(fields["n"], "10000000000")
    fields["small"].setFocus()
    qtbot.waitUntil(fields["small"].hasFocus, timeout=2000)
    qtbot.keyClick(fields["small"], Qt.Key.Key_Up)
    where = fields["output"].edit
    where.clear()
    qtbot.mouseClick(window.form.run_button, Qt.MouseButton.LeftButton)
    assert errors["output"].isVisible() and "required" in errors["output"].text()
    where.setFocus()
    qtbot.waitUntil(where.hasFocus, timeout=2000)
    qtbot.keyClicks(where, "x")  # an output folder need not exist yet
    assert not errors["output"].isVisible()  # gone as soon as a folder is typed
    with qtbot.waitSignal(task_manager.task_finished, timeout=5000) as finished:
        qtbot.mouseClick(window.form.run_button, Qt.MouseButton.LeftButton)
    assert finished.args[0].result() == (10_000_000_000, 8, "x")
    fields["small"].selectAll()
    qtbot.keyClicks(fields["small"], "12a")  # the validator keeps out what is no number
    assert fields["small"].text() == "12"


READS = """\
\"\"\"Reads a folder\"\"\"
from pathlib import Path

MODE = "thread"

def run(context, folder: Path = Path("~")):
    return str(folder)
"""


def _folder_field_of_reads(window, folders, qtbot):
    """Install the READS job, select it, and focus its folder field with its text selected."""
    (folders[1] / "reads.py").write_text(READS)
    window.registry.rescan()
    qtbot.waitUntil(lambda: window.job_list.select("reads") or window.form.spec is not None)
    qtbot.waitUntil(lambda: window.form.spec.name == "reads", timeout=3000)
    edit, error = window.form.fields["folder"].edit, window.form.errors["folder"]
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus, timeout=2000)
    edit.selectAll()
    return edit, error


def test_a_folder_the_job_reads_must_exist_before_it_runs(
    window, task_manager, folders, qtbot, tmp_path
):
    (tmp_path / "a-file.txt").write_text("not a folder")
    edit, error = _folder_field_of_reads(window, folders, qtbot)
    qtbot.keyClicks(edit, str(tmp_path / "nowhere"))
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # the file system is asked off the GUI thread
    qtbot.waitUntil(lambda: error.isVisible() and "There is no folder" in error.text())
    assert window.form.run_button.isEnabled()
    assert task_manager.tasks == []  # nothing ran
    qtbot.keyClick(edit, Qt.Key.Key_Backspace, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not error.isVisible())  # the message follows the typing
    qtbot.keyClicks(edit, "a-file.txt")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: error.isVisible() and "is not a folder" in error.text())
    assert task_manager.tasks == []
    edit.selectAll()
    qtbot.keyClicks(edit, str(tmp_path))
    qtbot.waitUntil(lambda: not error.isVisible())
    with qtbot.waitSignal(task_manager.task_finished, timeout=5000) as finished:
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert finished.args[0].result() == str(tmp_path)


def test_a_path_on_a_share_that_does_not_answer_never_freezes_the_window(
    window, task_manager, folders, qtbot, tmp_path, monkeypatch
):
    """Looking at an input path is a ``stat``, which blocks while a network share hangs."""
    from tasker_qt.app.job_form import JobForm
    from tasker_qt.plugins.spec import JobParam

    hung, asked = threading.Event(), threading.Event()
    looked_at = JobParam.path_problem

    def hanging(param, path):
        asked.set()
        hung.wait(10)
        return looked_at(param, path)

    monkeypatch.setattr(JobParam, "path_problem", hanging)
    monkeypatch.setattr(JobForm, "PATH_ANSWER_MS", 1000, raising=False)
    edit, error = _folder_field_of_reads(window, folders, qtbot)
    qtbot.keyClicks(edit, str(tmp_path))
    try:
        pressed = time.perf_counter()
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        assert time.perf_counter() - pressed < 0.2  # the key press came back at once
        assert asked.wait(2)
        qtbot.waitUntil(lambda: window.form.run_button.text() == "Checking…", timeout=1000)
        assert not window.form.run_button.isEnabled()
        window.form.request_run()  # a second Run meanwhile starts nothing more
        qtbot.waitUntil(lambda: error.isVisible(), timeout=2000)
        assert "does not answer" in error.text() and str(tmp_path) in error.text()
        assert window.form.run_button.isEnabled() and window.form.run_button.text() == "Run"
        assert task_manager.tasks == []  # nothing ran
    finally:
        hung.set()
    qtbot.waitUntil(lambda: not error.isVisible())  # the late answer: the folder is there
    qtbot.waitUntil(lambda: not any(t.name == "tasker-path-check" for t in threading.enumerate()))
    with qtbot.waitSignal(task_manager.task_finished, timeout=5000) as finished:
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert finished.args[0].result() == str(tmp_path)


def test_without_a_display_one_clear_line_instead_of_a_qt_abort(tmp_path):
    import os

    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}  # fmt: skip
    env["HOME"] = str(tmp_path)
    ran = subprocess.run(
        [sys.executable, "-m", "tasker_qt"], capture_output=True, text=True, timeout=60, env=env
    )
    assert ran.returncode == 2, ran.stderr
    assert "no display" in ran.stderr and "tasker-qt run JOB" in ran.stderr
    assert len(ran.stderr.strip().splitlines()) == 1


def test_tab_goes_from_the_job_list_through_the_form_to_the_table(window, qtbot):
    window.job_list.select("hold")  # fields made now, after the panel's widgets
    window.job_list.select("repeat")
    qtbot.waitUntil(window.form.fields["word"].isVisible, timeout=2000)  # shown a turn later
    _focus(qtbot, window, window.job_list.list)
    order = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    fields = window.form.fields
    expected = [fields["word"], fields["times"], fields["shout"], fields["sep"],
                window.form.reset_button, window.form.run_button,
                window.panel.filter_edit]  # fmt: skip
    assert order[: len(expected)] == expected
    assert window.panel.view in order


def test_cancel_from_the_keyboard_and_delete_anywhere_in_the_window(window, task_manager, qtbot):
    from tasker_qt.ui import TaskModel

    first = window.run_job("hold", {})
    second = window.run_job("hold", {})
    qtbot.waitUntil(lambda: first.is_running() and second.is_running(), timeout=3000)
    view = window.panel.view
    _focus(qtbot, window, view)
    view.setCurrentIndex(window.panel.index_of(first, TaskModel.Column.CANCEL))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.waitUntil(first.is_final, timeout=3000)
    assert not second.is_final()
    window.panel.select_task(second)
    _focus(qtbot, window, window.job_list.list)  # the focus elsewhere in the window
    qtbot.keyClick(window.job_list.list, Qt.Key.Key_Delete)
    qtbot.waitUntil(second.is_final, timeout=3000)
    assert second.get_status() == "cancelled"
    action = window.panel.cancel_action
    qtbot.waitUntil(lambda: not action.isEnabled(), timeout=2000)  # nothing live selected now


def test_inputs_have_accessible_names(window):
    from tasker_qt.ui import TaskModel

    window.job_list.select("repeat")
    named = {
        "word": window.form.fields["word"], "times": window.form.fields["times"],
        "Search jobs": window.job_list.search, "Filter tasks": window.panel.filter_edit,
        "Tasks": window.panel.view, "Jobs": window.job_list.list,
    }  # fmt: skip
    for name, widget in named.items():
        assert widget.accessibleName().lower() == name.lower(), name
    task = window.run_job("hold", {})
    cell = window.panel.index_of(task, TaskModel.Column.CANCEL)
    assert cell.data(Qt.ItemDataRole.AccessibleTextRole) == "Cancel Hold until cancelled (Space)"
    task.cancel()


def test_a_dropped_job_that_hides_a_bundled_one_says_so_and_gets_the_usual_mode(
    window, folders, tmp_path, monkeypatch, qtbot
):
    import os
    import stat

    mine, shared = folders  # "shared" stands for the bundled examples
    mine_hold = tmp_path / "hold.py"
    mine_hold.write_text(HOLD.replace("Hold until cancelled", "My own hold"))
    asked = []
    monkeypatch.setattr(window, "confirm_overwrite", lambda name, why: asked.append(why) or True)
    _drop_on(window, [mine_hold])
    assert asked == [shared]  # the folder of the bundled job it hides
    installed = mine / "hold.py"
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(installed.stat().st_mode) == 0o666 & ~umask  # was 0600
    titles = [window.job_list.list.item(i).text() for i in range(window.job_list.list.count())]
    assert "My own hold" in titles and "Hold until cancelled" not in titles


def test_opening_the_job_folder_without_a_file_manager_shows_its_path(window, monkeypatch):
    from PySide6.QtGui import QDesktopServices, QGuiApplication

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    window.open_job_folder()
    folder = str(window.registry.folders[0])
    assert window.notice.isVisible() and folder in window.notice.label.text()
    window.notice.button("Copy path").click()
    assert QGuiApplication.clipboard().text() == folder


def test_the_app_has_an_icon_and_a_desktop_entry(window):
    import configparser

    from tasker_qt.resources import app_icon_path, desktop_file_path

    assert not window.windowIcon().isNull()
    assert not window.windowIcon().pixmap(64, 64).isNull()  # the SVG renders
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(desktop_file_path(), encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Exec"].split()[0] == "tasker-qt"
    assert desktop["Icon"] == app_icon_path().stem == "tasker-qt"
    assert desktop["Categories"].endswith(";")


LONG_FORM = '''\
"""Make thumbnails of images

Scales every image in a folder (PNG, JPEG, GIF, BMP, WebP where
supported) down to fit a square, keeping its proportions, and saves
the results in a `thumbnails` folder inside it. Runs in a thread.
"""
from pathlib import Path
from typing import Literal

MODE = "thread"

def run(context, folder: Path = Path("~"), size: int = 256, quality: int = 90,
        image_format: Literal["jpg", "png"] = "jpg", overwrite: bool = False,
        keep_metadata: bool = True, output: Path = Path("~/thumbs")):
    return size
'''


def test_at_720_by_520_the_form_scrolls_and_run_stays_in_sight(window, folders, qtbot):
    (folders[1] / "thumbs.py").write_text(LONG_FORM)
    window.registry.rescan()
    window.resize(720, 520)
    window.job_list.select("thumbs")
    form = window.form
    qtbot.waitUntil(lambda: form.spec is not None and form.spec.name == "thumbs", timeout=3000)
    qtbot.waitUntil(lambda: window.size().height() == 520)
    description = form.description
    qtbot.waitUntil(lambda: description.height() >= description.heightForWidth(description.width()))
    assert "(PNG, JPEG, GIF, BMP, WebP where supported) down" in description.text()  # reflowed
    run = form.run_button
    corner = run.mapTo(window, run.rect().bottomRight())
    assert run.isVisible() and window.rect().contains(corner)  # Run never scrolls away
    first, last = form.fields["folder"].edit, form.fields["output"].edit
    assert last.visibleRegion().isEmpty()  # below the fold at this size
    first.setFocus()
    qtbot.waitUntil(first.hasFocus, timeout=2000)
    for _ in range(12):  # Tab through the fields to the last one: it scrolls into view
        if last.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert last.hasFocus()
    qtbot.waitUntil(lambda: not last.visibleRegion().isEmpty())


def test_a_run_shows_the_parameters_it_was_started_with(window, task_manager, qtbot):
    window.job_list.select("hold")
    qtbot.waitUntil(lambda: window.form.spec is not None and window.form.spec.name == "hold")
    task = window.run_job("hold", {"seconds": 12.5})
    assert task.job == "hold" and dict(task.params) == {"seconds": 12.5}
    with pytest.raises(TypeError):
        task.params["seconds"] = 1  # read-only
    assert task_manager.run_thread(lambda ctx: None).params is None  # not from a job
    message = window.panel.index_of(task, TaskModel.Column.MESSAGE)
    qtbot.waitUntil(lambda: message.data() == "seconds=12.5")  # until the job says something
    name = window.panel.index_of(task, TaskModel.Column.NAME)
    assert name.data(Qt.ItemDataRole.ToolTipRole).endswith("\nseconds=12.5")
    qtbot.waitUntil(lambda: window.panel.details.task is task)
    assert window.panel.details.params.text() == "seconds=12.5"
    task.cancel()
    assert task_manager.wait_until_settled(3000)


class FakeTray:
    """Stands in for the system tray, which the offscreen platform does not have."""

    def __init__(self):
        self.messages = []
        self.tip = ""

    def showMessage(self, title, message, icon, msecs):
        self.messages.append((title, message))

    def setToolTip(self, tip):
        self.tip = tip


FAILS = '''\
"""Fails slowly"""
import time

MODE = "thread"

def run(context, seconds: float = 0.3, fail: bool = True):
    time.sleep(seconds)
    if fail:
        raise OSError("disk full")
    return "fine"
'''


@pytest.mark.parametrize("when", ["all", "failures", "off"])
def test_a_long_task_ending_in_the_background_is_announced(
    qtbot, task_manager, folders, tmp_path, monkeypatch, when
):
    from tasker_qt.app.notifier import NotifyWhen

    (folders[1] / "fails.py").write_text(FAILS)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    tray = FakeTray()
    win = MainWindow(task_manager, JobRegistry(folders), settings, tray=tray)
    win.show()
    qtbot.waitExposed(win)
    try:
        win.notifier.when = NotifyWhen(when)
        win.notifier.threshold = 0.2  # "long" for this test
        monkeypatch.setattr(win, "isActiveWindow", lambda: False)  # the user is elsewhere
        alerts = []
        monkeypatch.setattr(
            "PySide6.QtWidgets.QApplication.alert", lambda w, ms=0: alerts.append(w)
        )
        win.run_job("fails", {})
        qtbot.waitUntil(lambda: tray.tip.endswith("1 task(s) running"), timeout=3000)
        win.run_job("fails", {"fail": False})
        win.run_job("fails", {"seconds": 0.0, "fail": False})  # too short to tell
        assert task_manager.wait_until_settled(5000)
        titles = [title for title, _ in tray.messages]
        expected = {"all": ["Fails slowly failed", "Fails slowly has ended"],
                    "failures": ["Fails slowly failed"], "off": []}[when]  # fmt: skip
        assert sorted(titles) == expected
        if expected:
            assert ("Fails slowly failed", "OSError: disk full") in tray.messages
        assert len(alerts) == len(expected)
        assert win.failures_button.isVisible() and "1 failed" in win.failures_button.text()
        qtbot.mouseClick(win.failures_button, Qt.MouseButton.LeftButton)  # look at them
        assert not win.failures_button.isVisible()
        assert win.panel.show_combo.currentData() is Show.FAILED
    finally:
        win._shut_down = True
        win.close()
        win.deleteLater()


def test_no_tray_and_an_active_window_mean_no_notification(qtbot, task_manager, window):
    from tasker_qt.app.notifier import NotifyWhen, worth_telling

    assert window.notifier.tray is None  # offscreen: no system tray, and nothing broke
    task = task_manager.run_thread(lambda ctx: None)
    assert task_manager.wait_until_settled(3000)
    assert not worth_telling(task, NotifyWhen.ALL, 0.0, window_active=True)
    assert worth_telling(task, NotifyWhen.ALL, 0.0, window_active=False)
    assert not worth_telling(task, NotifyWhen.ALL, 10.0, window_active=False)  # too short
