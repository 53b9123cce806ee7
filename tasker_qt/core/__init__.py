"""The engine: tasks, execution contexts, the task manager and its runners.

Exports are loaded on first access, so a worker process that only needs the
execution context never imports Qt.
"""

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

__all__ = [
    "BrokenWorkerPool",
    "DaskBackend",
    "ExecutionContext",
    "RemoteError",
    "Task",
    "TaskManager",
    "TaskManagerProxy",
    "TaskStatus",
    "WorkerDiedError",
    "resolve_manager",
    "task_mgr",
]

if TYPE_CHECKING:
    from .context import ExecutionContext as ExecutionContext
    from .dask_backend import DaskBackend as DaskBackend
    from .manager import TaskManager as TaskManager
    from .proxy import TaskManagerProxy as TaskManagerProxy
    from .proxy import resolve_manager as resolve_manager
    from .proxy import task_mgr as task_mgr
    from .remote import BrokenWorkerPool as BrokenWorkerPool
    from .remote import RemoteError as RemoteError
    from .remote import WorkerDiedError as WorkerDiedError
    from .status import TaskStatus as TaskStatus
    from .task import Task as Task

__getattr__ = lazy_exports(
    __name__,
    {
        "BrokenWorkerPool": ".remote",
        "DaskBackend": ".dask_backend",
        "ExecutionContext": ".context",
        "RemoteError": ".remote",
        "resolve_manager": ".proxy",
        "Task": ".task",
        "task_mgr": ".proxy",
        "TaskManager": ".manager",
        "TaskManagerProxy": ".proxy",
        "TaskStatus": ".status",
        "WorkerDiedError": ".remote",
    },
)
