"""The office's Indonesian wording, in one place: dates, months, clock times with the zone,
working minutes, sizes, numbers and terbilang. Naskah dinas, the swimlane, reports and the
screens all call these, so one thing is never written two ways on two screens.

Dates and times are app.office.timefmt's, the one form every screen and list uses
("Jum, 04-12-2026 16.30 WIB"); the names here are that module's, kept for the callers that
word other things too. Conventions (PUEBI and the Tata Naskah Dinas): a dot between hours
and minutes ("16.05"), a dot for thousands and a comma for decimals ("1.234", "12,5 MB"),
month names in full in prose ("28 November 2026")."""

from __future__ import annotations

import datetime as dt

from app.i18n import _
from app.office import timefmt
from app.office.timefmt import MONTHS, NONE, long_date, month_name  # noqa: F401 - theirs
from app.office.working_time import WORKING_DAY_MINUTES

ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
QUARTERS = ("I", "II", "III", "IV")


def month_abbrev(month: int) -> str:
    """1 -> "Jan" (chart axes)."""
    return month_name(month)[:3]


def month_year(day: dt.date) -> str:
    """November 2026."""
    return f"{month_name(day.month)} {day.year}"


def clock(moment: dt.datetime | dt.time | None) -> str:
    """16.05 WIB: a time of day in the office's zone (timefmt.clock); "-" for none."""
    return timefmt.clock(moment)


def long_datetime(moment: dt.datetime | None, zone: str | None = None) -> str:
    """28 November 2026 pukul 16.05 WIB (the office's zone unless `zone` names another)."""
    return timefmt.long(moment, zone)


def long_date_clock(moment: dt.datetime) -> str:
    """28 November 2026 pukul 16.05 WIB: when a report or a screen was as of."""
    return timefmt.long(moment)


def short_date(day: dt.date | None) -> str:
    """Sab, 28-11-2026 (tables and lists: timefmt.day); "" for none."""
    return timefmt.day(day)


def short_datetime(moment: dt.datetime | None) -> str:
    """Sab, 28-11-2026 16.05 WIB (tables and lists: timefmt.moment); "" for none."""
    return timefmt.moment(moment)


def day_month_clock(moment: dt.datetime | None) -> str:
    """28-11 16.05, where the year goes without saying (the swimlane's cells); "-" for
    none."""
    return timefmt.compact(moment)


def working_minutes(minutes: float | None) -> str:
    """Working time as office staff say it, to the minute: "25 mnt", "1 j 05 mnt", and from
    a whole working day (7.5 hours) on "2 hari kerja", "1 hari 25 mnt", "1 hari 2 j 05 mnt";
    "" for none. The sign is dropped: time_left() says whether it is late."""
    if minutes is None:
        return ""
    days, rest = divmod(int(round(abs(minutes))), WORKING_DAY_MINUTES)
    hours, mins = divmod(rest, 60)
    within = (_("{h} j {m:02d} mnt").format(h=hours, m=mins) if hours
              else _("{m} mnt").format(m=mins))
    if not days:
        return within
    if not rest:
        return _("{d} hari kerja").format(d=days)
    return _("{d} hari {t}").format(d=days, t=within)


def time_left(minutes: float | None) -> str:
    """"sisa 1 j 05 mnt", or "terlambat 25 mnt" for a negative time left; "" for none."""
    if minutes is None:
        return ""
    if minutes < 0:
        return _("terlambat {t}").format(t=working_minutes(minutes))
    return _("sisa {t}").format(t=working_minutes(minutes))


def thousands(n: int) -> str:
    """1234567 -> 1.234.567."""
    return f"{n:,}".replace(",", ".")


def decimal(value: float, places: int = 1) -> str:
    """87.5 -> 87,5."""
    return f"{value:.{places}f}".replace(".", ",")


def number(value: float) -> str:
    """A count or an amount as written in prose: 2 -> "2", 1.5 -> "1,5", 1500 -> "1.500"."""
    if float(value).is_integer():
        return thousands(int(value))
    return decimal(value)


def percent(share: float) -> str:
    """0.875 -> 87,5 %."""
    return decimal(share * 100) + " %"


def file_size(size: int) -> str:
    """512 B, 800 KB, 12,5 MB."""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{round(size / 1024)} KB"
    return f"{decimal(size / (1024 * 1024))} MB"


_ONES = ("", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
         "sepuluh", "sebelas")


def terbilang(n: int) -> str:
    """Indonesian number words for counts (0 to 999): 12 -> dua belas; larger as digits."""
    if n < 12:
        return _ONES[n] or "nol"
    if n < 20:
        return f"{_ONES[n - 10]} belas"
    if n < 100:
        tens, rest = divmod(n, 10)
        return f"{_ONES[tens]} puluh" + (f" {_ONES[rest]}" if rest else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = "seratus" if hundreds == 1 else f"{_ONES[hundreds]} ratus"
        return head + (f" {terbilang(rest)}" if rest else "")
    return str(n)
