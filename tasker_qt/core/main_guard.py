"""Spotting a host script without an ``if __name__ == "__main__":`` guard.

Worker processes are spawned, and a spawned process first runs the host's
main script again (as ``__mp_main__``) to find what it defines. A script
that creates its window and task manager at top level therefore opens a
second window in every worker, which then never starts its jobs. The worker
notices when that re-run reaches ``TaskManager()``, says why on stderr and
exits with ``UNGUARDED_MAIN_EXIT``; the pool fails the tasks at once with
``unguarded_main_message()`` instead of leaving them pending.
"""

from __future__ import annotations

import multiprocessing
import sys

UNGUARDED_MAIN_EXIT = 87  # a worker's exit code that means "the host's __main__ is unguarded"


def unguarded_main_message() -> str:
    """What the failed tasks say: which script, and the fix."""
    script = getattr(sys.modules.get("__main__"), "__file__", None) or "the main script"
    return (
        f"worker processes cannot start: {script} runs its code again in every worker process "
        'because it has no `if __name__ == "__main__":` guard. Put the code that creates the '
        "application, the TaskManager and the window under that guard (see the README, "
        '"Embedding the panel").'
    )


def refuse_while_worker_starts() -> None:
    """Exit a spawned process that is re-running the host's unguarded main script.

    ``_inheriting`` is multiprocessing's own "still bootstrapping" flag, the
    one it checks before refusing to start processes from such a re-run.
    """
    if getattr(multiprocessing.current_process(), "_inheriting", False):
        print(
            "tasker_qt: this worker process is re-running the main script, which has no "
            '`if __name__ == "__main__":` guard; the worker stops here.',
            file=sys.stderr,
            flush=True,
        )
        raise SystemExit(UNGUARDED_MAIN_EXIT)
