"""The office working calendar: hours, holidays, overrides, deadlines."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.office.working_hours import RAMADAN_HOURS, WEEKLY_HOURS, SpecialHours, WorkingHours
from app.office.working_time import WorkingCalendar

CAL = WorkingCalendar()
ONE_US = timedelta(microseconds=1)

# Ramadan 1447 H is expected around 19 Feb - 19 Mar 2026.
RAMADAN_2026 = SpecialHours(date(2026, 2, 19), date(2026, 3, 18), RAMADAN_HOURS)
RAMADAN_CAL = WorkingCalendar(special_hours=[RAMADAN_2026])

instants = st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2028, 12, 31, 23, 59))
spans = st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=45))
calendars = st.sampled_from([CAL, RAMADAN_CAL])


def reference_seconds(cal: WorkingCalendar, start: datetime, end: datetime) -> float:
    """Plain day-by-day overlap with the published intervals, for cross-checking."""
    total = 0.0
    d = start.date()
    while d <= end.date():
        for s, e in cal.intervals(d):
            lo, hi = max(s, start), min(e, end)
            if hi > lo:
                total += (hi - lo).total_seconds()
        d += timedelta(days=1)
    return total


# -- the Perpres 21/2023 week -------------------------------------------------


def test_a_full_monday_holds_450_working_minutes():
    monday = datetime(2026, 11, 23)
    assert CAL.working_minutes_between(monday, monday + timedelta(days=1)) == 450


def test_a_full_friday_holds_450_working_minutes():
    friday = datetime(2026, 11, 27)
    assert CAL.working_minutes_between(friday, friday + timedelta(days=1)) == 450


def test_a_full_week_holds_37_and_a_half_hours():
    monday = datetime(2026, 11, 23)
    assert CAL.working_minutes_between(monday, monday + timedelta(days=7)) == 2250
    assert WEEKLY_HOURS.minutes_per_week() == 2250


def test_monday_to_thursday_break_is_noon_to_one():
    assert CAL.intervals(date(2026, 11, 26)) == (
        (datetime(2026, 11, 26, 7, 30), datetime(2026, 11, 26, 12, 0)),
        (datetime(2026, 11, 26, 13, 0), datetime(2026, 11, 26, 16, 0)),
    )


def test_friday_break_is_half_past_eleven_to_one_and_the_day_ends_at_half_past_four():
    assert CAL.intervals(date(2026, 11, 27)) == (
        (datetime(2026, 11, 27, 7, 30), datetime(2026, 11, 27, 11, 30)),
        (datetime(2026, 11, 27, 13, 0), datetime(2026, 11, 27, 16, 30)),
    )


def test_the_lunch_break_does_not_count():
    day = date(2026, 11, 23)
    noon = datetime.combine(day, time(12, 0))
    assert CAL.working_minutes_between(noon, noon + timedelta(hours=1)) == 0
    assert CAL.working_minutes_between(noon - timedelta(hours=1), noon + timedelta(hours=2)) == 120


def test_seconds_are_minutes_times_sixty():
    a, b = datetime(2026, 11, 23, 9, 15, 30), datetime(2026, 11, 25, 14, 0, 10)
    assert CAL.working_seconds_between(a, b) == pytest.approx(
        CAL.working_minutes_between(a, b) * 60, abs=1e-6
    )


# -- nights, weekends and holidays ----------------------------------------------


def test_independence_day_2026_is_not_a_working_day():
    assert not CAL.is_working_day(date(2026, 8, 17))
    assert CAL.holiday_name(date(2026, 8, 17)) == "Hari Kemerdekaan Republik Indonesia"
    assert CAL.intervals(date(2026, 8, 17)) == ()


def test_cuti_bersama_counts_as_a_holiday():
    assert "Cuti Bersama" in (CAL.holiday_name(date(2026, 12, 24)) or "")
    assert not CAL.is_working_day(date(2026, 12, 24))
    assert not CAL.is_working_day(date(2026, 12, 25))


def test_an_ordinary_weekday_has_no_holiday_name_and_weekends_are_not_holidays():
    assert CAL.holiday_name(date(2026, 11, 24)) is None
    assert CAL.holiday_name(date(2026, 11, 28)) is None  # a plain Saturday
    assert not CAL.is_working_day(date(2026, 11, 28))


def test_national_holidays_can_be_switched_off():
    cal = WorkingCalendar(national_holidays=False)
    assert cal.is_working_day(date(2026, 8, 17))
    assert cal.holiday_name(date(2026, 8, 17)) is None


def test_an_office_day_off_is_honoured():
    cal = WorkingCalendar(days_off={date(2026, 11, 25): "Hari Ulang Tahun Kanwil"})
    assert cal.holiday_name(date(2026, 11, 25)) == "Hari Ulang Tahun Kanwil"
    assert not cal.is_working_day(date(2026, 11, 25))
    monday = datetime(2026, 11, 23)
    assert cal.working_minutes_between(monday, monday + timedelta(days=7)) == 1800


def test_an_extra_working_saturday_is_honoured_with_normal_hours():
    saturday = date(2026, 11, 28)
    cal = WorkingCalendar(extra_working_days=[saturday])
    assert cal.is_working_day(saturday)
    assert cal.holiday_name(saturday) is None
    start = datetime.combine(saturday, time())
    assert cal.working_minutes_between(start, start + timedelta(days=1)) == 450
    assert cal.add_working_days(datetime(2026, 11, 27, 14), 1) == datetime(2026, 11, 28, 16)


def test_an_extra_working_day_overrides_a_national_holiday():
    cal = WorkingCalendar(extra_working_days=[date(2026, 8, 17)])
    assert cal.holiday_name(date(2026, 8, 17)) is None
    assert cal.intervals(date(2026, 8, 17))[-1][1] == datetime(2026, 8, 17, 16)


def test_a_date_cannot_be_both_day_off_and_extra_working_day():
    with pytest.raises(ValueError, match="2026-11-28"):
        WorkingCalendar(
            days_off={date(2026, 11, 28): "Libur"}, extra_working_days=[date(2026, 11, 28)]
        )


@st.composite
def spans_inside_non_working_time(draw):
    """A span lying entirely in a night, break, weekend or holiday."""
    cal = draw(calendars)
    day = draw(st.dates(min_value=date(2024, 1, 1), max_value=date(2028, 12, 31)))
    midnight = datetime.combine(day, time())
    edges = [midnight]
    for s, e in cal.intervals(day):
        edges += [s, e]
    edges.append(midnight + timedelta(days=1))
    gaps = [(edges[k], edges[k + 1]) for k in range(0, len(edges), 2)]
    lo, hi = draw(st.sampled_from(gaps))
    a = draw(st.datetimes(min_value=lo, max_value=hi))
    b = draw(st.datetimes(min_value=a, max_value=hi))
    return cal, a, b


@given(spans_inside_non_working_time())
def test_nights_breaks_weekends_and_holidays_add_nothing(case):
    cal, a, b = case
    assert cal.working_seconds_between(a, b) == 0


@given(st.dates(min_value=date(2024, 1, 1), max_value=date(2028, 12, 31)))
def test_saturdays_sundays_and_holidays_are_never_working_days(d):
    off = d.weekday() >= 5 or CAL.holiday_name(d) is not None
    assert CAL.is_working_day(d) is not off
    assert (CAL.intervals(d) == ()) is off


# -- measuring -------------------------------------------------------------------


@given(calendars, instants, spans)
def test_measured_time_matches_a_day_by_day_count(cal, a, span):
    b = a + span
    assert cal.working_seconds_between(a, b) == pytest.approx(
        reference_seconds(cal, a, b), abs=1e-6
    )


@given(instants, spans, spans)
def test_working_time_is_additive(a, ab, bc):
    b, c = a + ab, a + ab + bc
    whole = CAL.working_minutes_between(a, c)
    parts = CAL.working_minutes_between(a, b) + CAL.working_minutes_between(b, c)
    assert parts == pytest.approx(whole, abs=1e-6)


@given(instants, spans, spans)
def test_working_time_grows_with_the_end_and_never_exceeds_the_clock(a, ab, bc):
    b, c = a + ab, a + ab + bc
    assert CAL.working_seconds_between(a, b) <= CAL.working_seconds_between(a, c)
    assert CAL.working_seconds_between(a, b) <= ab.total_seconds()


@given(instants, spans)
def test_an_end_before_the_start_measures_zero(a, span):
    assert CAL.working_seconds_between(a + span, a) == 0


def test_spans_across_new_year_are_counted():
    # Wed 30 Dec 2026 .. Mon 4 Jan 2027: 30 & 31 Dec, then 1 Jan is a holiday.
    a, b = datetime(2026, 12, 30), datetime(2027, 1, 5)
    assert CAL.working_minutes_between(a, b) == reference_seconds(CAL, a, b) / 60
    assert CAL.working_minutes_between(a, b) == 3 * 450


# -- adding working minutes --------------------------------------------------------


@given(calendars, instants, st.floats(min_value=0, max_value=20000))
def test_add_then_measure_returns_the_span(cal, start, minutes):
    end = cal.add_working_minutes(start, minutes)
    assert end >= start
    assert abs(cal.working_minutes_between(start, end) - minutes) <= 1e-6


@given(instants, st.floats(min_value=1e-3, max_value=20000))
def test_add_returns_the_earliest_such_instant(start, minutes):
    end = CAL.add_working_minutes(start, minutes)
    assert end > start
    assert CAL.working_minutes_between(start, end - ONE_US) < minutes


def test_adding_zero_minutes_returns_the_start_even_at_night():
    night = datetime(2026, 11, 28, 23, 0)
    assert CAL.add_working_minutes(night, 0) is night


def test_a_deadline_that_uses_up_the_morning_lands_at_noon_not_after_the_break():
    assert CAL.add_working_minutes(datetime(2026, 11, 23, 11), 60) == datetime(2026, 11, 23, 12)
    assert CAL.add_working_minutes(datetime(2026, 11, 23, 11), 61) == datetime(2026, 11, 23, 13, 1)


def test_adding_from_friday_evening_continues_on_monday():
    assert CAL.add_working_minutes(datetime(2026, 11, 27, 17), 30) == datetime(2026, 11, 30, 8)


def test_negative_or_impossible_minutes_are_refused():
    with pytest.raises(ValueError, match="minutes"):
        CAL.add_working_minutes(datetime(2026, 11, 23), -1)
    with pytest.raises(ValueError, match="minutes"):
        CAL.add_working_minutes(datetime(2026, 11, 23), float("nan"))
    with pytest.raises(ValueError, match="horizon"):
        CAL.add_working_minutes(datetime(2026, 11, 23), 10**9)


def test_timezone_aware_datetimes_are_refused():
    from datetime import UTC

    with pytest.raises(ValueError, match="naive"):
        CAL.working_minutes_between(datetime(2026, 11, 23, tzinfo=UTC), datetime(2026, 11, 24))


# -- next working instant -------------------------------------------------------------


@given(calendars, instants)
def test_next_working_instant_skips_only_non_working_time(cal, t):
    nxt = cal.next_working_instant(t)
    assert nxt >= t
    assert cal.working_seconds_between(t, nxt) == 0
    assert cal.working_seconds_between(nxt, nxt + ONE_US) > 0


def test_next_working_instant_examples():
    assert CAL.next_working_instant(datetime(2026, 11, 23, 9)) == datetime(2026, 11, 23, 9)
    assert CAL.next_working_instant(datetime(2026, 11, 23, 12)) == datetime(2026, 11, 23, 13)
    assert CAL.next_working_instant(datetime(2026, 11, 27, 16, 30)) == datetime(2026, 11, 30, 7, 30)
    assert CAL.next_working_instant(datetime(2026, 8, 16, 20)) == datetime(2026, 8, 18, 7, 30)


# -- statutory deadlines in working days ----------------------------------------------


def test_complaint_received_friday_afternoon_with_3_working_days_is_due_wednesday_closing():
    due = CAL.add_working_days(datetime(2026, 11, 27, 14, 0), 3)
    assert due == datetime(2026, 12, 2, 16, 0)


def test_working_days_skip_christmas_and_its_cuti_bersama():
    # Received Wed 23 Dec 2026; Thu 24 (cuti bersama), Fri 25 (Natal) and the
    # weekend do not count: Mon 28, Tue 29, Wed 30.
    due = CAL.add_working_days(datetime(2026, 12, 23, 9, 0), 3)
    assert due == datetime(2026, 12, 30, 16, 0)


def test_a_deadline_falling_on_a_friday_closes_at_half_past_four():
    assert CAL.add_working_days(datetime(2026, 11, 23, 10), 4) == datetime(2026, 11, 27, 16, 30)


def test_the_day_of_receipt_never_counts_even_when_received_at_opening():
    assert CAL.add_working_days(datetime(2026, 11, 23, 7, 30), 1) == datetime(2026, 11, 24, 16)


def test_working_days_must_be_at_least_one():
    with pytest.raises(ValueError, match="days"):
        CAL.add_working_days(datetime(2026, 11, 23), 0)


@given(instants, st.integers(min_value=1, max_value=60))
def test_working_day_deadline_is_closing_time_of_the_nth_working_day_after_receipt(start, n):
    due = CAL.add_working_days(start, n)
    assert CAL.is_working_day(due.date())
    assert due == CAL.intervals(due.date())[-1][1]
    counted = sum(
        CAL.is_working_day(start.date() + timedelta(days=k))
        for k in range(1, (due.date() - start.date()).days + 1)
    )
    assert counted == n


# -- special hours (Ramadan) ------------------------------------------------------------


def test_ramadan_hours_shorten_the_day():
    monday = datetime(2026, 2, 23)
    friday = datetime(2026, 2, 27)
    one_day = timedelta(days=1)
    assert RAMADAN_CAL.working_minutes_between(monday, monday + one_day) == 390
    assert RAMADAN_CAL.working_minutes_between(friday, friday + one_day) == 390
    assert RAMADAN_CAL.intervals(monday.date())[0][0] == datetime(2026, 2, 23, 8, 0)
    assert RAMADAN_CAL.working_minutes_between(monday, monday + 7 * one_day) == 1950
    assert RAMADAN_HOURS.minutes_per_week() == 1950


def test_normal_hours_return_after_ramadan():
    after = datetime(2026, 4, 6)  # Monday after Idul Fitri leave
    assert RAMADAN_CAL.working_minutes_between(after, after + timedelta(days=1)) == 450
    before = datetime(2026, 2, 18)  # the day before the period
    assert RAMADAN_CAL.working_minutes_between(before, before + timedelta(days=1)) == 450


def test_holidays_still_apply_during_special_hours():
    # Wed 18 Mar 2026 is cuti bersama Nyepi, inside the period.
    assert not RAMADAN_CAL.is_working_day(date(2026, 3, 18))


def test_special_hours_periods_may_not_overlap():
    other = SpecialHours(date(2026, 3, 1), date(2026, 3, 31), RAMADAN_HOURS)
    with pytest.raises(ValueError, match="overlap"):
        WorkingCalendar(special_hours=[RAMADAN_2026, other])


def test_a_table_without_any_working_time_cannot_make_a_calendar():
    with pytest.raises(ValueError, match="no working time"):
        WorkingCalendar(WorkingHours(((),) * 7))
