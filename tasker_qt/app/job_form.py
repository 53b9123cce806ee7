"""JobForm: a parameter form generated from a JobSpec, with inline validation."""

from __future__ import annotations

import contextlib
import re
from functools import partial
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QRegularExpression,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent, QPalette, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..plugins.spec import JobParam, JobSpec
from ..ui.contrast import error_text
from ..ui.localized import number
from .path_check import Answers, PathQuestions

translate = QCoreApplication.translate


class _WholeNumberField(QLineEdit):
    """A whole number of any size, written and read in the user's locale.

    A QSpinBox stops at 2,147,483,647 and silently keeps the digits that fit;
    job parameters are Python ints. Up and Down step by one.
    """

    def __init__(self, value: int) -> None:
        super().__init__()
        separator = re.escape(self.locale().groupSeparator())
        pattern = QRegularExpression(rf"^\s*[+-]?[\d{separator}_ ]*$")
        self.setValidator(QRegularExpressionValidator(pattern, self))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setValue(value)

    def setValue(self, value: int) -> None:
        locale = self.locale()
        if abs(value) < 2**63:
            self.setText(locale.toString(value))
        else:  # beyond what QLocale formats: group by hand
            self.setText(f"{value:,}".replace(",", locale.groupSeparator()))

    def value(self) -> int:
        """The number typed; ValueError if it is none."""
        text = self.text().replace(self.locale().groupSeparator(), "")
        return int(text.replace("_", "").replace(" ", "").replace("\u00a0", ""))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}.get(Qt.Key(event.key()))
        if step is None:
            super().keyPressEvent(event)
            return
        with contextlib.suppress(ValueError):
            self.setValue(self.value() + step)


class _PathField(QWidget):
    """A line edit with a Browse… button (folder or file, guessed from the default)."""

    def __init__(self, param: JobParam) -> None:
        super().__init__()
        self.edit = QLineEdit(str(param.default))
        browse = QToolButton()
        browse.setText(self.tr("Browse…"))
        browse.setAccessibleName(self.tr("Browse for {label}").format(label=param.label))
        browse.clicked.connect(self._browse)
        self._wants_folder = param.wants_folder
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(browse)

    def _browse(self) -> None:
        start = str(Path(self.edit.text()).expanduser())
        if self._wants_folder:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), start)
        else:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file"), start)
        if chosen:
            self.edit.setText(chosen)


def _focus_widget(field: QWidget) -> QWidget:
    """The part of a field that takes the keyboard focus."""
    return field.edit if isinstance(field, _PathField) else field


def _describe_param(param: JobParam) -> str:
    kinds = {
        "int": translate("JobForm", "a whole number"),
        "float": translate("JobForm", "a number"),
        "bool": translate("JobForm", "on or off"),
        "path": translate("JobForm", "a file or folder"),
        "choice": translate("JobForm", "one of a list"),
        "str": translate("JobForm", "text"),
    }
    default = param.default
    shown = (
        number(default)
        if isinstance(default, int | float) and not isinstance(default, bool)
        else repr(default)
    )
    text = translate("JobForm", "{kind}, default {default}")
    return text.format(kind=kinds.get(param.kind, param.kind), default=shown)


def _make_field(param: JobParam) -> QWidget:
    kind = param.kind
    if kind == "bool":
        box = QCheckBox()
        box.setChecked(param.default)
        return box
    if kind == "int":
        return _WholeNumberField(param.default)
    if kind == "float":
        real = QDoubleSpinBox()
        real.setRange(-1e12, 1e12)
        real.setDecimals(3)
        real.setValue(param.default)
        return real
    if kind == "choice":
        combo = QComboBox()
        for choice in param.choices or ():
            combo.addItem(str(choice), choice)
        combo.setCurrentIndex(combo.findData(param.default))
        return combo
    if kind == "path":
        return _PathField(param)
    return QLineEdit(str(param.default))


_BAD = object()  # what _check gives for a field that is wrong


def _changed(field: QWidget) -> SignalInstance:
    """The signal a field sends when the user changes it."""
    if isinstance(field, _PathField):
        return field.edit.textChanged
    if isinstance(field, QCheckBox):
        return field.toggled
    if isinstance(field, QComboBox):
        return field.currentIndexChanged
    if isinstance(field, QDoubleSpinBox):
        return field.valueChanged
    return cast(QLineEdit, field).textChanged


def _read_field(param: JobParam, field: QWidget) -> Any:
    """The raw value of a field, in the type its parameter wants where possible."""
    if isinstance(field, QCheckBox):
        return field.isChecked()
    if isinstance(field, _WholeNumberField):
        try:
            return field.value()
        except ValueError:
            return field.text()  # the parameter's check says what is wrong
    if isinstance(field, QDoubleSpinBox):
        return field.value()
    if isinstance(field, QComboBox):
        return field.currentData()
    text = field.edit.text() if isinstance(field, _PathField) else cast(QLineEdit, field).text()
    if param.kind == "path" and not text.strip():
        return None
    return text


def _unwrapped(text: str) -> str:
    """A docstring's paragraphs as flowing text: its line breaks were for the source file."""
    paragraphs = re.split(r"\n\s*\n", text.strip())
    return "\n\n".join(" ".join(p.split()) for p in paragraphs)


def _show_as_error(label: QLabel) -> None:
    """Red text that reads on the current palette (light or dark)."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, error_text(QGuiApplication.palette()))
    label.setPalette(palette)


class JobForm(QWidget):
    """Title, description and one field per parameter of the selected job, and Run."""

    #: (job name, parameter values) when the user asks to run a valid form
    run_requested = Signal(str, object)

    #: how long Run waits for the file system to say whether input paths exist
    PATH_ANSWER_MS = 5000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        _show_as_error(self.problem)
        self.form = QFormLayout()
        # Description, problem and fields scroll together; title and buttons
        # stay put, so Run is on screen at any window size.
        self.fields_host = QWidget()
        content = QVBoxLayout(self.fields_host)
        content.setContentsMargins(0, 0, 0, 0)
        content.addWidget(self.description)
        content.addWidget(self.problem)
        content.addLayout(self.form)
        content.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields in it
        scroll.setWidget(self.fields_host)
        self.run_button = QPushButton(self.tr("Run"))
        self.run_button.setDefault(True)
        self.run_button.setToolTip(self.tr("Run this job (Ctrl+Return)"))
        self.run_button.clicked.connect(self.request_run)
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Put every field back to the job's default"))
        self.reset_button.clicked.connect(self.reset)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.run_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.spec: JobSpec | None = None
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        # Input paths are looked at off the GUI thread (path_check.py); Run
        # waits for the answer, at most PATH_ANSWER_MS.
        self._paths = PathQuestions(self)
        self._paths.answered.connect(self._paths_answered)
        self._run_waiting: tuple[int, str, dict[str, Any]] | None = None  # ticket, job, values
        self._no_answer = QTimer(self, singleShot=True)  # started with PATH_ANSWER_MS
        self._no_answer.timeout.connect(self._paths_did_not_answer)
        # A local disk answers within a millisecond: Run shows "Checking…" only
        # if the answer is slow to come, instead of flickering at every run.
        self._slow_answer = QTimer(self, singleShot=True, interval=150)
        self._slow_answer.timeout.connect(self._show_checking)
        self.set_spec(None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ApplicationPaletteChange:  # light/dark switched
            for label in [self.problem, *self.errors.values()]:
                _show_as_error(label)
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Return in a field runs the job, as in a dialog.

        Fields pass on the Return they do not use, so it arrives here.
        Ctrl+Return is the window's "Run job" action: binding it here as
        well made Qt call the shortcut ambiguous and do nothing.
        """
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not plain:
            event.accept()
            self.request_run()
            return
        super().keyPressEvent(event)

    def set_spec(self, spec: JobSpec | None) -> None:
        self._stop_waiting_to_run()
        self.spec = spec
        while self.form.rowCount():
            self.form.removeRow(0)
        self.fields, self.errors = {}, {}
        self.problem.setVisible(spec is not None and spec.error is not None)
        runnable = spec is not None and spec.error is None
        self.run_button.setEnabled(runnable)
        self.reset_button.setEnabled(runnable and spec is not None and bool(spec.params))
        if spec is None:
            self.title.setText(self.tr("Choose a job"))
            self.description.setText(
                self.tr("Pick a job on the left, fill in its parameters, and run it.")
            )
            return
        self.title.setText(spec.title)
        self.description.setText(_unwrapped(spec.description) or f"{spec.name}.py")
        if spec.error is not None:
            problem = self.tr("This job cannot run: {error}").format(error=spec.error)
            self.problem.setText(f"{problem}\n\n{spec.path}")
            return
        for param in spec.params:
            field = _make_field(param)
            focused = _focus_widget(field)
            focused.setAccessibleName(param.label)
            focused.setAccessibleDescription(_describe_param(param))
            error = QLabel()
            _show_as_error(error)
            error.hide()
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(field)
            column.addWidget(error)
            self.form.addRow(self.tr("{label}:").format(label=param.label), column)
            self.fields[param.name] = field
            self.errors[param.name] = error
            _changed(field).connect(partial(self._recheck, param))
        if not spec.params:
            self.form.addRow(QLabel(self.tr("This job takes no parameters.")))

    def focus_chain(self) -> list[QWidget]:
        """What Tab visits in the form, in order: the fields, Reset, Run."""
        fields = [_focus_widget(f) for f in self.fields.values()]
        return [*fields, self.reset_button, self.run_button]

    def reset(self) -> None:
        """Put every field back to the job's default."""
        self.set_spec(self.spec)

    def values(self) -> dict[str, Any] | None:
        """The fields' values, checked; None if any is bad (each gets an inline message).

        Whether input paths exist is not checked here: ``request_run`` asks
        the file system off the GUI thread.
        """
        if self.spec is None or self.spec.error is not None:
            return None
        values: dict[str, Any] = {}
        for param in self.spec.params:
            value = self._check(param)
            if value is not _BAD:
                values[param.name] = value
        return values if len(values) == len(self.spec.params) else None

    def _check(self, param: JobParam) -> Any:
        """A field's value, its message shown if it is bad (then ``_BAD``), hidden if not."""
        error = self.errors[param.name]
        raw = _read_field(param, self.fields[param.name])
        try:
            if raw is None:
                raise ValueError(self.tr("{label} is required").format(label=param.label))
            if param.kind == "int" and isinstance(raw, str):
                raise ValueError(self.tr("Type a whole number, such as {example}").format(
                    example=number(12500)))  # fmt: skip
            value = param.convert(raw)
        except ValueError as exc:
            error.setText(str(exc))
            error.show()
            return _BAD
        error.hide()
        return value

    def _path_message(self, param: JobParam, path: Path, problem: str | OSError) -> str:
        """What is wrong with an input path, for the field's message."""
        if isinstance(problem, OSError):
            return self.tr("Cannot look at {path}: {error}").format(
                path=path, error=problem.strerror or problem
            )
        if problem == "missing":
            missing = self.tr("There is no folder {path}") if param.wants_folder else self.tr(
                "There is no file {path}")  # fmt: skip
            return missing.format(path=path)
        return self.tr("{path} is not a folder").format(path=path)

    def _current_value(self, param: JobParam) -> Any:
        """What the field holds now, converted as the job would get it; None if it is bad."""
        raw = _read_field(param, self.fields[param.name])
        try:
            return None if raw is None else param.convert(raw)
        except ValueError:
            return None

    def _recheck(self, param: JobParam, *_changed: object) -> None:
        """Once a field was called bad, its message follows what is typed."""
        if not self.errors[param.name].isHidden():
            value = self._check(param)
            if value is not _BAD and param.must_exist and self._run_waiting is None:
                self._paths.ask({param.name: (param, value)})

    def request_run(self) -> None:
        """Emit ``run_requested`` once every field is good and every input path is there."""
        values = self.values()
        if values is None or self.spec is None or self._run_waiting is not None:
            return
        asked = {p.name: (p, values[p.name]) for p in self.spec.params if p.must_exist}
        if not asked:
            self.run_requested.emit(self.spec.name, values)
            return
        self._run_waiting = (self._paths.ask(asked), self.spec.name, values)
        self._slow_answer.start()
        self._no_answer.start(self.PATH_ANSWER_MS)

    def _show_checking(self) -> None:
        self.run_button.setEnabled(False)
        self.run_button.setText(self.tr("Checking…"))

    def _stop_waiting_to_run(self) -> None:
        if self._run_waiting is not None:
            self._run_waiting = None
            self._no_answer.stop()
            self._slow_answer.stop()
            self.run_button.setText(self.tr("Run"))
            self.run_button.setEnabled(True)

    def _paths_answered(self, ticket: int, answers: Answers) -> None:
        """Show what is wrong with the paths still in their fields; run if Run waited for it."""
        params = {p.name: p for p in self.spec.params} if self.spec else {}
        for name, (path, problem) in answers.items():
            if name not in params or self._current_value(params[name]) != path:
                continue  # another job, or typed over meanwhile
            error = self.errors[name]
            if problem is None:
                error.hide()
            else:
                error.setText(self._path_message(params[name], path, problem))
                error.show()
        waiting = self._run_waiting
        if waiting is None or waiting[0] != ticket:
            return
        self._stop_waiting_to_run()
        if all(problem is None for _, problem in answers.values()):
            self.run_requested.emit(waiting[1], waiting[2])

    def _paths_did_not_answer(self) -> None:
        """A share or drive that does not answer: say so under the first path asked about."""
        waiting = self._run_waiting
        if waiting is None or self.spec is None:
            return
        self._stop_waiting_to_run()
        name = next(p.name for p in self.spec.params if p.must_exist)
        error = self.errors[name]
        error.setText(
            self.tr("{path} does not answer: is its drive or network share there?").format(
                path=waiting[2][name]
            )
        )
        error.show()
