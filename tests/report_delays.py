"""How long a job's report takes to show in a TaskModel: shared by every kind's test."""

import contextlib
import time

from tasker_qt.ui import TaskModel
from tests import jobs

STAMPS = 60


def report_delays(manager, kind):
    """Run a job that puts ``perf_counter()`` in its message every 13.7 ms; the sorted
    delays (ms) from each stamp until a model's ``dataChanged`` showed it."""
    model = TaskModel(manager)
    delays = []

    def changed(top_left, bottom_right, roles=()):
        text = model.index(top_left.row(), TaskModel.Column.MESSAGE).data()
        with contextlib.suppress(ValueError):  # not a stamp yet
            delays.append((time.perf_counter() - float(text)) * 1000)

    model.dataChanged.connect(changed)
    job = jobs.async_stamp_messages if kind == "async" else jobs.stamp_messages
    try:
        task = manager.submit(kind, job, (STAMPS, 0.0137))
        assert manager.wait_until_settled(30_000)
    finally:
        # The slot holds the model: without this the two form a cycle, and the
        # model would wait for the cyclic collector, in whatever thread it runs.
        model.dataChanged.disconnect(changed)
    assert task.result() == STAMPS and len(delays) > STAMPS // 2, delays
    return sorted(delays)
