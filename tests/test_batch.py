import asyncio
import subprocess
import sys
import textwrap
import threading
import time
import types

import pytest
from PySide6.QtCore import QTimer

from tasker_qt.batch import Backoff, TaskBatch, TaskChain
from tests import batch_jobs


@pytest.fixture
def batch_factory(task_manager):
    made = []

    def make(func, **options):
        batch = TaskBatch(func, manager=task_manager, **options)
        made.append(batch)
        return batch

    yield make
    for batch in made:
        batch.shutdown_pools()


def test_modes_give_the_same_results(batch_factory):
    items = [(1, 2), (3, 4), (5, 6), (7, 8)]
    for mode in ("serial", "thread", "process"):
        batch = batch_factory(batch_jobs.add, execution_mode=mode)
        assert batch.start(items) == {(1, 2): 3, (3, 4): 7, (5, 6): 11, (7, 8): 15}, mode
        assert batch.get_error_dict() == {}


def test_async_mode(batch_factory):
    async def add_later(x, y):
        await asyncio.sleep(0.01)
        return x + y

    batch = batch_factory(add_later, execution_mode="async", worker_limit=2)
    assert batch.start([(1, 1), (2, 2)]) == {(1, 1): 2, (2, 2): 4}
    assert {t.kind for t in batch.tasks} == {"async"}


def test_get_args_dicts_and_single_values(batch_factory):
    class Keyword(TaskBatch):
        def get_args(self, task):
            return {"x": task, "y": 10}

    kw = Keyword(batch_jobs.add, manager=batch_factory(batch_jobs.add)._manager)
    assert kw.start([1, 2]) == {1: 11, 2: 12}
    single = batch_factory(batch_jobs.slow_double)
    assert single.start([4]) == {4: 8}


def test_retries_count_exactly_and_back_off(batch_factory, caplog):
    calls = []

    def flaky(x):
        calls.append(time.monotonic())
        if len(calls) <= 2:
            raise ConnectionError("network blip")
        return x

    batch = batch_factory(flaky, backoff=Backoff(base=0.05, factor=3.0, jitter=0.0))
    assert batch.start(["a"]) == {"a": "a"}
    assert len(calls) == 3
    first_wait, second_wait = calls[1] - calls[0], calls[2] - calls[1]
    assert first_wait >= 0.05 and second_wait >= 0.15 and second_wait > first_wait
    retries = [r.getMessage() for r in caplog.records if "retry" in r.getMessage()]
    assert "retry 1 of 3 in 0.05 s" in retries[0] and "retry 2 of 3 in 0.15 s" in retries[1]
    assert [t.name for t in batch.tasks] == ["flaky 'a'", "flaky 'a' (attempt 2)",
                                             "flaky 'a' (attempt 3)"]  # fmt: skip


def test_retries_run_out_and_other_errors_fail_at_once(batch_factory):
    attempts = {"net": 0, "bug": 0}

    def fails(kind):
        attempts[kind] += 1
        raise ConnectionError("down") if kind == "net" else ValueError("bad input")

    batch = batch_factory(fails, max_retries=2, backoff=Backoff(base=0.0, jitter=0.0))
    assert batch.start(["net", "bug"]) == {}
    errors = batch.get_error_dict()
    assert isinstance(errors["net"], ConnectionError) and isinstance(errors["bug"], ValueError)
    assert attempts == {"net": 3, "bug": 1}


def test_process_errors_keep_their_type(batch_factory):
    batch = batch_factory(batch_jobs.key_error, execution_mode="process")
    batch.start(["x"])
    assert isinstance(batch.get_error_dict()["x"], KeyError)


def test_duplicates_run_once(batch_factory):
    seen = []

    def record(x):
        seen.append(x)
        return x * 10

    batch = batch_factory(record)
    assert batch.start([1, 1, 2, 2, 2, 3]) == {1: 10, 2: 20, 3: 30}
    assert sorted(seen) == [1, 2, 3]
    by_parity = batch_factory(record, dedupe_key=lambda x: x % 2)
    by_parity.start([5, 7, 9, 4])
    assert sorted(seen) == [1, 2, 3, 4, 5]


def test_unhashable_items_are_keyed_by_a_frozen_copy(batch_factory):
    batch = batch_factory(lambda x: x * 2)  # a dict item gives keyword arguments
    assert batch.start([{"x": 1}, {"x": 2}]) == {(("x", 1),): 2, (("x", 2),): 4}


def test_worker_limit_is_never_exceeded(batch_factory):
    lock = threading.Lock()
    running, peak = 0, 0

    def busy(x):
        nonlocal running, peak
        with lock:
            running += 1
            peak = max(peak, running)
        time.sleep(0.03)
        with lock:
            running -= 1
        return x

    batch = batch_factory(busy, worker_limit=3)
    batch.start(range(15))
    assert peak == 3
    serial = batch_factory(busy, execution_mode="serial", worker_limit=8)
    peak = 0
    serial.start(range(4))
    assert peak == 1


def test_every_item_is_a_task_named_after_the_batch(batch_factory, task_manager):
    added = []
    task_manager.task_added.connect(added.append)
    batch = batch_factory(batch_jobs.add, progress_desc="Adding")
    batch.start([(1, 2), (3, 4)])
    assert sorted(t.name for t in added) == ["Adding (1, 2)", "Adding (3, 4)"]


def test_cancelling_a_batch_midway(batch_factory):
    batch = batch_factory(batch_jobs.slow_double, worker_limit=2)
    QTimer.singleShot(120, batch.cancel)
    started = time.monotonic()
    batch.start(range(40))  # 40 items x 50 ms / 2 workers would take a second
    assert time.monotonic() - started < 0.6
    results, errors = batch.get_result_dict(), batch.get_error_dict()
    assert 0 < len(results) < 40
    assert len(results) + len(errors) == 40
    assert all(isinstance(e, asyncio.CancelledError) for e in errors.values())


def test_start_refuses_to_hold_up_a_running_event_loop(batch_factory, qtbot):
    batch = batch_factory(batch_jobs.add)
    raised = []

    def from_a_slot():
        try:
            batch.start([(1, 2)])
        except RuntimeError as exc:
            raised.append(str(exc))

    QTimer.singleShot(0, from_a_slot)
    qtbot.waitUntil(lambda: bool(raised), timeout=2000)
    assert "start_async" in raised[0]


def test_start_async_from_a_coroutine(batch_factory, task_manager):
    batch = batch_factory(batch_jobs.add)

    async def in_the_app():
        return await batch.start_async([(2, 3)])

    assert task_manager.run_until_complete(in_the_app()) == {(2, 3): 5}


def test_shutdown_pools_twice_then_refuses(batch_factory):
    batch = batch_factory(batch_jobs.add)
    batch.start([(1, 1)])
    batch.shutdown_pools()
    batch.shutdown_pools()
    with pytest.raises(RuntimeError, match="shut down"):
        batch.start([(1, 1)])


def test_bad_configuration_is_refused():
    with pytest.raises(ValueError, match="execution_mode"):
        TaskBatch(batch_jobs.add, execution_mode="gpu")
    with pytest.raises(ValueError, match="worker_limit"):
        TaskBatch(batch_jobs.add, worker_limit=0)
    with pytest.raises(ValueError, match="Backoff"):
        Backoff(factor=0.5)
    with pytest.raises(TypeError, match="callable"):
        TaskBatch("add")


def test_bad_chunk_sizes_are_refused():
    for bad, error in ((0, ValueError), (-3, ValueError), (1.5, TypeError), ("big", TypeError),
                       (True, TypeError), (float("nan"), TypeError)):  # fmt: skip
        with pytest.raises(error, match="chunksize"):
            TaskBatch(batch_jobs.add, chunksize=bad)
    with pytest.raises(ValueError, match="async"):
        TaskBatch(batch_jobs.add, execution_mode="async", chunksize=4)


def test_chunks_keep_results_errors_and_retries_per_item(batch_factory):
    attempts: dict[int, int] = {}

    def work(x):
        attempts[x] = attempts.get(x, 0) + 1
        if x % 5 == 0:
            raise KeyError(x)
        if x % 7 == 0 and attempts[x] < 3:
            raise ConnectionError(f"blip {x}")
        return x * 2

    batch = batch_factory(work, chunksize=4, worker_limit=2,
                          backoff=Backoff(base=0.0, jitter=0.0))  # fmt: skip
    items = [*range(1, 31), 2, 3, 4]  # duplicates run once
    results = batch.start(items)
    assert results == {x: x * 2 for x in range(1, 31) if x % 5}
    errors = batch.get_error_dict()
    assert sorted(errors) == [5, 10, 15, 20, 25, 30]
    assert all(isinstance(e, KeyError) for e in errors.values())
    assert attempts == {x: 3 if x % 7 == 0 and x % 5 else 1 for x in range(1, 31)}
    first_rows = batch.tasks[:2]
    assert [t.name for t in first_rows] == ["work 1 … 4 (4 items)", "work 5 … 8 (4 items)"]
    assert first_rows[0].get_message() == "4 of 4 items"
    assert len(batch.tasks) < len(items)


def test_auto_chunks_tiny_process_items_into_few_tasks(batch_factory):
    batch = batch_factory(batch_jobs.add, execution_mode="process", worker_limit=4,
                          chunksize="auto")  # fmt: skip
    items = [(x, 1) for x in range(3000)]
    assert batch.start(items) == {(x, 1): x + 1 for x in range(3000)}
    assert len(batch.tasks) < 300  # one task per item made 3,000


def test_auto_keeps_a_task_per_item_that_takes_a_while(batch_factory, monkeypatch):
    from tasker_qt.batch import chunks

    monkeypatch.setattr(chunks, "CHUNK_SECONDS", 0.005)
    batch = batch_factory(batch_jobs.slow_double, chunksize="auto", worker_limit=2)
    assert batch.start([(x, 0.02) for x in range(10)]) == {(x, 0.02): 2 * x for x in range(10)}
    assert len(batch.tasks) == 10


def test_cancelling_a_chunk_keeps_what_it_finished(batch_factory):
    batch = batch_factory(batch_jobs.slow_double, chunksize=40, worker_limit=1)
    QTimer.singleShot(150, batch.cancel)
    batch.start([(x, 0.02) for x in range(40)])
    results, errors = batch.get_result_dict(), batch.get_error_dict()
    assert 0 < len(results) < 40 and len(results) + len(errors) == 40
    assert results == {(x, 0.02): 2 * x for x in range(len(results))}  # the first ones
    assert all(isinstance(e, asyncio.CancelledError) for e in errors.values())


def test_an_error_that_cannot_travel_costs_only_its_own_item(batch_factory):
    batch = batch_factory(batch_jobs.unpicklable_error_on_3, execution_mode="process",
                          chunksize=5)  # fmt: skip
    assert batch.start(range(5)) == {0: 100, 1: 101, 2: 102, 4: 104}
    error = batch.get_error_dict()[3]
    assert isinstance(error, RuntimeError) and "LockedError: item 3" in str(error)


def _stages(task_manager, delay_1=0.08, delay_2=0.01):
    first = TaskBatch(
        batch_jobs.stamped, manager=task_manager, worker_limit=2,
        dedupe_key=lambda item: item[0],
    )  # fmt: skip

    class Second(TaskBatch):
        def get_args(self, task):
            return task[0] * 10, delay_2

    second = Second(batch_jobs.stamped, manager=task_manager, worker_limit=4,
                    dedupe_key=lambda item: item[0])  # fmt: skip
    return first, second


def test_serial_chain_finishes_each_stage_first(task_manager):
    first, second = _stages(task_manager)
    chain = TaskChain([first, second], chain_mode="serial")
    final = chain.start_chain([(i, 0.08) for i in range(4)])
    assert sorted(v[0] for v in final.values()) == [0, 10, 20, 30]
    last_first_end = max(v[2] for v in first.get_result_dict().values())
    assert min(v[1] for v in final.values()) >= last_first_end


def test_streaming_chain_overlaps_stages(task_manager):
    first, second = _stages(task_manager)
    chain = TaskChain([first, second])
    chain.set_chain_mode("process")
    final = chain.start_chain([(i, 0.08) for i in range(6)])
    assert {k[0]: v[0] for k, v in final.items()} == {i: i * 10 for i in range(6)}
    last_first_end = max(v[2] for v in first.get_result_dict().values())
    assert min(v[1] for v in final.values()) < last_first_end  # stage 2 began before 1 ended


def test_chain_errors_name_the_stage(task_manager):
    def picky(x):
        if x == 2:
            raise ValueError("two is right out")
        return x

    stages = [
        TaskBatch(picky, manager=task_manager),
        TaskBatch(batch_jobs.key_error, manager=task_manager),
    ]
    for mode in ("serial", "process"):
        chain = TaskChain(stages, chain_mode=mode)
        assert chain.start_chain([1, 2]) == {}
        errors = chain.get_error_dict()
        assert errors[2][0] == 0 and isinstance(errors[2][1], ValueError)
        assert errors[1][0] == 1 and isinstance(errors[1][1], KeyError)


def test_chain_stage_editing(task_manager):
    chain = TaskChain()
    with pytest.raises(ValueError, match="no stages"):
        chain.start_chain([1])
    chain.add_stage(TaskBatch(batch_jobs.slow_double, manager=task_manager))
    chain.add_stage(TaskBatch(batch_jobs.slow_double, manager=task_manager))
    assert chain.start_chain([1, 2]) == {1: 4, 2: 8}
    chain.remove_stage(1)
    assert chain.start_chain([1]) == {1: 2}
    with pytest.raises(ValueError, match="chain_mode"):
        chain.set_chain_mode("parallel")
    with pytest.raises(TypeError, match="TaskBatch"):
        chain.add_stage(batch_jobs.add)


# --- the batch framework's README, as written (TaskManager renamed TaskBatch) ---------

README_BATCH = """
def example_task(x, y):
    return x + y

from task_manager import TaskManager

# 创建TaskManager实例
task_manager = TaskManager(
    func=example_task,
    execution_mode='thread',  # 可选：serial, thread, process, async
    worker_limit=5,           # 最大并发限制
    max_retries=3,            # 最大重试次数
    show_progress=True        # 是否显示进度
)
tasks = [(1, 2), (3, 4), (5, 6), (7, 8)]
task_manager.start(tasks)
# 获取成功的结果
results = task_manager.get_result_dict()
print("Results:", results)

# 获取失败的任务及其异常
errors = task_manager.get_error_dict()
print("Errors:", errors)
task_manager.shutdown_pools()
task_manager = TaskManager(func=example_task, execution_mode='serial')
task_manager.start(tasks)
serial_results = task_manager.get_result_dict()
task_manager = TaskManager(func=example_task, execution_mode='thread', worker_limit=10)
task_manager.start(tasks)
thread_results = task_manager.get_result_dict()
task_manager = TaskManager(func=example_task, execution_mode='process', worker_limit=10)
task_manager.start(tasks)
process_results = task_manager.get_result_dict()

class MyTaskManager(TaskManager):
    def get_args(self, task):
        return task['x'], task['y']

custom = MyTaskManager(func=example_task)
custom.start([{'x': 1, 'y': 2}, {'x': 10, 'y': 20}])
custom_results = custom.get_result_dict()
"""

README_ASYNC = """
import asyncio
from task_manager import TaskManager

async def example_async_task(x, y):
    await asyncio.sleep(1)
    return x + y

task_manager = TaskManager(func=example_async_task, execution_mode='async', worker_limit=5)
await task_manager.start_async(tasks)
"""

README_CHAIN = """
from task_manager import TaskManager, TaskChain

# 定义几个简单的任务函数
def task_stage_1(x):
    return x + 1

def task_stage_2(x):
    return x * 2

# 创建 TaskManager 实例，代表不同的任务阶段
stage_1 = TaskManager(func=task_stage_1, execution_mode='serial')
stage_2 = TaskManager(func=task_stage_2, execution_mode='thread')

# 创建 TaskChain 实例
task_chain = TaskChain(stages=[stage_1, stage_2])
# 定义初始任务
initial_tasks = [1, 2, 3, 4]

# 启动任务链（默认串行模式）
task_chain.start_chain(initial_tasks)
# 获取任务链的最终结果
final_results = task_chain.get_final_result_dict()
print("Final Results:", final_results)
task_chain.set_chain_mode('process')
task_chain.start_chain(initial_tasks)
streamed_results = task_chain.get_final_result_dict()
"""


def _as_tasker_qt(source):
    return (
        source.replace("from task_manager import TaskManager, TaskChain",
                       "from tasker_qt.batch import TaskBatch as TaskManager, TaskChain")
        .replace("from task_manager import TaskManager",
                 "from tasker_qt.batch import TaskBatch as TaskManager")
    )  # fmt: skip


def _run_readme(source, namespace=None):
    module = types.ModuleType("readme_example")  # not importable: functions travel by value
    module.__dict__.update(namespace or {})
    exec(compile(_as_tasker_qt(source), "<README>", "exec"), module.__dict__)
    return module.__dict__


def test_readme_examples_run_as_written(global_task_manager, capsys):
    ns = _run_readme(README_BATCH)
    expected = {(1, 2): 3, (3, 4): 7, (5, 6): 11, (7, 8): 15}
    assert ns["results"] == ns["serial_results"] == ns["thread_results"] == expected
    assert ns["process_results"] == expected
    assert ns["errors"] == {}
    assert ns["custom_results"] == {(("x", 1), ("y", 2)): 3, (("x", 10), ("y", 20)): 30}
    assert "Results: {(1, 2): 3" in capsys.readouterr().out

    chain = _run_readme(README_CHAIN)
    assert chain["final_results"] == {1: 4, 2: 6, 3: 8, 4: 10}
    assert chain["streamed_results"] == chain["final_results"]


def test_readme_async_example_runs_in_a_coroutine(global_task_manager):
    body = textwrap.indent(README_ASYNC, "    ")
    ns = _run_readme(f"async def example():\n{body}\n    return task_manager.get_result_dict()\n",
                     {"tasks": [(1, 2), (3, 4)]})  # fmt: skip
    started = time.monotonic()
    assert global_task_manager.run_until_complete(ns["example"]()) == {(1, 2): 3, (3, 4): 7}
    assert time.monotonic() - started < 1.9  # both slept their second side by side


def test_a_plain_script_can_use_a_batch_with_a_progress_bar(tmp_path):
    script = tmp_path / "script.py"
    script.write_text(
        textwrap.dedent("""\
        from tasker_qt.batch import TaskBatch

        def square(x):
            return x * x

        if __name__ == "__main__":
            batch = TaskBatch(square, execution_mode="process", show_progress=True,
                              progress_desc="Squaring")
            print(sorted(batch.start(range(20)).values())[-1])
            batch.shutdown_pools()
        """)
    )
    ran = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.strip() == "361"
    assert "Squaring" in ran.stderr and "20/20" in ran.stderr
