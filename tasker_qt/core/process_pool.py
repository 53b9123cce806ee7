"""Runs jobs in a pool of spawned worker processes, watched from the GUI thread.

No reader threads in the parent: each worker's message pipe and its process
sentinel are watched with ``QSocketNotifier``s, so results, progress and
crashes are all noticed by the Qt event loop. Each worker runs one job at a
time; a few more may be queued in its pipe while jobs are short, which is what
keeps tiny jobs fast, and none are while jobs are long, which keeps the pool
fair.

The messages each way are the named records of ``wire``, whose docstring
draws the flow. Submissions are pickled with cloudpickle, so a job function defined in a
script, a notebook or an exec'd job file travels by value; functions of
importable modules still travel by reference, as with plain pickle.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
import signal
import time
import weakref
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import cloudpickle
from PySide6.QtCore import QObject, QSocketNotifier, QTimer

from .grace import drop_grace, start_grace
from .home_thread import DeletedAtHome
from .main_guard import UNGUARDED_MAIN_EXIT, unguarded_main_message
from .outcome import Outcome
from .process_worker import worker_main
from .remote import BrokenWorkerPool, WorkerDiedError, describe_exit
from .reports import ReportReader, outcome_of
from .runner import JobHost
from .task import Task
from .wire import (
    PROTOCOL,
    CancelJob,
    ExitWhenIdle,
    InitFailed,
    JobDone,
    JobStarted,
    Message,
    RunJob,
    pack,
    unpack,
)

log = logging.getLogger(__name__)

PREFETCH = 8  # jobs queued per worker while jobs are short
SHORT_JOB = 0.01  # seconds; below this average, workers get a queue
MAX_STARTUP_FAILURES = 3
READ_SLICE = 0.004  # seconds of worker messages per event-loop pass: the GUI stays at frame rate


@dataclass(eq=False)
class _Job:
    """A submitted process job, from the pool's queue to its worker's answer."""

    task: Task
    payload: bytes
    started: bool = False
    started_at: float = 0.0
    grace: QTimer | None = None


@dataclass(eq=False)
class WorkerHandle:
    """The parent's handle on one worker process: its pipes, watchers and jobs."""

    process: Any
    jobs: Any  # parent's write end
    messages: Any  # parent's read end
    inflight: dict[int, _Job] = field(default_factory=dict)
    notifiers: list[QSocketNotifier] = field(default_factory=list)
    exited: asyncio.Future[None] | None = None
    spoke: bool = False  # sent at least one message: it started up fine


def _kill_group(pid: int) -> bool:
    """SIGKILL the process group a worker leads (it, and what its jobs started).

    False where there is no such group: the worker has just started and does
    not lead one yet, it exited leaving nothing behind, or the platform has
    no process groups.
    """
    if not hasattr(os, "killpg"):
        return False
    try:
        os.killpg(pid, signal.SIGKILL)
    except OSError:
        return False
    return True


def kill_worker(process: Any) -> None:
    """SIGKILL a worker and whatever its jobs started: its whole process group."""
    if not _kill_group(process.pid):
        process.kill()  # no group (yet): the worker alone


def _reap(processes: set[Any]) -> None:
    """At interpreter exit, do not leave workers behind (or wait on them forever)."""
    for process in list(processes):
        if process.is_alive():
            kill_worker(process)


class ProcessPool(DeletedAtHome, QObject):
    """A lazily started pool of ``size`` spawned workers with per-job cancel."""

    def __init__(
        self,
        host: JobHost,
        size: int | None = None,
        grace: float = 3.0,
        initializer: Callable[..., Any] | None = None,
        initargs: tuple[Any, ...] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._host = host
        self._size = size or os.cpu_count() or 1
        self._grace_ms = int(grace * 1000)
        self._initializer = initializer
        self._initargs = initargs
        self._mp = multiprocessing.get_context("spawn")
        self._workers: list[WorkerHandle] = []
        self._pending: deque[_Job] = deque()
        self._where: dict[int, WorkerHandle] = {}
        self._avg_duration = 1.0  # assume long jobs until measured
        self._reports = ReportReader(host)
        self._closing = False
        self._broken: BrokenWorkerPool | None = None
        self._startup_failures = 0
        self._processes: set[Any] = set()
        weakref.finalize(self, _reap, self._processes)

    # --- Runner ----------------------------------------------------------------

    def prepare(
        self, task: Task, func: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> bytes:
        return pickle_submission(func, args, kwargs)

    def start(self, task: Task, payload: bytes) -> None:
        self._pending.append(_Job(task, payload))
        self._dispatch()

    def relay_stop(self, task: Task) -> None:
        if (worker := self._where.get(task.id)) is not None:
            self._send(worker, CancelJob(task.id))

    def cancel(self, task: Task) -> None:
        """Kill the job's worker if the job is still running after the grace period.

        Only a job that is running may ever cost its worker. One still queued,
        here or in its worker's pipe, is skipped where it waits; if it started
        before the worker heard of the cancel, its grace starts then.
        """
        worker = self._where.get(task.id)
        if worker is None:
            return  # still queued here: it is skipped when its turn comes
        job = worker.inflight[task.id]
        if job.started:
            self._start_grace(worker, job)

    def _start_grace(self, worker: WorkerHandle, job: _Job) -> None:
        start_grace(job, self, self._grace_ms, partial(self._enforce_cancel, worker, job))

    async def close(self, timeout: float) -> None:
        """Kill busy workers, let idle ones exit, and wait until all are gone."""
        self._closing = True
        loop = asyncio.get_running_loop()
        for worker in self._workers:
            worker.exited = loop.create_future()
            if worker.inflight:
                kill_worker(worker.process)
            else:
                self._send(worker, ExitWhenIdle())
        waiting = [w.exited for w in self._workers if w.exited is not None]
        if waiting:
            _, late = await asyncio.wait(waiting, timeout=timeout)
            if late:
                for worker in list(self._workers):
                    kill_worker(worker.process)
                await asyncio.wait(late, timeout=timeout)

    # --- dispatch --------------------------------------------------------------

    def _dispatch(self) -> None:
        while self._pending and not self._closing:
            job = self._pending[0]
            if job.task.is_final():  # cancelled while it waited
                self._pending.popleft()
                continue
            if self._broken is not None:
                self._pending.popleft()
                self._host.job_ended(job.task, Outcome.failed(self._broken))
                continue
            worker = self._free_worker()
            if worker is None:
                return
            self._pending.popleft()
            worker.inflight[job.task.id] = job
            self._where[job.task.id] = worker
            self._send(worker, RunJob(job.task.id, job.payload))

    def _free_worker(self) -> WorkerHandle | None:
        idle = [w for w in self._workers if not w.inflight and w.exited is None]
        if idle:
            return idle[0]
        if len(self._workers) < self._size:
            return self._spawn()
        depth = PREFETCH if self._avg_duration < SHORT_JOB else 1
        open_ = [w for w in self._workers if len(w.inflight) < depth and w.exited is None]
        return min(open_, key=lambda w: len(w.inflight)) if open_ else None

    def _spawn(self) -> WorkerHandle:
        jobs_read, jobs_write = self._mp.Pipe(duplex=False)
        msgs_read, msgs_write = self._mp.Pipe(duplex=False)
        process = self._mp.Process(
            target=worker_main,
            args=(
                jobs_read,
                msgs_write,
                self._initializer,
                self._initargs,
                os.getpid(),
                self._grace_ms / 1000,
            ),
            name=f"tasker-worker-{len(self._processes) + 1}",
        )
        process.start()
        jobs_read.close()
        msgs_write.close()
        worker = WorkerHandle(process, jobs_write, msgs_read)
        watched = ((msgs_read.fileno(), self._on_messages), (process.sentinel, self._on_exit))
        for fd, slot in watched:
            notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
            notifier.activated.connect(partial(slot, worker))
            worker.notifiers.append(notifier)
        self._workers.append(worker)
        self._processes.add(process)
        return worker

    def _send(self, worker: WorkerHandle, message: Message) -> None:
        with contextlib.suppress(OSError):  # gone: its exit notifier settles its jobs
            worker.jobs.send_bytes(pack(message))

    # --- messages from workers -------------------------------------------------

    def _on_messages(self, worker: WorkerHandle, *_: Any) -> None:
        # Level-triggered: what is left after this slice wakes us next pass.
        self._read(worker, READ_SLICE)

    def _read(self, worker: WorkerHandle, budget: float | None) -> None:
        """Handle what the worker sent, for ``budget`` seconds at most (None: all of it)."""
        conn = worker.messages
        deadline = None if budget is None else time.perf_counter() + budget
        try:
            while conn.poll():  # True at end of file too: then recv_bytes raises
                data = conn.recv_bytes()
                worker.spoke = True
                self._handle(worker, unpack(data))
                if deadline is not None and time.perf_counter() > deadline:
                    return
        except (EOFError, OSError):
            worker.notifiers[0].setEnabled(False)  # closed; the exit notifier follows
        finally:
            self._reports.show_progress()

    def _handle(self, worker: WorkerHandle, message: Message) -> None:
        if isinstance(message, InitFailed):
            self._broken = BrokenWorkerPool(
                f"the worker_initializer failed in the worker process:\n{message.traceback}"
            )
            return
        if isinstance(message, RunJob | CancelJob | ExitWhenIdle):
            return  # parent -> worker only
        job = worker.inflight.get(message.seq)
        if job is None:
            return
        task = job.task
        if self._reports.apply(task, message):
            return
        match message:
            case JobStarted():
                job.started, job.started_at = True, time.monotonic()
                self._host.job_started(task)
                if task.cancel_requested:  # cancelled on its way in: the flag follows it
                    self._start_grace(worker, job)
            case JobDone():
                self._finish(worker, job, message)

    def _finish(self, worker: WorkerHandle, job: _Job, done: JobDone) -> None:
        task = job.task
        del worker.inflight[task.id]
        del self._where[task.id]
        drop_grace(job)
        if job.started:
            spent = time.monotonic() - job.started_at
            self._avg_duration = 0.8 * self._avg_duration + 0.2 * spent
        self._host.job_ended(task, outcome_of(task, done))
        self._dispatch()

    # --- worker exit -----------------------------------------------------------

    def _enforce_cancel(self, worker: WorkerHandle, job: _Job) -> None:
        drop_grace(job)
        if worker.inflight.get(job.task.id) is job:  # still running: it ignored the request
            log.info("killing %s: task %s ignored cancellation", worker.process.name, job.task.id)
            kill_worker(worker.process)

    def _on_exit(self, worker: WorkerHandle, *_: Any) -> None:
        for notifier in worker.notifiers:
            notifier.setEnabled(False)
        # The sentinel closes as the process exits, a moment before the kernel
        # has its exit status: poll for it rather than block in join().
        worker.process.join(0)
        if worker.process.exitcode is None:
            QTimer.singleShot(5, self, partial(self._on_exit, worker))
            return
        self._read(worker, None)  # what it said before it died still counts
        for notifier in worker.notifiers:
            notifier.deleteLater()
        _kill_group(worker.process.pid)  # what its jobs left running, if anything
        reason = describe_exit(worker.process.exitcode)
        self._note_startup(worker, reason)
        self._workers.remove(worker)
        self._processes.discard(worker.process)
        worker.jobs.close()
        worker.messages.close()
        worker.process.close()
        unstarted = []
        for job in worker.inflight.values():
            del self._where[job.task.id]
            drop_grace(job)
            if not job.started and not self._closing:
                unstarted.append(job)
            elif job.task.cancel_requested or self._closing:
                self._host.job_ended(job.task, Outcome.cancelled())
            else:
                error = WorkerDiedError(f"the worker process running {job.task.name!r} {reason}")
                self._host.job_ended(job.task, Outcome.failed(error))
        self._pending.extendleft(reversed(unstarted))
        if worker.exited is not None and not worker.exited.done():
            worker.exited.set_result(None)
        self._dispatch()

    def _note_startup(self, worker: WorkerHandle, reason: str) -> None:
        """Stop respawning workers that die before saying anything, and say why."""
        if worker.spoke or self._closing:
            self._startup_failures = 0
            return
        if worker.process.exitcode == UNGUARDED_MAIN_EXIT:  # no retry can help
            self._broken = BrokenWorkerPool(unguarded_main_message())
            return
        self._startup_failures += 1
        if self._startup_failures >= MAX_STARTUP_FAILURES:
            self._broken = BrokenWorkerPool(
                f"worker processes {reason} while starting, {self._startup_failures} times in a "
                "row (their error output says why); a script that starts process tasks must "
                "guard its entry code with `if __name__ == '__main__':`"
            )


def pickle_submission(
    func: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> bytes:
    """``(func, args, kwargs)`` pickled for another process, or a TypeError naming the culprit."""
    try:
        payload: bytes = cloudpickle.dumps((func, args, kwargs), PROTOCOL)
    except Exception as exc:
        raise TypeError(_unpicklable_reason(func, args, kwargs, exc)) from exc
    return payload


def _unpicklable_reason(
    func: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any], exc: Exception
) -> str:
    """Say which part of a process submission does not pickle, and what to do."""
    try:
        cloudpickle.dumps(func, PROTOCOL)
    except Exception as func_exc:
        return (
            f"run_process needs a function that can be pickled, {func!r} cannot "
            f"({func_exc}); define it at the top level of an importable module"
        )
    for index, arg in enumerate(args):
        try:
            cloudpickle.dumps(arg, PROTOCOL)
        except Exception as arg_exc:
            return f"argument {index} of run_process cannot be pickled ({arg_exc}); pass plain data"
    for name, value in kwargs.items():
        try:
            cloudpickle.dumps(value, PROTOCOL)
        except Exception as arg_exc:
            return f"argument {name}= of run_process cannot be pickled ({arg_exc}); pass plain data"
    return f"run_process arguments cannot be pickled ({exc})"
