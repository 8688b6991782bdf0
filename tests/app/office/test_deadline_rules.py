"""The rules of deadlines (app.office.deadlines): a step's deadline and its "due soon"
instant in working minutes, the statutory deadline in working days moved by whole days on
hold, and the state each gives at a moment, edges included (due == now, soon == now). A
calendar without national holidays keeps every figure plain arithmetic."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from app.office import deadlines as d
from app.office.working_time import WorkingCalendar

CAL = WorkingCalendar(national_holidays=False)
WED = datetime(2026, 11, 25, 8, 0)  # a Wednesday morning
MIN = timedelta(minutes=1)


def test_the_states_and_their_codes():
    assert (d.ON_TIME, d.DUE_SOON, d.OVERDUE) == ("tepat_waktu", "segera", "terlambat")
    assert d.STATES == (d.ON_TIME, d.DUE_SOON, d.OVERDUE)
    assert d.DEFAULT_SOON_PERCENT == 80.0


def test_a_step_is_due_its_standard_working_minutes_after_it_starts():
    assert d.step_due(CAL, WED, 60) == WED + 60 * MIN
    # The lunch break does not count: 11:30 + 60 working minutes is 13:30.
    assert d.step_due(CAL, WED.replace(hour=11, minute=30), 60) == WED.replace(hour=13,
                                                                               minute=30)


@pytest.mark.parametrize("standard, soon_after", [(10, 8), (60, 48), (100, 80)])
def test_a_fresh_step_turns_due_soon_once_its_share_is_used(standard, soon_after):
    soon, due = d.step_clock(CAL, WED, standard, standard, 80.0)
    assert due == WED + standard * MIN
    assert soon == WED + soon_after * MIN
    assert d.step_soon(CAL, WED, due, standard, 80.0) == soon


def test_the_share_is_a_setting():
    soon, _due = d.step_clock(CAL, WED, 60, 60, 50.0)
    assert soon == WED + 30 * MIN
    soon, _due = d.step_clock(CAL, WED, 60, 60, 100.0)
    assert soon == WED + 60 * MIN


def test_a_resumed_step_turns_due_soon_as_early_as_the_full_step_would():
    # 30 of 60 minutes left: due soon when 12 minutes (20 % of 60) remain, 18 minutes on.
    soon, due = d.step_clock(CAL, WED, 30, 60, 80.0)
    assert due == WED + 30 * MIN
    assert soon == WED + 18 * MIN
    # 5 minutes left, less than the window: due soon at once, never before the start.
    soon, due = d.step_clock(CAL, WED, 5, 60, 80.0)
    assert (soon, due) == (WED, WED + 5 * MIN)


def test_the_due_soon_instant_counts_working_time_only():
    start = WED.replace(hour=11, minute=50)  # 10 minutes before the break
    soon, due = d.step_clock(CAL, start, 60, 60, 80.0)
    assert due == WED.replace(hour=13, minute=50)
    assert soon == WED.replace(hour=13, minute=38)


@pytest.mark.parametrize("held, days", [(-5, 0), (0, 0), (0.2, 0), (449, 0), (450, 1),
                                         (450 - 1e-7, 1), (899.9, 1), (900, 2), (1000, 2)])
def test_only_whole_working_days_on_hold_count(held, days):
    assert d.held_days(held) == days


def test_the_statutory_deadline_closes_the_nth_working_day_moved_by_whole_days_held():
    received = datetime(2026, 11, 26, 9)  # Thursday
    assert d.statutory_due(CAL, received, 3) == datetime(2026, 12, 1, 16)
    assert d.statutory_due(CAL, received, 3, held_minutes=0.2) == datetime(2026, 12, 1, 16)
    assert d.statutory_due(CAL, received, 3, held_minutes=450) == datetime(2026, 12, 2, 16)
    assert d.statutory_due(CAL, received, 1, held_minutes=900) == datetime(2026, 12, 1, 16)


def test_minutes_left_are_negative_once_overdue():
    due = WED + 90 * MIN
    assert d.minutes_left(CAL, WED, due) == 90
    # Exactly at the deadline nothing is left and nothing is late: 0, never "-0".
    assert str(d.minutes_left(CAL, due, due)) == "0.0"
    assert d.minutes_left(CAL, due + 15 * MIN, due) == -15
    # Overdue time is working time too: over the lunch break only the working part counts.
    assert d.minutes_left(CAL, WED.replace(hour=13, minute=30), WED.replace(hour=11)) == -90


def test_the_statutory_window_ends_whole_working_days_from_now():
    c = d.cutoffs(CAL, WED, 2)
    assert c.now == WED
    assert c.statutory_soon == WED + timedelta(days=2)
    assert d.cutoffs(CAL, WED, 0.5).statutory_soon == WED + 225 * MIN


def test_a_deadline_state_at_its_edges():
    due, soon = WED + 60 * MIN, WED + 48 * MIN
    assert d.state_of(None, WED, soon) == d.ON_TIME
    assert d.state_of(due, WED, soon) == d.ON_TIME
    assert d.state_of(due, soon - timedelta(microseconds=1), soon) == d.ON_TIME
    assert d.state_of(due, soon, soon) == d.DUE_SOON
    assert d.state_of(due, due, soon) == d.DUE_SOON  # due at this moment: not yet late
    assert d.state_of(due, due + timedelta(microseconds=1), soon) == d.OVERDUE
    assert d.state_of(due, due, None) == d.ON_TIME
    assert d.state_of(due, due + MIN, None) == d.OVERDUE


def test_a_steps_state_uses_its_stored_due_soon_instant():
    c = d.Cutoffs(WED + 50 * MIN, WED + timedelta(days=5))
    assert d.step_state(WED + 48 * MIN, WED + 60 * MIN, c) == d.DUE_SOON
    assert d.step_state(WED + 55 * MIN, WED + 60 * MIN, c) == d.ON_TIME
    assert d.step_state(None, WED + 40 * MIN, c) == d.OVERDUE
    assert d.step_state(None, None, c) == d.ON_TIME


def test_the_statutory_state_at_its_edges():
    c = d.Cutoffs(WED, WED + timedelta(days=2))
    assert d.statutory_state(None, c) == d.ON_TIME
    assert d.statutory_state(WED - timedelta(microseconds=1), c) == d.OVERDUE
    assert d.statutory_state(WED, c) == d.DUE_SOON
    assert d.statutory_state(c.statutory_soon - timedelta(microseconds=1), c) == d.DUE_SOON
    assert d.statutory_state(c.statutory_soon, c) == d.ON_TIME


def test_the_worse_state_wins():
    assert d.worse(d.ON_TIME, d.DUE_SOON) == d.DUE_SOON
    assert d.worse(d.OVERDUE, d.DUE_SOON, d.ON_TIME) == d.OVERDUE
    assert d.worse(d.ON_TIME) == d.ON_TIME


def test_the_statutory_deadline_alone_can_decide_a_complaints_state():
    c = d.Cutoffs(WED, WED + timedelta(days=2))
    on_time_step = (WED + 48 * MIN, WED + 60 * MIN)
    assert d.complaint_state(*on_time_step, WED + timedelta(days=7), c) == d.ON_TIME
    assert d.complaint_state(*on_time_step, WED + timedelta(days=1), c) == d.DUE_SOON
    assert d.complaint_state(*on_time_step, WED - MIN, c) == d.OVERDUE
    # And the step alone: its own state when the statutory deadline is far.
    assert d.complaint_state(WED - MIN, WED + MIN, WED + timedelta(days=7), c) == d.DUE_SOON
    assert d.complaint_state(None, WED - MIN, None, c) == d.OVERDUE
    assert d.complaint_state(None, None, None, c) == d.ON_TIME
