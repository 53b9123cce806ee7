"""How a batch item's function is called inside a task. No Qt: workers import this."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def call_plain(
    context: Any, func: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> Any:
    """Batch functions do not take the execution context: call without it."""
    return func(*args, **kwargs)


async def call_plain_async(
    context: Any, func: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> Any:
    return await func(*args, **kwargs)


def call_with_context(
    context: Any, func: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> Any:
    return func(context, *args, **kwargs)


async def call_with_context_async(
    context: Any, func: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> Any:
    return await func(context, *args, **kwargs)
