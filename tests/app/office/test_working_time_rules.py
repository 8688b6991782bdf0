"""The rules of the working calendar (app.office.working_time) at their edges: the first and
last day of special hours, days of three intervals, instants with seconds, spans over two New
Years, extra working days without hours of their own, the search horizon, and what a wrong
argument is told. Most calendars here leave national holidays out, so each count is plain
arithmetic over the hours table."""

from __future__ import annotations

import functools
from datetime import UTC, date, datetime, time, timedelta

import pytest

from app.office.working_hours import RAMADAN_HOURS, WEEKLY_HOURS, SpecialHours, WorkingHours
from app.office.working_time import MAX_HORIZON_YEARS, WORKING_DAY_MINUTES, WorkingCalendar

PLAIN = WorkingCalendar(national_holidays=False)
# Three intervals a day, Monday to Friday: 08-10, 11-12, 13-15 (5 hours).
THREE = WorkingHours.from_weekdays(
    mon_thu=(("08:00", "10:00"), ("11:00", "12:00"), ("13:00", "15:00")),
    fri=(("08:00", "10:00"), ("11:00", "12:00"), ("13:00", "15:00")))
THREE_CAL = WorkingCalendar(THREE, national_holidays=False)
# Ramadan hours from Thursday 19 Feb to Wednesday 18 Mar 2026, both inclusive.
RAMADAN = SpecialHours(date(2026, 2, 19), date(2026, 3, 18), RAMADAN_HOURS)
RAMADAN_CAL = WorkingCalendar(national_holidays=False, special_hours=[RAMADAN])


def day_minutes(cal: WorkingCalendar, d: date) -> float:
    midnight = datetime(d.year, d.month, d.day)
    return cal.working_minutes_between(midnight, midnight + timedelta(days=1))


def test_a_working_day_is_450_minutes():
    assert WORKING_DAY_MINUTES == 450
    assert day_minutes(PLAIN, date(2026, 11, 25)) == WORKING_DAY_MINUTES


# ------------------------------------------------------------------- special hours

def test_special_hours_hold_from_their_first_to_their_last_day():
    assert day_minutes(RAMADAN_CAL, date(2026, 2, 18)) == 450  # Wednesday before
    assert day_minutes(RAMADAN_CAL, date(2026, 2, 19)) == 390  # first day
    assert day_minutes(RAMADAN_CAL, date(2026, 3, 18)) == 390  # last day
    assert day_minutes(RAMADAN_CAL, date(2026, 3, 19)) == 450  # Thursday after
    assert RAMADAN_CAL.intervals(date(2026, 2, 19)) == (
        (datetime(2026, 2, 19, 8), datetime(2026, 2, 19, 12)),
        (datetime(2026, 2, 19, 12, 30), datetime(2026, 2, 19, 15)))


def test_the_period_that_covers_a_day_decides_its_hours():
    later = SpecialHours(date(2026, 4, 1), date(2026, 4, 30), THREE)
    cal = WorkingCalendar(national_holidays=False, special_hours=[later, RAMADAN])
    # Given out of order, kept in order of their start.
    assert cal.special_hours == (RAMADAN, later)
    assert day_minutes(cal, date(2026, 3, 2)) == 390
    assert day_minutes(cal, date(2026, 4, 1)) == 300
    assert day_minutes(cal, date(2026, 3, 31)) == 450


def test_special_hours_periods_may_not_even_touch():
    touching = SpecialHours(date(2026, 3, 18), date(2026, 3, 20), THREE)
    with pytest.raises(ValueError, match="special hours periods overlap: "
                                         "2026-02-19..2026-03-18 and 2026-03-18..2026-03-20"):
        WorkingCalendar(special_hours=[RAMADAN, touching])
    WorkingCalendar(special_hours=[RAMADAN, SpecialHours(date(2026, 3, 19),
                                                         date(2026, 3, 20), THREE)])


# ------------------------------------------------------------- three intervals a day

def test_a_day_of_three_intervals_counts_each_and_no_break():
    monday = date(2026, 11, 23)
    assert day_minutes(THREE_CAL, monday) == 300
    assert THREE_CAL.working_minutes_between(datetime(2026, 11, 23, 9),
                                             datetime(2026, 11, 23, 14)) == 180
    assert THREE_CAL.working_minutes_between(datetime(2026, 11, 23, 11, 30),
                                             datetime(2026, 11, 23, 14)) == 90


def test_adding_runs_through_every_interval_of_the_day():
    start = datetime(2026, 11, 23, 8)
    assert THREE_CAL.add_working_minutes(start, 150) == datetime(2026, 11, 23, 11, 30)
    assert THREE_CAL.add_working_minutes(start, 200) == datetime(2026, 11, 23, 13, 20)
    assert THREE_CAL.add_working_minutes(start, 301) == datetime(2026, 11, 24, 8, 1)


def test_the_next_working_instant_finds_the_third_interval():
    assert THREE_CAL.next_working_instant(datetime(2026, 11, 23, 12, 15)) == \
        datetime(2026, 11, 23, 13)
    assert THREE_CAL.next_working_instant(datetime(2026, 11, 23, 10)) == \
        datetime(2026, 11, 23, 11)
    assert THREE_CAL.next_working_instant(datetime(2026, 11, 23, 14, 59, 59)) == \
        datetime(2026, 11, 23, 14, 59, 59)


# -------------------------------------------------------------- seconds and instants

def test_seconds_and_microseconds_of_an_instant_count():
    t = datetime(2026, 11, 23, 8, 0)
    assert PLAIN.working_seconds_between(t, t.replace(second=30)) == 30
    assert PLAIN.working_seconds_between(t.replace(second=10), t.replace(minute=1)) == 50
    assert PLAIN.working_seconds_between(t, t.replace(microsecond=500_000)) == 0.5
    assert PLAIN.working_seconds_between(t.replace(hour=11, minute=59, second=59),
                                         t.replace(hour=13, second=1)) == 2
    assert PLAIN.working_minutes_between(t, t.replace(second=30)) == 0.5


def test_the_next_working_instant_keeps_seconds_inside_and_opens_after_a_break():
    inside = datetime(2026, 11, 23, 11, 59, 59, 999_999)
    assert PLAIN.next_working_instant(inside) == inside
    assert PLAIN.next_working_instant(datetime(2026, 11, 23, 12)) == datetime(2026, 11, 23, 13)
    assert PLAIN.next_working_instant(datetime(2026, 11, 23, 7, 29, 59)) == \
        datetime(2026, 11, 23, 7, 30)
    assert PLAIN.next_working_instant(datetime(2026, 11, 23, 16)) == \
        datetime(2026, 11, 24, 7, 30)


def test_adding_from_an_instant_with_seconds():
    start = datetime(2026, 11, 23, 11, 59, 30)
    assert PLAIN.add_working_minutes(start, 1) == datetime(2026, 11, 23, 13, 0, 30)
    assert PLAIN.add_working_minutes(start, 0.25) == datetime(2026, 11, 23, 11, 59, 45)


# ----------------------------------------------------------------------- year ends

def test_a_span_over_two_new_years_counts_the_whole_year_between():
    start, end = datetime(2025, 12, 31, 15), datetime(2027, 1, 1, 8)
    whole_2026 = PLAIN.working_minutes_between(datetime(2026, 1, 1), datetime(2027, 1, 1))
    # 15:00-16:00, the whole of 2026, then Friday 1 January 2027 07:30-08:00.
    assert PLAIN.working_minutes_between(start, end) == 60 + whole_2026 + 30
    assert whole_2026 == 261 * 450  # 261 weekdays in 2026
    end = datetime(2028, 1, 3, 8)  # a Monday
    whole_2027 = PLAIN.working_minutes_between(datetime(2027, 1, 1), datetime(2028, 1, 1))
    assert PLAIN.working_minutes_between(start, end) == 60 + whole_2026 + whole_2027 + 30


def test_adding_over_the_year_end_continues_in_january():
    start = datetime(2026, 12, 31, 15)  # Thursday, an hour before closing
    assert PLAIN.add_working_minutes(start, 90) == datetime(2027, 1, 1, 8)
    whole_2027 = PLAIN.working_minutes_between(datetime(2027, 1, 1), datetime(2028, 1, 1))
    assert PLAIN.add_working_minutes(start, 60 + whole_2027 + 30) == datetime(2028, 1, 3, 8)


def test_working_days_and_openings_run_into_the_next_year():
    friday = datetime(2027, 12, 31, 9)
    assert PLAIN.add_working_days(friday, 1) == datetime(2028, 1, 3, 16)
    assert PLAIN.add_working_days(datetime(2026, 12, 30, 9), 3) == datetime(2027, 1, 4, 16)
    assert PLAIN.next_working_instant(datetime(2027, 12, 31, 17)) == datetime(2028, 1, 3, 7, 30)


def test_a_statutory_deadline_closes_its_nth_working_day():
    # Received on Thursday: Friday, Monday, Tuesday; Friday closes at 16:30.
    assert PLAIN.add_working_days(datetime(2026, 11, 26, 7, 0), 3) == datetime(2026, 12, 1, 16)
    assert PLAIN.add_working_days(datetime(2026, 11, 26, 7, 0), 1) == \
        datetime(2026, 11, 27, 16, 30)


# ----------------------------------------------------------- days off and extra days

def test_an_office_day_off_is_named_before_a_national_holiday():
    cal = WorkingCalendar(national_holidays=lambda year: {date(year, 8, 17): "Kemerdekaan"},
                          days_off={datetime(2026, 8, 17, 9): "Upacara", date(2026, 8, 18): 5})
    assert cal.holiday_name(date(2026, 8, 17)) == "Upacara"
    assert cal.holiday_name(date(2027, 8, 17)) == "Kemerdekaan"
    assert cal.holiday_name(date(2026, 8, 18)) == "5"
    assert cal.holiday_name(date(2026, 8, 19)) is None
    assert cal.days_off == {date(2026, 8, 17): "Upacara", date(2026, 8, 18): "5"}
    with pytest.raises(TypeError):
        cal.days_off[date(2026, 1, 1)] = "x"
    assert not cal.is_working_day(date(2026, 8, 18))
    assert PLAIN.holiday_name(date(2026, 8, 17)) is None
    assert PLAIN.is_working_day(date(2026, 8, 17))


def test_an_extra_working_day_is_never_a_holiday():
    cal = WorkingCalendar(national_holidays=lambda year: {date(year, 8, 17): "Kemerdekaan"},
                          extra_working_days=[datetime(2026, 8, 17, 9), date(2026, 8, 22)])
    assert cal.extra_working_days == {date(2026, 8, 17), date(2026, 8, 22)}
    assert cal.holiday_name(date(2026, 8, 17)) is None
    assert day_minutes(cal, date(2026, 8, 17)) == 450


def test_an_extra_weekend_day_works_the_hours_of_the_chosen_weekday():
    saturday = date(2026, 8, 22)
    assert day_minutes(WorkingCalendar(national_holidays=False,
                                       extra_working_days=[saturday]), saturday) == 450
    friday_hours = WorkingCalendar(national_holidays=False, extra_working_days=[saturday],
                                   extra_day_weekday=4)
    assert friday_hours.intervals(saturday)[0][1] == datetime(2026, 8, 22, 11, 30)
    # The chosen weekday has no hours either: the first weekday that has.
    weekend_choice = WorkingCalendar(national_holidays=False, extra_working_days=[saturday],
                                     extra_day_weekday=6)
    assert weekend_choice.intervals(saturday)[0][1] == datetime(2026, 8, 22, 12)
    tuesday_only = WorkingHours(((), (("09:00", "10:00"),), (), (), (), (), ()))
    assert day_minutes(WorkingCalendar(tuesday_only, national_holidays=False,
                                       extra_working_days=[saturday]), saturday) == 60
    # An extra day that has hours of its own keeps them.
    saturday_hours = WorkingHours(((), (), (), (), (), (("09:00", "11:00"),), ()))
    assert day_minutes(WorkingCalendar(saturday_hours, national_holidays=False,
                                       extra_working_days=[saturday]), saturday) == 120


def test_a_date_both_off_and_extra_is_refused_with_the_dates():
    with pytest.raises(ValueError, match="^dates both office day off and extra working day: "
                                         "2026-08-17, 2026-08-22$"):
        WorkingCalendar(days_off={date(2026, 8, 22): "a", date(2026, 8, 17): "b"},
                        extra_working_days=[date(2026, 8, 17), date(2026, 8, 22)])


def test_intervals_of_a_datetime_are_those_of_its_date():
    at = datetime(2026, 11, 23, 10)
    assert PLAIN.intervals(at) == PLAIN.intervals(at.date())
    assert PLAIN.intervals(at)[1] == (datetime(2026, 11, 23, 13), datetime(2026, 11, 23, 16))
    assert PLAIN.intervals(date(2026, 11, 22)) == ()


# --------------------------------------------------------------- what is refused

def test_wrong_arguments_are_told_what_was_expected():
    with pytest.raises(TypeError, match="^hours must be WorkingHours, got 'x'$"):
        WorkingCalendar("x")
    with pytest.raises(ValueError, match="^extra_day_weekday must be 0..6, got 7$"):
        WorkingCalendar(extra_day_weekday=7)
    WorkingCalendar(national_holidays=False, extra_day_weekday=6)
    with pytest.raises(TypeError, match="^special_hours entries must be SpecialHours"):
        WorkingCalendar(special_hours=["Ramadan"])
    with pytest.raises(TypeError, match="^days_off key must be a datetime.date, got '2026'"):
        WorkingCalendar(days_off={"2026": "x"})
    with pytest.raises(TypeError, match="^extra working day must be a datetime.date"):
        WorkingCalendar(extra_working_days=["2026-08-17"])
    with pytest.raises(TypeError, match="^d must be a datetime.date"):
        PLAIN.is_working_day("2026-08-17")
    with pytest.raises(TypeError, match="^d must be a datetime.date"):
        PLAIN.holiday_name("2026-08-17")
    with pytest.raises(TypeError, match="^d must be a datetime.date"):
        PLAIN.intervals("2026-08-17")


def test_instants_must_be_naive_datetimes():

    aware = datetime(2026, 11, 23, 8, tzinfo=UTC)
    plain = datetime(2026, 11, 23, 8)
    for call, what in ((lambda: PLAIN.working_minutes_between(aware, plain), "start"),
                       (lambda: PLAIN.working_minutes_between(plain, aware), "end"),
                       (lambda: PLAIN.add_working_minutes(aware, 1), "start"),
                       (lambda: PLAIN.add_working_days(aware, 1), "start"),
                       (lambda: PLAIN.next_working_instant(aware), "t")):
        with pytest.raises(ValueError, match=f"^{what} must be naive local office time"):
            call()
    with pytest.raises(TypeError, match="^t must be a datetime.datetime"):
        PLAIN.next_working_instant(date(2026, 11, 23))
    with pytest.raises(TypeError, match="^end must be a datetime.datetime"):
        PLAIN.working_seconds_between(plain, date(2026, 11, 23))


def test_minutes_and_days_must_be_whole_and_positive():
    start = datetime(2026, 11, 23, 8)
    for minutes in (-1, float("nan"), float("inf")):
        with pytest.raises(ValueError, match="^minutes must be a finite number >= 0"):
            PLAIN.add_working_minutes(start, minutes)
    assert PLAIN.add_working_minutes(start, 1e-9) == start  # rounds to no microsecond
    for days in (0, -1, True, 1.0):
        with pytest.raises(ValueError, match="^days must be an integer >= 1"):
            PLAIN.add_working_days(start, days)


def test_searches_give_up_beyond_the_horizon():
    assert MAX_HORIZON_YEARS == 20

    @functools.cache  # asked once per day; built once per year
    def every_day_off_from_2027(year):
        if year < 2027:
            return {}
        first = date(year, 1, 1)
        return {first + timedelta(days=n): "tutup" for n in range(366)
                if (first + timedelta(days=n)).year == year}

    cal = WorkingCalendar(national_holidays=every_day_off_from_2027)
    late = datetime(2026, 12, 31, 17)
    with pytest.raises(ValueError, match="within the 20-year search horizon"):
        cal.next_working_instant(late)
    with pytest.raises(ValueError, match="lie beyond the 20-year search horizon"):
        cal.add_working_days(late, 1)
    with pytest.raises(ValueError, match="goes beyond the 20-year search horizon"):
        cal.add_working_minutes(late, 1)
    # Inside the horizon the search still finds the end of 2026.
    assert cal.add_working_days(datetime(2026, 12, 29, 9), 2) == datetime(2026, 12, 31, 16)


def test_the_calendar_shows_its_configuration():
    assert PLAIN.hours is WEEKLY_HOURS
    assert THREE_CAL.hours is THREE
    assert PLAIN.special_hours == ()
    assert PLAIN.extra_working_days == frozenset()
    assert time(7, 30) == PLAIN.hours.by_weekday[0][0][0]


# --------------------------------------------------------------- defaults and edges

def test_a_calendar_takes_the_national_holidays_unless_told_otherwise():
    assert WorkingCalendar().holiday_name(date(2026, 8, 17)) is not None
    assert WorkingCalendar(national_holidays=True).holiday_name(date(2026, 8, 17)) is not None
    assert not WorkingCalendar().is_working_day(date(2026, 8, 17))


def test_an_extra_day_works_mondays_hours_by_default():
    saturday = date(2026, 8, 22)
    monday_and_tuesday = WorkingHours(((("09:00", "10:00"),), (("09:00", "11:00"),),
                                       (), (), (), (), ()))
    cal = WorkingCalendar(monday_and_tuesday, national_holidays=False,
                          extra_working_days=[saturday])
    assert day_minutes(cal, saturday) == 60


def test_a_week_of_a_single_minute_is_still_a_working_week():
    one_minute = WorkingHours(((("09:00", "09:01"),), (), (), (), (), (), ()))
    assert day_minutes(WorkingCalendar(one_minute, national_holidays=False),
                       date(2026, 11, 23)) == 1
    with pytest.raises(ValueError, match="^the weekly hours table contains no working time "
                                         "at all$"):
        WorkingCalendar(WorkingHours(((),) * 7))


def test_a_statutory_deadline_closes_at_the_end_of_the_days_last_interval():
    # Three intervals: the day closes at 15:00, not at the end of its second interval.
    assert THREE_CAL.add_working_days(datetime(2026, 11, 23, 9), 1) == \
        datetime(2026, 11, 24, 15)


def test_an_instant_is_read_to_the_microsecond():
    just_after_opening = datetime(2026, 11, 23, 7, 30, 0, 500_000)
    assert PLAIN.next_working_instant(just_after_opening) == just_after_opening
    half_a_minute_in = datetime(2026, 11, 23, 7, 30, 30)
    assert PLAIN.next_working_instant(half_a_minute_in) == half_a_minute_in
    just_after_closing = datetime(2026, 11, 23, 16, 0, 0, 500_000)
    assert PLAIN.next_working_instant(just_after_closing) == datetime(2026, 11, 24, 7, 30)


def test_the_next_opening_may_be_new_years_day():
    # Thursday 31 December 2026 after closing: Friday 1 January 2027 is a working day here.
    assert PLAIN.next_working_instant(datetime(2026, 12, 31, 17)) == datetime(2027, 1, 1, 7, 30)


def test_minutes_that_use_up_the_years_last_hour_end_at_its_closing_time():
    # Thursday 31 December 2026, 15.00 + 60 minutes: the year's last working instant, not
    # a moment of 2027 (nor the next opening, 1 January 07.30).
    assert PLAIN.add_working_minutes(datetime(2026, 12, 31, 15), 60) == \
        datetime(2026, 12, 31, 16)
    assert PLAIN.add_working_minutes(datetime(2026, 12, 31, 15), 61) == \
        datetime(2027, 1, 1, 7, 31)


def test_the_intervals_of_a_day_are_computed_once():
    d = date(2026, 11, 23)
    assert PLAIN.intervals(d) is PLAIN.intervals(d)


def only_in(year: int) -> WorkingCalendar:
    """A calendar whose only working time lies in `year`."""
    @functools.cache
    def closed(y):
        if y == year:
            return {}
        first = date(y, 1, 1)
        return {first + timedelta(days=n): "tutup" for n in range(366)
                if (first + timedelta(days=n)).year == y}
    return WorkingCalendar(national_holidays=closed)


def test_a_search_reaches_exactly_the_horizon_past_its_starting_year():
    start = datetime(2026, 12, 31, 17)
    # Adding and the next opening start in 2026: they reach 2046, not 2047.
    assert only_in(2046).add_working_minutes(start, 1) == datetime(2046, 1, 1, 7, 31)
    assert only_in(2046).next_working_instant(start) == datetime(2046, 1, 1, 7, 30)
    with pytest.raises(ValueError, match="horizon"):
        only_in(2047).add_working_minutes(start, 1)
    with pytest.raises(ValueError, match="horizon"):
        only_in(2047).next_working_instant(start)
    # Working days count from the day after receipt, in 2027: they reach 2047.
    assert only_in(2047).add_working_days(start, 1) == datetime(2047, 1, 1, 16)
    with pytest.raises(ValueError, match="horizon"):
        only_in(2048).add_working_days(start, 1)
