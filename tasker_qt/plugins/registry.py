"""JobRegistry: the job files in a set of folders, kept up to date as files change."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from ..core.home_thread import DeletedAtHome
from ..core.manager import TaskManager
from ..core.proxy import resolve_manager
from ..core.task import Task
from .loader import run_job_file, run_job_file_async
from .parse import parse_job_file
from .spec import JobSpec

_JOB_FILE_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_\-]*\.py")


def _job_files(folder: Path) -> list[Path]:
    """The candidate job files of a folder: ``*.py`` entries that are not folders or hidden.

    FIFOs, devices and the like are kept, to be listed as broken with the reason.
    """
    try:
        entries = sorted(folder.glob("*.py")) if folder.is_dir() else []
    except OSError:
        return []
    return [path for path in entries if not path.name.startswith((".", "_")) and not path.is_dir()]


class JobExistsError(ValueError):
    """Installing would replace an existing job; pass ``overwrite=True`` to do so.

    ``shadowed`` is the folder of a job of that name that installing would
    hide (a bundled example, say); None when the job is already installed.
    """

    def __init__(self, name: str, shadowed: Path | None = None) -> None:
        if shadowed is None:
            text = f"a job named {name!r} is already installed"
        else:
            text = f"{name!r} already comes from {shadowed}; installing this one would hide it"
        super().__init__(text)
        self.name = name
        self.shadowed = shadowed


class JobRegistry(DeletedAtHome, QObject):
    """Lists the jobs in ``folders`` (the first one is where ``install`` copies to).

    Listing reads each file's syntax tree only: a job's code runs only when it
    is run. When a name exists in several folders the earlier folder wins, so
    a user's job can override a bundled example.
    """

    #: the list of jobs (or one of them) changed on disk
    jobs_changed = Signal()

    def __init__(self, folders: Iterable[str | Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folders = [Path(f).expanduser() for f in folders]
        if not self.folders:
            raise ValueError("JobRegistry needs at least one folder")
        self._specs: dict[str, JobSpec] = {}
        self._parsed: dict[Path, tuple[tuple[int, int], JobSpec]] = {}
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._schedule_rescan)
        self._watcher.fileChanged.connect(self._schedule_rescan)
        self._rescan_due = QTimer(self, singleShot=True, interval=150)  # editors write in bursts
        self._rescan_due.timeout.connect(self.rescan)
        self.rescan()

    # --- listing ---------------------------------------------------------------

    def jobs(self) -> list[JobSpec]:
        """Every job, valid or broken, by title."""
        return sorted(self._specs.values(), key=lambda s: (s.title.casefold(), s.name))

    def get(self, name: str) -> JobSpec | None:
        return self._specs.get(name)

    def rescan(self) -> None:
        """Re-read the folders now (normally done for you when files change)."""
        specs: dict[str, JobSpec] = {}
        seen: set[Path] = set()
        for folder in self.folders:
            for path in _job_files(folder):
                if path.stem in specs:
                    continue  # an earlier folder's job of that name wins
                seen.add(path)
                specs[path.stem] = self._parse(path)
        self._parsed = {p: v for p, v in self._parsed.items() if p in seen}
        self._watch(seen)
        if specs != self._specs:
            self._specs = specs
            self.jobs_changed.emit()

    def _parse(self, path: Path) -> JobSpec:
        try:
            stat = path.stat()
        except OSError as exc:
            return JobSpec(path.stem, path, path.stem, error=f"cannot read the file: {exc}")
        stamp = (stat.st_mtime_ns, stat.st_size)
        cached = self._parsed.get(path)
        if cached is None or cached[0] != stamp:
            cached = self._parsed[path] = (stamp, parse_job_file(path))
        return cached[1]

    def _watch(self, files: set[Path]) -> None:
        wanted = {str(f) for f in self.folders if f.is_dir()} | {str(f) for f in files}
        watched = set(self._watcher.files()) | set(self._watcher.directories())
        if stale := watched - wanted:
            self._watcher.removePaths(sorted(stale))
        if new := wanted - watched:
            self._watcher.addPaths(sorted(new))

    def _schedule_rescan(self, *_: Any) -> None:
        self._rescan_due.start()

    # --- installing ------------------------------------------------------------

    def install(self, path: str | Path, overwrite: bool = False) -> JobSpec:
        """Copy a valid job file into the first folder and return its spec.

        Raises ValueError (copying nothing) for anything that is not a valid
        job, and JobExistsError (a ValueError) when a job of that name exists
        and ``overwrite`` is false.
        """
        source = Path(path)
        if source.suffix != ".py":
            raise ValueError(
                f"{source.name} is not a Python file: only .py job files can be installed"
            )
        if not source.is_file():
            raise ValueError(f"{source} is not a file")
        if not _JOB_FILE_NAME.fullmatch(source.name):
            raise ValueError(
                f"{source.name!r} is not a usable job file name: use letters, digits, _ and -"
            )
        spec = parse_job_file(source)
        if spec.error is not None:
            raise ValueError(f"{source.name} is not a valid job: {spec.error}")
        folder = self.folders[0]
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / source.name
        if target.is_symlink() or target.resolve().parent != folder.resolve():
            raise ValueError(f"refusing to write {target}: it points outside {folder}")
        if not overwrite:
            if target.exists():
                raise JobExistsError(source.stem)
            if (shadowed := self._specs.get(source.stem)) is not None:
                raise JobExistsError(source.stem, shadowed.path.parent)
        # Write beside it, then rename: the folder never holds a half-written job.
        with (
            tempfile.NamedTemporaryFile("wb", dir=folder, prefix=".install-", delete=False) as tmp,
            source.open("rb") as src,
        ):
            shutil.copyfileobj(src, tmp)
        os.chmod(tmp.name, 0o666 & ~_umask())  # a temporary file is private (0600)
        os.replace(tmp.name, target)
        self.rescan()
        return self._specs.get(source.stem) or parse_job_file(target)

    # --- running ---------------------------------------------------------------

    def run(self, name: str, manager: TaskManager | None = None, **params: Any) -> Task:
        """Run a job with these parameter values (defaults for the rest).

        Raises KeyError for an unknown job and ValueError for a broken job or
        a bad parameter, before anything starts.
        """
        spec = self._specs.get(name)
        if spec is None:
            raise KeyError(f"no job named {name!r} in {', '.join(map(str, self.folders))}")
        if spec.error is not None:
            raise ValueError(f"job {name!r} cannot run: {spec.error}")
        values = spec.bind(params)
        manager = resolve_manager(manager)
        func = run_job_file_async if spec.mode == "async" else run_job_file
        return manager.submit(
            spec.mode,
            func,
            (str(spec.path), values),
            name=spec.title,
            job=spec.name,
            params=values,
        )


def _umask() -> int:
    """The process's umask, read without changing it where the system allows."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)  # elsewhere: set and put back at once
    os.umask(mask)
    return mask
