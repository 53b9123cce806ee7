"""SIGTERM and SIGINT end the app as "cancel and quit" would: tasks cancelled, no traceback.

Python runs a signal handler only when the interpreter gets control, which
may be never while Qt waits in C++ for events. The signal's wakeup fd (a
socket pair, watched by a QSocketNotifier) gives it control at once.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier


class TerminationWatch(QObject):
    """Calls ``stop`` in the GUI thread when the process gets SIGTERM or SIGINT."""

    def __init__(self, stop: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = stop
        self._read, self._write = socket.socketpair()
        for end in (self._read, self._write):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._write.fileno())
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._previous = {
            number: signal.signal(number, self._on_signal)
            for number in (signal.SIGTERM, signal.SIGINT)
        }

    def _on_signal(self, number: int, _frame: object) -> None:
        self._stop()

    def _drain(self) -> None:
        # Reading lets the notifier rest; Python runs the handler itself meanwhile.
        with contextlib.suppress(BlockingIOError):
            self._read.recv(64)

    def close(self) -> None:
        """Give the signals back as they were."""
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        self._read.close()
        self._write.close()
