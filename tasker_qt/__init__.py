"""tasker_qt: run long jobs in the background of a Qt program and watch them live.

    from tasker_qt import task_mgr, TaskManager, Task, TaskStatus, ExecutionContext

Names load on first use so that worker processes stay free of Qt.
"""

from typing import TYPE_CHECKING

from ._lazy import lazy_exports

__version__ = "0.1.0"

__all__ = [
    "DaskBackend",
    "ExecutionContext",
    "RemoteError",
    "Task",
    "TaskManager",
    "TaskStatus",
    "__version__",
    "task_mgr",
]

if TYPE_CHECKING:
    from .core import DaskBackend as DaskBackend
    from .core import ExecutionContext as ExecutionContext
    from .core import RemoteError as RemoteError
    from .core import Task as Task
    from .core import TaskManager as TaskManager
    from .core import TaskStatus as TaskStatus
    from .core import task_mgr as task_mgr

__getattr__ = lazy_exports(__name__, {name: ".core" for name in __all__ if name != "__version__"})
