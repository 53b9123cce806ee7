"""PathQuestions: asks the file system about a form's input paths, off the GUI thread.

A path on a network share that stopped answering blocks a ``stat`` for as
long as the share takes to time out, minutes on NFS; asked in the GUI thread
it froze the window. Here one question is asked at a time, in a thread of its
own: a share that hangs holds one thread, not one per keystroke. A question
asked while another is in progress waits for it, and replaces any older one
still waiting.
"""

from __future__ import annotations

import contextlib
import itertools
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal

from ..plugins.spec import JobParam

#: parameter name -> (the parameter, the path to ask about)
Questions = dict[str, tuple[JobParam, Path]]
#: parameter name -> (the path asked about, what is wrong with it: see JobParam.path_problem,
#: or the OSError the file system gave; None if nothing)
Answers = dict[str, tuple[Path, str | OSError | None]]


def _answer(questions: Questions) -> Answers:
    answers: Answers = {}
    for name, (param, path) in questions.items():
        try:
            answers[name] = (path, param.path_problem(path))
        except OSError as exc:  # no permission to look, and the like
            answers[name] = (path, exc)
    return answers


class PathQuestions(QObject):
    """Ask with ``ask(questions)``; ``answered(ticket, answers)`` comes in the GUI thread."""

    answered = Signal(int, object)
    _answer_ready = Signal(int, object)  # from the asking thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tickets = itertools.count(1)
        self._busy = False
        self._waiting: tuple[int, Questions] | None = None
        self._answer_ready.connect(self._take_answer, Qt.ConnectionType.QueuedConnection)

    def ask(self, questions: Questions) -> int:
        """Start asking; returns the ticket its answer will carry."""
        ticket = next(self._tickets)
        if self._busy:
            self._waiting = (ticket, questions)
        else:
            self._start(ticket, questions)
        return ticket

    def _start(self, ticket: int, questions: Questions) -> None:
        self._busy = True
        threading.Thread(
            target=self._ask_now, args=(ticket, questions), name="tasker-path-check", daemon=True
        ).start()

    def _ask_now(self, ticket: int, questions: Questions) -> None:
        answers = _answer(questions)
        with contextlib.suppress(RuntimeError):  # the form has gone meanwhile
            self._answer_ready.emit(ticket, answers)

    def _take_answer(self, ticket: int, answers: Answers) -> None:
        self._busy = False
        if self._waiting is not None:
            self._start(*self._waiting)
            self._waiting = None
        self.answered.emit(ticket, answers)
