"""The inside of a worker process. Imports no Qt, so a worker starts in tens of ms.

Three threads (see ``wire`` for the messages): the main thread runs jobs one
after another; a reader thread takes jobs and cancel requests off the pipe at
once (so the parent's sends never wait on a busy job, and ``is_cancelled()``
is a plain attribute read); a flusher thread sends the running job's progress
at most every ``FLUSH_INTERVAL`` seconds, only when it changed.

A worker must not outlive the program that started it. It runs in a process
group of its own, so that stopping it stops the processes its jobs started
too. It notices that its parent is gone by the end of its job pipe (within
milliseconds) and, on Linux, by the SIGTERM the kernel sends it then
(``PR_SET_PDEATHSIG``); it then asks the running job to stop, and after the
grace period kills its whole group, itself included. An alarm backs that up
for a job that holds the GIL in C code and keeps the watchdog from running.
"""

from __future__ import annotations

import contextlib
import ctypes
import math
import os
import pickle
import queue
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from .context import ExecutionContext, ProgressState
from .outcome import drop_runner_frame
from .wire import (
    PROTOCOL,
    CancelJob,
    ExitWhenIdle,
    Failure,
    InitFailed,
    JobDone,
    JobEvent,
    JobLog,
    JobProgress,
    JobStarted,
    Message,
    RunJob,
    encode_failure,
    pack,
    unpack,
)

FLUSH_INTERVAL = 0.015  # the parent shows progress as it arrives: this is the delay


class _Channel:
    """Worker -> parent messages, sent whole from any of the worker's threads."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._lock = threading.Lock()

    def send(self, message: Message) -> None:
        data = pack(message)
        with self._lock, contextlib.suppress(OSError):  # the parent is gone: nobody to tell
            self._conn.send_bytes(data)


class JobSink:
    """ContextSink of a job run away from the GUI's process: its messages go out through ``send``.

    Shared by the process pool's workers and the Dask wrapper, which differ
    only in how messages travel.
    """

    def __init__(
        self, send: Callable[[Message], None], seq: int, flush: Callable[[], None]
    ) -> None:
        self._send = send
        self._seq = seq
        self.flush = flush

    def event(self, name: str, data: Any) -> None:
        try:
            blob = pickle.dumps(data, PROTOCOL)
        except Exception as exc:
            raise TypeError(
                f"send_event({name!r}, ...) from a process job needs data that pickles: {exc}"
            ) from exc
        self._send(JobEvent(self._seq, name, blob))

    def log(self, text: str) -> None:
        self._send(JobLog(self._seq, text))


def run_payload(payload: bytes, ctx: ExecutionContext) -> tuple[bytes | None, Failure | None]:
    """Run a pickled ``(func, args, kwargs)``: its result pickled, or its failure described.

    Never raises: whatever goes wrong, unpickling included, is the job's failure.
    """
    try:
        func, args, kwargs = pickle.loads(payload)
        return _pickle_result(func, func(ctx, *args, **kwargs)), None
    except BaseException as exc:  # the job's failure is the task's, not ours
        return None, encode_failure(drop_runner_frame(exc))


class WorkerLoop:
    """The loop inside a worker process: runs the jobs the pool sends, one at a time."""

    def __init__(self, jobs: Connection, messages: Connection, grace: float) -> None:
        self.jobs_conn = jobs
        self.grace = grace
        self.orphaned = threading.Event()
        self.channel = _Channel(messages)
        self.jobs: queue.SimpleQueue[RunJob | None] = queue.SimpleQueue()
        # guards the four fields below; re-entrant because the SIGTERM handler
        # may run in the main thread while it holds the lock
        self.lock = threading.RLock()
        self.seq: int | None = None
        self.ctx: ExecutionContext | None = None
        self.sent: ProgressState | None = None
        self.cancelled_early: set[int] = set()
        self.busy = threading.Event()

    # --- reader thread ---------------------------------------------------------

    def read(self) -> None:
        while True:
            try:
                message = unpack(self.jobs_conn.recv_bytes())
            except (EOFError, OSError):
                message = None
            if isinstance(message, RunJob):
                self.jobs.put(message)
            elif isinstance(message, CancelJob):
                self.cancel(message.seq)
            elif isinstance(message, ExitWhenIdle):
                self.jobs.put(None)
                return
            else:  # the pipe ended: the parent is gone
                self.parent_gone()
                return

    def parent_gone(self) -> None:
        """Stop politely, then for good: nobody is left to want the results."""
        if self.orphaned.is_set():
            return
        self.orphaned.set()
        with self.lock:
            if self.ctx is not None:
                self.ctx._stop_requested()
        self.jobs.put(None)  # run nothing more
        threading.Thread(target=self._end_after_grace, name="tasker-orphan", daemon=True).start()
        # If the job holds the GIL in C code, the thread above never runs: the
        # alarm's default action ends this process all the same.
        signal.alarm(math.ceil(self.grace) + 1)

    def _end_after_grace(self) -> None:
        time.sleep(self.grace)
        end_process_group()

    def cancel(self, seq: int) -> None:
        with self.lock:
            if seq == self.seq and self.ctx is not None:
                self.ctx._stop_requested()
            else:
                self.cancelled_early.add(seq)

    # --- flusher thread --------------------------------------------------------

    def flush_forever(self) -> None:
        while True:
            self.busy.wait()
            time.sleep(FLUSH_INTERVAL)
            self.flush_progress()

    def flush_progress(self) -> None:
        with self.lock:
            if self.ctx is None or self.seq is None:
                return
            state = self.ctx.state()
            if state != self.sent:
                self.sent = state
                self.channel.send(JobProgress(self.seq, state))

    # --- main thread -----------------------------------------------------------

    def serve(self) -> None:
        while (job := self.jobs.get()) is not None:
            if self.orphaned.is_set():
                break
            self.run(job)
        if self.orphaned.is_set():  # the job stopped in time: take its children along
            end_process_group()

    def run(self, job: RunJob) -> None:
        seq = job.seq
        ctx = ExecutionContext(JobSink(self.channel.send, seq, self.flush_progress))
        with self.lock:
            if seq in self.cancelled_early:
                self.cancelled_early.discard(seq)
                self.channel.send(JobDone(seq, ctx.state()))
                return
            self.seq, self.ctx, self.sent = seq, ctx, ctx.state()
        self.channel.send(JobStarted(seq))
        self.busy.set()
        try:
            result, failure = run_payload(job.payload, ctx)
        finally:
            self.busy.clear()
            with self.lock:
                self.seq = self.ctx = None
        self.channel.send(JobDone(seq, ctx.state(), result, failure))


def _pickle_result(func: Any, result: Any) -> bytes:
    try:
        return pickle.dumps(result, PROTOCOL)
    except Exception as exc:
        name = getattr(func, "__qualname__", repr(func))
        raise TypeError(
            f"the result of {name} could not be pickled to send it back from the worker "
            f"process ({type(result).__name__}: {exc}); return plain data instead"
        ) from exc


def end_process_group() -> None:
    """Kill this worker's process group: the processes its jobs started, and itself."""
    sys.stderr.flush()
    if hasattr(os, "killpg"):
        with contextlib.suppress(OSError):
            os.killpg(os.getpgrp(), signal.SIGKILL)
    os._exit(1)


def _own_process_group() -> None:
    """Lead a process group of our own, so the pool can stop a job's children with us."""
    if hasattr(os, "setpgid"):
        with contextlib.suppress(OSError):
            os.setpgid(0, 0)


def _ask_for_a_signal_when_orphaned(parent_pid: int) -> bool:
    """Have Linux send SIGTERM when the parent dies; False if it is gone already."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            pr_set_pdeathsig = 1
            ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)
    return os.getppid() == parent_pid  # it may have died before we asked


def worker_main(
    jobs: Connection,
    messages: Connection,
    initializer: Any,
    initargs: tuple[Any, ...],
    parent_pid: int,
    grace: float,
) -> None:
    """Entry point of a worker process."""
    _own_process_group()
    # Ctrl+C in a terminal belongs to the parent; it stops us through the pipe.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    worker = WorkerLoop(jobs, messages, grace)
    signal.signal(signal.SIGTERM, lambda *_: worker.parent_gone())
    if not _ask_for_a_signal_when_orphaned(parent_pid):
        worker.parent_gone()
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            worker.channel.send(InitFailed(traceback.format_exc()))
            return
    threading.Thread(target=worker.read, name="tasker-reader", daemon=True).start()
    threading.Thread(target=worker.flush_forever, name="tasker-flusher", daemon=True).start()
    worker.serve()
