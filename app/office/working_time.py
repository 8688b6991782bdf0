"""The office's working calendar: which instants count as working time.

Civil servants in Indonesia work 37.5 hours a week (Perpres 21/2023).  The
default table, :data:`WEEKLY_HOURS`, is the usual one for central agencies:

* Monday to Thursday 07:30-16:00 with a break 12:00-13:00 (7.5 h a day),
* Friday 07:30-16:30 with a break 11:30-13:00 (7.5 h),
* Saturday and Sunday off.

National holidays and *cuti bersama* (collective leave) come from the
``holidays`` package, per year, kept in a small JSON file in the user's cache
directory keyed by the package's version (see :func:`national_holidays`): the
package imports every country's module to find Indonesia's, about 150 ms, so
it is imported only for a year the cache does not hold yet.  On top of that the office may
declare extra days off, extra working days (e.g. a Saturday made a working
day) and periods with special hours, such as :data:`RAMADAN_HOURS`.

Every datetime is naive local office time (WIB); timezone-aware values are
rejected so that a UTC timestamp is never silently counted as local time.

Internally each calendar year is precomputed once into a table of working
intervals per day (as integer microseconds from midnight) plus running totals,
so that measuring or adding working time is a couple of table lookups rather
than a walk over days.  Integer microseconds keep sums exact.
"""

from __future__ import annotations

import json
import logging
import math
import os
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cache
from itertools import pairwise
from pathlib import Path
from types import MappingProxyType

__all__ = [
    "MAX_HORIZON_YEARS",
    "RAMADAN_HOURS",
    "WEEKLY_HOURS",
    "WORKING_DAY_MINUTES",
    "SpecialHours",
    "WorkingCalendar",
    "WorkingHours",
    "holiday_cache_path",
    "national_holidays",
]

log = logging.getLogger(__name__)

#: How far (in calendar years past the starting year) searches for working
#: time may run before giving up; protects against calendars with (nearly) no
#: working time left, e.g. a huge ``days_off`` range.
MAX_HORIZON_YEARS = 20

#: A civil-service working day in minutes (37.5 hours a week over five days): what "one
#: working day" of a statutory deadline or a "due soon" window counts.
WORKING_DAY_MINUTES = 450

_US_PER_SECOND = 1_000_000
_US_PER_MINUTE = 60 * _US_PER_SECOND
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Type of one day's working intervals in the internal tables.
_DayUs = tuple[tuple[int, int], ...]


def _time_to_us(t: time) -> int:
    return ((t.hour * 60 + t.minute) * 60 + t.second) * _US_PER_SECOND + t.microsecond


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
    _us: tuple[_DayUs, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        try:
            days = tuple(self.by_weekday)
        except TypeError:
            raise ValueError("by_weekday must be a sequence of 7 days (Monday..Sunday)") from None
        if len(days) != 7:
            raise ValueError(f"by_weekday must have 7 entries (Monday..Sunday), got {len(days)}")
        norm_days: list[tuple[tuple[time, time], ...]] = []
        us_days: list[_DayUs] = []
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
        return sum(e - s for day in self._us for s, e in day) / _US_PER_MINUTE


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


#: ``holidays.country_holidays`` arguments, most wanted first: Indonesian names
#: with cuti bersama; English names; public holidays only (older releases).
_HOLIDAY_ATTEMPTS: tuple[dict, ...] = (
    {"categories": ("public", "government"), "language": "id"},
    {"categories": ("public", "government")},
    {},
)
_CACHE_FORMAT = 1


def holiday_cache_path() -> Path:
    """The national holiday cache file in the user's cache directory."""
    import platformdirs

    from app.paths import APP_NAME

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "hari-libur-nasional.json"


@cache
def holidays_version() -> str | None:
    """Version of the installed ``holidays`` package, without importing it; ``None`` when
    unknown (then nothing is cached).

    The wheel's ``holidays-<version>.dist-info`` folder sits next to the package and
    names the version; that is one directory listing, where importing
    ``importlib.metadata`` costs about 15 ms.  Anything else asks importlib.metadata.
    """
    import importlib.util

    try:
        spec = importlib.util.find_spec("holidays")
    except (ImportError, ValueError):
        return None
    if spec is None:
        return None
    for place in spec.submodule_search_locations or ():
        try:
            names = os.listdir(Path(place).parent)
        except OSError:
            continue
        for name in names:
            if name.startswith("holidays-") and name.endswith(".dist-info"):
                return name[len("holidays-"):-len(".dist-info")]
    try:
        from importlib.metadata import PackageNotFoundError, version
    except ImportError:  # pragma: no cover - part of the standard library
        return None
    try:
        return version("holidays")
    except PackageNotFoundError:
        return None


def _compute_national_holidays(year: int) -> dict[date, str]:
    import holidays

    for i, kwargs in enumerate(_HOLIDAY_ATTEMPTS):
        try:
            table = holidays.country_holidays("ID", years=year, **kwargs)
        except (TypeError, ValueError, NotImplementedError):
            if i == len(_HOLIDAY_ATTEMPTS) - 1:
                raise
            continue
        return dict(table)
    raise AssertionError("unreachable")  # pragma: no cover


def _read_cache(path: Path, version: str) -> dict[str, dict[str, str]]:
    """The cached years (``"2026" -> {"2026-08-17": name}``) if the file is this format
    and this holidays version; an empty dict for a missing, stale or corrupt file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("cache hari libur tidak terbaca, dibuat ulang: %s", exc)
        return {}
    if (not isinstance(data, dict) or data.get("format") != _CACHE_FORMAT
            or data.get("holidays_version") != version
            or not isinstance(data.get("years"), dict)):
        return {}
    return data["years"]


def _cached_year(years: Mapping[str, object], year: int) -> dict[date, str] | None:
    entry = years.get(str(year))
    if not isinstance(entry, dict):
        return None
    try:
        return {date.fromisoformat(day): str(name) for day, name in entry.items()}
    except (TypeError, ValueError):
        return None


def _write_cache(path: Path, version: str, years: dict[str, dict[str, str]]) -> None:
    """Replace the cache file atomically (another process may be reading it)."""
    data = {"format": _CACHE_FORMAT, "holidays_version": version,
            "country": "ID", "years": years}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True),
                       encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:  # a read-only profile only loses the speed-up
        log.warning("cache hari libur tidak dapat ditulis: %s", exc)


def national_holidays(year: int, *, use_cache: bool = True) -> Mapping[date, str]:
    """National holidays and cuti bersama of ``year`` (date -> Indonesian name).

    Read from the cache file when it holds ``year`` for the installed ``holidays``
    version; otherwise computed by ``holidays`` (Indonesian names, falling back to
    English names, then to public holidays only, for releases lacking those options)
    and added to the file.  A missing, corrupt or stale file is rewritten, an
    unwritable one only logged.  ``use_cache=False`` always asks the package (the
    self-test does, to prove the bundle can).
    """
    if not use_cache:
        return MappingProxyType(_compute_national_holidays(year))
    return _national_holidays(year)


@cache
def _national_holidays(year: int) -> Mapping[date, str]:
    """Shared by all calendars of the process: one file read per year at most."""
    version = holidays_version()
    path = holiday_cache_path() if version else None
    years = _read_cache(path, version) if path is not None else {}
    table = _cached_year(years, year)
    if table is not None:
        return MappingProxyType(table)
    table = _compute_national_holidays(year)
    if path is not None:
        years = dict(years)
        years[str(year)] = {d.isoformat(): name for d, name in sorted(table.items())}
        _write_cache(path, version, years)
    return MappingProxyType(table)


class _Year:
    """Precomputed working time of one calendar year."""

    __slots__ = ("year", "first", "days", "cum", "total")

    def __init__(self, year: int, first: int, days: list[_DayUs], cum: list[int]) -> None:
        self.year = year
        self.first = first  # ordinal of 1 January
        self.days = days  # working intervals of each day, microseconds from midnight
        self.cum = cum  # cum[i] = working microseconds of the year before day i
        self.total = cum[-1]


class WorkingCalendar:
    """Working time of the office: hours table, holidays and office overrides.

    * ``hours``: the normal weekly table (default :data:`WEEKLY_HOURS`).
    * ``national_holidays``: take national holidays and cuti bersama into account.
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
        national_holidays: bool = True,
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
        self._national = bool(national_holidays)
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
        if name is None and self._national:
            name = _national_holidays(d.year).get(d)
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
        return self._between_us(start, end) / _US_PER_SECOND

    def working_minutes_between(self, start: datetime, end: datetime) -> float:
        """Working minutes in ``[start, end)``; 0 when ``end <= start``."""
        return self._between_us(start, end) / _US_PER_MINUTE

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
        amount = round(minutes * _US_PER_MINUTE)
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
        x = ((t.hour * 60 + t.minute) * 60 + t.second) * _US_PER_SECOND + t.microsecond
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
            x = ((t.hour * 60 + t.minute) * 60 + t.second) * _US_PER_SECOND + t.microsecond
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
        days: list[_DayUs] = []
        cum = [0]
        acc = 0
        for offset in range(n_days):
            day = self._day_us(first + timedelta(days=offset))
            days.append(day)
            for s, e in day:
                acc += e - s
            cum.append(acc)
        return _Year(year, first.toordinal(), days, cum)

    def _day_us(self, d: date) -> _DayUs:
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
