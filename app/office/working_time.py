"""The office's working calendar: which instants count as working time.

The hours come from a weekly table (:mod:`app.office.working_hours`, by default
the civil-service week of Perpres 21/2023); national holidays and *cuti bersama*
from :mod:`app.office.holidays`.  On top of that the office may declare extra
days off, extra working days (e.g. a Saturday made a working day) and periods
with special hours, such as Ramadan's.

Every datetime is naive local office time (WIB); timezone-aware values are
rejected so that a UTC timestamp is never silently counted as local time.

Internally each calendar year is precomputed once into a table of working
intervals per day (as integer microseconds from midnight) plus running totals,
so that measuring or adding working time is a couple of table lookups rather
than a walk over days.  Integer microseconds keep sums exact.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, timedelta
from itertools import pairwise
from types import MappingProxyType

# Aliased: the calendar's own ``national_holidays`` flag takes the plain name.
from app.office.holidays import national_holidays as _national_holidays
from app.office.working_hours import (
    US_PER_MINUTE,
    US_PER_SECOND,
    WEEKLY_HOURS,
    DayUs,
    SpecialHours,
    WorkingHours,
)

__all__ = [
    "MAX_HORIZON_YEARS",
    "WORKING_DAY_MINUTES",
    "WorkingCalendar",
]

#: How far (in calendar years past the starting year) searches for working
#: time may run before giving up; protects against calendars with (nearly) no
#: working time left, e.g. a huge ``days_off`` range.
MAX_HORIZON_YEARS = 20

#: A civil-service working day in minutes (37.5 hours a week over five days): what "one
#: working day" of a statutory deadline or a "due soon" window counts.
WORKING_DAY_MINUTES = 450


def _as_date(value: object, what: str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if not isinstance(value, date):
        raise TypeError(f"{what} must be a datetime.date, got {value!r}")
    return value


def _check_instant(t: object, what: str) -> None:
    if not isinstance(t, datetime):
        raise TypeError(f"{what} must be a datetime.datetime, got {t!r}")
    if t.tzinfo is not None:
        raise ValueError(f"{what} must be naive local office time (WIB), got {t!r}")


class _Year:
    """Precomputed working time of one calendar year."""

    __slots__ = ("year", "first", "days", "cum", "total")

    def __init__(self, year: int, first: int, days: list[DayUs], cum: list[int]) -> None:
        self.year = year
        self.first = first  # ordinal of 1 January
        self.days = days  # working intervals of each day, microseconds from midnight
        self.cum = cum  # cum[i] = working microseconds of the year before day i
        self.total = cum[-1]


class WorkingCalendar:
    """Working time of the office: hours table, holidays and office overrides.

    * ``hours``: the normal weekly table (default :data:`WEEKLY_HOURS`).
    * ``national_holidays``: take national holidays and cuti bersama into account: ``True``
      for the installed ``holidays`` package, or a function ``year -> {date: name}`` (the
      office's calendar kept in the database, see app.services.calendar).
    * ``days_off``: extra office days off, ``date -> name``.
    * ``extra_working_days``: dates that are working days even if they fall on a
      weekend or national holiday.  Such a day uses its own weekday's hours when
      the table has any, else those of ``extra_day_weekday`` (Monday by default).
    * ``special_hours``: non-overlapping periods with another hours table.

    A date may not be both an office day off and an extra working day.  The
    calendar is immutable after construction; results are cached per year.
    """

    def __init__(
        self,
        hours: WorkingHours = WEEKLY_HOURS,
        *,
        national_holidays: bool | Callable[[int], Mapping[date, str]] = True,
        days_off: Mapping[date, str] | None = None,
        extra_working_days: Iterable[date] = (),
        special_hours: Iterable[SpecialHours] = (),
        extra_day_weekday: int = 0,
    ) -> None:
        if not isinstance(hours, WorkingHours):
            raise TypeError(f"hours must be WorkingHours, got {hours!r}")
        if hours.minutes_per_week() <= 0:
            raise ValueError("the weekly hours table contains no working time at all")
        if extra_day_weekday not in range(7):
            raise ValueError(f"extra_day_weekday must be 0..6, got {extra_day_weekday!r}")
        self._hours = hours
        if callable(national_holidays):
            self._national: Callable[[int], Mapping[date, str]] | None = national_holidays
        else:
            self._national = _national_holidays if national_holidays else None
        self._days_off = {
            _as_date(d, "days_off key"): str(name) for d, name in (days_off or {}).items()
        }
        self._extra = frozenset(_as_date(d, "extra working day") for d in extra_working_days)
        clash = sorted(self._extra & self._days_off.keys())
        if clash:
            listed = ", ".join(d.isoformat() for d in clash)
            raise ValueError(f"dates both office day off and extra working day: {listed}")
        periods = list(special_hours)
        for p in periods:
            if not isinstance(p, SpecialHours):
                raise TypeError(f"special_hours entries must be SpecialHours, got {p!r}")
        periods.sort(key=lambda p: (p.start, p.end))
        for prev, cur in pairwise(periods):
            if cur.start <= prev.end:
                raise ValueError(
                    f"special hours periods overlap: {prev.start}..{prev.end} "
                    f"and {cur.start}..{cur.end}"
                )
        self._special = tuple(periods)
        self._extra_day_weekday = extra_day_weekday
        self._years: dict[int, _Year] = {}
        self._interval_cache: dict[date, tuple[tuple[datetime, datetime], ...]] = {}

    # -- configuration, read-only -------------------------------------------

    @property
    def hours(self) -> WorkingHours:
        return self._hours

    @property
    def days_off(self) -> Mapping[date, str]:
        return MappingProxyType(self._days_off)

    @property
    def extra_working_days(self) -> frozenset[date]:
        return self._extra

    @property
    def special_hours(self) -> tuple[SpecialHours, ...]:
        return self._special

    # -- days -----------------------------------------------------------------

    def holiday_name(self, d: date) -> str | None:
        """Name of the office day off or national holiday on ``d``, else ``None``.

        Weekends are not holidays by themselves (``None``); extra working days
        are never holidays.  An office day off takes precedence in naming.
        """
        d = _as_date(d, "d")
        if d in self._extra:
            return None
        name = self._days_off.get(d)
        if name is None and self._national is not None:
            name = self._national(d.year).get(d)
        return name

    def is_working_day(self, d: date) -> bool:
        """Whether ``d`` has any working time."""
        d = _as_date(d, "d")
        yr = self._year(d.year)
        return bool(yr.days[d.toordinal() - yr.first])

    def intervals(self, d: date) -> tuple[tuple[datetime, datetime], ...]:
        """Working intervals ``(start, end)`` of ``d`` as datetimes; empty if not working."""
        cached = self._interval_cache.get(d)
        if cached is not None:
            return cached
        if isinstance(d, datetime):  # not cached under datetime keys: unbounded growth
            return self.intervals(d.date())
        d = _as_date(d, "d")
        yr = self._year(d.year)
        midnight = datetime(d.year, d.month, d.day)
        result = tuple(
            (midnight + timedelta(microseconds=s), midnight + timedelta(microseconds=e))
            for s, e in yr.days[d.toordinal() - yr.first]
        )
        self._interval_cache[d] = result
        return result

    # -- measuring and adding -------------------------------------------------

    def working_seconds_between(self, start: datetime, end: datetime) -> float:
        """Working seconds in ``[start, end)``; 0 when ``end <= start``."""
        return self._between_us(start, end) / US_PER_SECOND

    def working_minutes_between(self, start: datetime, end: datetime) -> float:
        """Working minutes in ``[start, end)``; 0 when ``end <= start``."""
        return self._between_us(start, end) / US_PER_MINUTE

    def add_working_minutes(self, start: datetime, minutes: float) -> datetime:
        """Earliest instant ``t >= start`` with ``working_minutes_between(start, t) == minutes``.

        So a deadline that uses up a morning exactly lands on 12:00, not 13:00.
        ``minutes == 0`` returns ``start`` unchanged; the result is exact to the
        microsecond.  Negative or non-finite ``minutes`` raise ``ValueError``, as
        does a target beyond :data:`MAX_HORIZON_YEARS`.
        """
        _check_instant(start, "start")
        if not math.isfinite(minutes) or minutes < 0:
            raise ValueError(f"minutes must be a finite number >= 0, got {minutes!r}")
        amount = round(minutes * US_PER_MINUTE)
        if amount == 0:
            return start
        yr = self._year(start.year)
        target = self._pos(start) + amount  # microseconds from 1 January of yr
        for _ in range(MAX_HORIZON_YEARS + 1):
            if target <= yr.total:
                # Day i is the one with cum[i] < target <= cum[i + 1].
                i = bisect_left(yr.cum, target) - 1
                rest = target - yr.cum[i]
                for s, e in yr.days[i]:
                    if rest <= e - s:
                        d = date.fromordinal(yr.first + i)
                        return datetime(d.year, d.month, d.day) + timedelta(microseconds=s + rest)
                    rest -= e - s
                raise AssertionError("working-time table is inconsistent")  # pragma: no cover
            target -= yr.total
            yr = self._year(yr.year + 1)
        raise ValueError(
            f"adding {minutes} working minutes to {start} goes beyond the "
            f"{MAX_HORIZON_YEARS}-year search horizon"
        )

    def add_working_days(self, start: datetime, days: int) -> datetime:
        """Statutory deadline: closing time of the ``days``-th working day after receipt.

        Counting starts on the day after ``start``'s date (the day of receipt
        does not count, whatever the time of receipt).  ``days`` must be >= 1.
        """
        _check_instant(start, "start")
        if isinstance(days, bool) or not isinstance(days, int) or days < 1:
            raise ValueError(f"days must be an integer >= 1, got {days!r}")
        first = start.date() + timedelta(days=1)
        yr = self._year(first.year)
        i = first.toordinal() - yr.first
        count = 0
        for _ in range(MAX_HORIZON_YEARS + 1):
            table = yr.days
            for j in range(i, len(table)):
                if table[j]:
                    count += 1
                    if count == days:
                        d = date.fromordinal(yr.first + j)
                        closing = table[j][-1][1]
                        return datetime(d.year, d.month, d.day) + timedelta(microseconds=closing)
            yr = self._year(yr.year + 1)
            i = 0
        raise ValueError(
            f"{days} working days after {start} lie beyond the "
            f"{MAX_HORIZON_YEARS}-year search horizon"
        )

    def next_working_instant(self, t: datetime) -> datetime:
        """``t`` itself if it lies in working time, else the start of the next working interval.

        Intervals are half-open: at 12:00 (start of the break) the answer is 13:00.
        """
        _check_instant(t, "t")
        yr = self._year(t.year)
        i = t.toordinal() - yr.first
        x = ((t.hour * 60 + t.minute) * 60 + t.second) * US_PER_SECOND + t.microsecond
        for s, e in yr.days[i]:
            if x < e:
                if x >= s:
                    return t
                return datetime(t.year, t.month, t.day) + timedelta(microseconds=s)
        i += 1
        for _ in range(MAX_HORIZON_YEARS + 1):
            table = yr.days
            for j in range(i, len(table)):
                if table[j]:
                    d = date.fromordinal(yr.first + j)
                    opening = table[j][0][0]
                    return datetime(d.year, d.month, d.day) + timedelta(microseconds=opening)
            yr = self._year(yr.year + 1)
            i = 0
        raise ValueError(
            f"no working time after {t} within the {MAX_HORIZON_YEARS}-year search horizon"
        )

    # -- internals ------------------------------------------------------------

    def _between_us(self, start: datetime, end: datetime) -> int:
        _check_instant(start, "start")
        _check_instant(end, "end")
        if end <= start:
            return 0
        ya = start.year
        yb = end.year
        if ya == yb:
            return self._pos(end) - self._pos(start)
        total = self._year(ya).total - self._pos(start) + self._pos(end)
        for y in range(ya + 1, yb):
            total += self._year(y).total
        return total

    def _pos(self, t: datetime) -> int:
        """Working microseconds from 1 January of ``t.year`` 00:00 up to ``t``."""
        yr = self._years.get(t.year) or self._year(t.year)
        i = t.toordinal() - yr.first
        pos = yr.cum[i]
        day = yr.days[i]
        if day:
            x = ((t.hour * 60 + t.minute) * 60 + t.second) * US_PER_SECOND + t.microsecond
            for s, e in day:
                if x >= e:
                    pos += e - s
                else:
                    if x > s:
                        pos += x - s
                    break
        return pos

    def _year(self, year: int) -> _Year:
        yr = self._years.get(year)
        if yr is None:
            yr = self._years[year] = self._build_year(year)
        return yr

    def _build_year(self, year: int) -> _Year:
        first = date(year, 1, 1)  # raises ValueError outside 1..9999
        n_days = (date(year, 12, 31) - first).days + 1
        days: list[DayUs] = []
        cum = [0]
        acc = 0
        for offset in range(n_days):
            day = self._day_us(first + timedelta(days=offset))
            days.append(day)
            for s, e in day:
                acc += e - s
            cum.append(acc)
        return _Year(year, first.toordinal(), days, cum)

    def _day_us(self, d: date) -> DayUs:
        """Working intervals of ``d`` in microseconds from midnight (uncached)."""
        extra = d in self._extra
        if not extra and self.holiday_name(d) is not None:
            return ()
        table = self._hours
        for period in self._special:
            if period.covers(d):
                table = period.hours
                break
        day = table._us[d.weekday()]
        if not day and extra:
            day = table._us[self._extra_day_weekday] or next((x for x in table._us if x), ())
        return day
