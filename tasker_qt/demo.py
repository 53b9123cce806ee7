"""A short headless demo: one job of each kind, progress printed as it arrives."""

from __future__ import annotations

import asyncio
import sys
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tasker_qt import ExecutionContext, Task


def count_primes(context: ExecutionContext, limit: int) -> int:
    """CPU-bound: runs in a worker process."""
    context.set_total(limit)
    found = 0
    for n in range(2, limit):
        if all(n % d for d in range(2, int(n**0.5) + 1)):
            found += 1
        if n % 500 == 0:
            context.set_progress(n)
            context.set_message(f"{found} primes below {n}")
    return found


def checksum_bytes(context: ExecutionContext, size: int) -> int:
    """Runs in a worker thread."""
    total = 0
    for i in range(size):
        total = (total * 31 + i) % 1_000_003
        if i % 10_000 == 0:
            context.set_progress(i / size)
    time.sleep(0.3)
    return total


async def countdown(context: ExecutionContext, steps: int) -> str:
    """Runs on the qasync event loop."""
    for i in range(steps):
        context.set_progress(i / steps)
        context.set_message(f"{steps - i} to go")
        await asyncio.sleep(0.1)
    return "lift-off"


def main() -> int:
    from PySide6.QtCore import QCoreApplication

    from tasker_qt import TaskManager

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    manager = TaskManager(app)
    last: dict[int, str] = {}

    def show(task: Task) -> None:
        line = f"{task.name:15} {task.kind:8} {task.get_status():10} {task.get_progress():6.0%}"
        if last.get(task.id) != line:
            last[task.id] = line
            print(line, task.get_message() or "", flush=True)

    manager.task_changed.connect(show)
    tasks = [
        manager.run_process(count_primes, 60_000),
        manager.run_thread(checksum_bytes, 2_000_000),
        manager.add_coroutine(countdown, 10),
    ]
    settled = manager.wait_until_settled(60_000)
    for task in tasks:
        print(f"{task.name}: {task.result()!r}")
    manager.shutdown(5)
    return 0 if settled else 1


if __name__ == "__main__":
    sys.exit(main())
