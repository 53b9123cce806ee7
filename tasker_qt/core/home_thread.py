"""QObjects that Python may collect in any thread, deleted in their own, between events.

Python's cyclic garbage collector runs in whichever thread happens to
allocate when a collection is due, which, while jobs run, is usually a worker
thread. A Python-owned QObject found in a garbage cycle there (a model or a
manager dropped while jobs still run) would have its C++ side deleted in that
thread. Qt cannot stop a running timer from another thread: it says
"Timers cannot be stopped from another thread", leaves the timer registered,
and the timer then fires for the deleted object and crashes the program.

In its own thread the collector may run in the middle of anything that
allocates: a paint event, a signal's slots, a view asking its model. Qt's
rule is not to delete objects there but with ``deleteLater()``, at the next
pass of the event loop.

``DeletedAtHome`` keeps both rules for objects the collector finds: the
finalizer keeps the object alive and hands it to a ``_Keeper`` living in the
object's own thread, which deletes the C++ side on its next event-loop pass
and only then lets go of the wrapper. An object freed by reference counting
in its own thread is deleted at once, as any other.

An earlier version deleted such objects in the middle of a collection in the
GUI thread, and called ``deleteLater()`` from a collecting worker thread,
letting go of the wrapper in whichever thread next ran such a finalizer.
Python 3.13 test runs crashed, rarely, in a collection inside a test that
paints while a thread job allocates; the cause was not proven.
"""

from __future__ import annotations

import gc
import threading
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot


class _Keeper(QObject):
    """Holds objects the collector found, until its own thread's event loop deletes them."""

    _handed = Signal()

    def __init__(self) -> None:
        super().__init__()
        # Appended in any thread, emptied in ours; a list's append and pop
        # are atomic under the interpreter lock.
        self.held: list[QObject] = []
        self._handed.connect(self._let_go, Qt.ConnectionType.QueuedConnection)

    def hand_over(self, obj: QObject) -> None:
        self.held.append(obj)
        self._handed.emit()

    @Slot()
    def _let_go(self) -> None:
        while self.held:
            obj = self.held.pop()
            # Deleted explicitly: dropping our reference would not do, as the
            # object may still be in its cycle, for the collector to find again
            # in any thread. Its wrapper, now empty, may go anywhere.
            if shiboken6.isValid(obj):
                shiboken6.delete(obj)


# One keeper per thread that owns such objects (in practice the GUI thread),
# by the address of its QThread. The lock is re-entrant: a finalizer may run
# inside another one in the same thread.
_keepers: dict[int, _Keeper] = {}
_keepers_lock = threading.RLock()


def _keeper_of(thread: QThread) -> _Keeper:
    address = _address(thread)
    with _keepers_lock:
        keeper = _keepers.get(address)
        if keeper is None:
            keeper = _Keeper()  # made here, then pushed to its thread (allowed from ours)
            keeper.moveToThread(thread)
            _keepers[address] = keeper
        return keeper


# The thread the cyclic collector is running in, if it is running: it runs in
# one thread at a time.
_collecting_in: list[int | None] = [None]


def _note_collection(phase: str, info: dict[str, Any]) -> None:
    _collecting_in[0] = threading.get_ident() if phase == "start" else None


gc.callbacks.append(_note_collection)


class DeletedAtHome:
    """Mixin for QObject subclasses: their C++ side is deleted in their own thread.

    List it before the Qt class: ``class TaskModel(DeletedAtHome, QAbstractTableModel)``.
    Objects with a parent are left to it, as Qt deletes them with the parent.
    One found by the collector waits for its thread's event loop; an object
    whose thread no longer runs one stays alive.
    """

    def __del__(self) -> None:
        assert isinstance(self, QObject)
        if not shiboken6.isValid(self) or not shiboken6.ownedByPython(self):
            return
        home = self.thread()
        found_by_collector = _collecting_in[0] == threading.get_ident()
        if found_by_collector or _address(home) != _address(QThread.currentThread()):
            _keeper_of(home).hand_over(self)  # resurrected: Python does not delete it now


def _address(thread: QObject) -> int:
    return int(shiboken6.getCppPointer(thread)[0])


def waiting_count() -> int:
    """How many objects still wait for their own thread to let go of them."""
    with _keepers_lock:
        return sum(len(keeper.held) for keeper in _keepers.values())
