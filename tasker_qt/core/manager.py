"""TaskManager: one lifecycle for coroutine, thread and process jobs, driven from the GUI thread."""

from __future__ import annotations

import logging
import threading
import time
import weakref
from collections.abc import Callable, Coroutine, Iterable, Iterator, Mapping
from typing import Any, Literal, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal

from . import arguments, step_aside, waiting
from .async_runner import AsyncRunner
from .backlog import MAX_BYTES, MAX_ITEMS, Backlog, size_of
from .dask_backend import DaskBackend
from .home_thread import DeletedAtHome
from .inbox import GuiInbox
from .loop import LoopLease
from .main_guard import refuse_while_worker_starts
from .outcome import Outcome
from .process_pool import ProcessPool
from .refresh_rounds import RefreshRounds
from .runner import Runner
from .status import TaskStatus
from .step_aside import GUI_THREAD, gui_turn
from .submission import check_submission
from .task import Task, TaskKind
from .thread_runner import ThreadRunner

log = logging.getLogger(__name__)

T = TypeVar("T")

TICK_MS = 16  # how often live progress is read: once a frame of a 60 Hz display
TICK_BUDGET_MS = 2.0  # how long a tick may read reports; more wait for the next (RefreshRounds)


_MAKING_BACKLOG = threading.Lock()


class _PostingSink:
    """ContextSink for jobs in this process: events and log lines go to the GUI in order.

    With backpressure (see backlog.py): a job thread that runs too far ahead
    of the GUI waits in ``send_event``/``log`` until the GUI catches up.
    """

    __slots__ = ("_backlog", "_bounds", "_gui_ident", "_host", "_inbox", "_task")

    def __init__(self, manager: TaskManager, task: Task) -> None:
        # As few objects as may be: every task has a sink, and each object a
        # task holds is one more for the cyclic collector to look at.
        self._inbox = manager._inbox
        self._host = weakref.proxy(manager)
        self._task = task
        self._gui_ident = manager._gui_ident
        self._bounds = manager._backlog_bounds
        self._backlog: Backlog | None = None  # made on the first event or log line

    def event(self, name: str, data: Any) -> None:
        size = size_of(data) + len(name)
        self._take(size)
        self._inbox.post(self._deliver_event, name, data, size)

    def log(self, text: str) -> None:
        size = size_of(text)
        self._take(size)
        self._inbox.post(self._deliver_log, text, size)

    def _take(self, size: int) -> None:
        backlog = self._backlog
        if backlog is None:
            with _MAKING_BACKLOG:  # a job may log from threads of its own
                if self._backlog is None:
                    self._backlog = Backlog(*self._bounds)
                backlog = self._backlog
        may_wait = threading.get_ident() != self._gui_ident
        backlog.take(size, may_wait, self._still_wanted)

    def _still_wanted(self) -> bool:
        try:
            return not self._task.is_final() and not self._host.is_shut_down
        except ReferenceError:  # the manager is gone
            return False

    def _deliver_event(self, name: str, data: Any, size: int) -> None:
        try:
            self._host.job_event(self._task, name, data)
        finally:
            self._backlog.release(size)  # type: ignore[union-attr]  # made by _take

    def _deliver_log(self, text: str, size: int) -> None:
        try:
            self._host.job_log(self._task, text)
        finally:
            self._backlog.release(size)  # type: ignore[union-attr]  # made by _take

    def flush(self) -> None:
        self._inbox.post(self._host.job_flush, self._task)


def _call_safely(callback: Callable[..., Any], *args: Any) -> None:
    try:
        callback(*args)
    except Exception:
        log.exception("callback %r raised; the task manager carries on", callback)


def _describe(func: Callable[..., Any]) -> str:
    """A task's default name: 'Exporter.run' for a method, 'slow' for a nested function."""
    name = getattr(func, "__qualname__", None) or getattr(func, "__name__", None)
    if name is None:
        func = getattr(func, "func", func)  # functools.partial
        name = getattr(func, "__qualname__", None) or type(func).__name__
    return name.rpartition("<locals>.")[2]


class TaskManager(DeletedAtHome, QObject):
    """Runs jobs as coroutines, threads or processes, and tells the GUI how they go.

    Lives in the GUI thread. Every public method may be called from any
    thread; state changes happen in the GUI thread.
    """

    #: (sender, live tasks oldest first, overall progress 0..1); coalesced per frame.
    tasks_updated = Signal(object, object, float)
    #: a task was registered (GUI thread, before it starts).
    task_added = Signal(object)
    #: a task's status, progress or message changed.
    task_changed = Signal(object)
    #: a task reached its final status (after its when_done ran).
    task_finished = Signal(object)
    #: The same news for many tasks at once: [tasks] added, changed and finished
    #: since the last event-loop pass, sent once a pass in that order (so each
    #: task's own order holds) and before ``settled``. A view of many tasks
    #: wants these: under load every emit costs the GUI a wait for the
    #: interpreter lock, and a burst brings thousands of tasks a pass.
    tasks_added = Signal(object)
    tasks_changed = Signal(object)
    tasks_finished = Signal(object)
    #: (task, name, data) for each context.send_event, in order.
    task_event = Signal(object, str, object)
    #: (task, line) for each context.log.
    task_logged = Signal(object, str)
    #: no task is live any more.
    settled = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        thread_workers: int | None = None,
        process_workers: int | None = None,
        process_grace: float = 3.0,
        worker_initializer: Callable[..., Any] | None = None,
        initargs: tuple[Any, ...] = (),
        max_undelivered: int = MAX_ITEMS,
        max_undelivered_bytes: int = MAX_BYTES,
        process_backend: DaskBackend | None = None,
    ) -> None:
        refuse_while_worker_starts()
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError(
                "TaskManager needs a QApplication (or QCoreApplication): create it first"
            )
        thread_workers = arguments.count("thread_workers", thread_workers)
        process_workers = arguments.count("process_workers", process_workers)
        process_grace = arguments.duration("process_grace", process_grace)
        max_undelivered = arguments.count("max_undelivered", max_undelivered) or MAX_ITEMS
        max_undelivered_bytes = (
            arguments.count("max_undelivered_bytes", max_undelivered_bytes) or MAX_BYTES
        )
        if process_backend is not None and not isinstance(process_backend, DaskBackend):
            raise TypeError(
                f"process_backend must be a DaskBackend or None, got {process_backend!r}"
            )
        super().__init__(parent)
        # How far a thread or coroutine job's events and log lines may run ahead
        # of the GUI before send_event/log wait for it (see backlog.py).
        self._backlog_bounds = (max_undelivered, max_undelivered_bytes)
        off_gui_thread = QThread.currentThread() != app.thread()
        self._gui_ident = threading.main_thread().ident if off_gui_thread else threading.get_ident()
        self._inbox = GuiInbox(self)
        self._lease = LoopLease()
        host = weakref.proxy(self)  # as in Task: no strong references lead back to us
        self._async = AsyncRunner(host, self._lease)
        self._runners: dict[str, Runner] = {
            "async": self._async,
            "thread": ThreadRunner(host, self._inbox, thread_workers),
            "process": ProcessPool(
                host, process_workers, process_grace, worker_initializer, initargs, self
            ),
        }
        # Process jobs go to Dask when a backend is given (or one is asked for by
        # run_process(executor="dask")); its runner is made on first use.
        self._process_backend = process_backend
        self._process_grace = process_grace
        self._live: dict[int, Task] = {}
        # Kept as tasks come and go, so that a frame's work follows what changed:
        # the started ones (the only ones whose progress can move), the live
        # tasks as the tuple tasks_updated hands out, and their summed progress.
        self._running: dict[int, Task] = {}
        self._live_tuple: tuple[Task, ...] | None = ()
        self._live_progress = 0.0
        self._by_key: dict[Any, Task] = {}
        self._lock = threading.Lock()
        self._in_transit: dict[Any, int] = {}  # keys submitted off-thread, not yet registered
        self._idle = threading.Event()
        self._idle.set()
        # Overall progress counts the tasks of the current round: those
        # registered since the manager was last idle, finished ones as whole.
        self._round_total = 0
        self._round_done = 0
        self._accepting = True
        self._shutdown_counts: dict[str, int] | None = None
        # The news for the batch signals, until the end of this event-loop pass.
        self._added: list[Task] = []
        self._changed: list[Task] = []
        self._finished: list[Task] = []
        GUI_THREAD[0] = self._gui_ident
        meta = self.metaObject()
        # Per-task signals go out only where someone listens (see _announce).
        self._task_added_method, self._task_changed_method, self._task_finished_method = (
            meta.method(meta.indexOfSignal(f"{name}(PyObject)"))
            for name in ("task_added", "task_changed", "task_finished")
        )
        self._tasks_updated_method = meta.method(
            meta.indexOfSignal("tasks_updated(PyObject,PyObject,double)")
        )
        self._last_tick = 0.0
        self._ticker = QTimer(self, interval=TICK_MS)
        self._ticker.setTimerType(Qt.TimerType.PreciseTimer)  # its lateness is measured
        self._ticker.timeout.connect(self._tick)
        self._rounds = RefreshRounds(TICK_BUDGET_MS)
        self._update_due = QTimer(self, singleShot=True, interval=0)
        self._update_pending = False  # whether _update_due runs (a Qt call costs more)
        self._update_due.timeout.connect(self._emit_update)
        if off_gui_thread:  # first used from a worker thread: belong to the GUI anyway
            self.moveToThread(app.thread())

    # --- submitting ------------------------------------------------------------

    def add_coroutine(
        self,
        coro: Callable[..., Any],
        *args: Any,
        key: Any = None,
        when_done: Callable[[Task], Any] | None = None,
        when_event: Callable[[Task, str, Any], Any] | None = None,
        **kwargs: Any,
    ) -> Task:
        """Run ``await coro(context, *args, **kwargs)`` on the qasync loop."""
        return self.submit(
            "async", coro, args, kwargs, key=key, when_done=when_done, when_event=when_event
        )

    def run_thread(
        self,
        func: Callable[..., Any],
        *args: Any,
        key: Any = None,
        when_done: Callable[[Task], Any] | None = None,
        when_event: Callable[[Task, str, Any], Any] | None = None,
        **kwargs: Any,
    ) -> Task:
        """Run ``func(context, *args, **kwargs)`` in a worker thread."""
        return self.submit(
            "thread", func, args, kwargs, key=key, when_done=when_done, when_event=when_event
        )

    def run_process(
        self,
        func: Callable[..., Any],
        *args: Any,
        key: Any = None,
        when_done: Callable[[Task], Any] | None = None,
        when_event: Callable[[Task, str, Any], Any] | None = None,
        executor: Literal["process", "dask"] | None = None,
        **kwargs: Any,
    ) -> Task:
        """Run ``func(context, *args, **kwargs)`` in a worker process (all must pickle).

        ``executor="dask"`` runs it on the Dask cluster (``process_backend``,
        or a local cluster started for it), ``"process"`` in this machine's
        pool; None: wherever this manager sends process jobs.
        """
        if executor not in (None, "process", "dask"):
            raise ValueError(f"executor must be 'process', 'dask' or None, not {executor!r}")
        return self.submit(
            executor or "process",
            func,
            args,
            kwargs,
            key=key,
            when_done=when_done,
            when_event=when_event,
        )

    def submit(
        self,
        kind: TaskKind,
        func: Callable[..., Any],
        args: tuple[Any, ...] = (),
        kwargs: dict[str, Any] | None = None,
        *,
        key: Any = None,
        name: str | None = None,
        when_done: Callable[[Task], Any] | None = None,
        when_event: Callable[[Task, str, Any], Any] | None = None,
        job: str | None = None,
        params: Mapping[str, Any] | None = None,
    ) -> Task:
        """The general form of the three ``run_*`` methods, with a display ``name``.

        ``job`` and ``params`` name the job file and parameter values a task
        was started from, for the table, the details pane and the run history.
        """
        self._check_accepting()
        if kind == "process" and self._process_backend is not None:
            kind = "dask"
        runner = self._runner_for(kind)
        args, kwargs = tuple(args), dict(kwargs or {})
        check_submission(kind, func, args, kwargs, when_done, when_event)
        task = Task(
            kind,
            name or _describe(func),
            key,
            when_done,
            when_event,
            owner=self,
            job=job,
            params=params,
        )
        job = runner.prepare(task, func, args, kwargs)
        key = task.key  # the one given, or a fresh AutoKey: made once, here
        if self.in_gui_thread():
            self._register(task, job, key)
        else:
            with self._lock:
                self._in_transit[key] = self._in_transit.get(key, 0) + 1
                self._idle.clear()
            self._inbox.post_new_work(self._register_posted, task, job, key)
        return task

    def _runner_for(self, kind: str) -> Runner:
        runner = self._runners.get(kind)
        if runner is not None:
            return runner
        if kind != "dask":
            raise ValueError(f"kind must be 'async', 'thread', 'process' or 'dask', not {kind!r}")
        with self._lock:  # submissions come from any thread
            if "dask" not in self._runners:
                from .dask_runner import DaskRunner  # imports distributed only now

                backend = self._process_backend or DaskBackend()
                dask = DaskRunner(weakref.proxy(self), backend, self._process_grace)
                dask.moveToThread(self.thread())  # made in the submitting thread
                self._runners["dask"] = dask
            return self._runners["dask"]

    def sink_for(self, task: Task) -> _PostingSink:
        """Where the context of a job run in this process sends events and log lines."""
        return _PostingSink(self, task)

    def _check_accepting(self) -> None:
        if not self._accepting:
            raise RuntimeError("the task manager is shutting down and accepts no new tasks")

    def _register_posted(self, task: Task, job: Any, key: Any) -> None:
        with self._lock:
            if self._in_transit[key] == 1:
                del self._in_transit[key]
            else:
                self._in_transit[key] -= 1
        self._register(task, job, key)

    def _register(self, task: Task, job: Any, key: Any) -> None:
        if not self._accepting:  # shutdown began while it was on its way here
            self.job_ended(task, Outcome.cancelled())
            return
        if (old := self._by_key.get(key)) is not None:
            self._replace(old)
        self._live[task.id] = task
        self._live_tuple = None
        self._by_key[key] = task
        self._round_total += 1
        if self._idle.is_set():
            self._idle.clear()
        self._added.append(task)
        if self.isSignalConnected(self._task_added_method):
            self.task_added.emit(task)
        try:
            self._runners[task.kind].start(task, job)
        except Exception as exc:  # e.g. no more processes can be started
            self.job_ended(task, Outcome.failed(exc))
            return
        if not self._ticker.isActive():
            self._last_tick = time.perf_counter()
            self._ticker.start()
        self._schedule_update()

    def _replace(self, old: Task) -> None:
        """A new task took this key: cancel the old one and settle it at once."""
        self.cancel(old)
        self.job_ended(old, Outcome.cancelled())

    # --- cancelling ------------------------------------------------------------

    def cancel_task(self, key: Any) -> bool:
        """Cancel the live task with this key; False if there is none."""
        if self.in_gui_thread():
            task = self._by_key.get(key)
            return False if task is None else self.cancel(task)
        with self._lock:  # it may still be on its way here from this very thread
            known = key in self._by_key or key in self._in_transit
        if known:
            self._inbox.post(self.cancel_task, key)  # after its registration, in order
        return known

    def cancel(self, task: Task) -> bool:
        """Cancel one task; False if it had already finished."""
        if task.is_final():
            return False
        if not self.in_gui_thread():
            self._inbox.post(self.cancel, task)
            return True
        self._ask_to_stop(task)
        self._runners[task.kind].cancel(task)  # and the forced part, where there is one
        if task.get_status() is TaskStatus.PENDING:
            self.job_ended(task, Outcome.cancelled())  # it never starts
        return True

    def _ask_to_stop(self, task: Task) -> None:
        """The cooperative part of every cancel and of graceful shutdown."""
        asked_before = task.cancel_requested
        task._request_cancel()
        self._runners[task.kind].relay_stop(task)
        if not asked_before:
            self._announce([task])  # it reads "Cancelling…" until it ends
            self._schedule_update()

    def cancel_all(self) -> None:
        """Cancel every live task."""
        if not self.in_gui_thread():
            self._inbox.post(self.cancel_all)
            return
        for task in list(self._live.values()):
            self.cancel(task)

    # --- looking at tasks ------------------------------------------------------

    @property
    def tasks(self) -> list[Task]:
        """The live tasks, oldest first."""
        return list(self._live.values())

    def get_task(self, key: Any) -> Task | None:
        return self._by_key.get(key)

    def has_tasks(self) -> bool:
        return bool(self._live)

    def running_count(self) -> int:
        """How many live tasks are running (the others wait for a worker).

        Kept as tasks start and end: handlers of ``tasks_updated``, which
        comes every frame, ask it instead of looking at every live task.
        """
        return len(self._running)

    def __len__(self) -> int:
        return len(self._live)

    def __iter__(self) -> Iterator[Task]:
        return iter(self.tasks)

    def get_progress(self) -> float:
        """Overall progress of the current round of tasks, 1.0 when idle."""
        if not self._live or not self._round_total:
            return 1.0
        return min(1.0, (self._round_done + self._live_progress) / self._round_total)

    # --- JobHost: runners report here, in the GUI thread -----------------------

    def job_started(self, task: Task) -> None:
        if task._start():
            self._running[task.id] = task
            self._announce([task])
            self._schedule_update()

    def job_ended(self, task: Task, outcome: Outcome) -> None:
        """The one place a task becomes final: exactly once, then when_done."""
        progress = task.get_progress()
        if not task._settle(outcome):
            return
        self._running.pop(task.id, None)
        if self._live.pop(task.id, None) is not None:
            self._round_done += 1
            self._live_progress -= progress
            self._live_tuple = None
        key = task.key
        if self._by_key.get(key) is task:
            del self._by_key[key]
        if task._when_done is not None:
            _call_safely(task._when_done, task)
        self._announce([task])
        self._finished.append(task)
        if self.isSignalConnected(self._task_finished_method):
            self.task_finished.emit(task)
        self._schedule_update()
        self._update_idle()

    def job_event(self, task: Task, name: str, data: Any) -> None:
        if task.is_final():
            return  # late events of a replaced or cancelled task are dropped
        if task._when_event is not None:
            _call_safely(task._when_event, task, name, data)
        self.task_event.emit(task, name, data)

    def job_log(self, task: Task, text: str) -> None:
        if task.is_final():
            return
        task._add_log_line(text)
        self.task_logged.emit(task, text)

    def job_flush(self, task: Task) -> None:
        self.jobs_progressed([task])

    def jobs_progressed(self, tasks: Iterable[Task]) -> None:
        """These jobs reported progress: show it now rather than at the next tick."""
        changed = [task for task in tasks if not task.is_final() and self._refresh(task)]
        if changed:
            self._announce(changed)
            self._schedule_update()

    # --- coalesced updates -----------------------------------------------------

    def _tick(self) -> None:
        now = time.perf_counter()
        # Late by a quarter of a tick: thread jobs step aside (step_aside.py).
        if now - self._last_tick > TICK_MS * 1.25 / 1000:
            step_aside.gui_was_late(now)
        else:
            step_aside.check_lateness(now)
        self._last_tick = now
        with gui_turn():
            changed = []
            for tasks in self._rounds.chunks(self._running):
                changed += [task for task in tasks if task.is_running() and self._refresh(task)]
            if changed:
                self._announce(changed)
                self._emit_update()
        if not self._live:
            self._ticker.stop()
            self._rounds.reset()
            step_aside.reset()

    def _refresh(self, task: Task) -> bool:
        """Take in a task's latest report, keeping the summed progress up to date."""
        moved = task._refresh()
        if moved is None:
            return False
        if moved and task.id in self._live:
            self._live_progress += moved
        return True

    def _announce(self, changed: list[Task]) -> None:
        """Say that these tasks changed: with the pass's news (sent by the next
        ``_emit_update``), and each where anyone listens.

        Under load every emit costs the GUI thread a round trip for the
        interpreter lock (hundreds of microseconds), so per-task signals
        nobody receives are not sent.
        """
        self._changed += changed
        if self.isSignalConnected(self._task_changed_method):
            for task in changed:
                self.task_changed.emit(task)

    def flush_announcements(self) -> None:
        """Emit ``tasks_added``, ``tasks_changed`` and ``tasks_finished`` now for
        what this event-loop pass has brought so far, rather than at its end.

        For a view that is asked about a task submitted a moment ago. Call it
        in the GUI thread (the news is kept there).
        """
        added, changed, finished = self._added, self._changed, self._finished
        if not (added or changed or finished):
            return  # (views ask at every lookup)
        self._added, self._changed, self._finished = [], [], []  # receivers may bring more
        if added:
            self.tasks_added.emit(added)
        if changed:
            self.tasks_changed.emit(changed)
        if finished:
            self.tasks_finished.emit(finished)

    def _schedule_update(self) -> None:
        if not self._update_pending:
            self._update_pending = True
            self._update_due.start()

    def _emit_update(self) -> None:
        if self._update_pending:
            self._update_pending = False
            self._update_due.stop()
        self.flush_announcements()
        if not self.isSignalConnected(self._tasks_updated_method):
            return  # the tuple of live tasks costs a copy of them all
        if self._live_tuple is None:
            self._live_tuple = tuple(self._live.values())
        self.tasks_updated.emit(self, self._live_tuple, self.get_progress())

    def _update_idle(self) -> None:
        if self._live:
            return
        self._round_total = self._round_done = 0
        self._live_progress = 0.0  # and no rounding left over from this round
        with self._lock:
            if self._in_transit:
                return
            self._idle.set()
        self.flush_announcements()  # whoever waits for settled has heard of every task
        self.settled.emit()

    # --- waiting (see waiting.py) ---------------------------------------------

    def in_gui_thread(self) -> bool:
        """Whether the caller runs in the thread the manager lives in."""
        return threading.get_ident() == self._gui_ident

    def wait_until_settled(self, timeout_ms: int = 30_000) -> bool:
        """Wait until no task is live, keeping the Qt event loop turning; False on timeout.

        From the GUI thread this runs a nested Qt event loop (so do not call it
        inside a coroutine: ``await`` an asyncio event there instead); from any
        other thread it simply blocks that thread.
        """
        return waiting.wait_until_settled(
            self, int(arguments.duration("timeout_ms", timeout_ms, "milliseconds"))
        )

    def run_until_complete(self, coro: Coroutine[Any, Any, T]) -> T:
        """Run a coroutine on the manager's loop from synchronous code and return its result.

        In the GUI thread the Qt event loop keeps turning while it waits (so
        never call it inside a coroutine: ``await`` there); from another
        thread it blocks that thread only.
        """
        return waiting.run_until_complete(self, coro)

    # --- shutdown --------------------------------------------------------------

    async def shutdown_async(self, timeout: float = 30.0) -> dict[str, int]:
        """Stop accepting, ask every task to stop, wait up to ``timeout``, cancel the rest.

        Returns how the tasks live at the start ended:
        ``{"completed": n, "cancelled": n, "failed": n}``. Afterwards no
        worker thread or process of this manager is running.
        """
        timeout = arguments.duration("timeout", timeout)
        if self._shutdown_counts is not None:
            return self._shutdown_counts
        self._accepting = False
        self._inbox.drain_all()  # register what other threads submitted before
        caller = self._async.task_running_here()  # a task may shut us down: spare it
        targets = [task for task in self.tasks if task is not caller]
        for task in targets:
            if task.get_status() is TaskStatus.PENDING:
                self.cancel(task)
            else:
                self._ask_to_stop(task)
        if not await waiting.settled_except(self, timeout, spare=caller):
            for task in targets:
                self.cancel(task)
        force_wait = min(max(timeout, 0.5), 5.0)
        for runner in self._runners.values():
            await runner.close(force_wait)
        self._inbox.drain_all()  # outcomes the workers posted while we closed
        for task in targets:  # whatever could not be stopped is abandoned
            self.job_ended(task, Outcome.cancelled())
        self._ticker.stop()
        step_aside.reset()  # nobody is late for this manager any more
        counts = {"completed": 0, "cancelled": 0, "failed": 0}
        for task in targets:
            counts[task.get_status().value] += 1
        self._shutdown_counts = counts
        return counts

    def shutdown(self, timeout: float = 30.0) -> dict[str, int]:
        """``shutdown_async`` for synchronous code; keeps the Qt event loop turning."""
        return waiting.shutdown(self, arguments.duration("timeout", timeout))

    def shutdown_in_background(
        self, timeout: float = 30.0, when_done: Callable[[dict[str, int]], Any] | None = None
    ) -> None:
        """Start ``shutdown_async`` and return at once; ``when_done(counts)`` runs after.

        For GUI code that must stay responsive while tasks wind down (a main
        window's close handler, say). Call it from the GUI thread.
        """
        timeout = arguments.duration("timeout", timeout)
        if when_done is not None and not callable(when_done):
            raise TypeError(f"when_done must be a function or None, got {when_done!r}")
        waiting.shutdown_in_background(self, timeout, when_done)

    @property
    def manager(self) -> TaskManager:
        """This manager itself (``task_mgr.manager`` is the one the proxy forwards to)."""
        return self

    @property
    def is_shut_down(self) -> bool:
        return self._shutdown_counts is not None
