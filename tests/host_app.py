"""A host program for fault tests: starts process jobs, prints pids as JSON lines, waits.

Run as ``python -m tests.host_app``; the test kills it and checks what it left.
"""

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from PySide6.QtCore import QCoreApplication

    from tasker_qt import TaskManager
    from tests import jobs

    app = QCoreApplication(sys.argv[:1])
    manager = TaskManager(process_workers=3, process_grace=0.5)

    def say(task, name, data):
        print(json.dumps({"task": task.name, name: data}), flush=True)

    # a cooperative job, one that ignores cancel, one whose own child must not survive
    for then, args in ((jobs.until_cancelled, ()), (jobs.ignore_cancel, (600,)),
                       (jobs.start_child_and_wait, ()) ):  # fmt: skip
        manager.submit("process", jobs.report_pid, (then, *args), name=then.__name__,
                       when_event=say)  # fmt: skip
    print(json.dumps({"host": os.getpid()}), flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
