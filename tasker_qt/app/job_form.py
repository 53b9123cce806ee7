"""JobForm: a parameter form generated from a JobSpec, with inline validation."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
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
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..plugins.spec import JobParam, JobSpec

_INT_LIMIT = 2**31 - 1


class _PathField(QWidget):
    """A line edit with a Browse… button (folder or file, guessed from the default)."""

    def __init__(self, param: JobParam) -> None:
        super().__init__()
        self.edit = QLineEdit(str(param.default))
        browse = QToolButton()
        browse.setText("Browse…")
        browse.clicked.connect(self._browse)
        self._wants_folder = Path(param.default).suffix == ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(browse)

    def _browse(self) -> None:
        start = str(Path(self.edit.text()).expanduser())
        if self._wants_folder:
            chosen = QFileDialog.getExistingDirectory(self, "Choose a folder", start)
        else:
            chosen, _ = QFileDialog.getOpenFileName(self, "Choose a file", start)
        if chosen:
            self.edit.setText(chosen)


def _make_field(param: JobParam) -> QWidget:
    kind = param.kind
    if kind == "bool":
        box = QCheckBox()
        box.setChecked(param.default)
        return box
    if kind == "int" and abs(param.default) <= _INT_LIMIT:
        spin = QSpinBox()
        spin.setRange(-_INT_LIMIT, _INT_LIMIT)
        spin.setGroupSeparatorShown(True)
        spin.setValue(param.default)
        return spin
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


def _read_field(param: JobParam, field: QWidget) -> Any:
    """The raw value of a field, in the type its parameter wants where possible."""
    if isinstance(field, QCheckBox):
        return field.isChecked()
    if isinstance(field, QSpinBox | QDoubleSpinBox):
        return field.value()
    if isinstance(field, QComboBox):
        return field.currentData()
    text = field.edit.text() if isinstance(field, _PathField) else cast(QLineEdit, field).text()
    if param.kind == "int":  # too large for a spin box: typed in
        try:
            return int(text.replace(",", "").replace("_", ""))
        except ValueError:
            return text
    if param.kind == "path" and not text.strip():
        return None
    return text


class JobForm(QWidget):
    """Title, description and one field per parameter of the selected job, and Run."""

    #: (job name, parameter values) when the user asks to run a valid form
    run_requested = Signal(str, object)

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
        self.problem.setStyleSheet("color: #b3261e;")
        self.fields_host = QWidget()
        self.form = QFormLayout(self.fields_host)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.fields_host)
        self.run_button = QPushButton("Run")
        self.run_button.setDefault(True)
        self.run_button.setToolTip("Run this job (Ctrl+Return)")
        self.run_button.clicked.connect(self.request_run)
        self.reset_button = QPushButton("Reset")
        self.reset_button.setToolTip("Put every field back to the job's default")
        self.reset_button.clicked.connect(self.reset)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.run_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.description)
        layout.addWidget(self.problem)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.spec: JobSpec | None = None
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.set_spec(None)

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
        self.spec = spec
        while self.form.rowCount():
            self.form.removeRow(0)
        self.fields, self.errors = {}, {}
        self.problem.setVisible(spec is not None and spec.error is not None)
        runnable = spec is not None and spec.error is None
        self.run_button.setEnabled(runnable)
        self.reset_button.setEnabled(runnable and spec is not None and bool(spec.params))
        if spec is None:
            self.title.setText("Choose a job")
            self.description.setText("Pick a job on the left, fill in its parameters, and run it.")
            return
        self.title.setText(spec.title)
        self.description.setText(spec.description or f"{spec.name}.py")
        if spec.error is not None:
            self.problem.setText(f"This job cannot run: {spec.error}\n\n{spec.path}")
            return
        for param in spec.params:
            field = _make_field(param)
            error = QLabel()
            error.setStyleSheet("color: #b3261e;")
            error.hide()
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(field)
            column.addWidget(error)
            self.form.addRow(f"{param.label}:", column)
            self.fields[param.name] = field
            self.errors[param.name] = error
        if not spec.params:
            self.form.addRow(QLabel("This job takes no parameters."))

    def reset(self) -> None:
        """Put every field back to the job's default."""
        self.set_spec(self.spec)

    def values(self) -> dict[str, Any] | None:
        """The fields' values, checked; None if any is bad (each gets an inline message)."""
        if self.spec is None or self.spec.error is not None:
            return None
        values: dict[str, Any] = {}
        valid = True
        for param in self.spec.params:
            error = self.errors[param.name]
            raw = _read_field(param, self.fields[param.name])
            try:
                if raw is None:
                    raise ValueError(f"{param.label} is required")
                values[param.name] = param.convert(raw)
            except ValueError as exc:
                error.setText(str(exc))
                error.show()
                valid = False
            else:
                error.hide()
        return values if valid else None

    def request_run(self) -> None:
        values = self.values()
        if values is not None and self.spec is not None:
            self.run_requested.emit(self.spec.name, values)
