"""Batches and chains: many inputs through one function, and pipelines of batches.

Exports load on first use: worker processes import ``tasker_qt.batch.calls``
without Qt.
"""

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

_EXPORTS = {"TaskBatch": ".batch", "TaskChain": ".chain", "Backoff": ".backoff"}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from .backoff import Backoff
    from .batch import TaskBatch
    from .chain import TaskChain


__getattr__ = lazy_exports(__name__, _EXPORTS)
