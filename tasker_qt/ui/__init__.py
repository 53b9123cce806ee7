"""Widgets and models for watching tasks: a live model, its delegates, and ready-made panels."""

from .cancel_delegate import CancelButtonDelegate
from .details import TaskDetailsView
from .filter_model import Show, TaskFilterModel
from .model import TaskModel
from .panel import TaskMonitorPanel
from .progress_delegate import ProgressDelegate
from .status_widget import TaskStatusWidget

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
