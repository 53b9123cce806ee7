"""BatchRun: one batch working through items fed to it, driven from the GUI thread.

Items arrive with ``add`` (all at once for ``TaskBatch.start``, one by one
when a chain streams them from the previous stage), become tasks of the
manager while fewer than ``worker_limit`` are in flight, and settle once:
with a result, or with the error that ended their last attempt. Waiting
for a retry does not hold a slot.
"""

from __future__ import annotations

import asyncio
import logging
import reprlib
from collections import deque
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer

from ..core.manager import TaskManager
from ..core.status import TaskStatus
from ..core.task import Task
from .chunks import run_chunk

if TYPE_CHECKING:
    from .batch import TaskBatch

log = logging.getLogger("tasker_qt.batch")


@dataclass(eq=False)
class Entry:
    """One distinct item (duplicates share it) and how it went."""

    key: Hashable
    item: Any
    attempts: int = 0
    settled: bool = False
    ok: bool = False
    value: Any = None  # the result, or the exception
    listeners: list[Callable[[Entry], Any]] = field(default_factory=list)


class BatchRun:
    def __init__(self, batch: TaskBatch, manager: TaskManager) -> None:
        self.batch = batch
        self.manager = manager
        self.entries: dict[Hashable, Entry] = {}
        self.tasks: list[Task] = []
        self._pending: deque[Entry] = deque()
        self._in_flight = 0
        self._retrying = 0
        self._closed = False
        self._cancelled = False
        self._finished: asyncio.Future[None] | None = None
        self._done = False
        self._bar = batch._progress_bar()

    # --- feeding ---------------------------------------------------------------

    def add(self, item: Any, listener: Callable[[Entry], Any] | None = None) -> None:
        self._enter(item, listener)
        self._pump()

    def add_all(self, items: Iterable[Any]) -> None:
        """Add items that are all here at once: chunks are cut from all of them."""
        for item in items:
            self._enter(item, None)
        self._pump()

    def _enter(self, item: Any, listener: Callable[[Entry], Any] | None) -> None:
        key = self.batch.key_of(item)
        entry = self.entries.get(key)
        if entry is None:
            entry = self.entries[key] = Entry(key, item)
            if self._cancelled:
                self._settle(entry, False, asyncio.CancelledError("the batch was cancelled"))
            else:
                self._pending.append(entry)
                if self._bar is not None:
                    self._bar.total = len(self.entries)
                    self._bar.refresh()
        if listener is not None:
            if entry.settled:
                listener(entry)
            else:
                entry.listeners.append(listener)

    def close(self) -> None:
        """No more items will come: the run finishes when these have settled."""
        self._closed = True
        self._check_finished()

    def cancel(self) -> None:
        """Settle what has not started as cancelled and cancel what is running."""
        self._cancelled = True
        while self._pending:
            self._settle(self._pending.popleft(), False, asyncio.CancelledError("cancelled"))
        for task in self.tasks:
            task.cancel()
        self._check_finished()

    async def wait(self) -> None:
        if not self._done:
            if self._finished is None:
                self._finished = asyncio.get_running_loop().create_future()
            await self._finished

    # --- running ---------------------------------------------------------------

    def _pump(self) -> None:
        limit, sizer = self.batch.worker_limit, self.batch._sizer
        while self._pending and self._in_flight < limit and not self._cancelled:
            size = sizer.next_size(len(self._pending), limit)  # never more than wait
            self._launch([self._pending.popleft() for _ in range(size)])

    def _launch(self, entries: list[Entry]) -> None:
        batch = self.batch
        for entry in entries:
            entry.attempts += 1
        calls = [batch._call_parts(entry.item) for entry in entries]
        if batch._sizer.chunking:
            func: Callable[..., Any] = run_chunk
            args: tuple[Any, ...] = (batch._call, batch.func, calls, batch._kind == "process")
        else:
            func, args = batch._call, (batch.func, *calls[0])
        try:
            task = self.manager.submit(
                batch._kind,
                func,
                args,
                name=self._task_name(entries),
                when_done=partial(self._on_done, entries),
            )
        except (TypeError, RuntimeError) as exc:  # unpicklable input, manager shut down
            for entry in entries:
                self._settle(entry, False, exc)
            return
        self._in_flight += 1
        self.tasks.append(task)

    def _task_name(self, entries: list[Entry]) -> str:
        label, first = self.batch.label, entries[0]
        if len(entries) == 1:
            attempt = f" (attempt {first.attempts})" if first.attempts > 1 else ""
            return f"{label} {reprlib.repr(first.item)}"[:100] + attempt
        last = entries[-1]
        span = f"{reprlib.repr(first.item)} … {reprlib.repr(last.item)}"
        return f"{label} {span}"[:100] + f" ({len(entries)} items)"

    def _on_done(self, entries: list[Entry], task: Task) -> None:
        self._in_flight -= 1
        status = task.get_status()
        if status is TaskStatus.FAILED:
            error = task.error
            assert error is not None  # a failed task always has one
            for entry in entries:
                self._failed(entry, error)
        else:
            completed = status is TaskStatus.COMPLETED
            returned = task.result() if completed else task._result_after_cancel()
            if not self.batch._sizer.chunking:
                outcomes = [(True, returned)] if completed else []
            elif returned is None:  # stopped before it could return
                outcomes = []
            else:
                outcomes, seconds = returned
                self.batch._sizer.measured(len(outcomes), seconds)
            for entry, (ok, value) in zip(entries, outcomes, strict=False):
                self._item_done(entry, ok, value)
            for entry in entries[len(outcomes) :]:  # not run: cancelled first
                self._settle(entry, False, _cancelled(entry))
        self._pump()
        self._check_finished()

    def _item_done(self, entry: Entry, ok: bool, value: Any) -> None:
        if not ok:
            self._failed(entry, value)
            return
        try:
            value = self.batch.process_result(entry.item, value)
        except Exception as exc:
            log.exception("process_result failed for %r", entry.item)
            self._settle(entry, False, exc)
        else:
            self._settle(entry, True, value)

    def _failed(self, entry: Entry, exc: BaseException) -> None:
        batch = self.batch
        retries_done = entry.attempts - 1
        if (
            isinstance(exc, batch.retry_exceptions)
            and retries_done < batch.max_retries
            and not self._cancelled
        ):
            delay = batch.backoff.delay(entry.attempts)
            log.warning(
                "%s %r failed with %s: %s; retry %d of %d in %.2f s",
                batch.label, entry.item, type(exc).__name__, exc,
                entry.attempts, batch.max_retries, delay,
            )  # fmt: skip
            self._retrying += 1
            # A precise timer: a coarse one may fire up to 5% before the backoff is over.
            # Owned by the manager (GUI thread), deleted there once it has fired.
            timer = QTimer(self.manager, singleShot=True, timerType=Qt.TimerType.PreciseTimer)
            timer.setInterval(round(delay * 1000))
            timer.timeout.connect(partial(self._retry, entry, timer))
            timer.start()
        else:
            self._settle(entry, False, exc)

    def _retry(self, entry: Entry, timer: QTimer) -> None:
        timer.deleteLater()
        self._retrying -= 1
        if self._cancelled:
            self._settle(entry, False, asyncio.CancelledError("cancelled"))
        else:
            self._pending.appendleft(entry)
            self._pump()
        self._check_finished()

    def _settle(self, entry: Entry, ok: bool, value: Any) -> None:
        entry.settled, entry.ok, entry.value = True, ok, value
        if ok:
            log.debug("%s %r done", self.batch.label, entry.item)
        elif not isinstance(value, asyncio.CancelledError):
            log.error(
                "%s %r failed after %d attempt(s): %s: %s",
                self.batch.label, entry.item, entry.attempts, type(value).__name__, value,
            )  # fmt: skip
        if self._bar is not None:
            self._bar.update(1)
        listeners, entry.listeners = entry.listeners, []
        for listener in listeners:
            listener(entry)

    def _check_finished(self) -> None:
        if self._done or not self._closed:
            return
        if self._pending or self._in_flight or self._retrying:
            return
        self._done = True
        if self._bar is not None:
            self._bar.close()
        if self._finished is not None and not self._finished.done():
            self._finished.set_result(None)

    # --- outcome ---------------------------------------------------------------

    def results(self) -> dict[Hashable, Any]:
        return {k: e.value for k, e in self.entries.items() if e.settled and e.ok}

    def errors(self) -> dict[Hashable, BaseException]:
        return {k: e.value for k, e in self.entries.items() if e.settled and not e.ok}


def _cancelled(entry: Entry) -> asyncio.CancelledError:
    return asyncio.CancelledError(f"{entry.item!r} was cancelled")
