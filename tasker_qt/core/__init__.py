"""The engine: tasks, execution contexts, the task manager and its runners.

Exports are loaded on first access, so a worker process that only needs the
execution context never imports Qt.
"""

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

_EXPORTS = {
    "TaskStatus": ".status",
    "Task": ".task",
    "ExecutionContext": ".context",
    "TaskManager": ".manager",
    "TaskManagerProxy": ".proxy",
    "task_mgr": ".proxy",
    "RemoteError": ".remote",
    "WorkerDiedError": ".remote",
    "BrokenWorkerPool": ".remote",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from .context import ExecutionContext
    from .manager import TaskManager
    from .proxy import TaskManagerProxy, task_mgr
    from .remote import BrokenWorkerPool, RemoteError, WorkerDiedError
    from .status import TaskStatus
    from .task import Task


__getattr__ = lazy_exports(__name__, _EXPORTS)
