"""The messages between the process pool and its workers, and how failures travel.

Qt-free: both sides import it. Each message is a small named record; on the
pipe it travels as ``(tag, *fields)`` (``pack``/``unpack``), because pickling
the records themselves costs five times as much and the pipe carries
thousands of messages a second. Neither side reads a message by position.

::

    parent: ProcessPool (GUI thread)            worker process: WorkerLoop
    ────────────────────────────────            ──────────────────────────
                                                 reader thread   main thread   flusher thread
    dispatch ──── RunJob(seq, payload) ────────▶ queue it ──────▶ (in turn)
    cancel ────── CancelJob(seq) ──────────────▶ raise its flag,
                                                 or skip it when it comes up
    close ─────── ExitWhenIdle() ──────────────▶ queue it ──────▶ return
                                                                  │
    job_started ◀─ JobStarted(seq) ─────────────────────────────── │ before the job's first line
    mirror ◀────── JobProgress(seq, state) ─────────────────────── │ ─────────────── every 20 ms,
                                                                  │                 on change
    job_event ◀─── JobEvent(seq, name, data) ───────────────────── │ context.send_event, in order
    job_log ◀───── JobLog(seq, text) ───────────────────────────── │ context.log, in order
    job_ended ◀─── JobDone(seq, state, result | failure) ───────── ┘ after the job returned,
                                                                    raised or was skipped
    broken ◀────── InitFailed(traceback) ──────── worker_initializer raised; the worker exits

``seq`` is the task id. A worker may hold a few jobs queued behind the one it
runs (short jobs only); it runs them one at a time, in order. When a worker
dies, its process sentinel tells the parent, which fails the job it was
running and requeues the ones it had not started.
"""

from __future__ import annotations

import pickle
import traceback
from collections.abc import Callable
from typing import Any, NamedTuple

from .context import ProgressState
from .outcome import Outcome
from .remote import RemoteError

PROTOCOL = pickle.HIGHEST_PROTOCOL

# --- parent -> worker ---------------------------------------------------------


class RunJob(NamedTuple):
    """Run ``payload``: ``(func, args, kwargs)`` pickled with cloudpickle."""

    seq: int
    payload: bytes


class CancelJob(NamedTuple):
    """Ask job ``seq`` to stop: raise its flag if it runs, skip it if it is queued."""

    seq: int


class ExitWhenIdle(NamedTuple):
    """Return once the queued jobs are done (the pool is closing)."""


# --- worker -> parent ---------------------------------------------------------


class Failure(NamedTuple):
    """A job's exception as it travels: pickled if it pickles, described in any case."""

    blob: bytes | None
    type_name: str
    message: str
    traceback: str


class JobStarted(NamedTuple):
    """The job's first line is about to run; where, for runners that may have to stop it there."""

    seq: int
    worker: str = ""  # a Dask worker's address
    pid: int = 0


class JobProgress(NamedTuple):
    seq: int
    state: ProgressState

    @classmethod
    def from_wire(cls, seq: int, state: tuple[float | None, float, str | None]) -> JobProgress:
        return cls(seq, ProgressState(*state))


class JobEvent(NamedTuple):
    """``data`` pickled in the worker, so that data which does not unpickle fails alone."""

    seq: int
    name: str
    data: bytes


class JobLog(NamedTuple):
    seq: int
    text: str


class JobDone(NamedTuple):
    """The end of a job: its last reported state and a pickled result, or a failure.

    Neither ``result`` nor ``failure``: it was skipped, cancelled before it began.
    """

    seq: int
    state: ProgressState
    result: bytes | None = None
    failure: Failure | None = None

    @classmethod
    def from_wire(
        cls, seq: int, state: tuple[Any, ...], result: bytes | None, failure: tuple[Any, ...] | None
    ) -> JobDone:
        return cls(
            seq, ProgressState(*state), result, None if failure is None else Failure(*failure)
        )


class InitFailed(NamedTuple):
    traceback: str


Message = (
    RunJob
    | CancelJob
    | ExitWhenIdle
    | JobStarted
    | JobProgress
    | JobEvent
    | JobLog
    | JobDone
    | InitFailed
)
_RECORDS: tuple[type[Message], ...] = (
    RunJob, CancelJob, ExitWhenIdle, JobStarted, JobProgress, JobEvent, JobLog, JobDone, InitFailed
)  # fmt: skip
_TAG = {record: tag for tag, record in enumerate(_RECORDS)}


def _flat(message: Message) -> tuple[Any, ...]:
    """Its tag and fields, nested records as plain tuples."""
    fields = (tuple(f) if isinstance(f, tuple) else f for f in message)
    return (_TAG[type(message)], *fields)


def _record(flat: tuple[Any, ...]) -> Message:
    tag, *fields = flat
    record = _RECORDS[tag]
    build: Callable[..., Message] = getattr(record, "from_wire", record)
    return build(*fields)


def pack(message: Message) -> bytes:
    """A message as bytes for the pipe."""
    return pickle.dumps(_flat(message), PROTOCOL)


def unpack(data: bytes) -> Message:
    """The message ``pack`` made."""
    return _record(pickle.loads(data))


def pack_many(messages: list[Message]) -> bytes:
    """Several messages as one piece of bytes, for channels that pay per send."""
    return pickle.dumps([_flat(message) for message in messages], PROTOCOL)


def unpack_many(data: bytes) -> list[Message]:
    """The messages ``pack_many`` made, in order."""
    return [_record(flat) for flat in pickle.loads(data)]


# --- failures -----------------------------------------------------------------


def _qualified_name(exc: BaseException) -> str:
    cls = type(exc)
    module = cls.__module__
    return cls.__qualname__ if module == "builtins" else f"{module}.{cls.__qualname__}"


def encode_failure(exc: BaseException) -> Failure:
    """The worker's side: the exception itself if it pickles, and always its description."""
    tb = "".join(traceback.format_exception(exc))
    try:
        blob: bytes | None = pickle.dumps(exc, PROTOCOL)
    except Exception:
        blob = None
    return Failure(blob, _qualified_name(exc), str(exc), tb)


def decode_failure(failure: Failure) -> Outcome:
    """The parent's side: the original exception if it unpickles, else a ``RemoteError``."""
    exc: BaseException | None = None
    if failure.blob is not None:
        try:
            exc = pickle.loads(failure.blob)
        except Exception:
            exc = None
    if exc is None:
        exc = RemoteError(failure.type_name, failure.message, failure.traceback)
    return Outcome.failed(exc, failure.traceback)
