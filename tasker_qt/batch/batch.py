"""TaskBatch: many inputs through one function, every item a task in the monitor."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Hashable, Iterable
from typing import Any, Literal

from PySide6.QtCore import QCoreApplication, QThread

from ..core.manager import TaskManager
from ..core.task import Task, TaskKind
from .backoff import Backoff
from .calls import call_plain, call_plain_async, call_with_context, call_with_context_async
from .chunks import ChunkSize, ChunkSizer, check_chunksize
from .keys import key_function
from .run import BatchRun

log = logging.getLogger("tasker_qt.batch")

ExecutionMode = Literal["serial", "thread", "process", "async"]
_KINDS: dict[str, TaskKind] = {
    "serial": "thread",
    "thread": "thread",
    "process": "process",
    "async": "async",
}
_script_app: QCoreApplication | None = None  # made for scripts without one; kept alive here


class TaskBatch:
    """Runs ``func`` over a list of items with a worker limit, retries and de-duplication.

    ::

        batch = TaskBatch(func=fetch, execution_mode="thread", worker_limit=5)
        batch.start(urls)                 # plain scripts and synchronous tests
        await batch.start_async(urls)     # inside a Qt application (qasync)
        batch.get_result_dict()           # item -> result
        batch.get_error_dict()            # item -> exception (original type)

    ``func`` takes the item's arguments (see ``get_args``), not a context;
    pass ``pass_context=True`` to receive the task's ExecutionContext first.
    Items that raise one of ``retry_exceptions`` are retried up to
    ``max_retries`` times after an exponential ``backoff``. Equal items (or
    items with equal ``dedupe_key(item)``) run once; unhashable items (dicts,
    lists) are keyed by a frozen copy of themselves. Every attempt is a task of
    ``manager`` (default: the global ``task_mgr``), named after
    ``progress_desc`` and the item, so the task monitor shows it.

    Tiny items cost more as tasks than as work: ``chunksize=n`` runs up to
    ``n`` items in one task (one row, its message counting items), and
    ``chunksize="auto"`` sizes chunks by the item time it measures (about
    0.1 s of work each), keeping a task per item for items that take longer.
    Results, errors, retries and de-duplication stay per item either way.

    Override ``get_args``, ``process_result`` and ``handle_error`` to adapt.
    """

    def __init__(
        self,
        func: Callable[..., Any],
        execution_mode: ExecutionMode = "thread",
        worker_limit: int = 5,
        max_retries: int = 3,
        retry_exceptions: tuple[type[BaseException], ...] = (TimeoutError, ConnectionError),
        show_progress: bool = False,
        progress_desc: str = "",
        *,
        backoff: Backoff | None = None,
        dedupe_key: Callable[[Any], Hashable] | None = None,
        pass_context: bool = False,
        chunksize: ChunkSize = 1,
        manager: TaskManager | None = None,
    ) -> None:
        if not callable(func):
            raise TypeError(f"TaskBatch needs a callable func, got {func!r}")
        if execution_mode not in _KINDS:
            raise ValueError(
                f"execution_mode must be one of {', '.join(_KINDS)}, not {execution_mode!r}"
            )
        if worker_limit < 1:
            raise ValueError(f"worker_limit must be at least 1, got {worker_limit}")
        chunksize = check_chunksize(chunksize)
        if chunksize != 1 and execution_mode == "async":
            raise ValueError(
                "chunksize applies to the serial, thread and process modes; "
                "async items are light tasks already"
            )
        if max_retries < 0:
            raise ValueError(f"max_retries cannot be negative, got {max_retries}")
        self.func = func
        self.execution_mode = execution_mode
        self.worker_limit = 1 if execution_mode == "serial" else worker_limit
        self.max_retries = max_retries
        self.retry_exceptions = tuple(retry_exceptions)
        self.show_progress = show_progress
        self.progress_desc = progress_desc
        self.backoff = backoff or Backoff()
        self.key_of = key_function(dedupe_key)
        self._kind = _KINDS[execution_mode]
        self._sizer = ChunkSizer(chunksize)
        is_async = execution_mode == "async"
        if pass_context:
            self._call = call_with_context_async if is_async else call_with_context
        else:
            self._call = call_plain_async if is_async else call_plain
        self._manager = manager
        self._owns_manager = False
        self._run: BatchRun | None = None
        self._shut = False

    @property
    def label(self) -> str:
        return self.progress_desc or getattr(self.func, "__name__", "item")

    # --- override points -------------------------------------------------------

    def get_args(self, task: Any) -> Any:
        """The arguments for ``func`` from an item: a tuple is unpacked, a dict gives
        keyword arguments, anything else is the one argument."""
        return task

    def process_result(self, task: Any, result: Any) -> Any:
        """Turn a result into what ``get_result_dict`` keeps (default: as it is)."""
        return result

    def handle_error(self) -> None:
        """Called once when a run ends; by default logs a summary of the failures."""
        errors = self.get_error_dict()
        if errors:
            log.warning("%s: %d of %d items failed", self.label, len(errors), self._count())

    # --- running ---------------------------------------------------------------

    def start(self, task_list: Iterable[Any]) -> dict[Hashable, Any]:
        """Run every item and return when all are done (the result dict).

        For plain scripts and synchronous code that may wait. Inside a running
        Qt application this would hold up its event loop: use
        ``await start_async(...)`` there instead.
        """
        manager = self._manager_for_run()
        if QThread.currentThread().loopLevel() > 0:
            raise RuntimeError(
                "TaskBatch.start() would hold up the running Qt event loop; "
                "use `await batch.start_async(items)` inside a Qt application"
            )
        return manager.run_until_complete(self.start_async(task_list))

    async def start_async(self, task_list: Iterable[Any]) -> dict[Hashable, Any]:
        """Run every item without blocking the event loop; returns the result dict."""
        run = self._begin(self._manager_for_run())
        run.add_all(task_list)
        run.close()
        await run.wait()
        self.handle_error()
        return self.get_result_dict()

    def cancel(self) -> None:
        """Stop the current run: queued items are not started, running ones are cancelled."""
        if self._run is not None:
            self._run.cancel()

    def get_result_dict(self) -> dict[Hashable, Any]:
        """Item (or its key) -> result, for the items that succeeded."""
        return self._run.results() if self._run else {}

    def get_error_dict(self) -> dict[Hashable, BaseException]:
        """Item (or its key) -> the exception that ended it."""
        return self._run.errors() if self._run else {}

    @property
    def tasks(self) -> list[Task]:
        """Every task the last run submitted (retries included)."""
        return list(self._run.tasks) if self._run else []

    def shutdown_pools(self) -> None:
        """Cancel what is still running and release what this batch started.

        The workers belong to the task manager; a manager the batch had to
        start itself (no application had one) is shut down here. Harmless to
        call twice; the batch cannot run again afterwards.
        """
        if self._shut:
            return
        self._shut = True
        self.cancel()
        if self._owns_manager and self._manager is not None:
            self._manager.shutdown(timeout=5.0)

    # --- internals -------------------------------------------------------------

    def _begin(self, manager: TaskManager) -> BatchRun:
        self._run = BatchRun(self, manager)
        return self._run

    def _manager_for_run(self) -> TaskManager:
        if self._shut:
            raise RuntimeError("this TaskBatch was shut down (shutdown_pools); make a new one")
        if self._manager is None or self._manager.is_shut_down:
            from ..core.proxy import global_proxy

            _ensure_application()
            self._owns_manager = not global_proxy.has_manager()
            self._manager = global_proxy.manager
        return self._manager

    def _call_parts(self, item: Any) -> tuple[tuple[Any, ...], dict[str, Any]]:
        args = self.get_args(item)
        if isinstance(args, dict):
            return (), args
        if isinstance(args, tuple):
            return args, {}
        return (args,), {}

    def _count(self) -> int:
        return len(self._run.entries) if self._run else 0

    def _progress_bar(self) -> Any:
        """A terminal progress bar when asked for and there is no GUI to show one."""
        app = QCoreApplication.instance()
        if not self.show_progress or (app is not None and app.inherits("QGuiApplication")):
            return None  # a GUI shows the batch's tasks itself
        from tqdm import tqdm

        return tqdm(total=0, desc=self.progress_desc or None, unit="item", file=sys.stderr)


def _ensure_application() -> None:
    """Scripts may use batches without making a Qt application: make a core one."""
    global _script_app
    if QCoreApplication.instance() is None:
        _script_app = QCoreApplication(sys.argv[:1])
