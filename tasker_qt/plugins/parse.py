"""Reading a job file's declaration from its syntax tree: the file's code never runs."""

from __future__ import annotations

import ast
import stat
from pathlib import Path
from typing import Any, cast

from .spec import JobMode, JobParam, JobSpec, ParamKind

MODES: tuple[JobMode, ...] = ("process", "thread", "async")
# Listing parses in the GUI thread, so a file's size bounds the wait: 256 KB of
# Python parses in about 0.3 s on a slow machine (1 MB: 1.2 s), and no real job
# file comes near it.
MAX_JOB_FILE_SIZE = 256 * 1024
CONTEXT_NAMES = ("context", "ctx")
_SIMPLE_KINDS: dict[str, ParamKind] = {
    "int": "int",
    "float": "float",
    "bool": "bool",
    "str": "str",
    "Path": "path",
    "pathlib.Path": "path",
}


class JobFileError(ValueError):
    """Why a file is not a valid job (shown to the user as the job's error)."""


def parse_job_file(path: Path) -> JobSpec:
    """The JobSpec of a job file; a broken file gives a spec with ``error`` set."""
    path = Path(path)
    name = path.stem
    try:
        source = _read_bounded(path)
    except JobFileError as exc:
        return JobSpec(name, path, name, error=str(exc))
    except (OSError, UnicodeDecodeError) as exc:
        return JobSpec(name, path, name, error=f"cannot read the file: {exc}")
    try:
        return parse_job_source(source, path)
    except (MemoryError, RecursionError) as exc:  # absurdly nested or generated code
        return JobSpec(name, path, name, error=f"too complex to read ({type(exc).__name__})")


def _read_bounded(path: Path) -> str:
    """The file's text; JobFileError for anything but a regular UTF-8 file of sane size.

    A FIFO would block the read forever and a link to /dev/zero never end it,
    so the kind of file is checked first, and the read is bounded anyway (the
    file may grow after the check).
    """
    info = path.stat()  # follows links: the kind of what is actually read
    if not stat.S_ISREG(info.st_mode):
        raise JobFileError("not a regular file (a pipe, device or folder): not read")
    if info.st_size > MAX_JOB_FILE_SIZE:
        raise JobFileError(
            f"too large to be a job file ({info.st_size // 1024} KB; "
            f"the limit is {MAX_JOB_FILE_SIZE // 1024} KB)"
        )
    with path.open("rb") as file:
        data = file.read(MAX_JOB_FILE_SIZE + 1)
    if len(data) > MAX_JOB_FILE_SIZE:
        raise JobFileError(f"too large to be a job file (over {MAX_JOB_FILE_SIZE // 1024} KB)")
    return data.decode("utf-8")


def parse_job_source(source: str, path: Path) -> JobSpec:
    name = path.stem
    try:
        tree = ast.parse(source, filename=str(path))
    except SyntaxError as exc:
        return JobSpec(name, path, name, error=f"syntax error on line {exc.lineno}: {exc.msg}")
    except ValueError as exc:  # NUL bytes, on Python 3.11
        return JobSpec(name, path, name, error=f"not Python source: {exc}")
    docstring = ast.get_docstring(tree) or ""
    title, _, description = docstring.strip().partition("\n")
    title = title.strip() or name.replace("_", " ").capitalize()
    try:
        run = _find_run(tree)
        mode = _read_mode(tree, run)
        params = _read_params(run)
    except JobFileError as exc:
        return JobSpec(name, path, title, description.strip(), error=str(exc))
    return JobSpec(name, path, title, description.strip(), mode, params)


def _find_run(tree: ast.Module) -> ast.FunctionDef | ast.AsyncFunctionDef:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == "run":
            return node
    raise JobFileError("no run(context, ...) function at the top level of the file")


def _read_mode(tree: ast.Module, run: ast.FunctionDef | ast.AsyncFunctionDef) -> JobMode:
    is_async = isinstance(run, ast.AsyncFunctionDef)
    declared: Any = None
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and node.targets[0].id == "MODE"
        ):
            try:
                declared = ast.literal_eval(node.value)
            except ValueError:
                raise JobFileError("MODE must be a plain string") from None
    if declared is None:
        return "async" if is_async else "process"
    if declared not in MODES:
        raise JobFileError(f"MODE must be one of {', '.join(MODES)}, not {declared!r}")
    if is_async != (declared == "async"):
        wanted = "async def run" if declared == "async" else "def run (not async)"
        raise JobFileError(f'MODE = "{declared}" needs {wanted}')
    return cast(JobMode, declared)


def _read_params(run: ast.FunctionDef | ast.AsyncFunctionDef) -> tuple[JobParam, ...]:
    args = run.args
    if args.vararg or args.kwarg:
        raise JobFileError("run() cannot take *args or **kwargs: name each parameter")
    positional = args.posonlyargs + args.args
    if not positional or positional[0].arg not in CONTEXT_NAMES:
        raise JobFileError("run() must take the context as its first parameter: run(context, ...)")
    rest = positional[1:]
    defaults = [None] * (len(rest) - len(args.defaults)) + list(args.defaults)
    pairs = list(zip(rest, defaults, strict=True)) + list(
        zip(args.kwonlyargs, args.kw_defaults, strict=True)
    )
    return tuple(_read_param(arg, default) for arg, default in pairs)


def _read_param(arg: ast.arg, default: ast.expr | None) -> JobParam:
    if arg.annotation is None:
        raise JobFileError(f"parameter {arg.arg} needs a type annotation (int, float, ...)")
    if default is None:
        raise JobFileError(f"parameter {arg.arg} needs a default value")
    try:
        value = ast.literal_eval(default)
    except ValueError:
        value = _path_call(default)
        if value is None:
            raise JobFileError(
                f"the default of {arg.arg} must be a plain value (a number, text, True/False)"
            ) from None
    kind, choices = _read_annotation(arg.arg, arg.annotation)
    param = JobParam(arg.arg, kind, value, choices)
    try:
        converted = param.convert(value)
    except ValueError as exc:
        raise JobFileError(f"the default does not fit: {exc}") from None
    return JobParam(arg.arg, kind, converted, choices)


def _path_call(node: ast.expr) -> str | None:
    """Allow ``Path("~/x")`` as a default: a call of Path on a string literal."""
    if (
        isinstance(node, ast.Call)
        and ast.unparse(node.func) in ("Path", "pathlib.Path")
        and len(node.args) == 1
        and not node.keywords
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    ):
        return node.args[0].value
    return None


def _read_annotation(name: str, node: ast.expr) -> tuple[ParamKind, tuple[Any, ...] | None]:
    text = ast.unparse(node)
    if text in _SIMPLE_KINDS:
        return _SIMPLE_KINDS[text], None
    if isinstance(node, ast.Subscript) and ast.unparse(node.value) in (
        "Literal",
        "typing.Literal",
    ):
        items = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        try:
            choices = tuple(ast.literal_eval(item) for item in items)
        except ValueError:
            raise JobFileError(f"the choices of {name} must be plain values") from None
        return "choice", choices
    supported = "int, float, bool, str, Path or Literal[...]"
    raise JobFileError(f"parameter {name} has type {text}; supported types are {supported}")
