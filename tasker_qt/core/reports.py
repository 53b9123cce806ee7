"""What a job running elsewhere reported, applied to its task in the GUI thread.

The process pool and the Dask runner receive the same ``wire`` messages by
different routes (a pipe; a scheduler topic); this is what both then do with
them, so that a process job behaves the same wherever it ran.
"""

from __future__ import annotations

import logging
import pickle

from .outcome import Outcome
from .runner import JobHost
from .task import Task
from .wire import JobDone, JobEvent, JobLog, JobProgress, Message, decode_failure

log = logging.getLogger(__name__)


class ReportReader:
    """Hands progress, events and log lines to the host; collects progress per read."""

    def __init__(self, host: JobHost) -> None:
        self._host = host
        self._progressed: set[Task] = set()  # reported progress in this read

    def apply(self, task: Task, message: Message) -> bool:
        """Take in a progress, event or log message; False for any other kind."""
        match message:
            case JobProgress(_, state):
                task._context.mirror(state)
                self._progressed.add(task)
            case JobEvent(_, name, blob):
                try:
                    data = pickle.loads(blob)
                except Exception:
                    log.exception("event %r of %r could not be unpickled", name, task)
                else:
                    self._host.job_event(task, name, data)
            case JobLog(_, text):
                self._host.job_log(task, text)
            case _:
                return False
        return True

    def show_progress(self) -> None:
        """Show the progress read since the last call now, not at the manager's next tick."""
        if self._progressed:
            progressed, self._progressed = self._progressed, set()
            self._host.jobs_progressed(progressed)


def outcome_of(task: Task, done: JobDone) -> Outcome:
    """The task's last reported state taken in, and how it ended."""
    task._context.mirror(done.state)
    if done.failure is not None:
        return decode_failure(done.failure)
    if done.result is None:
        return Outcome.cancelled()  # skipped: cancelled before it began
    try:
        return Outcome.completed(pickle.loads(done.result))
    except Exception as exc:
        error = TypeError(f"the result of {task.name!r} could not be unpickled here: {exc}")
        return Outcome.failed(error)
