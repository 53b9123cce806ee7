"""RowMap keeps rows right through removals (ui/row_map.py)."""

from random import Random

from tasker_qt.ui.row_map import RowMap


def test_rows_stay_right_through_removals_and_new_rows():
    random = Random(3)
    ids = list(range(1000))
    rows = RowMap()
    rows.renumber(ids)
    next_id = 1000
    for _ in range(300):
        if random.random() < 0.5 and ids:  # a run of rows goes
            first = random.randrange(len(ids))
            run = ids[first : first + random.randint(1, 20)]
            rows.remove(reversed(run) if random.random() < 0.5 else run)
            del ids[first : first + len(run)]
        else:  # new rows at the end
            new = list(range(next_id, next_id + random.randint(1, 10)))
            rows.extend(new, len(ids))
            ids += new
            next_id += len(new)
        if rows.needs_renumbering():
            rows.renumber(ids)
        assert all(rows.get(task_id) == row for row, task_id in enumerate(ids))
        assert rows.get(-1) is None and -1 not in rows
    assert rows[ids[-1]] == len(ids) - 1


def test_renumbering_waits_until_a_good_share_of_rows_went():
    rows = RowMap()
    rows.renumber(range(100_000))
    rows.remove(range(1000))  # a frame's cap trim at the top of a long table
    assert not rows.needs_renumbering()
    assert rows.get(1000) == 0 and rows.get(99_999) == 98_999
    rows.remove(range(1000, 20_000))
    assert rows.needs_renumbering()
