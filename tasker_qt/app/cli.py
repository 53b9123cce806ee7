"""The headless command line: ``tasker-qt run | list | history``, no window, no display.

``run`` starts one job through the same registry, manager and history as the
window, shows its progress and message (a progress bar on a terminal, plain
lines otherwise), streams its log lines, and prints its result or error.
Ctrl+C and SIGTERM cancel the job through its normal cancellation path.
Exit codes: 0 completed, 1 failed, 2 bad input, 130 cancelled.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from pathlib import Path
from typing import Any, TextIO

from ..core.dask_backend import DaskBackend
from .dask_option import add_dask_option, dask_backend
from .folders import APP_NAME, default_history_file, default_job_folders

COMMANDS = ("run", "list", "history")
EXIT_DONE, EXIT_FAILED, EXIT_BAD_INPUT, EXIT_CANCELLED = 0, 1, 2, 130


class BadInputError(Exception):
    """A job name, parameter or run id that does not exist, said plainly (exit 2)."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=APP_NAME, description="Run jobs without a window.")
    commands = parser.add_subparsers(dest="command", required=True)

    def common(command: argparse.ArgumentParser) -> None:
        command.add_argument(
            "--jobs", metavar="DIR", type=Path, action="append", default=[],
            help="also look for job scripts in DIR",
        )  # fmt: skip
        command.add_argument(
            "--history", metavar="FILE", type=Path, default=None,
            help=f"the run history file (default: {default_history_file()})",
        )  # fmt: skip
        command.add_argument("--json", action="store_true", help="print JSON for programs")

    run = commands.add_parser("run", help="run one job and print its result")
    run.add_argument("job", nargs="?", help="the job's name (see `list`)")
    run.add_argument("--param", metavar="NAME=VALUE", action="append", default=[],
                     help="a parameter value (may be given several times)")  # fmt: skip
    run.add_argument("--again", metavar="ID", type=int, help="repeat the stored run ID")
    add_dask_option(run)
    common(run)
    common(commands.add_parser("list", help="list the jobs and their parameters"))
    history = commands.add_parser("history", help="list recent runs, newest first")
    history.add_argument("--job", help="only runs of this job")
    history.add_argument("--status", help="only runs that ended so (completed, failed, ...)")
    history.add_argument("--limit", type=int, default=20, help="at most this many (default 20)")
    common(history)
    return parser


def main(argv: list[str]) -> int:
    """Run a command line's command; returns the exit code."""
    from PySide6.QtCore import QCoreApplication

    args = build_parser().parse_args(argv)
    # The registry watches its folders through Qt: it needs the application, and
    # goes with it (as its child) before Qt's event dispatcher does.
    app = QCoreApplication.instance() or QCoreApplication([APP_NAME])
    try:
        if args.command == "list":
            return list_jobs(args, sys.stdout)
        if args.command == "history":
            return show_history(args, sys.stdout)
        return run_job(args, sys.stdout, sys.stderr)
    except BadInputError as exc:
        print(f"{APP_NAME} {args.command}: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # `tasker-qt list | head`: the reader has had enough
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_DONE
    finally:
        del app  # kept until the command is done: the registry is its child


# --- list --------------------------------------------------------------------------


def _registry(args: argparse.Namespace) -> Any:
    from PySide6.QtCore import QCoreApplication

    from ..plugins import JobRegistry

    for folder in args.jobs:
        if not folder.expanduser().is_dir():
            raise BadInputError(f"--jobs {folder}: no such folder")
    return JobRegistry(default_job_folders(args.jobs), QCoreApplication.instance())


def list_jobs(args: argparse.Namespace, out: TextIO) -> int:
    specs = _registry(args).jobs()
    if args.json:
        records = [{
            "name": s.name, "title": s.title, "mode": s.mode, "path": str(s.path), "error": s.error,
            "params": [{"name": p.name, "kind": p.kind, "default": _jsonable(p.default),
                        "choices": None if p.choices is None else list(p.choices)}
                       for p in s.params],
        } for s in specs]  # fmt: skip
        json.dump(records, out, indent=2)
        out.write("\n")
        return EXIT_DONE
    for spec in specs:
        if spec.error is not None:
            out.write(f"{spec.name}  (broken: {spec.error})\n")
            continue
        out.write(f"{spec.name}  — {spec.title} [{spec.mode}]\n")
        for param in spec.params:
            kind = "|".join(map(str, param.choices)) if param.choices else param.kind
            out.write(f"    --param {param.name}=…  {kind}, default {param.default}\n")
    return EXIT_DONE


# --- history -------------------------------------------------------------------------


def _store(args: argparse.Namespace) -> Any:
    from ..core.history import HistoryFileError, HistoryStore

    try:
        return HistoryStore(args.history or default_history_file())
    except HistoryFileError as exc:  # not a database, or a newer tasker_qt's: say so, exit 2
        raise BadInputError(str(exc)) from None


def show_history(args: argparse.Namespace, out: TextIO) -> int:
    from ..core.history import RunFilter

    store = _store(args)
    try:
        runs = store.runs(RunFilter(job=args.job, status=args.status), limit=max(args.limit, 0))
    finally:
        store.close()
    if args.json:
        json.dump([run.as_dict() for run in runs], out, indent=2, default=str)
        out.write("\n")
        return EXIT_DONE
    if not runs:
        out.write("no runs recorded yet\n")
    for run in runs:
        when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(run.created))
        took = "" if run.duration is None else f"{run.duration:.1f} s"
        params = ", ".join(f"{k}={v}" for k, v in run.params.items())
        out.write(f"{run.id:>6}  {when}  {run.status:<11} {took:>9}  {run.job}  {params}\n")
    return EXIT_DONE


# --- run -------------------------------------------------------------------------------


def _values(spec: Any, pairs: list[str]) -> dict[str, Any]:
    """``NAME=VALUE`` texts as the job's parameter values; BadInputError naming the valid ones."""
    params = {p.name: p for p in spec.params}
    valid = ", ".join(params) or "none"
    values: dict[str, Any] = {}
    for pair in pairs:
        name, equals, text = pair.partition("=")
        if not equals:
            raise BadInputError(f"--param {pair!r}: write NAME=VALUE (parameters: {valid})")
        if name not in params:
            raise BadInputError(f"job {spec.name!r} has no parameter {name!r} (it takes: {valid})")
        try:
            values[name] = params[name].parse(text)
        except ValueError as exc:
            raise BadInputError(str(exc)) from None
    return values


def run_job(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    registry = _registry(args)
    store = _store(args)
    try:
        job, values = _what_to_run(args, registry, store)
        try:
            backend = dask_backend(args.dask)
        except ValueError as exc:
            raise BadInputError(f"--dask: {exc}") from None
        return _run(registry, store, job, values, backend, args.json, out, err)
    finally:
        store.close()


def _what_to_run(args: argparse.Namespace, registry: Any, store: Any) -> tuple[str, dict[str, Any]]:
    if args.again is not None:
        if args.job or args.param:
            raise BadInputError(
                "--again ID repeats a stored run: give no job name or --param with it"
            )
        run = store.get(args.again)
        if run is None:
            raise BadInputError(f"no stored run with id {args.again} (see `{APP_NAME} history`)")
        job, texts = run.job, []
        stored = run.params
    else:
        if not args.job:
            raise BadInputError("name a job to run (see `tasker-qt list`), or --again ID")
        job, texts, stored = args.job, args.param, {}
    spec = registry.get(job)
    if spec is None:
        names = ", ".join(s.name for s in registry.jobs() if s.error is None)
        raise BadInputError(f"no job named {job!r}; the jobs are: {names}")
    if spec.error is not None:
        raise BadInputError(f"job {job!r} cannot run: {spec.error}")
    values = {**stored, **_values(spec, texts)}
    try:
        bound = spec.bind(values)
    except ValueError as exc:
        raise BadInputError(str(exc)) from None
    for param in spec.params:  # the form's check: an input path must be there
        problem = param.path_problem(bound[param.name])
        if problem is not None:
            raise BadInputError(f"{param.name}: {bound[param.name]} is {problem}")
    return job, values


def _run(
    registry: Any,
    store: Any,
    job: str,
    values: dict[str, Any],
    backend: DaskBackend | None,
    as_json: bool,
    out: TextIO,
    err: TextIO,
) -> int:
    import qasync
    from PySide6.QtCore import QCoreApplication

    from ..core.history_recorder import HistoryRecorder
    from ..core.manager import TaskManager
    from .progress_line import ProgressLine
    from .termination import TerminationWatch

    manager = TaskManager(QCoreApplication.instance(), process_backend=backend)  # app: main()
    HistoryRecorder(manager, store)
    stopped_by_user = False

    def stop() -> None:
        nonlocal stopped_by_user
        stopped_by_user = True
        manager.cancel_all()

    watch = TerminationWatch(stop)
    line = ProgressLine(out if not as_json else err)

    async def until_done() -> Any:
        task = registry.run(job, manager, **values)
        finished = asyncio.Event()
        manager.task_finished.connect(lambda t: finished.set() if t is task else None)
        manager.task_logged.connect(lambda t, text: line.log(text) if t is task else None)
        manager.tasks_changed.connect(
            lambda tasks: (
                line.show(task.get_progress(), task.get_message()) if task in tasks else None
            )
        )
        if not task.is_final():
            await finished.wait()
        return task

    try:
        with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
            task = runner.run(until_done())
    finally:
        watch.close()
        line.close()
        manager.shutdown(5.0)
        store.flush()
    return _report(task, stopped_by_user, as_json, out, err)


def _report(task: Any, stopped_by_user: bool, as_json: bool, out: TextIO, err: TextIO) -> int:
    from ..ui.cells import error_summary

    status = task.get_status().value
    code = {"completed": EXIT_DONE, "cancelled": EXIT_CANCELLED}.get(status, EXIT_FAILED)
    if status == "cancelled" and not stopped_by_user:
        code = EXIT_FAILED  # stopped by something else than this command's Ctrl+C
    if as_json:
        record = {
            "job": task.job, "kind": task.kind, "params": _jsonable(dict(task.params or {})),
            "status": status,
            "result": _jsonable(task.result()) if status == "completed" else None,
            "error": error_summary(task),
            "traceback": task.traceback, "duration": task.elapsed(),
        }  # fmt: skip
        json.dump(record, out, indent=2)
        out.write("\n")
    elif status == "completed":
        out.write(f"{task.result()!r}\n")
    elif task.error is not None:
        err.write(task.traceback or f"{error_summary(task)}\n")
    else:
        err.write("cancelled\n")
    return code


def _jsonable(value: Any) -> Any:
    """The value itself where JSON can hold it, else its repr."""
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        if isinstance(value, dict):
            return {str(k): _jsonable(v) for k, v in value.items()}
        if isinstance(value, Path):
            return str(value)
        return repr(value)
    return value
