"""tasker_qt: run long jobs in the background of a Qt program and watch them live.

    from tasker_qt import task_mgr, TaskManager, Task, TaskStatus, ExecutionContext

Names load on first use so that worker processes stay free of Qt.
"""

from typing import TYPE_CHECKING

from ._lazy import lazy_exports

__version__ = "0.1.0"

_EXPORTS = ("task_mgr", "TaskManager", "Task", "TaskStatus", "ExecutionContext", "RemoteError")

__all__ = [*_EXPORTS, "__version__"]

if TYPE_CHECKING:
    from .core import ExecutionContext, RemoteError, Task, TaskManager, TaskStatus, task_mgr


__getattr__ = lazy_exports(__name__, dict.fromkeys(_EXPORTS, ".core"))
