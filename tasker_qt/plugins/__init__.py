"""Job scripts: discovering, validating, installing and running ``.py`` job files.

Exports load on first use: worker processes import ``tasker_qt.plugins.loader``
to run a job file, and must not pay for Qt.
"""

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

_EXPORTS = {
    "JobExistsError": ".registry",
    "JobParam": ".spec",
    "JobRegistry": ".registry",
    "JobSpec": ".spec",
    "parse_job_file": ".parse",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from .parse import parse_job_file
    from .registry import JobExistsError, JobRegistry
    from .spec import JobParam, JobSpec

__getattr__ = lazy_exports(__name__, _EXPORTS)
