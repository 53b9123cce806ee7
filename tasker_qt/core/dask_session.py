"""The client side of a Dask session: cluster, client, futures. Qt-free; one thread only.

Every method runs on the Dask runner's control thread, so that starting a
cluster (about a second), reaching a scheduler and the client's blocking calls
never hold up the GUI. What comes back goes through two callbacks, which may
be called from Dask's threads: ``on_batch(bytes)`` for each batch a job sent
on the session's topic, ``on_end(seq, how)`` when a job's future is over
(``how``: None for finished, ``CANCELLED``, or the exception).
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import uuid
from collections.abc import Callable
from typing import Any

from .dask_backend import DaskBackend
from .dask_job import cancel_event_name, run_job

log = logging.getLogger(__name__)

CANCELLED = "cancelled"
CLOSE_TIMEOUT = 2.0  # seconds for the client and a cluster of our own to close


class DaskSession:
    """One client (and perhaps a cluster of its own) with its topic and futures."""

    def __init__(
        self,
        backend: DaskBackend,
        on_batch: Callable[[bytes], None],
        on_end: Callable[[int, Any], None],
    ) -> None:
        self.backend = backend
        self.topic = f"tasker-{uuid.uuid4().hex[:12]}"
        self._on_batch = on_batch
        self._on_end = on_end
        self._cluster: Any = None
        self._client: Any = None
        self._futures: dict[int, Any] = {}
        self._cancel_events: set[int] = set()

    @property
    def is_open(self) -> bool:
        return self._client is not None

    def open(self) -> None:
        """Start the cluster or reach the scheduler, and listen on the topic."""
        import dask
        from distributed import Client, LocalCluster

        backend = self.backend
        if backend.address is None:
            # A worker that dies takes its task with it: never run that task again.
            with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
                self._cluster = LocalCluster(
                    n_workers=backend.n_workers,
                    threads_per_worker=backend.threads_per_worker,
                    processes=True,
                    host="127.0.0.1",
                    # no dashboard; its HTTP server on a free port of this host only
                    dashboard_address=":0",
                    scheduler_kwargs={"dashboard": False},
                )
            try:
                self._client = Client(self._cluster, set_as_default=False)
            except BaseException:
                self._cluster.close()
                self._cluster = None
                raise
        else:
            self._client = Client(
                backend.address, timeout=backend.connect_timeout, set_as_default=False
            )
        self._client.subscribe_topic(self.topic, lambda event: self._on_batch(event[1]))

    def submit(self, jobs: list[tuple[int, bytes]]) -> None:
        """Send ``(seq, payload)`` jobs to the cluster, in one go."""
        keys = [f"tasker-{seq}-{self.topic}" for seq, _ in jobs]
        seqs = [seq for seq, _ in jobs]
        futures = self._client.map(
            run_job,
            [self.topic] * len(jobs),
            seqs,
            keys,
            [payload for _, payload in jobs],
            key=keys,
            pure=False,
        )
        for seq, future in zip(seqs, futures, strict=True):
            self._futures[seq] = future
            future.add_done_callback(lambda f, seq=seq: self._ended(seq, f))

    def _ended(self, seq: int, future: Any) -> None:
        """A future is over (on a Dask callback thread)."""
        if future.status == "finished":
            how: Any = None
        elif future.status == "cancelled":
            how = CANCELLED
        else:
            try:
                how = future.exception()
            except BaseException as exc:  # the client is closing, say
                how = exc
        self._on_end(seq, how)

    def cancel(self, seq: int) -> None:
        """Ask job ``seq`` to stop: its worker's record turns cancelled; its event is set."""
        future = self._futures.get(seq)
        if future is None:
            return
        future.cancel()
        from distributed import Event

        Event(cancel_event_name(self.topic, seq), client=self._client).set()
        self._cancel_events.add(seq)

    def stop_worker(self, address: str, pid: int) -> None:
        """Kill the worker process ``pid`` at ``address`` through its nanny, which replaces it."""
        self._client.run(_kill_worker, pid, workers=[address], nanny=True, on_error="ignore")

    def result(self, seq: int) -> bytes:
        """What job ``seq``'s future returned: its last batch (see ``dask_job.run_job``)."""
        result: bytes = self._futures[seq].result()
        return result

    def forget(self, seq: int) -> None:
        """Job ``seq`` is settled: release its future and its cancel event."""
        self._futures.pop(seq, None)
        if seq in self._cancel_events:
            self._cancel_events.discard(seq)
            from distributed import Event

            with contextlib.suppress(Exception):
                Event(cancel_event_name(self.topic, seq), client=self._client).clear()

    def close(self, running: list[tuple[str, int]]) -> None:
        """Cancel what is left, stop the ``running`` workers, close the client and our cluster.

        ``running``: the (address, pid) of workers whose jobs have not ended;
        a cluster would otherwise wait for them to finish before it closes.
        """
        client, cluster, self._client, self._cluster = self._client, self._cluster, None, None
        if client is not None:
            with contextlib.suppress(Exception):
                client.cancel(list(self._futures.values()))
            self._futures.clear()
            for address, pid in running:
                with contextlib.suppress(Exception):
                    client.run(_kill_worker, pid, workers=[address], nanny=True)
            with contextlib.suppress(Exception):
                client.unsubscribe_topic(self.topic)
            client.close(timeout=CLOSE_TIMEOUT)
        if cluster is not None:
            cluster.close(timeout=CLOSE_TIMEOUT)


def _kill_worker(pid: int, dask_worker: Any = None) -> None:
    """Runs on the nanny: SIGKILL its worker if that is still the process ``pid``."""
    if dask_worker is not None and dask_worker.pid == pid:
        os.kill(pid, getattr(signal, "SIGKILL", signal.SIGTERM))
