"""Item keys: what result and error dicts are keyed by, and what counts as a duplicate."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, cast


def freeze(item: Any) -> Hashable:
    """A hashable stand-in for an unhashable item: dicts and lists become tuples."""
    if isinstance(item, dict):
        return tuple(sorted(((freeze(k), freeze(v)) for k, v in item.items()), key=repr))
    if isinstance(item, list | tuple):
        return tuple(freeze(v) for v in item)
    if isinstance(item, set):
        return frozenset(freeze(v) for v in item)
    try:
        hash(item)
    except TypeError:
        raise TypeError(
            f"batch items must be hashable, or dicts/lists/sets of such, or you must give "
            f"dedupe_key=...; {type(item).__name__} is none of these"
        ) from None
    return cast(Hashable, item)


def key_function(dedupe_key: Callable[[Any], Hashable] | None) -> Callable[[Any], Hashable]:
    """The item -> key function of a batch."""
    return dedupe_key if dedupe_key is not None else freeze
