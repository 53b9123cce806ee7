"""Errors of process jobs that the parent raises: a worker's exception, a worker's death."""

from __future__ import annotations

import signal
from typing import Any


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


class BrokenWorkerPool(RuntimeError):  # noqa: N818 (named like BrokenProcessPool)
    """The process pool stopped starting workers (they kept dying, or their initializer failed).

    Every process task submitted afterwards fails with it; the message says why.
    """


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
