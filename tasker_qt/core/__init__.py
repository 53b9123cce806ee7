"""The engine: tasks, execution contexts, the task manager and its runners.

Exports are loaded on first access, so a worker process that only needs the
execution context never imports Qt.
"""

from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "TaskStatus": ".status",
    "Task": ".task",
    "ExecutionContext": ".context",
    "TaskManager": ".manager",
    "TaskManagerProxy": ".proxy",
    "task_mgr": ".proxy",
    "RemoteError": ".remote",
    "WorkerDiedError": ".remote",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from .context import ExecutionContext
    from .manager import TaskManager
    from .proxy import TaskManagerProxy, task_mgr
    from .remote import RemoteError, WorkerDiedError
    from .status import TaskStatus
    from .task import Task


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(_EXPORTS[name], __name__), name)
    globals()[name] = value
    return value
