"""The inside of a worker process. Imports no Qt, so a worker starts in tens of ms.

Three threads: the main thread runs jobs one after another; a reader thread
takes jobs and cancel requests off the pipe at once (so the parent's sends
never wait on a busy job, and ``is_cancelled()`` is a plain attribute read);
a flusher thread sends the running job's progress at most every
``FLUSH_INTERVAL`` seconds, only when it changed.

Parent -> worker: ``("job", seq, payload)``, ``("cancel", seq)``, ``None`` (exit).
Worker -> parent: ``("start", seq)``, ``("progress", seq, value, total, message)``,
``("event", seq, name, data_blob)``, ``("log", seq, text)``,
``("done", seq, snapshot, "ok" | "error" | "cancelled", blob, type_name, message,
traceback)``,
``("init_failed", traceback)``.
"""

from __future__ import annotations

import pickle
import queue
import signal
import threading
import time
import traceback
from multiprocessing.connection import Connection
from typing import Any

from .context import ExecutionContext
from .outcome import drop_runner_frame
from .remote import PROTOCOL, encode_failure

FLUSH_INTERVAL = 0.02


def _state(ctx: ExecutionContext) -> tuple[Any, float, str | None]:
    return ctx._value, ctx._total, ctx._message


class _Channel:
    """Worker -> parent messages, sent whole from any of the worker's threads."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._lock = threading.Lock()

    def send(self, message: tuple[Any, ...]) -> None:
        self.send_bytes(pickle.dumps(message, PROTOCOL))

    def send_bytes(self, data: bytes) -> None:
        with self._lock:
            self._conn.send_bytes(data)


class _JobSink:
    """ContextSink of a job running in this worker."""

    def __init__(self, worker: _Worker, seq: int) -> None:
        self._worker = worker
        self._seq = seq

    def event(self, name: str, data: Any) -> None:
        try:
            blob = pickle.dumps(data, PROTOCOL)
        except Exception as exc:
            raise TypeError(
                f"send_event({name!r}, ...) from a process job needs data that pickles: {exc}"
            ) from exc
        self._worker.channel.send(("event", self._seq, name, blob))

    def log(self, text: str) -> None:
        self._worker.channel.send(("log", self._seq, text))

    def flush(self) -> None:
        self._worker.flush_progress()


class _Worker:
    def __init__(self, jobs: Connection, messages: Connection) -> None:
        self.jobs_conn = jobs
        self.channel = _Channel(messages)
        self.jobs: queue.SimpleQueue[tuple[Any, ...] | None] = queue.SimpleQueue()
        self.lock = threading.Lock()  # guards the four fields below
        self.seq: int | None = None
        self.ctx: ExecutionContext | None = None
        self.sent: tuple[Any, ...] = ()
        self.cancelled_early: set[int] = set()
        self.busy = threading.Event()

    # --- reader thread ---------------------------------------------------------

    def read(self) -> None:
        while True:
            try:
                message = self.jobs_conn.recv()
            except (EOFError, OSError):
                message = None
            if message is None:
                self.jobs.put(None)
                return
            if message[0] == "job":
                self.jobs.put(message)
            else:
                self.cancel(message[1])

    def cancel(self, seq: int) -> None:
        with self.lock:
            if seq == self.seq and self.ctx is not None:
                self.ctx._cancelled = True
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
            if self.ctx is None:
                return
            state = _state(self.ctx)
            if state != self.sent:
                self.sent = state
                self.channel.send(("progress", self.seq, *state))

    # --- main thread -----------------------------------------------------------

    def serve(self) -> None:
        while (message := self.jobs.get()) is not None:
            _, seq, payload = message
            self.run(seq, payload)

    def run(self, seq: int, payload: bytes) -> None:
        ctx = ExecutionContext(_JobSink(self, seq))
        with self.lock:
            if seq in self.cancelled_early:
                self.cancelled_early.discard(seq)
                self.channel.send(("done", seq, _state(ctx), "cancelled", None, "", "", ""))
                return
            self.seq, self.ctx, self.sent = seq, ctx, _state(ctx)
        self.channel.send(("start", seq))
        self.busy.set()
        try:
            func, args, kwargs = pickle.loads(payload)
            result = func(ctx, *args, **kwargs)
            done = ("ok", _pickle_result(func, result), "", "", "")
        except BaseException as exc:  # the job's failure is the task's, not ours
            done = ("error", *encode_failure(drop_runner_frame(exc)))
        finally:
            self.busy.clear()
            with self.lock:
                self.seq = self.ctx = None
        self.channel.send(("done", seq, _state(ctx), *done))


def _pickle_result(func: Any, result: Any) -> bytes:
    try:
        return pickle.dumps(result, PROTOCOL)
    except Exception as exc:
        name = getattr(func, "__qualname__", repr(func))
        raise TypeError(
            f"the result of {name} could not be pickled to send it back from the worker "
            f"process ({type(result).__name__}: {exc}); return plain data instead"
        ) from exc


def worker_main(
    jobs: Connection, messages: Connection, initializer: Any, initargs: tuple[Any, ...]
) -> None:
    """Entry point of a worker process."""
    # Ctrl+C in a terminal belongs to the parent; it stops us through the pipe.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    worker = _Worker(jobs, messages)
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            worker.channel.send(("init_failed", traceback.format_exc()))
            return
    threading.Thread(target=worker.read, name="tasker-reader", daemon=True).start()
    threading.Thread(target=worker.flush_forever, name="tasker-flusher", daemon=True).start()
    worker.serve()
