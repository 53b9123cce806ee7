"""Batches and chains: many inputs through one function, and pipelines of batches.

Exports load on first use: worker processes import ``tasker_qt.batch.calls``
without Qt.
"""

from typing import TYPE_CHECKING, Any

_EXPORTS = {"TaskBatch": ".batch", "TaskChain": ".chain", "Backoff": ".backoff"}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from .backoff import Backoff
    from .batch import TaskBatch
    from .chain import TaskChain


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(_EXPORTS[name], __name__), name)
    globals()[name] = value
    return value
