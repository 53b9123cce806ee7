"""Job functions for the tests; importable by worker processes, light to import."""

import asyncio
import os
import signal
import threading
import time
from pathlib import Path


def add(ctx, x, y=0):
    return x + y


def count_to(ctx, n, delay=0.0):
    ctx.set_total(n)
    for i in range(n):
        if ctx.is_cancelled():
            return "stopped"
        ctx.set_progress(i + 1)
        ctx.set_message(f"step {i + 1} of {n}")
        if delay:
            time.sleep(delay)
    return n


def chatty(ctx, n):
    for i in range(n):
        ctx.send_event("tick", i)
        ctx.log(f"line {i}")
    return n


def fail_with_key_error(ctx):
    raise KeyError("no such thing")


class UnpicklableError(Exception):
    def __init__(self, message, lock):
        super().__init__(message)
        self.lock = lock


def fail_unpicklably(ctx):
    raise UnpicklableError("carries a lock", threading.Lock())


def return_lock(ctx):
    return threading.Lock()


def exit_hard(ctx, code):
    os._exit(code)


def segfault(ctx):
    os.kill(os.getpid(), signal.SIGSEGV)
    time.sleep(5)


def ignore_cancel(ctx, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        time.sleep(0.01)
    return "ignored"


def until_cancelled(ctx, marker=None):
    if marker:
        Path(marker).write_text("started")
    while not ctx.is_cancelled():
        time.sleep(0.005)
    return "saw cancel"


def wait_for_file(ctx, path, timeout=10):
    deadline = time.monotonic() + timeout
    while not Path(path).exists() and time.monotonic() < deadline:
        time.sleep(0.005)
    return "released"


def touch(ctx, path):
    Path(path).write_text("ran")
    return "touched"


def read_env(ctx, name):
    return os.environ.get(name)


def set_env(name, value):
    os.environ[name] = value


def broken_initializer():
    raise RuntimeError("initializer exploded")


def exit_while_starting():
    """An initializer that ends its worker before it says a word."""
    os._exit(3)


def noop(ctx):
    return None


def progress_then_hold(ctx, value, release):
    ctx.set_progress(value)
    ctx.set_message("holding")
    release.wait(10)
    return value


async def async_add(ctx, x, y=0):
    ctx.set_progress(0.5)
    await asyncio.sleep(0.01)
    return x + y


async def async_forever(ctx, cleaned):
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        await asyncio.sleep(0.01)  # cleanup that itself awaits
        cleaned.append(True)
        raise


async def async_hold(ctx):
    await asyncio.sleep(3600)  # until cancelled


async def async_hand_over(ctx, contexts):
    """Hands its context to the test (which reports through it from the GUI thread), then waits."""
    contexts.append(ctx)
    await asyncio.sleep(3600)  # until cancelled


async def async_fail(ctx):
    await asyncio.sleep(0)
    raise ValueError("async went wrong")


async def async_polite(ctx):
    while not ctx.is_cancelled():
        await asyncio.sleep(0.01)
    return "stopped politely"


def odd_numbers(ctx, go_on=None, release=None):
    """Reports NaN and infinities, then 0.4, then NaN again (after ``go_on`` if given)."""
    for value in (float("nan"), float("inf"), float("-inf"), 0.4):
        ctx.set_progress(value)
        ctx.flush()
    ctx.set_message("at 0.4")
    ctx.flush()
    if go_on is not None:
        go_on.wait(10)
    ctx.set_progress(float("nan"))
    ctx.set_message("after the odd numbers")
    ctx.flush()
    if release is not None:
        release.wait(10)
    return "done"


def start_child_and_wait(ctx, seconds=600):
    """Starts `sleep` as its own child process, says its pid, then waits politely."""
    import subprocess

    child = subprocess.Popen(["sleep", str(seconds)])
    ctx.send_event("child", child.pid)
    while not ctx.is_cancelled():
        time.sleep(0.01)
    return "stopped"


def report_pid(ctx, then=None, *args):
    """Says which process runs it, then runs ``then`` (a job) if given."""
    ctx.send_event("pid", os.getpid())
    return then(ctx, *args) if then is not None else None


def start_child_and_ignore_cancel(ctx, seconds=600):
    """Starts `sleep` as its own child, says its pid, and ignores cancellation."""
    import subprocess

    child = subprocess.Popen(["sleep", str(seconds)])
    ctx.send_event("child", child.pid)
    time.sleep(seconds)


def flood(ctx, n, sent=None):
    """Sends events 0..n-1 as fast as it can; notes in ``sent`` how far it got."""
    for i in range(n):
        ctx.send_event("n", i)
        if sent is not None:
            sent[0] = i
    return n


async def async_slow_cleanup(ctx, seconds):
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        await asyncio.sleep(seconds)  # cleanup that outlasts shutdown's patience
        raise


def run_out_of_memory(ctx):
    raise MemoryError("pretend the worker ran out of memory")


def wait_to_be_killed(ctx):
    """Says its pid, then waits for someone outside to kill its process."""
    ctx.send_event("pid", os.getpid())
    time.sleep(60)


async def async_count_to(ctx, n, delay):
    ctx.set_total(n)
    for i in range(n):
        ctx.set_progress(i + 1)
        await asyncio.sleep(delay)
    return n


def tight(ctx, seconds):
    """Pure-Python work in a tight loop that reports progress on every step."""
    end = time.monotonic() + seconds
    i = 0
    while time.monotonic() < end and not ctx.is_cancelled():
        i += 1
        ctx.set_progress((i % 1000) / 1000)
    return i


def stamp_messages(ctx, count, gap):
    """Says perf_counter() (system-wide on Linux) in its message, every ``gap`` seconds."""
    for _ in range(count):
        ctx.set_message(repr(time.perf_counter()))
        time.sleep(gap)
    return count


async def async_stamp_messages(ctx, count, gap):
    for _ in range(count):
        ctx.set_message(repr(time.perf_counter()))
        await asyncio.sleep(gap)
    return count


def progress_until_file(ctx, value, path, timeout=20):
    """Reports ``value`` and 'holding', then waits until ``path`` exists (any process)."""
    ctx.set_progress(value)
    ctx.set_message("holding")
    wait_for_file(ctx, path, timeout)
    return value


def note_then_exit(ctx, path, code):
    """Appends 'ran' to ``path`` (a side effect a rerun would repeat), then dies."""
    with open(path, "a") as notes:
        notes.write("ran\n")
    os._exit(code)
