"""task_mgr: the application's one TaskManager, created on first use from any thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any, cast

from .manager import TaskManager
from .task import Task


class TaskManagerProxy:
    """Forwards everything to the current TaskManager, creating it lazily.

    After the manager is shut down, the next use creates a fresh one, so a
    test suite (or an app that restarts its engine) can keep using
    ``task_mgr``. Signal connections belong to the manager they were made on.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._manager: TaskManager | None = None

    @property
    def manager(self) -> TaskManager:
        manager = self._manager
        if manager is None or manager.is_shut_down:
            with self._lock:
                manager = self._manager
                if manager is None or manager.is_shut_down:
                    manager = self._manager = TaskManager()
        return manager

    def has_manager(self) -> bool:
        """Whether a live manager exists (without creating one)."""
        return self._manager is not None and not self._manager.is_shut_down

    def __getattr__(self, name: str) -> Any:
        return getattr(self.manager, name)

    def __len__(self) -> int:
        return len(self.manager)

    def __iter__(self) -> Iterator[Task]:
        return iter(self.manager)

    def __bool__(self) -> bool:
        return True

    def __repr__(self) -> str:
        state = "live" if self.has_manager() else "not started"
        return f"<task_mgr proxy ({state})>"


global_proxy = TaskManagerProxy()

#: The application's TaskManager. A proxy that behaves as one (and is typed as
#: one); ``task_mgr.manager`` is the manager it currently forwards to.
task_mgr = cast(TaskManager, global_proxy)


def resolve_manager(manager: TaskManager | TaskManagerProxy | None) -> TaskManager:
    """The TaskManager behind an argument: a manager, the ``task_mgr`` proxy, or None (global)."""
    return (global_proxy if manager is None else manager).manager
