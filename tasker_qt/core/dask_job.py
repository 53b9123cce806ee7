"""The inside of a Dask task that runs a tasker job. Imports no Qt; runs on Dask workers.

``run_job`` is what the client submits. It runs the job with a context whose
``set_progress``/``set_message`` stay attribute stores, and reports through
the worker's ``log_event`` on the client session's one topic (the scheduler
keeps the last events of each topic, so one topic per session, not per task):

* every ``SHIP_INTERVAL`` seconds, the events and log lines sent since, in
  order, and the progress if it changed, as one pickled batch for all of the
  session's jobs in this worker process (the topic carries msgpack: bytes
  travel as they are); a job's first messages begin with
  ``JobStarted``, the worker's address and pid (so that the client can stop
  this worker if the job ignores cancellation);
* at the end, what is left and ``JobDone`` with the pickled result or
  failure, in one last batch: nothing the job reported comes after its end.

``is_cancelled()`` reads the worker's own record of the task, which turns
"cancelled" milliseconds after the client cancels the future. Where that
record cannot be read (a ``distributed`` laid out differently), it polls a
``distributed.Event`` the client sets, at most every ``EVENT_POLL`` seconds.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from functools import cache
from typing import Any

from .context import ExecutionContext
from .process_worker import JobSink, run_payload
from .wire import JobDone, JobProgress, JobStarted, Message, pack_many

SHIP_INTERVAL = 0.015  # seconds: the client shows progress as it arrives (as the process pool)
MAX_BATCH = 1000  # a job ships at once when this many wait (about 3 ms for the GUI to take in)
EVENT_POLL = 0.1  # seconds between reads of the fallback cancel event
# The worker's task states in which the client no longer wants the result.
_NOT_WANTED = frozenset({"cancelled", "released", "forgotten"})
# The first release whose worker keeps its tasks in ``worker.state.tasks``.
_STATE_MACHINE_SINCE = (2022, 8)


def cancel_event_name(topic: str, seq: int) -> str:
    """The name of the fallback cancel event of job ``seq`` (client and worker agree on it)."""
    return f"{topic}-cancel-{seq}"


def run_job(topic: str, seq: int, key: str, payload: bytes) -> bytes:
    """Run one job on this worker; returns its last batch, the one that ends with ``JobDone``."""
    from distributed import get_worker

    worker = get_worker()
    outbox = _Outbox(worker.log_event, topic, seq)
    ctx = _DaskContext(
        _cancel_probe(worker, key, cancel_event_name(topic, seq)),
        JobSink(outbox.put, seq, outbox.flush),
    )
    outbox.ctx = ctx
    outbox.put(JobStarted(seq, worker.address, os.getpid()))  # first, in the next batch
    _shipper().watch(outbox)
    try:
        result, failure = run_payload(payload, ctx)
    finally:
        _shipper().forget(outbox)
    # The last batch is also the task's value: should it not come by the topic,
    # the client reads it from the future instead.
    return outbox.ship(JobDone(seq, ctx.state(), result, failure))


class _DaskContext(ExecutionContext):
    """A context whose ``is_cancelled`` asks the worker whether the client still wants it."""

    __slots__ = ("_probe",)

    def __init__(self, probe: Callable[[], bool], sink: JobSink) -> None:
        super().__init__(sink)
        self._probe = probe

    def is_cancelled(self) -> bool:
        if not self._cancelled and self._probe():
            self._cancelled = True
        return self._cancelled


class _Outbox:
    """One job's messages waiting for the next batch, and the progress last sent."""

    def __init__(self, send: Callable[[str, bytes], None], topic: str, seq: int) -> None:
        self.send = send
        self.topic = topic
        self._seq = seq
        self.ctx: ExecutionContext | None = None  # the job's, from its start to its end
        self._lock = threading.Lock()
        self._waiting: list[Message] = []
        self._sent_state: Any = None
        self.shipped_at = 0.0  # monotonic: when it last shipped a batch of its own

    def put(self, message: Message) -> None:
        with self._lock:
            self._waiting.append(message)
            full = len(self._waiting) >= MAX_BATCH
        if full:  # a flood: ship now, in batches the GUI takes in within a frame
            self.ship()

    def flush(self) -> None:
        """``context.flush()``: ship now what would go at the next tick."""
        self.ship()

    def ship(self, last: Message | None = None) -> bytes:
        """Send what waits, the progress if it changed, and ``last``; the batch sent (if any)."""
        with _shipper().sending:
            batch = self.take(last)
            if not batch:
                return b""
            data = pack_many(batch)
            self.send(self.topic, data)
            self.shipped_at = time.monotonic()
            return data

    def take(self, last: Message | None = None) -> list[Message]:
        """What waits, then the progress if it changed, or ``last`` (it carries the final state)."""
        with self._lock:
            batch, self._waiting = self._waiting, []
            if last is not None:
                batch.append(last)
                self.ctx = None  # a tick that took this outbox before its end sends no progress
            elif self.ctx is not None and (state := self.ctx.state()) != self._sent_state:
                self._sent_state = state
                batch.append(JobProgress(self._seq, state))
            return batch


class _Shipper:
    """The worker process's one thread that ships what its running jobs reported.

    Every ``SHIP_INTERVAL`` it sends one batch per session topic, with the
    messages of all of that session's jobs in this process: a worker running
    many jobs costs the scheduler one event per tick, not one per job.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._jobs: set[_Outbox] = set()
        self._busy = threading.Event()
        # Held from taking a batch until it is sent, so that batches go in the
        # order they were taken: a job's last one never overtakes what it sent before.
        self.sending = threading.Lock()
        threading.Thread(target=self._run, name="tasker-dask-shipper", daemon=True).start()

    def watch(self, outbox: _Outbox) -> None:
        with self._lock:
            self._jobs.add(outbox)
            self._busy.set()

    def forget(self, outbox: _Outbox) -> None:
        with self._lock:
            self._jobs.discard(outbox)
            if not self._jobs:
                self._busy.clear()

    def _run(self) -> None:
        while True:
            self._busy.wait()
            time.sleep(SHIP_INTERVAL)
            with self._lock:
                outboxes = list(self._jobs)
            with self.sending:
                batches: dict[tuple[Callable[[str, bytes], None], str], list[Message]] = {}
                lately = time.monotonic() - SHIP_INTERVAL
                for outbox in outboxes:
                    if outbox.shipped_at > lately:
                        continue  # it ships by itself (a flood): no small batch in between
                    if taken := outbox.take():
                        batches.setdefault((outbox.send, outbox.topic), []).extend(taken)
                for (send, topic), batch in batches.items():
                    send(topic, pack_many(batch))


_the_shipper: list[_Shipper] = []
_shipper_lock = threading.Lock()


def _shipper() -> _Shipper:
    with _shipper_lock:
        if not _the_shipper:
            _the_shipper.append(_Shipper())
        return _the_shipper[0]


def _cancel_probe(worker: Any, key: str, event_name: str) -> Callable[[], bool]:
    """How this job learns that the client cancelled it: the cheapest way that works here."""
    tasks = getattr(getattr(worker, "state", None), "tasks", None)
    record = tasks.get(key) if isinstance(tasks, dict) else None
    if _release() >= _STATE_MACHINE_SINCE and hasattr(record, "state"):
        assert tasks is not None

        def client_let_go() -> bool:
            record = tasks.get(key)
            return record is None or record.state in _NOT_WANTED

        return client_let_go
    return _EventPoll(event_name)


@cache
def _release() -> tuple[int, int]:
    """This worker's distributed release, (year, month); read once (it costs a directory scan)."""
    from importlib.metadata import version

    try:
        year, month = version("distributed").split(".")[:2]
        return int(year), int(month)
    except ValueError:  # a development build: trust what the probe finds
        return _STATE_MACHINE_SINCE


class _EventPoll:
    """The fallback probe: the client's cancel event, read at most every ``EVENT_POLL`` s."""

    def __init__(self, name: str) -> None:
        from distributed import Event

        self._event = Event(name)
        self._next_read = 0.0
        self._set = False

    def __call__(self) -> bool:
        now = time.monotonic()
        if not self._set and now >= self._next_read:
            self._next_read = now + EVENT_POLL
            self._set = self._event.is_set()
        return self._set
