import asyncio

import pytest

from tasker_qt import Task, TaskStatus
from tasker_qt.core.outcome import Outcome


def test_status_is_a_str_enum():
    assert TaskStatus.COMPLETED == "completed"
    assert isinstance(TaskStatus.FAILED, str)
    assert {s.value for s in TaskStatus} == {
        "pending",
        "running",
        "completed",
        "failed",
        "cancelled",
    }


def test_ids_are_unique_and_keys_default_fresh():
    tasks = [Task("thread", "t") for _ in range(1000)]
    assert len({t.id for t in tasks}) == 1000
    assert len({t.key for t in tasks}) == 1000
    assert all(t.key != "t" for t in tasks)


def test_unfinished_task_has_no_result():
    task = Task("async", "t")
    assert task.get_status() == "pending"
    with pytest.raises(asyncio.InvalidStateError):
        task.result()
    assert task._task_exception is None


def _settle(task, outcome):
    task._outcome, task._status = outcome, outcome.status
    return task


def test_result_and_exception_follow_future_rules():
    done = _settle(Task("thread", "t"), Outcome.completed(42))
    assert done.result() == 42 and done.exception() is None and done.is_final()

    error = KeyError("x")
    failed = _settle(Task("thread", "t"), Outcome.failed(error))
    with pytest.raises(KeyError):
        failed.result()
    assert failed.exception() is error
    assert failed._task_exception is error
    assert "KeyError" in failed.traceback

    cancelled = _settle(Task("thread", "t"), Outcome.cancelled())
    assert cancelled.is_cancelled()
    with pytest.raises(asyncio.CancelledError):
        cancelled.result()
