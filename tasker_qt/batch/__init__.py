"""Batches and chains: many inputs through one function, and pipelines of batches.

Exports load on first use: worker processes import ``tasker_qt.batch.calls``
without Qt.
"""

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

__all__ = [
    "Backoff",
    "TaskBatch",
    "TaskChain",
]

if TYPE_CHECKING:
    from .backoff import Backoff as Backoff
    from .batch import TaskBatch as TaskBatch
    from .chain import TaskChain as TaskChain

__getattr__ = lazy_exports(
    __name__,
    {
        "Backoff": ".backoff",
        "TaskBatch": ".batch",
        "TaskChain": ".chain",
    },
)
