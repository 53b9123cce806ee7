"""Checking a submission where it is made, so that bad input fails at the call, not later.

A job that cannot be called as ``func(context, *args, **kwargs)`` would
otherwise be accepted, queued, perhaps shipped to another process, and fail
there with a traceback that points nowhere near the mistake.
"""

from __future__ import annotations

import contextlib
import inspect
import weakref
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any

_METHOD = {
    "async": "add_coroutine",
    "thread": "run_thread",
    "process": "run_process",
    "dask": "run_process",
}


def check_submission(
    kind: str,
    func: Any,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    when_done: Any,
    when_event: Any,
) -> None:
    """Raise TypeError naming the problem if this job cannot run as submitted."""
    method = _METHOD.get(kind, "submit")
    if inspect.iscoroutine(func):
        func.close()  # never awaited otherwise, and Python would warn
        raise TypeError(
            f"{method} needs the async function itself, not a coroutine object: "
            f"write {method}(job, arg) instead of {method}(job(context, arg))"
        )
    if not callable(func):
        raise TypeError(f"{method} needs a callable (the job's function), got {func!r}")
    known = _known(func)
    if kind == "async":
        _check_async(func, known)
    elif known.is_async or known.is_async_generator:
        raise TypeError(f"{method} got an async function ({_name(func)}): use add_coroutine")
    for label, callback in (("when_done", when_done), ("when_event", when_event)):
        if callback is not None and not callable(callback):
            raise TypeError(f"{label} must be a function or None, got {callback!r}")
    _check_arguments(method, func, known, args, kwargs)


def _check_async(func: Callable[..., Any], known: _Known) -> None:
    if known.is_async_generator:
        raise TypeError(
            f"add_coroutine needs an async function that returns, and {_name(func)} is an "
            "async generator (it yields); collect its items in an async function instead"
        )
    if not known.is_async:
        raise TypeError(
            f"add_coroutine needs an async function (async def), and {_name(func)} is a plain "
            "one: it would run on the GUI thread and freeze it; use run_thread instead"
        )


def _check_arguments(
    method: str,
    func: Callable[..., Any],
    known: _Known,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
) -> None:
    signature = known.signature
    if signature is None:
        return  # some builtins have none: nothing to check against
    # Whether arguments bind depends only on how many are positional and
    # which are named, so a shape that bound once binds again.
    shape = (len(args), frozenset(kwargs)) if kwargs else len(args)
    if shape in known.fits:
        return
    try:
        signature.bind(None, *args, **kwargs)  # the context is the first argument
    except TypeError as exc:
        raise TypeError(
            f"{method}: {_name(func)}{signature} cannot be called with these arguments "
            f"({exc}); a job is called as func(context, *args, **kwargs)"
        ) from None
    known.fits.add(shape)


@dataclass(slots=True)
class _Known:
    """What checking a function needs to know about it, worked out once."""

    is_async: bool
    is_async_generator: bool
    signature: inspect.Signature | None
    fits: set[Hashable] = field(default_factory=set)  # argument shapes that bound


_known_functions: weakref.WeakKeyDictionary[Any, _Known] = weakref.WeakKeyDictionary()


def _known(func: Callable[..., Any]) -> _Known:
    """What is known about ``func``, kept per function: a burst submits one
    function thousands of times, and inspecting it costs more than running
    a tiny job."""
    try:
        return _known_functions[func]
    except (KeyError, TypeError):  # not seen yet; or not weakly referable / hashable
        pass
    try:
        signature: inspect.Signature | None = inspect.signature(func)
    except (TypeError, ValueError):
        signature = None
    known = _Known(_is_async(func), inspect.isasyncgenfunction(func), signature)
    with contextlib.suppress(TypeError):
        _known_functions[func] = known
    return known


def _is_async(func: Any) -> bool:
    """An async function, a partial of one, or an object whose __call__ is one."""
    return inspect.iscoroutinefunction(func) or inspect.iscoroutinefunction(
        getattr(func, "__call__", None)  # noqa: B004 (the method itself, not callable())
    )


def _name(func: Any) -> str:
    return getattr(func, "__qualname__", None) or getattr(func, "__name__", None) or repr(func)
