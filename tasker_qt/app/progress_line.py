"""ProgressLine: a running job's progress and message on a terminal, or as plain lines."""

from __future__ import annotations

import time
from typing import TextIO

from tqdm import tqdm

PLAIN_EVERY = 1.0  # seconds between plain progress lines (a log file, a pipe)


class ProgressLine:
    """A tqdm bar with the job's message when ``out`` is a terminal; else a line now and then.

    Log lines go above the bar (or between the plain lines), never through it.
    """

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._bar: tqdm | None = None
        if out.isatty():
            self._bar = tqdm(total=1000, file=out, unit="‰", bar_format="{l_bar}{bar}| {elapsed}")
        self._said = ("", -1.0, 0.0)  # message, progress, time of the last plain line

    def show(self, progress: float, message: str | None) -> None:
        message = message or ""
        if self._bar is not None:
            self._bar.n = round(progress * 1000)
            self._bar.set_description_str(message[:60], refresh=False)
            self._bar.refresh()
            return
        said, said_progress, when = self._said
        now = time.monotonic()
        if not message and not progress:
            return  # nothing to say yet
        if message != said or (progress != said_progress and now - when >= PLAIN_EVERY):
            self._out.write(f"{progress:4.0%}  {message}\n")
            self._out.flush()
            self._said = (message, progress, now)

    def log(self, text: str) -> None:
        if self._bar is not None:
            self._bar.write(text, file=self._out)
        else:
            self._out.write(text + "\n")
            self._out.flush()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
