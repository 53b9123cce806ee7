"""TaskChain: items through a pipeline of TaskBatch stages, stage by stage or streaming."""

from __future__ import annotations

import asyncio
from collections.abc import Hashable, Iterable
from functools import partial
from typing import Any, Literal

from ..core.manager import TaskManager
from .batch import TaskBatch
from .keys import freeze
from .run import BatchRun, Entry

ChainMode = Literal["serial", "process"]
_MODES = ("serial", "process")


class TaskChain:
    """Runs items through ``stages`` (TaskBatch objects), each stage's result feeding the next.

    ``serial``: every item finishes a stage before any starts the next.
    ``process`` (streaming): an item moves on as soon as its stage is done, so
    stages overlap; each keeps its own execution mode and worker limit.
    An item that fails stops at that stage: ``get_error_dict()`` maps it to
    ``(stage index, exception)``; ``get_final_result_dict()`` maps every
    item that made it through to its final result.
    """

    def __init__(self, stages: Iterable[TaskBatch] = (), chain_mode: ChainMode = "serial") -> None:
        self.stages: list[TaskBatch] = list(stages)
        self.chain_mode: ChainMode = "serial"
        self.set_chain_mode(chain_mode)
        self._final: dict[Hashable, Any] = {}
        self._errors: dict[Hashable, tuple[int, BaseException]] = {}

    def set_chain_mode(self, chain_mode: ChainMode) -> None:
        if chain_mode not in _MODES:
            raise ValueError(f"chain_mode must be 'serial' or 'process', not {chain_mode!r}")
        self.chain_mode = chain_mode

    def add_stage(self, stage: TaskBatch) -> None:
        if not isinstance(stage, TaskBatch):
            raise TypeError(f"a stage must be a TaskBatch, not {type(stage).__name__}")
        self.stages.append(stage)

    def remove_stage(self, index: int) -> TaskBatch:
        return self.stages.pop(index)

    # --- running ---------------------------------------------------------------

    def start_chain(self, tasks: Iterable[Any]) -> dict[Hashable, Any]:
        """Run the chain in its mode and wait for it; returns the final result dict."""
        if self.chain_mode == "process":
            return self.run_chain_in_process(tasks)
        return self.run_chain_in_serial(tasks)

    def run_chain_in_serial(self, tasks: Iterable[Any]) -> dict[Hashable, Any]:
        return self._manager().run_until_complete(self._serial(list(tasks)))

    def run_chain_in_process(self, tasks: Iterable[Any]) -> dict[Hashable, Any]:
        return self._manager().run_until_complete(self._streaming(list(tasks)))

    async def start_chain_async(self, tasks: Iterable[Any]) -> dict[Hashable, Any]:
        """``start_chain`` for coroutines in a running Qt application."""
        run = self._streaming if self.chain_mode == "process" else self._serial
        return await run(list(tasks))

    def get_final_result_dict(self) -> dict[Hashable, Any]:
        """Initial item (or its frozen key) -> result of the last stage."""
        return dict(self._final)

    def get_error_dict(self) -> dict[Hashable, tuple[int, BaseException]]:
        """Initial item -> (index of the stage where it failed, exception)."""
        return dict(self._errors)

    # --- internals -------------------------------------------------------------

    def _manager(self) -> TaskManager:
        if not self.stages:
            raise ValueError("the chain has no stages: add_stage(TaskBatch(...)) first")
        return self.stages[0]._manager_for_run()

    def _begin(self, tasks: list[Any]) -> dict[Hashable, Any]:
        self._manager()
        self._final, self._errors = {}, {}
        return {freeze(item): item for item in tasks}

    async def _serial(self, tasks: list[Any]) -> dict[Hashable, Any]:
        current = self._begin(tasks)
        for index, stage in enumerate(self.stages):
            await stage.start_async(current.values())
            results, errors = stage.get_result_dict(), stage.get_error_dict()
            moving_on = {}
            for origin, value in current.items():
                key = stage.key_of(value)
                if key in results:
                    moving_on[origin] = results[key]
                else:
                    self._errors[origin] = (index, errors[key])
            current = moving_on
        self._final = current
        return self.get_final_result_dict()

    async def _streaming(self, tasks: list[Any]) -> dict[Hashable, Any]:
        origins = self._begin(tasks)
        runs = [stage._begin(stage._manager_for_run()) for stage in self.stages]
        all_settled = asyncio.get_running_loop().create_future()
        unsettled = len(origins)

        def arrived(origin: Hashable, index: int, entry: Entry) -> None:
            nonlocal unsettled
            if not entry.ok:
                self._errors[origin] = (index, entry.value)
            elif index + 1 < len(runs):
                runs[index + 1].add(entry.value, partial(arrived, origin, index + 1))
                return
            else:
                self._final[origin] = entry.value
            unsettled -= 1
            if unsettled == 0 and not all_settled.done():
                all_settled.set_result(None)

        for origin, item in origins.items():
            runs[0].add(item, partial(arrived, origin, 0))
        if origins:
            await all_settled
        await _close_all(runs)
        for stage in self.stages:
            stage.handle_error()
        return self.get_final_result_dict()


async def _close_all(runs: list[BatchRun]) -> None:
    for run in runs:
        run.close()
        await run.wait()
