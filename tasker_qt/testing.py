"""Pytest helpers for testing code that uses tasker_qt.

In your ``conftest.py``::

    from tasker_qt.testing import task_manager  # noqa: F401  (a pytest fixture)

    def test_export(task_manager, qtbot):
        task = task_manager.run_thread(export, "out.svg")
        assert task_manager.wait_until_settled(5000)
        assert task.result() == "out.svg"

The fixture needs pytest-qt (it uses its ``qapp``). It gives a fresh
``TaskManager`` with small pools, and afterwards shuts it down and checks that
no worker thread or process was left behind. To test code that uses the
global ``task_mgr`` instead, use ``global_task_manager``.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Iterator

import pytest

from .core.manager import TaskManager
from .core.proxy import global_proxy


def _leftovers() -> list[str]:
    threads = [t.name for t in threading.enumerate() if t.name.startswith("tasker")]
    processes = [p.name for p in multiprocessing.active_children()]
    return threads + processes


def _shut_down(manager: TaskManager) -> None:
    manager.shutdown(timeout=5.0)
    leftovers = _leftovers()
    assert not leftovers, f"the task manager left these running: {leftovers}"


@pytest.fixture
def task_manager(qapp: object) -> Iterator[TaskManager]:
    """A TaskManager for one test; shut down (and checked for leftovers) after it."""
    manager = TaskManager(thread_workers=4, process_workers=2, process_grace=0.5)
    yield manager
    _shut_down(manager)


@pytest.fixture
def global_task_manager(qapp: object) -> Iterator[TaskManager]:
    """The global ``task_mgr``'s manager for one test, shut down after it."""
    manager = global_proxy.manager
    yield manager
    _shut_down(manager)
