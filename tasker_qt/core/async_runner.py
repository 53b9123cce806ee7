"""Runs coroutine jobs on the GUI thread's qasync loop."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from functools import partial
from typing import Any

from .loop import LoopLease
from .outcome import Outcome
from .runner import JobHost
from .task import Task

log = logging.getLogger(__name__)


class AsyncRunner:
    """Each job is ``await coro(context, *args, **kwargs)`` in an asyncio task."""

    def __init__(self, host: JobHost, lease: LoopLease) -> None:
        self._host = host
        self._lease = lease
        self._running: dict[Task, asyncio.Task[Any]] = {}

    def prepare(
        self, task: Task, coro: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]:
        return coro, args, kwargs  # checked by the manager (submission.py)

    def start(
        self, task: Task, job: tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]
    ) -> None:
        loop = self._lease.get()
        running = loop.create_task(self._drive(task, *job), name=f"tasker:{task.name}")
        self._running[task] = running
        running.add_done_callback(partial(self._settle, task))

    async def _drive(
        self, task: Task, coro: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> Any:
        self._host.job_started(task)
        return await coro(task._context, *args, **kwargs)

    def _settle(self, task: Task, running: asyncio.Task[Any]) -> None:
        self._running.pop(task, None)
        if running.cancelled():
            outcome = Outcome.cancelled()
        elif (exc := running.exception()) is not None:
            outcome = Outcome.raised_by_job(exc)
        else:
            outcome = Outcome.completed(running.result())
        self._host.job_ended(task, outcome)

    def relay_stop(self, task: Task) -> None:
        pass  # the coroutine reads the task's own context: nothing to carry

    def cancel(self, task: Task) -> None:
        if (running := self._running.get(task)) is not None:
            running.cancel()  # CancelledError at its next await: its cleanup runs

    def task_running_here(self) -> Task | None:
        """The task whose coroutine is executing right now, if any."""
        try:
            current = asyncio.current_task()
        except RuntimeError:
            return None
        return next((t for t, r in self._running.items() if r is current), None)

    async def close(self, timeout: float) -> None:
        current = asyncio.current_task()
        running = {r: t for t, r in self._running.items() if r is not current}
        for each in running:
            each.cancel()
        if not running:
            return
        _, late = await asyncio.wait(running, timeout=timeout)
        if late:
            names = ", ".join(sorted(repr(running[r].name) for r in late))
            log.warning(
                "coroutine tasks still running their cleanup %.1f s after cancel, "
                "left to finish on the event loop: %s",
                timeout,
                names,
            )
            # Referenced until they end: a pending asyncio task that is garbage
            # collected is destroyed mid-cleanup ("Task was destroyed but it is
            # pending!").
            _abandoned.update(late)
            for each in late:
                each.add_done_callback(_abandoned.discard)


_abandoned: set[asyncio.Task[Any]] = set()
