"""Runs process jobs on a Dask cluster, watched from the GUI thread.

The fourth runner. The GUI thread only keeps the books; everything that
talks to Dask runs on one control thread (``DaskSession``), in the order it
was asked: open the session (start a cluster or reach a scheduler, lazily,
on the first job), submit, cancel, stop a worker, close. What the jobs report
arrives on Dask's IO-loop thread and is handed over to the GUI thread by a
queued signal, one batch per signal, and read by the same ``ReportReader``
as the process pool's.

Cancelling a job cancels its future; the job sees ``is_cancelled()`` turn
true (see ``dask_job``). One that has not ended after the grace period is
stopped by killing its worker through the nanny, which starts a new one; the
future is cancelled first, so the scheduler does not run the job elsewhere.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from .dask_backend import DaskBackend
from .dask_session import CANCELLED, DaskSession
from .grace import drop_grace, start_grace
from .home_thread import DeletedAtHome
from .outcome import Outcome
from .process_pool import pickle_submission
from .remote import WorkerDiedError
from .reports import ReportReader, outcome_of
from .runner import JobHost
from .task import Task
from .wire import JobDone, JobStarted, Message, unpack_many

log = logging.getLogger(__name__)

READ_SLICE = 0.004  # seconds of arrived messages per event-loop pass (as the process pool)
OPEN_FAILURE_STANDS = 2.0  # seconds a failed start fails new jobs at once, before a retry


class _FutureEnd(NamedTuple):
    """A job's future is over: None (finished), ``CANCELLED``, or its exception."""

    seq: int
    how: Any


@dataclass(eq=False)
class _DaskJob:
    """A job sent to Dask, until its end is known on both routes (topic and future)."""

    task: Task
    worker: str = ""  # from its JobStarted
    pid: int = 0
    grace: QTimer | None = None

    @property
    def started(self) -> bool:
        return bool(self.worker)


class DaskRunner(DeletedAtHome, QObject):
    """A Runner for jobs on a Dask cluster (task kind ``"dask"``)."""

    _arrived = Signal()  # the inbox was empty and is not: read it
    _call = Signal(object)  # a callable to run in the GUI thread

    def __init__(
        self, host: JobHost, backend: DaskBackend, grace: float, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._host = host
        self._grace_ms = int(grace * 1000)
        self._reports = ReportReader(host)
        # What arrived from Dask's threads, not yet taken in: appended there (a
        # deque's appends and pops are atomic), taken here in slices. Two threads
        # arriving at once may wake us twice, which costs nothing.
        self._inbox: deque[Message | _FutureEnd] = deque()
        self._woken = False  # an _arrived signal is on its way
        self._read_more = QTimer(self, singleShot=True, interval=0)
        self._read_more.timeout.connect(self._read)
        self._jobs: dict[int, _DaskJob] = {}
        self._to_submit: list[tuple[int, bytes]] = []  # filled here, emptied by the control thread
        self._to_submit_lock = threading.Lock()
        self._opened = False
        self._opening: list[Task] = []  # shown as waiting for the cluster
        self._open_failed: tuple[float, BaseException] | None = None
        # Queued: emitted on Dask's threads, handled in ours.
        queued = Qt.ConnectionType.QueuedConnection
        self._arrived.connect(self._wake_up, queued)
        self._call.connect(_call_now, queued)
        self._session = DaskSession(backend, self._batch_arrived, self._future_ended)
        self._control = ThreadPoolExecutor(1, thread_name_prefix="tasker-dask-control")

    # --- Runner ----------------------------------------------------------------

    def prepare(
        self, task: Task, func: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> bytes:
        return pickle_submission(func, args, kwargs)

    def start(self, task: Task, payload: bytes) -> None:
        failed = self._open_failed
        if failed is not None and time.monotonic() - failed[0] < OPEN_FAILURE_STANDS:
            self._host.job_ended(task, Outcome.failed(failed[1]))
            return
        self._jobs[task.id] = _DaskJob(task)
        if not self._opened:
            self._opening.append(task)
            task._context.set_message(_waiting_notice())
            self._host.jobs_progressed([task])
        with self._to_submit_lock:
            first = not self._to_submit  # the first of a burst: send them all at once, soon
            self._to_submit.append((task.id, payload))
        if first:
            self._do(self._submit_waiting)

    def relay_stop(self, task: Task) -> None:
        if task.id in self._jobs:
            self._do(self._session.cancel, task.id)

    def cancel(self, task: Task) -> None:
        """Stop the job's worker if the job is still running after the grace period."""
        job = self._jobs.get(task.id)
        if job is not None and job.started:
            self._start_grace(job)

    async def close(self, timeout: float) -> None:
        """Stop what still runs, close the client, and the cluster if it is ours."""
        for job in self._jobs.values():
            drop_grace(job)
        running = [(job.worker, job.pid) for job in self._jobs.values() if job.started]
        done = self._do(self._session.close, running)
        try:
            await asyncio.wait_for(asyncio.wrap_future(done), max(timeout, 1.0))
        except Exception:
            log.exception("the Dask session did not close cleanly")
        self._control.shutdown(wait=done.done())  # its thread has nothing left to do
        for job in list(self._jobs.values()):
            self._host.job_ended(job.task, Outcome.cancelled())
        self._jobs.clear()

    # --- the control thread ------------------------------------------------------

    def _do(self, action: Callable[..., Any], *args: Any) -> Future[Any]:
        """Run ``action`` on the control thread, after everything asked before it."""
        return self._control.submit(self._logged, action, *args)

    @staticmethod
    def _logged(action: Callable[..., Any], *args: Any) -> Any:
        try:
            return action(*args)
        except Exception:
            log.exception("Dask: %s failed", getattr(action, "__name__", action))
            raise

    def _submit_waiting(self) -> None:
        """(control thread) Open the session if need be, then submit what waits."""
        with self._to_submit_lock:
            jobs, self._to_submit = self._to_submit, []
        session = self._session
        if not session.is_open:
            try:
                session.open()
            except Exception as exc:
                self._call.emit(partial(self._now_open, (exc, [seq for seq, _ in jobs])))
                return
            self._call.emit(partial(self._now_open, None))
        try:
            session.submit(jobs)
        except Exception as exc:
            for seq, _ in jobs:
                self._future_ended(seq, exc)

    # --- back in the GUI thread --------------------------------------------------

    def _now_open(self, failure: tuple[BaseException, list[int]] | None) -> None:
        self._opened = failure is None
        waiting, self._opening = self._opening, []
        for task in waiting:  # the notice goes; the job's own messages follow
            if task.get_message() == _waiting_notice():
                task._context.set_message(None)
        self._host.jobs_progressed(waiting)
        if failure is None:
            return
        exc, seqs = failure
        error = _open_error(self._session.backend, exc)
        self._open_failed = (time.monotonic(), error)
        for seq in seqs:
            if (job := self._jobs.pop(seq, None)) is not None:
                self._host.job_ended(job.task, Outcome.failed(error))

    # --- arriving, on Dask's threads -----------------------------------------------

    def _batch_arrived(self, data: bytes) -> None:
        """A batch a job sent on the topic (on Dask's IO-loop thread, to spare the GUI thread)."""
        try:
            messages = unpack_many(data)
        except Exception:
            log.exception("a batch of job messages from Dask could not be read")
            return
        self._arrive(messages)

    def _future_ended(self, seq: int, how: Any) -> None:
        """A job's future is over (a Dask callback thread), in line behind what came before."""
        self._arrive([_FutureEnd(seq, how)])

    def _arrive(self, items: Iterable[Message | _FutureEnd]) -> None:
        self._inbox.extend(items)
        if not self._woken:  # one wake-up however many batches arrive meanwhile
            self._woken = True
            self._arrived.emit()

    # --- taking in, in the GUI thread ---------------------------------------------

    def _wake_up(self) -> None:
        self._woken = False  # before reading: what arrives from now on wakes us again
        self._read()

    def _read(self) -> None:
        """Take in what arrived, for ``READ_SLICE`` seconds at most: the GUI stays at frame rate."""
        deadline = time.perf_counter() + READ_SLICE
        inbox = self._inbox
        while inbox:
            item = inbox.popleft()
            job = self._jobs.get(item.seq)  # type: ignore[union-attr]
            if job is not None:
                if isinstance(item, _FutureEnd):
                    self._future_over(job, item.how)
                else:
                    self._take(job, item)
            if time.perf_counter() > deadline:
                break
        self._reports.show_progress()
        if inbox:
            self._read_more.start()

    def _take(self, job: _DaskJob, message: Message) -> None:
        task = job.task
        if self._reports.apply(task, message):
            return
        if isinstance(message, JobStarted):
            job.worker, job.pid = message.worker, message.pid
            self._host.job_started(task)
            if task.cancel_requested:  # cancelled on its way in: the stop follows it
                self._start_grace(job)
        elif isinstance(message, JobDone):
            self._settle(job, outcome_of(task, message))

    def _future_over(self, job: _DaskJob, how: Any) -> None:
        """A future is over; its job's own last message has normally come before."""
        seq, task = job.task.id, job.task
        if how is None:  # finished, yet its last batch did not come by the topic: fetch it
            self._do(self._fetch_last_batch, seq)
        elif how == CANCELLED:
            if not job.started:
                self._settle(job, Outcome.cancelled())  # it never began
            # else: it runs on until its JobDone, or until the grace period ends
        elif task.cancel_requested:
            self._settle(job, Outcome.cancelled())
        elif type(how).__name__ == "KilledWorker":
            where = f" {job.worker} (pid {job.pid})" if job.started else ""
            error = WorkerDiedError(
                f"worker crashed: the Dask worker{where} running {task.name!r} died ({how})"
            )
            self._settle(job, Outcome.failed(error))
        else:
            self._settle(job, Outcome.failed(how))

    def _fetch_last_batch(self, seq: int) -> None:
        """(control thread) A finished job's last batch, from its future, taken in as if sent."""
        self._batch_arrived(self._session.result(seq))

    def _settle(self, job: _DaskJob, outcome: Outcome) -> None:
        del self._jobs[job.task.id]
        drop_grace(job)
        self._do(self._session.forget, job.task.id)
        self._host.job_ended(job.task, outcome)

    # --- stopping a job that ignores cancellation --------------------------------

    def _start_grace(self, job: _DaskJob) -> None:
        start_grace(job, self, self._grace_ms, partial(self._enforce_cancel, job))

    def _enforce_cancel(self, job: _DaskJob) -> None:
        drop_grace(job)
        if self._jobs.get(job.task.id) is not job:
            return  # it ended in time
        log.info("stopping Dask worker %s: task %s ignored cancellation", job.worker, job.task.id)
        stopped = self._do(self._session.stop_worker, job.worker, job.pid)
        stopped.add_done_callback(lambda _: self._call.emit(partial(self._stopped, job)))

    def _stopped(self, job: _DaskJob) -> None:
        if self._jobs.get(job.task.id) is job:
            self._settle(job, Outcome.cancelled())


def _call_now(call: Callable[[], Any]) -> None:
    call()


def _open_error(backend: DaskBackend, exc: BaseException) -> ConnectionError:
    if backend.address is None:
        return ConnectionError(f"could not start a local Dask cluster: {exc}")
    return ConnectionError(f"could not reach the Dask scheduler at {backend.address}: {exc}")


def _waiting_notice() -> str:
    """The message of a task waiting for the cluster to start (translated as the app's texts)."""
    return QCoreApplication.translate("DaskRunner", "Waiting for the Dask cluster…")
