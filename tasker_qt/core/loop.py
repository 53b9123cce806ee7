"""The asyncio loop that coroutine tasks run on: the app's qasync loop, or one we lend.

An application started with ``qasync.run(main())`` already has a running
qasync loop in the GUI thread and we simply use it. In a plain Qt program or a
synchronous pytest-qt test there is none: we create a ``qasync.QEventLoop``
marked as already running, so coroutines advance whenever Qt processes events
(``app.exec()``, ``qtbot.wait*``, ``wait_until_settled``), and we take it down
again on shutdown without touching the application's own event loop.

Either way the loop's callbacks are given one Qt timer (``loop_timer.py``):
qasync's timer per callback makes coroutines slow the GUI under busy threads.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

import qasync
from PySide6.QtCore import QCoreApplication

from .loop_timer import batch_callbacks


class LoopLease:
    """Gives the manager an asyncio loop for the GUI thread and returns it afterwards."""

    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._owned = False

    @property
    def active(self) -> asyncio.AbstractEventLoop | None:
        return self._loop

    def get(self) -> asyncio.AbstractEventLoop:
        """The loop, created on first use (must be called in the GUI thread)."""
        if self._loop is None or self._loop.is_closed():
            try:
                self._loop, self._owned = asyncio.get_running_loop(), False
            except RuntimeError:
                self._loop, self._owned = self._lend(), True
            batch_callbacks(self._loop)
        return self._loop

    @staticmethod
    def _lend() -> asyncio.AbstractEventLoop:
        loop: asyncio.AbstractEventLoop = qasync.QEventLoop(
            QCoreApplication.instance(), already_running=True
        )
        return loop

    def release(self) -> None:
        """Close a loop we created; leave the application's own loop alone."""
        loop: Any = self._loop  # a qasync.QEventLoop: we reach into its internals below
        self._loop = None
        if loop is None or not self._owned or loop.is_closed():
            return
        # loop.stop() would call app.exit(), which either quits a running
        # application or leaves Qt's quit flag set so that every later nested
        # event loop returns at once. Mark the loop stopped ourselves instead.
        app = QCoreApplication.instance()
        with contextlib.suppress(RuntimeError, TypeError, AttributeError):
            app.aboutToQuit.disconnect(loop._after_run_forever)  # type: ignore[union-attr]
        loop._QEventLoop__is_running = False  # qasync >= 0.28 keeps the flag here
        if asyncio.events._get_running_loop() is loop:
            asyncio.events._set_running_loop(None)
        loop.close()
        # The loop's own QObjects have no parent and sit in reference cycles: left
        # to the garbage collector they could be deleted on whatever thread it
        # happens to run in. Delete them here, in their own thread.
        for helper in (loop._timer, getattr(loop, "_QEventLoop__call_soon_signaller", None)):
            if helper is not None:
                helper.deleteLater()
