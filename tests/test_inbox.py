"""GuiInbox: calls from other threads reach the GUI thread in order, and cannot run far ahead."""

import threading
import time

import pytest

from tasker_qt.core.inbox import GuiInbox


def _post_from_a_thread(inbox, count, posted):
    """A thread that posts ``count`` calls of new work, counting them in ``posted[0]``."""
    ran = []

    def call(number):
        ran.append((number, posted[0]))  # how far the poster had got when this one ran

    def poster():
        for number in range(count):
            inbox.post_new_work(call, number)
            posted[0] += 1

    return threading.Thread(target=poster), ran


@pytest.mark.timeout(30)
def test_a_submitting_thread_waits_while_the_backlog_is_full(qapp, qtbot):
    inbox = GuiInbox()
    inbox.BACKLOG = 16
    posted = [0]
    thread, ran = _post_from_a_thread(inbox, 2000, posted)
    thread.start()
    qtbot.waitUntil(lambda: len(ran) == 2000, timeout=20_000)
    thread.join(5)
    assert [number for number, _ in ran] == list(range(2000))  # in order, none lost
    lead = max(seen - number for number, seen in ran)
    # Without backpressure the poster was hundreds of calls ahead of the GUI.
    assert lead <= inbox.BACKLOG + 2, f"the poster ran {lead} calls ahead"


@pytest.mark.timeout(30)
def test_a_gui_that_does_not_drain_never_holds_a_poster_for_long(qapp):
    """The GUI thread may wait for the posting thread itself: it must be able to end."""
    inbox = GuiInbox()
    inbox.BACKLOG = 16
    posted = [0]
    thread, ran = _post_from_a_thread(inbox, 200, posted)
    begin = time.monotonic()
    thread.start()
    thread.join(10)  # in the GUI thread, which drains nothing meanwhile
    assert not thread.is_alive() and time.monotonic() - begin < 2 * inbox.STUCK + 1
    inbox.drain_all()
    assert [number for number, _ in ran] == list(range(200))
