"""Where process jobs run when one machine is not enough: the choice, not the machinery.

Importing this costs nothing: ``distributed`` is imported by the Dask runner,
and only once a job is sent there.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass

from . import arguments


@dataclass(frozen=True)
class DaskBackend:
    """Run process jobs on a Dask distributed cluster.

    ``address=None`` starts a ``LocalCluster`` of ``n_workers`` processes
    (``threads_per_worker`` threads each) on first use, off the GUI thread,
    and closes it at shutdown; the scheduler there is told never to rerun a
    task whose worker died (``allowed-failures`` 0), so a job that crashes
    its worker runs once. ``address="tcp://host:8786"`` connects to a
    scheduler that is already running and leaves it running; set
    ``distributed.scheduler.allowed-failures: 0`` in that cluster's
    configuration for the same guarantee.

    ``connect_timeout`` bounds how long reaching that scheduler may take.
    """

    address: str | None = None
    n_workers: int | None = None
    threads_per_worker: int = 1
    connect_timeout: float = 10.0

    def __post_init__(self) -> None:
        if self.address is not None and (not isinstance(self.address, str) or not self.address):
            raise TypeError(f"address must be a scheduler address or None, got {self.address!r}")
        arguments.count("n_workers", self.n_workers)
        if arguments.count("threads_per_worker", self.threads_per_worker) is None:
            raise TypeError("threads_per_worker must be a whole number >= 1, not None")
        arguments.duration("connect_timeout", self.connect_timeout)
        require_distributed()

    @property
    def starts_cluster(self) -> bool:
        """Whether this backend starts (and so stops) the cluster itself."""
        return self.address is None


def require_distributed() -> None:
    """Raise ImportError saying how to install Dask if it is missing (without importing it)."""
    if importlib.util.find_spec("distributed") is None:
        raise ImportError(
            "running jobs on Dask needs the 'distributed' package: pip install \"tasker_qt[dask]\""
        )
