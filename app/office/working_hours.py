"""The office's weekly working hours: which times of a weekday count as working time.

Civil servants in Indonesia work 37.5 hours a week (Perpres 21/2023).  The
default table, :data:`WEEKLY_HOURS`, is the usual one for central agencies:

* Monday to Thursday 07:30-16:00 with a break 12:00-13:00 (7.5 h a day),
* Friday 07:30-16:30 with a break 11:30-13:00 (7.5 h),
* Saturday and Sunday off.

Periods with special hours, such as :data:`RAMADAN_HOURS`, are declared with
:class:`SpecialHours`.  Every time is naive local office time (WIB).  Each table
also holds its intervals as integer microseconds from midnight (``_us``), which
:class:`app.office.working_time.WorkingCalendar` reads for its fast paths.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

__all__ = [
    "RAMADAN_HOURS",
    "US_PER_MINUTE",
    "US_PER_SECOND",
    "WEEKLY_HOURS",
    "DayUs",
    "SpecialHours",
    "WorkingHours",
]

US_PER_SECOND = 1_000_000
US_PER_MINUTE = 60 * US_PER_SECOND
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Type of one day's working intervals in the internal tables: ``(start, end)`` pairs in
#: microseconds from midnight.
DayUs = tuple[tuple[int, int], ...]


def _time_to_us(t: time) -> int:
    return ((t.hour * 60 + t.minute) * 60 + t.second) * US_PER_SECOND + t.microsecond


def _as_time(value: object, where: str) -> time:
    """Accept a naive ``time`` or an ISO string such as ``"07:30"``."""
    if isinstance(value, str):
        try:
            value = time.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{where}: {value!r} is not a time like '07:30'") from None
    if not isinstance(value, time):
        raise ValueError(f"{where}: expected a datetime.time, got {value!r}")
    if value.tzinfo is not None:
        raise ValueError(f"{where}: times must be naive local office time, got {value!r}")
    return value


@dataclass(frozen=True)
class WorkingHours:
    """Weekly working-hours table.

    ``by_weekday[w]`` (``w`` = 0 for Monday .. 6 for Sunday) is a tuple of
    ``(start, end)`` time pairs: each with ``start < end``, sorted, and not
    overlapping (touching is allowed).  Gaps between intervals are breaks.
    A day cannot run to midnight itself, since ``time`` has no 24:00.

    Lists and ``"HH:MM"`` strings are accepted and normalised to tuples of
    ``time``; anything invalid raises ``ValueError`` naming the weekday and
    interval at fault.
    """

    by_weekday: tuple[tuple[tuple[time, time], ...], ...]
    # Same table in microseconds from midnight, for the calendar's fast paths.
    _us: tuple[DayUs, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        try:
            days = tuple(self.by_weekday)
        except TypeError:
            raise ValueError("by_weekday must be a sequence of 7 days (Monday..Sunday)") from None
        if len(days) != 7:
            raise ValueError(f"by_weekday must have 7 entries (Monday..Sunday), got {len(days)}")
        norm_days: list[tuple[tuple[time, time], ...]] = []
        us_days: list[DayUs] = []
        for weekday, day in enumerate(days):
            name = _WEEKDAY_NAMES[weekday]
            try:
                pairs = tuple(day)
            except TypeError:
                raise ValueError(
                    f"{name}: expected a sequence of (start, end) intervals, got {day!r}"
                ) from None
            norm: list[tuple[time, time]] = []
            for k, pair in enumerate(pairs, 1):
                where = f"{name} interval {k}"
                try:
                    raw_start, raw_end = pair
                except (TypeError, ValueError):
                    raise ValueError(
                        f"{where}: expected a (start, end) pair, got {pair!r}"
                    ) from None
                start = _as_time(raw_start, where)
                end = _as_time(raw_end, where)
                if end <= start:
                    raise ValueError(f"{where}: end {end:%H:%M} is not after start {start:%H:%M}")
                if norm:
                    prev_start, prev_end = norm[-1]
                    if start < prev_start:
                        raise ValueError(
                            f"{where} ({start:%H:%M}-{end:%H:%M}) is not sorted: it starts "
                            f"before interval {k - 1} ({prev_start:%H:%M}-{prev_end:%H:%M})"
                        )
                    if start < prev_end:
                        raise ValueError(
                            f"{where} ({start:%H:%M}-{end:%H:%M}) overlaps interval {k - 1} "
                            f"({prev_start:%H:%M}-{prev_end:%H:%M})"
                        )
                norm.append((start, end))
            norm_days.append(tuple(norm))
            us_days.append(tuple((_time_to_us(s), _time_to_us(e)) for s, e in norm))
        object.__setattr__(self, "by_weekday", tuple(norm_days))
        object.__setattr__(self, "_us", tuple(us_days))

    @classmethod
    def from_weekdays(cls, mon_thu, fri, sat=(), sun=()) -> WorkingHours:
        """Build a table where Monday..Thursday share one schedule."""
        return cls((mon_thu, mon_thu, mon_thu, mon_thu, fri, sat, sun))

    def minutes_per_week(self) -> float:
        """Total scheduled working minutes in a week without holidays."""
        return sum(e - s for day in self._us for s, e in day) / US_PER_MINUTE


#: Default civil-servant hours (Perpres 21/2023: 37.5 h a week).
WEEKLY_HOURS = WorkingHours.from_weekdays(
    mon_thu=((time(7, 30), time(12, 0)), (time(13, 0), time(16, 0))),
    fri=((time(7, 30), time(11, 30)), (time(13, 0), time(16, 30))),
)

#: Reduced hours during Ramadan (32.5 h a week); apply with :class:`SpecialHours`.
RAMADAN_HOURS = WorkingHours.from_weekdays(
    mon_thu=((time(8, 0), time(12, 0)), (time(12, 30), time(15, 0))),
    fri=((time(8, 0), time(11, 30)), (time(12, 30), time(15, 30))),
)


@dataclass(frozen=True)
class SpecialHours:
    """Use ``hours`` instead of the normal table from ``start`` to ``end`` inclusive.

    Holidays and office days off still apply inside the period.
    """

    start: date
    end: date
    hours: WorkingHours

    def __post_init__(self) -> None:
        for name in ("start", "end"):
            value = getattr(self, name)
            if isinstance(value, datetime) or not isinstance(value, date):
                raise TypeError(f"SpecialHours.{name} must be a datetime.date, got {value!r}")
        if not isinstance(self.hours, WorkingHours):
            raise TypeError(f"SpecialHours.hours must be WorkingHours, got {self.hours!r}")
        if self.end < self.start:
            raise ValueError(f"SpecialHours ends ({self.end}) before it starts ({self.start})")

    def covers(self, d: date) -> bool:
        return self.start <= d <= self.end
