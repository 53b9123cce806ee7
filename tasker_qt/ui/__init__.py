"""Widgets and models for watching tasks: a live model, its delegates, and ready-made panels."""

from .cancel_delegate import CancelButtonDelegate as CancelButtonDelegate
from .details import TaskDetailsView as TaskDetailsView
from .model import TaskModel as TaskModel
from .panel import TaskMonitorPanel as TaskMonitorPanel
from .progress_delegate import ProgressDelegate as ProgressDelegate
from .status_widget import TaskStatusWidget as TaskStatusWidget
from .task_filter import Show as Show
from .task_filter import TaskFilter as TaskFilter

__all__ = [
    "CancelButtonDelegate",
    "ProgressDelegate",
    "Show",
    "TaskDetailsView",
    "TaskFilter",
    "TaskModel",
    "TaskMonitorPanel",
    "TaskStatusWidget",
]
