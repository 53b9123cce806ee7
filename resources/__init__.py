"""Data shipped with tasker_qt (installed as ``tasker_qt.resources``): the example jobs."""

from importlib.resources import files
from pathlib import Path


def bundled_jobs_folder() -> Path:
    """The folder of example job scripts that ship with tasker_qt."""
    return Path(str(files(__name__) / "jobs"))
