"""Runs jobs in a bounded pool of worker threads."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from .inbox import GuiInbox
from .outcome import Outcome
from .runner import JobHost
from .task import Task

log = logging.getLogger(__name__)


def default_thread_count() -> int:
    """As many threads as ThreadPoolExecutor would use on this machine."""
    return min(32, (os.cpu_count() or 1) + 4)


class ThreadRunner:
    """Each job runs as ``func(context, *args, **kwargs)`` on a pool thread."""

    def __init__(self, host: JobHost, inbox: GuiInbox, max_workers: int | None = None) -> None:
        self._host = host
        self._inbox = inbox
        self._max_workers = max_workers or default_thread_count()
        self._executor: ThreadPoolExecutor | None = None
        self._threads: set[threading.Thread] = set()

    def prepare(
        self, task: Task, func: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]:
        return func, args, kwargs  # checked by the manager (submission.py)

    def start(
        self, task: Task, job: tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]
    ) -> None:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(
                self._max_workers, thread_name_prefix="tasker", initializer=self._enlist
            )
        self._executor.submit(self._run, task, *job)

    def _enlist(self) -> None:
        self._threads.add(threading.current_thread())

    def _run(
        self, task: Task, func: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> None:
        """Worker-thread side: run the job and post its outcome to the GUI thread."""
        ctx = task._context
        if ctx.is_cancelled():
            return  # cancelled while queued: the manager already settled it
        post, host = self._inbox.post, self._host
        try:
            post(host.job_started, task)
        except ReferenceError:
            return  # the manager is gone
        try:
            outcome = Outcome.completed(func(ctx, *args, **kwargs))
        except BaseException as exc:  # the job's failure is the task's, not ours
            outcome = Outcome.raised_by_job(exc)
        with contextlib.suppress(ReferenceError):
            post(host.job_ended, task, outcome)

    def relay_stop(self, task: Task) -> None:
        pass  # the job reads the task's own context: nothing to carry

    def cancel(self, task: Task) -> None:
        pass  # a thread cannot be stopped from outside; the job must return

    async def close(self, timeout: float) -> None:
        if self._executor is None:
            return
        self._executor.shutdown(wait=False, cancel_futures=True)
        deadline = time.monotonic() + timeout
        while any(t.is_alive() for t in self._threads) and time.monotonic() < deadline:
            await asyncio.sleep(0.005)
        stuck = [t.name for t in self._threads if t.is_alive()]
        if stuck:
            log.warning("thread jobs ignored cancellation and are still running in %s", stuck)
