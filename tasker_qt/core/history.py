"""HistoryStore: every run, kept in one SQLite file, written off the GUI thread.

The GUI thread only hands a snapshot of the task to a queue; one writer
thread owns the writing connection and commits in small batches, so a write
costs the GUI a few microseconds however many rows the file holds. Readers
(the History tab, ``tasker-qt history``) open their own connections: the
file is in WAL mode, so reading never waits for writing.

The schema is versioned with ``PRAGMA user_version``; ``MIGRATIONS`` take a
file from any earlier version to the current one when it is opened.
"""

from __future__ import annotations

import csv
import json
import queue
import reprlib
import sqlite3
import stat
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .status import TaskStatus
from .task import Task

LOG_LINES_KEPT = 200
RESULT_CHARS = 2000
INTERRUPTED = "interrupted"  # a run that was still going when its app ended without saying so

MIGRATIONS: tuple[str, ...] = (
    # 1: the first release of the history
    """
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        job TEXT NOT NULL,
        kind TEXT NOT NULL,
        params TEXT NOT NULL DEFAULT '{}',
        status TEXT NOT NULL,
        created REAL NOT NULL,
        started REAL,
        finished REAL,
        result TEXT,
        error_type TEXT,
        error_message TEXT,
        traceback TEXT
    );
    CREATE INDEX runs_by_job ON runs (job, id);
    """,
    # 2: the task's display name, its last log lines, its duration; faster filters
    """
    ALTER TABLE runs ADD COLUMN name TEXT NOT NULL DEFAULT '';
    ALTER TABLE runs ADD COLUMN log TEXT NOT NULL DEFAULT '';
    ALTER TABLE runs ADD COLUMN duration REAL;
    UPDATE runs SET name = job, duration = finished - started WHERE started IS NOT NULL;
    CREATE INDEX runs_by_status ON runs (status, id);
    CREATE INDEX runs_by_created ON runs (created, id);
    """,
    # 3: one job's runs by status, one status's runs by job: a page stays quick at 1M rows
    """
    CREATE INDEX runs_by_job_status ON runs (job, status, id);
    CREATE INDEX runs_by_status_job ON runs (status, job, id);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)

#: the columns runs can be listed in the order of (each has an index, so a page is quick);
#: runs are numbered as they are created, so "id" is also the order in time
SORTABLE = ("id", "job", "status")

COLUMNS = (
    "id", "job", "name", "kind", "params", "status", "created", "started", "finished",
    "duration", "result", "error_type", "error_message", "traceback", "log",
)  # fmt: skip
_SELECT = f"SELECT {', '.join(COLUMNS)} FROM runs"


_Write = tuple[str, int, dict[str, Any]] | threading.Event  # a record, or a flush() marker


@dataclass(frozen=True)
class Run:
    """One stored run, as read back."""

    id: int
    job: str
    name: str
    kind: str
    params: dict[str, Any]
    status: str
    created: float
    started: float | None
    finished: float | None
    duration: float | None
    result: str | None
    error_type: str | None
    error_message: str | None
    traceback: str | None
    log: str

    @classmethod
    def from_row(cls, row: sqlite3.Row | tuple[Any, ...]) -> Run:
        values = dict(zip(COLUMNS, row, strict=True))
        values["params"] = json.loads(values["params"] or "{}")
        return cls(**values)

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in COLUMNS}


@dataclass(frozen=True)
class RunFilter:
    """Which runs to list: by job, status and a time range of creation (None: any)."""

    job: str | None = None
    status: str | None = None
    since: float | None = None
    until: float | None = None

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition and its parameters."""
        clauses, values = [], []
        conditions = (
            ("job = ?", self.job),
            ("status = ?", self.status),
            ("created >= ?", self.since),
            ("created < ?", self.until),
        )
        for clause, value in conditions:
            if value is not None:
                clauses.append(clause)
                values.append(value)
        return (" AND ".join(clauses) or "1"), values


_SQLITE_HEADER = b"SQLite format 3\x00"


class HistoryFileError(RuntimeError):
    """The history file cannot be used: not a database, unreadable, or from a newer tasker_qt.

    The message names the file and what is wrong with it, for the user: the
    command line prints it, and the app runs without a history and says why.
    """


def _refuse_other_files(path: Path) -> None:
    """HistoryFileError unless ``path`` is missing, empty or a SQLite database.

    SQLite takes a file shorter than its header for an empty database and
    writes over it, and a pipe would block the read below: both are refused
    before SQLite opens them.
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        return  # made now
    except OSError as exc:
        raise _cannot_open(path, exc) from exc
    if not stat.S_ISREG(info.st_mode):
        raise HistoryFileError(f"the history file {path} is a folder, pipe or device, not a file")
    if info.st_size:
        try:
            with path.open("rb") as file:
                head = file.read(len(_SQLITE_HEADER))
        except OSError as exc:
            raise HistoryFileError(f"cannot read the history file {path}: {exc}") from exc
        if head != _SQLITE_HEADER:
            raise HistoryFileError(f"the history file {path} is not a SQLite database")


def _cannot_open(path: Path, exc: Exception) -> HistoryFileError:
    return HistoryFileError(f"cannot open the history file {path}: {exc}")


def connect(path: Path) -> sqlite3.Connection:
    """A connection to the history file, brought to the current schema."""
    _refuse_other_files(path)
    try:
        connection = sqlite3.connect(
            path, timeout=10, isolation_level=None, check_same_thread=False
        )
    except sqlite3.Error as exc:  # a folder, a pipe, no permission
        raise _cannot_open(path, exc) from exc
    try:
        migrate(connection, path)  # first: a newer tasker_qt's file is refused untouched
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")  # WAL: safe against app crashes
    except sqlite3.DatabaseError as exc:  # not a database at all, or a damaged one
        connection.close()
        raise HistoryFileError(f"cannot use the history file {path}: {exc}") from exc
    except BaseException:
        connection.close()  # a file we cannot use is left as it is
        raise
    return connection


def migrate(connection: sqlite3.Connection, path: Path) -> None:
    """Apply the migrations the file has not had yet."""
    (version,) = connection.execute("PRAGMA user_version").fetchone()
    if version > SCHEMA_VERSION:
        raise HistoryFileError(
            f"the history file {path} has schema version {version}, newer than this "
            f"tasker_qt knows ({SCHEMA_VERSION}); upgrade tasker_qt or choose another file"
        )
    for number in range(version, SCHEMA_VERSION):
        connection.executescript(
            f"BEGIN; {MIGRATIONS[number]}; PRAGMA user_version = {number + 1}; COMMIT;"
        )


_short_repr = reprlib.Repr()
_short_repr.maxstring = _short_repr.maxother = RESULT_CHARS
_short_repr.maxlist = _short_repr.maxtuple = _short_repr.maxdict = _short_repr.maxset = 50


def _snapshot(task: Task) -> dict[str, Any]:
    """What a finished (or started) task has to say, read in the GUI thread."""
    record: dict[str, Any] = {
        "job": task.job or task.name,
        "name": task.name,
        "kind": task.kind,
        "params": json.dumps(dict(task.params or {}), default=str),
        "status": task.get_status().value,
        "created": task.created_at,
        "started": task.started_at,
        "finished": task.finished_at,
        "duration": None if task.started_at is None else task.elapsed(),
        "log": "\n".join(task.log_lines[-LOG_LINES_KEPT:]),
    }
    if task.get_status() is TaskStatus.COMPLETED:
        record["result"] = _short_repr.repr(task.result())[:RESULT_CHARS]
    error = task.error
    if error is not None:
        record.update(
            error_type=type(error).__name__,
            error_message=str(error)[:RESULT_CHARS],
            traceback=task.traceback,
        )
    return record


class HistoryStore:
    """The run history in the SQLite file at ``path`` (created if missing).

    ``started(task)`` and ``finished(task)`` are the writes; the GUI thread
    may call them freely (they queue). Opening the store marks the runs
    that were left ``running`` by an app that died as ``interrupted``, and
    prunes to ``keep_days`` / ``keep_rows`` when given. A file it cannot use
    raises ``HistoryFileError`` and is left as it was.
    """

    def __init__(
        self,
        path: str | Path,
        *,
        keep_days: float | None = None,
        keep_rows: int | None = None,
    ) -> None:
        self.path = Path(path).expanduser()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise HistoryFileError(f"cannot make a folder for {self.path}: {exc}") from exc
        self._writes: queue.SimpleQueue[_Write | None] = queue.SimpleQueue()
        self._ids: dict[int, int] = {}  # task id -> row id (writer thread only)
        self._reader = connect(self.path)
        self.interrupted = self._reader.execute(
            "UPDATE runs SET status = ? WHERE status = ?", (INTERRUPTED, TaskStatus.RUNNING.value)
        ).rowcount
        if keep_days is not None or keep_rows is not None:
            self.prune(keep_days=keep_days, keep_rows=keep_rows)
        self._writer = threading.Thread(target=self._write_loop, name="tasker-history", daemon=True)
        self._writer.start()

    # --- writing (any thread; queued) ------------------------------------------

    def started(self, task: Task) -> None:
        """Record a run as ``running``."""
        self._put("started", task.id, _snapshot(task))

    def finished(self, task: Task) -> None:
        """Record how a run ended (inserting it if it never started)."""
        self._put("finished", task.id, _snapshot(task))

    def _put(self, what: str, task_id: int, record: dict[str, Any]) -> None:
        self._writes.put((what, task_id, record))

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until every write queued so far is in the file; False on timeout.

        The queue is in order: once the writer has committed this call's
        marker, it has committed everything put before it.
        """
        written = threading.Event()
        self._writes.put(written)
        return written.wait(timeout)

    def close(self) -> None:
        """Write what is queued, then stop the writer and close the file."""
        if self._writer.is_alive():
            self._writes.put(None)
            self._writer.join()
        self._reader.close()

    def _write_loop(self) -> None:
        connection = connect(self.path)
        try:
            while True:
                item = self._writes.get()
                batch = [item]
                while not self._writes.empty() and len(batch) < 500:  # one commit per burst
                    batch.append(self._writes.get())
                with connection:
                    connection.execute("BEGIN")
                    for entry in batch:
                        if isinstance(entry, tuple):
                            self._apply(connection, *entry)
                for entry in batch:
                    if isinstance(entry, threading.Event):
                        entry.set()  # a flush() waits for this
                if None in batch:
                    return
        finally:
            connection.close()

    def _apply(
        self, connection: sqlite3.Connection, what: str, task_id: int, record: dict[str, Any]
    ) -> None:
        row_id = self._ids.get(task_id)
        if row_id is None:
            names = ", ".join(record)
            marks = ", ".join("?" * len(record))
            cursor = connection.execute(
                f"INSERT INTO runs ({names}) VALUES ({marks})", tuple(record.values())
            )
            if what == "started" and cursor.lastrowid is not None:
                self._ids[task_id] = cursor.lastrowid
            return
        assignments = ", ".join(f"{name} = ?" for name in record)
        connection.execute(
            f"UPDATE runs SET {assignments} WHERE id = ?", (*record.values(), row_id)
        )
        if what == "finished":
            del self._ids[task_id]

    # --- reading (the calling thread) --------------------------------------------

    def runs(self, where: RunFilter = RunFilter(), limit: int = 50) -> list[Run]:
        """The newest ``limit`` runs, newest first."""
        return self.page(where, 0, limit)

    def page(
        self,
        where: RunFilter,
        offset: int,
        limit: int,
        order: str = "id",
        descending: bool = True,
    ) -> list[Run]:
        """Rows ``offset`` to ``offset + limit`` in the order of a ``SORTABLE`` column."""
        if order not in SORTABLE:
            raise ValueError(f"runs sort by {', '.join(SORTABLE)}, not {order!r}")
        condition, values = where.where()
        direction = "DESC" if descending else "ASC"
        rows = self._reader.execute(
            f"{_SELECT} WHERE {condition} "
            f"ORDER BY {order} {direction}, id {direction} LIMIT ? OFFSET ?",
            (*values, limit, offset),
        )
        return [Run.from_row(row) for row in rows]

    def count(self, where: RunFilter = RunFilter()) -> int:
        condition, values = where.where()
        (number,) = self._reader.execute(
            f"SELECT COUNT(*) FROM runs WHERE {condition}", values
        ).fetchone()
        return int(number)

    def get(self, run_id: int) -> Run | None:
        row = self._reader.execute(f"{_SELECT} WHERE id = ?", (run_id,)).fetchone()
        return None if row is None else Run.from_row(row)

    def jobs(self) -> list[str]:
        """The job names that have runs, sorted."""
        return [
            job for (job,) in self._reader.execute("SELECT DISTINCT job FROM runs ORDER BY job")
        ]

    # --- removing ------------------------------------------------------------------

    def delete(self, run_ids: Iterable[int]) -> int:
        ids = [(run_id,) for run_id in run_ids]
        with self._reader:
            return self._reader.executemany("DELETE FROM runs WHERE id = ?", ids).rowcount

    def clear(self) -> int:
        """Forget every finished run (runs still going stay)."""
        with self._reader:
            return self._reader.execute(
                "DELETE FROM runs WHERE status != ?", (TaskStatus.RUNNING.value,)
            ).rowcount

    def prune(self, *, keep_days: float | None = None, keep_rows: int | None = None) -> int:
        """Forget runs older than ``keep_days`` and beyond the newest ``keep_rows``."""
        removed = 0
        with self._reader:
            if keep_days is not None:
                cutoff = time.time() - keep_days * 86400
                removed += self._reader.execute(
                    "DELETE FROM runs WHERE created < ? AND status != ?",
                    (cutoff, TaskStatus.RUNNING.value),
                ).rowcount
            if keep_rows is not None:
                removed += self._reader.execute(
                    "DELETE FROM runs WHERE id <= (SELECT id FROM runs ORDER BY id DESC "
                    "LIMIT 1 OFFSET ?) AND status != ?",
                    (keep_rows, TaskStatus.RUNNING.value),
                ).rowcount
        return removed


def export_runs(path: Path, where: RunFilter, target: Path) -> int:
    """Write the runs of the history file at ``path`` that match to ``target``.

    CSV or JSON by the target's suffix. Reads through its own connection, row
    by row, so it may run in any thread, over any number of runs.
    Returns how many it wrote.
    """
    connection = connect(path)
    condition, values = where.where()
    rows = connection.execute(f"{_SELECT} WHERE {condition} ORDER BY id", values)
    written = 0
    try:
        with target.open("w", newline="", encoding="utf-8") as out:
            if target.suffix.lower() == ".json":
                out.write("[")
                for row in rows:
                    out.write(
                        ("," if written else "") + "\n" + json.dumps(Run.from_row(row).as_dict())
                    )
                    written += 1
                out.write("\n]\n")
            else:
                writer = csv.writer(out)
                writer.writerow(COLUMNS)
                for row in rows:
                    writer.writerow(row)
                    written += 1
    finally:
        connection.close()
    return written
