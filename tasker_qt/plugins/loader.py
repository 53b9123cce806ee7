"""Running a job file where the job runs: imported by path, then ``run`` is called.

No Qt here: process jobs import this module inside the worker process.
"""

from __future__ import annotations

import importlib.util
import itertools
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

_serial = itertools.count(1)


def load_job_module(path: str | Path) -> ModuleType:
    """Import a job file by path, fresh each time (so edits are picked up)."""
    path = Path(path)
    module_name = f"tasker_job_{path.stem}_{next(_serial)}"
    spec = importlib.util.spec_from_file_location(module_name, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load a job from {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module  # dataclasses and pickling look modules up by name
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[module_name]
        raise
    return module


def run_job_file(context: Any, path: str, params: dict[str, Any]) -> Any:
    """The task function of a process or thread job."""
    module = load_job_module(path)
    try:
        return module.run(context, **params)
    finally:
        sys.modules.pop(module.__name__, None)


async def run_job_file_async(context: Any, path: str, params: dict[str, Any]) -> Any:
    """The task function of an async job."""
    module = load_job_module(path)
    try:
        return await module.run(context, **params)
    finally:
        sys.modules.pop(module.__name__, None)
