"""The app in four languages: complete catalogues, and a window that speaks each one."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QMessageBox

from tasker_qt.app.main import parse_args
from tasker_qt.resources import translations_folder
from tasker_qt.ui.language import LANGUAGES, install_translators, remove_translators
from tasker_qt.ui.localized import percent
from tests.windows import window_with_jobs

ROOT = Path(__file__).resolve().parent.parent
TOOLS = Path(sys.executable).parent

COUNT = '''\
"""Count to a number"""
import time

MODE = "thread"

def run(context, limit: int = 3_000_000_000):
    context.set_progress(0.43)
    context.set_message("counting")
    while not context.is_cancelled():
        time.sleep(0.01)
'''


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(TOOLS)) or shutil.which(f"pyside6-{name}")
    assert found, f"pyside6-{name} (PySide6-Essentials) is not installed"
    return found


@pytest.mark.parametrize("language", [*LANGUAGES, "en"])
def test_every_string_is_translated_and_compiled(language, tmp_path):
    """lupdate finds nothing new or unfinished, and the shipped .qm is the .ts compiled.

    English, the source language, has only its plural forms ("1 task", "2 tasks").
    """
    shipped = translations_folder() / f"tasker_qt_{language}.ts"
    ts = tmp_path / shipped.name
    shutil.copy(shipped, ts)
    # as resources/translations/update.sh: the widgets, the app, and the one engine text
    sources = sorted(str(p) for p in (ROOT / "tasker_qt").glob("[ua][ip]*/*.py"))
    sources.append(str(ROOT / "tasker_qt" / "core" / "dask_runner.py"))
    only = ["-pluralonly"] if language == "en" else []
    update = subprocess.run(
        [_tool("lupdate"), *only, "-no-obsolete", *sources, "-ts", str(ts)],
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    if language != "en":  # (with -pluralonly lupdate counts the strings it strips as new)
        assert re.search(r"Found \d+ source text\(s\) \(0 new", update.stdout), update.stdout
    text = ts.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text and 'type="vanished"' not in text
    subprocess.run([_tool("lrelease"), "-silent", str(ts)], timeout=60, check=True)
    assert ts.with_suffix(".qm").read_bytes() == shipped.with_suffix(".qm").read_bytes()


@pytest.fixture
def speak(qapp):
    chosen: list[str] = []

    def choose(language: str) -> QLocale:
        chosen.append(language)
        return install_translators(language)

    yield choose
    remove_translators()


# What the window says in each language: (Run button, status "Running", a number).
EXPECTED = {
    "de": ("Ausführen", "Läuft", "3.000.000.000", "43 %"),
    "pt_BR": ("Executar", "Em execução", "3.000.000.000", "43%"),
    "uk": ("Запустити", "Виконується", "3\u00a0000\u00a0000\u00a0000", "43%"),
    "zh_CN": ("运行", "运行中", "3,000,000,000", "43%"),
    "en": ("Run", "Running", "3,000,000,000", "43%"),
}


@pytest.mark.parametrize("language", [*LANGUAGES, "en"])
def test_the_window_speaks_the_chosen_language(language, speak, qtbot, task_manager, tmp_path):
    speak(language)
    with window_with_jobs(qtbot, task_manager, tmp_path, count=COUNT) as window:
        _check_window_speaks(language, window, task_manager, qtbot)


def _check_window_speaks(language, window, task_manager, qtbot):
    run, running, number, percent_text = EXPECTED[language]
    window.job_list.select("count")
    qtbot.waitUntil(lambda: window.form.spec is not None, timeout=3000)
    assert window.form.run_button.text() == run
    assert window.form.fields["limit"].text() == number  # the form's number, locale style
    qtbot.mouseClick(window.form.run_button, Qt.MouseButton.LeftButton)
    model = window.panel.model
    status = model.index(0, model.Column.STATUS)
    progress = model.index(0, model.Column.PROGRESS)
    qtbot.waitUntil(lambda: status.data() == running and progress.data() == percent_text)
    assert percent(0.43) == percent_text
    task = task_manager.tasks[0]
    still = window.close_question([task])[0].text()
    assert "task(s)" not in still  # a plural form, in English too
    assert language != "en" or still.startswith("1 task is still running")
    menus = [a.text() for a in window.menuBar().actions()]
    assert language == "en" or "&File" not in menus  # the menus are translated too
    box = QMessageBox(window)
    yes = box.addButton(QMessageBox.StandardButton.Yes).text()
    assert (yes == "&Yes") == (language == "en")  # Qt's own dialogs speak it as well
    box.deleteLater()


def test_lang_option_is_checked_where_it_is_given(capsys):
    assert parse_args(["--lang", "uk"]).lang == "uk"
    with pytest.raises(SystemExit) as exit_:
        parse_args(["--lang", "klingon"])
    assert exit_.value.code == 2 and "not a language" in capsys.readouterr().err
