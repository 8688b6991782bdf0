"""The office's weekly hours tables: validation and the special-hours periods."""

from __future__ import annotations

from datetime import date, time

import pytest

from app.office.working_hours import RAMADAN_HOURS, WEEKLY_HOURS, SpecialHours, WorkingHours

# -- special hours periods --------------------------------------------------------------


def test_special_hours_must_not_end_before_they_start():
    with pytest.raises(ValueError, match="before"):
        SpecialHours(date(2026, 3, 18), date(2026, 2, 19), RAMADAN_HOURS)


# -- validating hours tables --------------------------------------------------------------


def _week(monday):
    return (monday, (), (), (), (), (), ())


def test_overlapping_intervals_are_refused():
    with pytest.raises(ValueError, match="Monday interval 2.*overlaps"):
        WorkingHours(_week(((time(8), time(12)), (time(11), time(15)))))


def test_an_interval_ending_before_it_starts_is_refused():
    with pytest.raises(ValueError, match="Monday interval 1: end 08:00 is not after start 16:00"):
        WorkingHours(_week(((time(16), time(8)),)))


def test_unsorted_intervals_are_refused():
    with pytest.raises(ValueError, match="not sorted"):
        WorkingHours(_week(((time(13), time(16)), (time(8), time(12)))))


def test_a_table_must_have_seven_days():
    with pytest.raises(ValueError, match="7 entries"):
        WorkingHours(((),) * 5)


def test_hours_may_be_written_as_strings_and_lists():
    hours = WorkingHours.from_weekdays(
        mon_thu=[["07:30", "12:00"], ["13:00", "16:00"]],
        fri=[("07:30", "11:30"), ("13:00", "16:30")],
    )
    assert hours == WEEKLY_HOURS
    assert hash(hours) == hash(WEEKLY_HOURS)
