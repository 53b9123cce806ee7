"""Runs jobs in a bounded pool of worker threads.

The threads are daemon threads of our own pool, not a ThreadPoolExecutor's:
Python joins those at exit, so one job that ignores cancellation would keep
the application from quitting. A thread cannot be stopped from outside;
shutdown waits for its job as long as it may, then abandons it (the log
names the thread and the job) and the interpreter can exit without it.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import os
import queue
import threading
import time
from collections.abc import Callable
from typing import Any

from .inbox import GuiInbox
from .outcome import Outcome
from .runner import JobHost
from .task import Task

log = logging.getLogger(__name__)

_Job = tuple[Task, Callable[..., Any], tuple[Any, ...], dict[str, Any]]
_thread_numbers = itertools.count()


def default_thread_count() -> int:
    """As many threads as ThreadPoolExecutor would use on this machine."""
    return min(32, (os.cpu_count() or 1) + 4)


class ThreadRunner:
    """Each job runs as ``func(context, *args, **kwargs)`` on a pool thread."""

    def __init__(self, host: JobHost, inbox: GuiInbox, max_workers: int | None = None) -> None:
        self._host = host
        self._inbox = inbox
        self._max_workers = max_workers or default_thread_count()
        self._queue: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        # One token per thread waiting for a job. A list, not a Semaphore: its
        # append and pop are atomic, and a Semaphore cost a tiny task 4 µs.
        self._idle: list[None] = []
        self._threads: set[threading.Thread] = set()
        self._running: dict[threading.Thread, Task] = {}

    def prepare(
        self, task: Task, func: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> _Job:
        # Checked by the manager (submission.py). Already the pool's queue
        # entry: one object a waiting task holds, not two.
        return task, func, args, kwargs

    def start(self, task: Task, job: _Job) -> None:
        self._queue.put(job)
        try:
            self._idle.pop()
        except IndexError:
            if len(self._threads) < self._max_workers:
                self._start_thread()

    def _start_thread(self) -> None:
        thread = threading.Thread(
            target=self._serve, name=f"tasker_{next(_thread_numbers)}", daemon=True
        )
        self._threads.add(thread)
        thread.start()

    def _serve(self) -> None:
        """A pool thread: run jobs until told to stop."""
        me = threading.current_thread()
        while (job := self._queue.get()) is not None:
            self._running[me] = job[0]
            self._run(*job)
            del self._running[me], job  # an idle thread holds no task, nor its arguments
            self._idle.append(None)

    def _run(
        self, task: Task, func: Callable[..., Any], args: tuple[Any, ...], kwargs: Any
    ) -> None:
        """Worker-thread side: run the job and post its outcome to the GUI thread."""
        ctx = task._context
        if ctx.stop_was_requested():
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
        for _ in self._threads:
            self._queue.put(None)  # after the queued jobs, which see their cancel and return
        deadline = time.monotonic() + timeout
        while any(t.is_alive() for t in self._threads) and time.monotonic() < deadline:
            await asyncio.sleep(0.005)
        stuck = {t.name: self._running.get(t) for t in self._threads if t.is_alive()}
        if stuck:
            jobs = ", ".join(
                f"{name} ({'idle' if task is None else repr(task.name)})"
                for name, task in sorted(stuck.items())
            )
            log.warning(
                "thread jobs ignored cancellation and are abandoned, still running in: %s; "
                "the application can exit without them",
                jobs,
            )
