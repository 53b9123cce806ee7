from fractions import Fraction

import pytest

from tasker_qt import ExecutionContext


def test_progress_is_value_over_total_clamped():
    ctx = ExecutionContext()
    assert ctx.snapshot() == (None, None)  # nothing reported yet: busy
    ctx.set_total(50)
    ctx.set_progress(10)
    assert ctx.snapshot()[0] == pytest.approx(0.2)
    ctx.set_progress(80)
    assert ctx.snapshot()[0] == 1.0
    ctx.set_progress(-3)
    assert ctx.snapshot()[0] == 0.0


def test_nested_sub_contexts_compose():
    root = ExecutionContext()
    child = root.sub_context(0.1, 0.8)
    grandchild = child.sub_context(0.5, 0.25, total=10)
    grandchild.set_progress(8)
    assert root.snapshot()[0] == pytest.approx(0.66)
    grandchild.set_message("deep")
    assert root.snapshot()[1] == "deep"


def test_sub_context_shares_cancellation():
    root = ExecutionContext()
    child = root.sub_context(0.0, 0.5).sub_context(0.0, 1.0)
    assert not child.is_cancelled()
    root._cancelled = True
    assert child.is_cancelled()


@pytest.mark.parametrize("total", [0, -1, float("inf"), float("nan")])
def test_bad_total_is_refused(total):
    with pytest.raises(ValueError, match="positive finite"):
        ExecutionContext().set_total(total)


@pytest.mark.parametrize(("base", "span"), [(-0.1, 0.5), (0.8, 0.5), (0.2, -0.1)])
def test_sub_context_outside_parent_is_refused(base, span):
    with pytest.raises(ValueError, match=r"within 0\.\.1"):
        ExecutionContext().sub_context(base, span)


@pytest.mark.parametrize("value", ["half", None, [0.5], object()])
def test_non_numeric_progress_fails_where_it_is_made(value):
    with pytest.raises(TypeError):
        ExecutionContext().set_progress(value)
    with pytest.raises(TypeError):
        ExecutionContext().sub_context(0.0, 0.5).set_progress(value)


def test_any_real_number_is_progress_and_reads_as_a_float():
    ctx = ExecutionContext()
    ctx.set_total(4)
    for value, fraction in [(1, 0.25), (Fraction(1, 2), 0.125), (True, 0.25), (10**400, 1.0)]:
        ctx.set_progress(value)
        assert ctx.snapshot()[0] == fraction
        assert type(ctx.state().value) is float  # what a worker process ships


def test_a_number_that_is_not_real_is_ignored_like_nan():
    ctx = ExecutionContext()
    ctx.set_progress(0.3)
    ctx.set_progress(1j)  # passes the call's check (unary plus), but is no fraction
    assert ctx.snapshot()[0] is None  # "nothing new": the watcher keeps 0.3
    assert ctx.state().value != ctx.state().value  # NaN on the wire, ignored the same way


def test_event_name_must_be_text():
    with pytest.raises(TypeError, match="event name"):
        ExecutionContext().send_event(42)


def test_nan_progress_is_ignored_and_infinities_clamp():
    ctx = ExecutionContext()
    ctx.set_progress(float("nan"))
    assert ctx.snapshot() == (None, None)  # nothing to show yet
    ctx.set_progress(0.3)
    ctx.set_progress(float("nan"))
    assert ctx.snapshot()[0] is None  # "nothing new": the watcher keeps 0.3
    ctx.set_progress(float("inf"))
    assert ctx.snapshot()[0] == 1.0
    ctx.set_progress(float("-inf"))
    assert ctx.snapshot()[0] == 0.0


def test_sub_context_refuses_non_finite_ranges_and_passes_nan_on_as_nothing():
    ctx = ExecutionContext()
    for bad in [(float("nan"), 0.5), (0.2, float("nan")), (0.0, float("inf")), (0.5, 0.1, 0.0)]:
        with pytest.raises(ValueError):
            ctx.sub_context(*bad)
    sub = ctx.sub_context(0.5, 0.5)
    sub.set_progress(0.5)
    assert ctx.snapshot()[0] == 0.75
    sub.set_progress(float("nan"))
    assert ctx.snapshot()[0] is None
