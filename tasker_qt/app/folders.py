"""Where the desktop app finds job scripts: the user's own folder first, the examples last."""

from __future__ import annotations

from pathlib import Path

APP_NAME = "tasker-qt"


def user_job_folder() -> Path:
    """Where the user's own job scripts live (created on first run)."""
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "jobs"


def default_history_file() -> Path:
    """Where the run history is kept unless ``--history`` says otherwise."""
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "history.sqlite3"


def default_job_folders(extra: list[Path] | None = None) -> list[Path]:
    """The user's folder first (installs go there), then extra folders, then the examples."""
    from ..resources import bundled_jobs_folder

    return [user_job_folder(), *(extra or []), bundled_jobs_folder()]
