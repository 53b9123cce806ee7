"""Job scripts: discovering, validating, installing and running ``.py`` job files.

Exports load on first use: worker processes import ``tasker_qt.plugins.loader``
to run a job file, and must not pay for Qt.
"""

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

__all__ = [
    "JobExistsError",
    "JobParam",
    "JobRegistry",
    "JobSpec",
    "parse_job_file",
]

if TYPE_CHECKING:
    from .parse import parse_job_file as parse_job_file
    from .registry import JobExistsError as JobExistsError
    from .registry import JobRegistry as JobRegistry
    from .spec import JobParam as JobParam
    from .spec import JobSpec as JobSpec

__getattr__ = lazy_exports(
    __name__,
    {
        "JobExistsError": ".registry",
        "JobParam": ".spec",
        "JobRegistry": ".registry",
        "JobSpec": ".spec",
        "parse_job_file": ".parse",
    },
)
