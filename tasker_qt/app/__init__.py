"""The tasker-qt desktop app: a job list, a form per job, and the task monitor.

``tasker-qt`` and ``python -m tasker_qt`` run ``main``; ``MainWindow`` is the
window itself, for hosts that want it inside their own program. Names load on
first use, so ``tasker-qt --help`` and spawned workers stay free of Qt.
"""

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

__all__ = [
    "MainWindow",
    "default_job_folders",
    "main",
    "user_job_folder",
]

if TYPE_CHECKING:
    from .folders import default_job_folders as default_job_folders
    from .folders import user_job_folder as user_job_folder
    from .main import main as main
    from .window import MainWindow as MainWindow

__getattr__ = lazy_exports(
    __name__,
    {
        "default_job_folders": ".folders",
        "main": ".main",
        "MainWindow": ".window",
        "user_job_folder": ".folders",
    },
)
