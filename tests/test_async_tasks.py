import pytest

from tests import jobs


def test_coroutine_result_and_progress(task_manager, qtbot):
    task = task_manager.add_coroutine(jobs.async_add, 2, y=5)
    assert task.kind == "async"
    qtbot.waitUntil(task.is_final, timeout=3000)
    assert task.result() == 7
    assert task.get_progress() == 1.0


def test_coroutine_failure_keeps_exception(task_manager, qtbot):
    task = task_manager.add_coroutine(jobs.async_fail)
    assert task_manager.wait_until_settled(3000)
    assert task.get_status() == "failed"
    with pytest.raises(ValueError, match="async went wrong"):
        task.result()


def test_cancel_runs_the_coroutines_cleanup(task_manager, qtbot):
    cleaned = []
    done = []
    task = task_manager.add_coroutine(jobs.async_forever, cleaned, key="io", when_done=done.append)
    qtbot.waitUntil(task.is_running, timeout=2000)
    assert task_manager.cancel_task("io")
    assert task_manager.wait_until_settled(3000)
    assert cleaned == [True]
    assert task.get_status() == "cancelled"
    assert done == [task]


def test_coroutine_object_instead_of_function_is_refused(task_manager):
    coroutine = jobs.async_add(None, 1)
    with pytest.raises(TypeError, match="not a coroutine object"):
        task_manager.add_coroutine(coroutine)
    assert not task_manager.has_tasks()


def test_waiting_inside_a_coroutine_is_refused_clearly(task_manager, qtbot):
    errors = []

    async def wrong(ctx):
        try:
            task_manager.wait_until_settled(100)
        except RuntimeError as exc:
            errors.append(str(exc))

    task_manager.add_coroutine(wrong)
    qtbot.waitUntil(lambda: bool(errors), timeout=2000)
    assert "await" in errors[0]
