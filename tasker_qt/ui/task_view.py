"""TaskTableView: the panel's table, painted in one GUI turn."""

from __future__ import annotations

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QTableView

from ..core.step_aside import gui_turn


class TaskTableView(QTableView):
    """A QTableView whose paint is one GUI turn (see ``core/step_aside.py``).

    Painting a frame asks the model and the delegates for every visible cell,
    each a call from C++ that must take the interpreter lock. While thread
    jobs make the GUI late, each of those takes queueing behind them; in a
    turn they wait, and the paint costs what it costs on an idle machine.
    """

    def paintEvent(self, event: QPaintEvent) -> None:
        with gui_turn():
            super().paintEvent(event)
