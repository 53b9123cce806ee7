"""Carrying a job's outcome across the process boundary, keeping exception types."""

from __future__ import annotations

import pickle
import signal
import traceback
from typing import Any

from .outcome import Outcome

PROTOCOL = pickle.HIGHEST_PROTOCOL


class RemoteError(Exception):
    """Stands in for a worker's exception that could not be pickled.

    Carries the original type name, message and the worker's traceback text.
    """

    def __init__(self, type_name: str, message: str, traceback_text: str = "") -> None:
        super().__init__(f"{type_name}: {message}")
        self.type_name = type_name
        self.message = message
        self.traceback_text = traceback_text

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), (self.type_name, self.message, self.traceback_text)


class WorkerDiedError(RuntimeError):
    """The worker process running a task exited or was killed."""


def _qualified_name(exc: BaseException) -> str:
    cls = type(exc)
    module = cls.__module__
    return cls.__qualname__ if module == "builtins" else f"{module}.{cls.__qualname__}"


def encode_failure(exc: BaseException) -> tuple[bytes | None, str, str, str]:
    """(pickled exception or None, type name, message, traceback text) for the wire."""
    tb = "".join(traceback.format_exception(exc))
    try:
        blob: bytes | None = pickle.dumps(exc, PROTOCOL)
    except Exception:
        blob = None
    return blob, _qualified_name(exc), str(exc), tb


def decode_failure(blob: bytes | None, type_name: str, message: str, tb: str) -> Outcome:
    """The parent's side of ``encode_failure``: the original exception if it unpickles."""
    exc: BaseException | None = None
    if blob is not None:
        try:
            exc = pickle.loads(blob)
        except Exception:
            exc = None
    if exc is None:
        exc = RemoteError(type_name, message, tb)
    return Outcome.failed(exc, tb)


def describe_exit(exitcode: int | None) -> str:
    """'exited with code 3' / 'killed by signal SIGSEGV' for a dead worker."""
    if exitcode is None:
        return "stopped for an unknown reason"
    if exitcode < 0:
        try:
            return f"killed by signal {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"killed by signal {-exitcode}"
    return f"exited with code {exitcode}"
