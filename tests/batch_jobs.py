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
