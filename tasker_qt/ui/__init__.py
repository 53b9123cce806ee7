"""Widgets and models for watching tasks: a live model, its delegates, and ready-made panels."""

from .cancel_delegate import CancelButtonDelegate as CancelButtonDelegate
from .details import TaskDetailsView as TaskDetailsView
from .filter_model import Show as Show
from .filter_model import TaskFilterModel as TaskFilterModel
from .model import TaskModel as TaskModel
from .panel import TaskMonitorPanel as TaskMonitorPanel
from .progress_delegate import ProgressDelegate as ProgressDelegate
from .status_widget import TaskStatusWidget as TaskStatusWidget

__all__ = [
    "CancelButtonDelegate",
    "ProgressDelegate",
    "Show",
    "TaskDetailsView",
    "TaskFilterModel",
    "TaskModel",
    "TaskMonitorPanel",
    "TaskStatusWidget",
]
