"""JobListWidget: the searchable list of job scripts, broken ones shown with their reason."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QStyle, QVBoxLayout, QWidget

from ..plugins.spec import JobSpec
from ..ui.contrast import readable, readable_placeholder


def _where(mode: str) -> str:
    translate = QCoreApplication.translate
    return {
        "process": translate("JobListWidget", "runs in a worker process"),
        "thread": translate("JobListWidget", "runs in a thread"),
        "async": translate("JobListWidget", "runs on the event loop"),
    }[mode]


class JobListWidget(QWidget):
    """Lists JobSpecs by title; keeps the current job selected across refreshes."""

    #: the selected job changed (None when nothing is selected)
    current_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(placeholderText=self.tr("Search jobs…"))
        readable_placeholder(self.search)
        self.search.setAccessibleName(self.tr("Search jobs"))
        self.search.setAccessibleDescription(
            self.tr("Shows only the jobs whose title or name contains this")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_search)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Jobs"))
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.currentItemChanged.connect(self._on_current)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        self._specs: dict[str, JobSpec] = {}

    def set_jobs(self, specs: list[JobSpec]) -> None:
        current = self.current_spec()
        self.list.blockSignals(True)
        self.list.clear()
        self._specs = {s.name: s for s in specs}
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        palette = self.list.palette()
        muted = QBrush(
            readable(
                palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text),
                palette.color(QPalette.ColorRole.Base),
            )
        )
        for spec in specs:
            item = QListWidgetItem(spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec.name)
            if spec.error is None:
                item.setToolTip(f"{spec.name}.py · {_where(spec.mode)}\n\n"
                                f"{spec.description}".strip())  # fmt: skip
            else:
                item.setIcon(warning)
                item.setForeground(muted)
                item.setText(self.tr("{title} (broken)").format(title=spec.title))
                item.setToolTip(f"{spec.path}\n\n{spec.error}")
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._apply_search(self.search.text())
        self.select(current.name if current else None)

    def select(self, name: str | None) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == name and not item.isHidden():
                self.list.setCurrentItem(item)
                return
        self.list.setCurrentRow(-1)
        self.current_changed.emit(None)

    def current_spec(self) -> JobSpec | None:
        item = self.list.currentItem()
        return None if item is None else self._specs.get(item.data(Qt.ItemDataRole.UserRole))

    def _on_current(self, item: QListWidgetItem | None, _previous: object) -> None:
        self.current_changed.emit(self.current_spec() if item is not None else None)

    def _apply_search(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            spec = self._specs[item.data(Qt.ItemDataRole.UserRole)]
            haystack = f"{spec.title} {spec.name} {spec.description}".casefold()
            item.setHidden(bool(needle) and needle not in haystack)
