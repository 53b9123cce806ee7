"""Job scripts: discovering, validating, installing and running ``.py`` job files."""

from .parse import parse_job_file
from .registry import JobExistsError, JobRegistry
from .spec import JobParam, JobSpec

__all__ = ["JobExistsError", "JobParam", "JobRegistry", "JobSpec", "parse_job_file"]
