"""Numbers, times and task words as the reader's language writes them (``QLocale`` and ``tr``).

One place for these so that a screen never mixes ``1.234`` with ``1,234``
or says "Running" in a German table. The table asks for these words every
frame, so they are kept until ``forget_language()`` (the translators changed).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from ..core.status import TaskStatus

translate = QCoreApplication.translate


def number(value: float, decimals: int = 0) -> str:
    """*value* with the locale's digit grouping and decimal mark."""
    if decimals == 0 and float(value).is_integer():
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "f", decimals)


def percent(fraction: float, decimals: int = 0) -> str:
    """0.425 -> '43%' ('43 %' in German).

    Only a whole 1 reads 100: a task at 0.999 is not done, and a table that
    says "100%" beside "Running" looks stuck.
    """
    shown = round(fraction * 100, decimals)
    if shown >= 100 and fraction < 1:
        shown = 100 - 10**-decimals
    if decimals == 0:
        return _whole_percent(int(shown))  # every progress cell, every frame
    return _percent_pattern().format(number=number(shown, decimals))


@cache
def _whole_percent(value: int) -> str:
    return _percent_pattern().format(number=number(value))


@cache
def _percent_pattern() -> str:
    return translate("Numbers", "{number}%")


def clock(stamp: float) -> str:
    """The time of day of a ``time.time()`` stamp, with seconds, in the locale's style."""
    moment = QDateTime.fromMSecsSinceEpoch(round(stamp * 1000))
    return QLocale().toString(moment.time(), _time_format())


@cache
def _time_format() -> str:
    # The long format names the time zone as well; a task table does not need it.
    return QLocale().timeFormat(QLocale.FormatType.LongFormat).replace("t", "").strip()


def value(item: object) -> str:
    """A parameter value for people: numbers in the locale's style, paths and text as they are."""
    if isinstance(item, bool):
        return translate("Values", "on") if item else translate("Values", "off")
    if isinstance(item, int) and abs(item) < 2**63:
        return number(item)
    if isinstance(item, float):
        return QLocale().toString(item, "g", 12)
    return str(item)


def parameters(params: Mapping[str, Any], separator: str = ", ", most: int | None = None) -> str:
    """'limit=3,000,000, fast=on': parameter values as people read them.

    With *most*, cut to about that many characters with '…'.
    """
    text = separator.join(f"{name}={value(item)}" for name, item in params.items())
    if most is None or len(text) <= most:
        return text
    return text[: most - 1].rstrip(", ") + "…"


def date_time(stamp: float) -> str:
    """The date and time of a ``time.time()`` stamp, with seconds, in the locale's style."""
    moment = QDateTime.fromMSecsSinceEpoch(round(stamp * 1000))
    return f"{QLocale().toString(moment.date(), QLocale.FormatType.ShortFormat)} {clock(stamp)}"


@cache
def status_name(status: TaskStatus) -> str:
    """'Running', 'Läuft', 'Виконується'..."""
    return {
        TaskStatus.PENDING: translate("TaskStatus", "Pending"),
        TaskStatus.RUNNING: translate("TaskStatus", "Running"),
        TaskStatus.COMPLETED: translate("TaskStatus", "Completed"),
        TaskStatus.FAILED: translate("TaskStatus", "Failed"),
        TaskStatus.CANCELLED: translate("TaskStatus", "Cancelled"),
    }[status]


@cache
def kind_name(kind: str) -> str:
    """How a task runs, in words: 'thread', 'process', 'async', 'Dask' (others as they are)."""
    names = {
        "thread": translate("TaskKind", "thread"),
        "process": translate("TaskKind", "process"),
        "async": translate("TaskKind", "async"),
        "dask": translate("TaskKind", "Dask"),
    }
    return names.get(kind, kind)


def forget_language() -> None:
    """Drop the words and formats kept above: the language or locale has changed."""
    for cached in (_percent_pattern, _whole_percent, _time_format, status_name, kind_name):
        cached.cache_clear()
