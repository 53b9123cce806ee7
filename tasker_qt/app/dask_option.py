"""Where the app sends process jobs: ``--dask [ADDRESS]``, or the ``dask/scheduler`` setting.

``local`` starts a Dask cluster on this machine when the first job needs it;
an address (``tcp://host:8786``) uses a scheduler that already runs; nothing
(the default) keeps process jobs in this machine's own worker pool.
"""

from __future__ import annotations

import argparse
from typing import Any

from ..core.dask_backend import DaskBackend

SETTING = "dask/scheduler"
LOCAL = "local"


def add_dask_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--dask",
        metavar="ADDRESS",
        nargs="?",
        const=LOCAL,
        default=None,
        help="run process jobs on Dask: a cluster started on this machine, or the scheduler "
        f"at ADDRESS (tcp://host:8786); the setting {SETTING} does the same",
    )


def dask_backend(choice: Any) -> DaskBackend | None:
    """The backend a ``--dask`` value or setting names; ValueError saying what is wrong.

    ``None`` or ``""``: none.
    """
    if choice is None or choice == "":
        return None
    if not isinstance(choice, str) or (choice != LOCAL and "://" not in choice):
        raise ValueError(
            f"{choice!r} is neither {LOCAL!r} nor a scheduler address like tcp://host:8786"
        )
    try:
        return DaskBackend() if choice == LOCAL else DaskBackend(address=choice)
    except ImportError as exc:
        raise ValueError(str(exc)) from None
