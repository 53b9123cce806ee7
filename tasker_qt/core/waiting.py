"""Waiting on the task manager from synchronous code, without freezing the GUI.

The manager's own methods are asynchronous or return at once; these helpers
are what its blocking methods (``wait_until_settled``, ``run_until_complete``,
``shutdown``) and ``shutdown_in_background`` do. In the GUI thread they keep
the Qt event loop turning in a nested ``QEventLoop``; in any other thread they
block that thread only.

A nested Qt event loop inside a coroutine hangs qasync ("Cannot enter into
task ... while another task is being executed"), so each GUI-thread wait
refuses to start inside one, pointing to the awaitable to use instead.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QEventLoop, QTimer

if TYPE_CHECKING:
    from .manager import TaskManager
    from .task import Task

T = TypeVar("T")


def wait_until_settled(manager: TaskManager, timeout_ms: int) -> bool:
    """Wait until no task is live; False on timeout."""
    if not manager.in_gui_thread():
        return manager._idle.wait(timeout_ms / 1000)
    refuse_inside_coroutine("wait_until_settled")
    if manager._idle.is_set():
        return True
    loop = QEventLoop()
    manager.settled.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    try:
        loop.exec()
    finally:
        manager.settled.disconnect(loop.quit)
    return manager._idle.is_set()


async def settled_except(manager: TaskManager, timeout: float, spare: Task | None) -> bool:
    """Wait until no task but ``spare`` is live; False on timeout."""

    def done() -> bool:
        return all(task is spare for task in manager.tasks)

    if done():
        return True
    settled = asyncio.get_running_loop().create_future()

    def check(*_: Any) -> None:
        if done() and not settled.done():
            settled.set_result(None)

    manager.task_finished.connect(check)
    try:
        await asyncio.wait_for(settled, timeout)
    except TimeoutError:
        pass
    finally:
        manager.task_finished.disconnect(check)
    return done()


def run_until_complete(manager: TaskManager, coro: Coroutine[Any, Any, T]) -> T:
    """Run ``coro`` on the manager's loop and return its result."""
    if not manager.in_gui_thread():
        outcome: concurrent.futures.Future[T] = concurrent.futures.Future()

        def start() -> None:
            running = manager._lease.get().create_task(coro)
            running.add_done_callback(lambda done: _copy_outcome(done, outcome))

        manager._inbox.post(start)
        return outcome.result()
    try:
        refuse_inside_coroutine("run_until_complete")
    except RuntimeError:
        coro.close()
        raise
    running = manager._lease.get().create_task(coro)
    waiter = QEventLoop()
    running.add_done_callback(lambda _: waiter.quit())
    waiter.exec()
    return running.result()


def shutdown(manager: TaskManager, timeout: float) -> dict[str, int]:
    """``shutdown_async`` run to the end, then the lent asyncio loop handed back."""
    in_gui_thread = manager.in_gui_thread()
    if in_gui_thread:
        refuse_inside_coroutine("shutdown")
    counts = manager._shutdown_counts
    if counts is None:
        counts = run_until_complete(manager, manager.shutdown_async(timeout))
    if in_gui_thread:
        manager._lease.release()
    else:
        manager._inbox.post(manager._lease.release)
    return dict(counts)


def shutdown_in_background(
    manager: TaskManager, timeout: float, when_done: Callable[[dict[str, int]], Any] | None
) -> None:
    """Start ``shutdown_async`` and return at once; ``when_done(counts)`` runs after."""
    running = manager._lease.get().create_task(manager.shutdown_async(timeout))
    if when_done is not None:
        running.add_done_callback(lambda done: when_done(done.result()))


def _copy_outcome(done: asyncio.Task[T], outcome: concurrent.futures.Future[T]) -> None:
    if done.cancelled():
        outcome.cancel()
    elif (exc := done.exception()) is not None:
        outcome.set_exception(exc)
    else:
        outcome.set_result(done.result())


def refuse_inside_coroutine(name: str) -> None:
    """Raise RuntimeError if called from inside a running coroutine."""
    try:
        inside = asyncio.current_task() is not None
    except RuntimeError:
        inside = False
    if inside:
        raise RuntimeError(
            f"{name}() cannot run inside a coroutine (a nested Qt event loop there hangs "
            f"qasync); await the manager's shutdown_async() or an asyncio event instead"
        )
