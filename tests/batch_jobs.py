"""Functions for batch tests; importable by worker processes."""

import os
import time


def add(x, y):
    return x + y


def slow_double(x, delay=0.05):
    time.sleep(delay)
    return x * 2


def stamped(x, delay):
    """(x, start, end) so tests can see when stages ran."""
    start = time.monotonic()
    time.sleep(delay)
    return x, start, time.monotonic()


def key_error(x):
    raise KeyError(f"no {x}")


def pid_of(x):
    return os.getpid()


class LockedError(Exception):
    """An error that cannot travel back from a worker process (it carries a lock)."""

    def __init__(self, x):
        super().__init__(f"item {x}")
        self.lock = __import__("threading").Lock()


def unpicklable_error_on_3(x):
    if x == 3:
        raise LockedError(x)
    return x + 100
