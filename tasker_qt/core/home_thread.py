"""QObjects that Python may collect in any thread, deleted in their own.

Python's cyclic garbage collector runs in whichever thread happens to
allocate when a collection is due, which, while jobs run, is usually a worker
thread. A Python-owned QObject found in a garbage cycle there (a model or a
manager dropped while jobs still run) would have its C++ side deleted in that
thread. Qt cannot stop a running timer from another thread: it says
"Timers cannot be stopped from another thread", leaves the timer registered,
and the timer then fires for the deleted object and crashes the program.

``DeletedAtHome`` puts such a deletion off: the object is kept alive a
moment longer and handed to its own thread with ``deleteLater()``, which may
be called from any thread.
"""

from __future__ import annotations

import contextlib

import shiboken6
from PySide6.QtCore import QObject, QThread

# Objects kept alive until their own thread has deleted their C++ side. No
# lock: a finalizer may run inside another one in the same thread, and each
# list operation is atomic under the interpreter lock.
_waiting: list[QObject] = []


class DeletedAtHome:
    """Mixin for QObject subclasses: their C++ side is deleted in their own thread.

    List it before the Qt class: ``class TaskModel(DeletedAtHome, QAbstractTableModel)``.
    Objects with a parent are left to it, as Qt deletes them with the parent.
    """

    def __del__(self) -> None:
        assert isinstance(self, QObject)
        if not shiboken6.isValid(self) or not shiboken6.ownedByPython(self):
            return
        if _same(self.thread(), QThread.currentThread()):
            return
        _waiting.append(self)  # resurrected: Python does not delete it now
        self.deleteLater()
        _let_go_of_deleted()


def _same(a: QObject, b: QObject) -> bool:
    return bool(shiboken6.getCppPointer(a)[0] == shiboken6.getCppPointer(b)[0])


def _let_go_of_deleted() -> None:
    for obj in [obj for obj in _waiting if not shiboken6.isValid(obj)]:
        with contextlib.suppress(ValueError):  # another finalizer let go of it first
            _waiting.remove(obj)


def waiting_count() -> int:
    """How many objects still wait for their own thread to delete them."""
    return sum(1 for obj in _waiting if shiboken6.isValid(obj))
