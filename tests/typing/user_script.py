"""A user's script, type-checked with ``mypy --strict`` by .ci/run (not collected by pytest).

It must keep type-checking: it uses the public names the way the README does.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMainWindow

from tasker_qt import ExecutionContext, Task, TaskManager, TaskStatus, task_mgr
from tasker_qt.batch import TaskBatch
from tasker_qt.ui import TaskMonitorPanel


def render(context: ExecutionContext, pages: int) -> str:
    context.set_total(pages)
    for page in range(pages):
        if context.is_cancelled():
            return "stopped"
        context.set_progress(page + 1)
    return "done"


def report(task: Task) -> None:
    status: TaskStatus = task.get_status()
    print(status, task.elapsed(), task.error)


def square(x: int) -> int:
    return x * x


def main() -> None:
    app = QApplication([])
    manager: TaskManager = task_mgr
    task: Task = manager.run_process(render, 40, key="render", when_done=report)
    window = QMainWindow()
    window.setCentralWidget(TaskMonitorPanel(task_mgr))
    batch = TaskBatch(square, execution_mode="thread", worker_limit=2)
    batch.start([1, 2, 3])
    results: dict[object, object] = dict(batch.get_result_dict())
    counts: dict[str, int] = task_mgr.shutdown(timeout=5.0)
    print(task.get_progress(), results, counts, app)


if __name__ == "__main__":
    main()
