"""A step is "due soon" once a share of its own standard time is used, not a fixed 30
minutes longer than most steps (issue 18, point 1); the statutory deadline keeps a window of
working days; a hold moves the statutory deadline by whole working days only (point 6)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.office import deadlines
from app.office.working_time import WorkingCalendar

CAL = WorkingCalendar(national_holidays=False)
WED = dt.datetime(2026, 11, 25, 8, 0)  # a Wednesday morning
MIN = dt.timedelta(minutes=1)


@pytest.mark.parametrize("minutes", [10, 15, 20, 25, 60])
def test_a_step_turns_due_soon_when_eighty_percent_of_its_standard_is_used(minutes):
    soon, due = deadlines.step_clock(CAL, WED, minutes, minutes, 80)
    assert due == WED + minutes * MIN
    assert soon == WED + minutes * 0.8 * MIN
    cut = deadlines.cutoffs(CAL, WED + minutes * 0.5 * MIN, 1)
    assert deadlines.step_state(soon, due, cut) == deadlines.ON_TIME  # half used
    cut = deadlines.cutoffs(CAL, soon, 1)
    assert deadlines.step_state(soon, due, cut) == deadlines.DUE_SOON
    cut = deadlines.cutoffs(CAL, due + dt.timedelta(seconds=1), 1)
    assert deadlines.step_state(soon, due, cut) == deadlines.OVERDUE


def test_steps_of_different_lengths_are_not_all_yellow_at_once():
    """The old fixed 30 minutes made every 10-25-minute step due soon on arrival."""
    now = WED + 9 * MIN
    cut = deadlines.cutoffs(CAL, now, 1)
    states = {m: deadlines.step_state(*deadlines.step_clock(CAL, WED, m, m, 80), cut)
              for m in (10, 15, 25, 60)}
    assert states == {10: deadlines.DUE_SOON, 15: deadlines.ON_TIME, 25: deadlines.ON_TIME,
                      60: deadlines.ON_TIME}


def test_the_share_is_configurable():
    soon, due = deadlines.step_clock(CAL, WED, 20, 20, 50)
    assert soon == WED + 10 * MIN
    soon, due = deadlines.step_clock(CAL, WED, 20, 20, 100)
    assert soon == due  # never yellow: on time until it is late


def test_due_soon_counts_working_time_across_the_break_and_the_night():
    friday = dt.datetime(2026, 11, 27, 16, 20)  # Friday closes 16:30
    soon, due = deadlines.step_clock(CAL, friday, 25, 25, 80)
    assert soon == dt.datetime(2026, 11, 30, 7, 40)  # 10 min Fri + 10 min Mon = 20 = 80 %
    assert due == dt.datetime(2026, 11, 30, 7, 45)


def test_a_resumed_step_keeps_the_standards_warning_window():
    """A 60-minute step turns due soon with 12 minutes (20 % of 60) left, also when it is
    resumed after a hold with part of its time used: not at 80 % of what was left."""
    soon, due = deadlines.step_clock(CAL, WED, 10, 60, 80)
    assert due == WED + 10 * MIN and soon == WED  # less than 20 % of 60 left: at once
    soon, due = deadlines.step_clock(CAL, WED, 30, 60, 80)
    assert soon == WED + 18 * MIN  # 12 minutes (20 % of 60) before its due time


def test_the_statutory_deadline_has_its_own_window_of_working_days():
    due = dt.datetime(2026, 12, 4, 16, 30)  # Friday's closing
    two_days_before = deadlines.cutoffs(CAL, dt.datetime(2026, 12, 2, 16, 0), 1)
    day_before = deadlines.cutoffs(CAL, dt.datetime(2026, 12, 4, 8, 0), 1)  # 7 h 30 left
    assert deadlines.statutory_state(due, two_days_before) == deadlines.ON_TIME
    assert deadlines.statutory_state(due, day_before) == deadlines.DUE_SOON
    # a step's state never colours the statutory deadline, nor the other way round
    soon, step_due = deadlines.step_clock(CAL, dt.datetime(2026, 12, 4, 7, 55), 60, 60, 80)
    assert deadlines.step_state(soon, step_due, day_before) == deadlines.ON_TIME
    assert deadlines.complaint_state(soon, step_due, due, day_before) == deadlines.DUE_SOON


def test_a_twelve_second_hold_leaves_a_deadline_at_closing_time_where_it_was():
    """Friday 16:30 plus 12 working seconds was Monday 07:30:12: the receipt printed the
    wrong day. The statutory deadline is counted in working days, and stays one."""
    received = dt.datetime(2026, 11, 27, 9, 0)  # Friday; 5 working days -> next Friday
    due = deadlines.statutory_due(CAL, received, 5)
    assert due == dt.datetime(2026, 12, 4, 16, 30)
    assert deadlines.statutory_due(CAL, received, 5, held_minutes=0.2) == due
    assert deadlines.statutory_due(CAL, received, 5, held_minutes=449.9) == due
    # each whole working day held moves it a day, to that day's closing time
    assert deadlines.statutory_due(CAL, received, 5, held_minutes=450) == \
        dt.datetime(2026, 12, 7, 16, 0)
    assert deadlines.statutory_due(CAL, received, 5, held_minutes=900.0000001) == \
        dt.datetime(2026, 12, 8, 16, 0)


def test_adding_working_time_to_a_closing_time_is_still_exact():
    """The calendar's own arithmetic is right (what moved the deadline was adding minutes
    to a deadline kept in days): 0 minutes stay, a second more is the next opening."""
    closing = dt.datetime(2026, 12, 4, 16, 30)
    assert CAL.add_working_minutes(closing, 0) == closing
    assert CAL.add_working_minutes(dt.datetime(2026, 12, 4, 16, 29), 1) == closing
    assert CAL.add_working_minutes(closing, 1 / 60) == dt.datetime(2026, 12, 7, 7, 30, 1)
