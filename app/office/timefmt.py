"""Every date and time the program shows or prints, in one form, in the office's zone.

One form on every screen, list and export (issue 18: the screens showed "30/11/2026 15:54",
"16.08" and "30-11-2026 16.09", and never the zone):

- a moment: ``Jum, 04-12-2026 16.30 WIB`` (`moment`): the day of the week, because an
  office plans by it ("due Friday"); the date with hyphens; hours and minutes with a dot
  (PUEBI); the office's zone (WIB, WITA or WIT), which every stored time is in;
- a day: ``Jum, 04-12-2026`` (`day`), the same without the time;
- a time of day: ``16.30 WIB`` (`clock`), where the day goes without saying;
- the swimlane's small cells: ``04-12 16.30`` (`compact`), the same pieces without the
  year, the weekday and the zone (the swimlane names its zone once);
- in a naskah's prose: ``4 Desember 2026 pukul 16.30 WIB`` (`long`), as letters write dates
  (`long_date`: ``4 Desember 2026``).

Input widgets use QT_DATE / QT_MOMENT, the same pieces in Qt's pattern language.
Stored times are the office's naive wall-clock times (app.office.zones): they are shown as
they are, never converted through a workstation's own zone."""

from __future__ import annotations

import datetime as dt

from app.i18n import _
from app.office.zones import office_zone

MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")
WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
NONE = "-"  # what a document or a detail line shows for a value that is not there

# The same pieces for Qt's date and time edits (displayFormat).
QT_DATE = "dd-MM-yyyy"
QT_MOMENT = "dd-MM-yyyy HH.mm"
QT_CLOCK = "HH.mm"


def qt_moment_with_zone() -> str:
    """QT_MOMENT followed by the office's zone, for an edit of a recorded time."""
    return f"{QT_MOMENT} '{zone_label()}'"


def month_name(month: int) -> str:
    """1 -> "Januari"."""
    return _(MONTHS[month - 1])


def weekday_name(day: dt.date) -> str:
    """"Jumat"."""
    return _(WEEKDAYS[day.weekday()])


def weekday_abbrev(day: dt.date) -> str:
    """"Jum": the first three letters, as Indonesian calendars head their columns."""
    return weekday_name(day)[:3]


def zone_label(zone: str | None = None) -> str:
    """WIB, WITA or WIT: `zone` when given, else the office's."""
    return zone or office_zone().label


def bare_clock(moment: dt.datetime | dt.time | None) -> str:
    """16.30: hours and minutes with a dot, without the zone (a range's second end, a
    swimlane cell); "-" for none."""
    return f"{moment.hour:02d}.{moment.minute:02d}" if moment is not None else NONE


def clock(moment: dt.datetime | dt.time | None, zone: str | None = None) -> str:
    """16.30 WIB; "-" for none."""
    if moment is None:
        return NONE
    return f"{bare_clock(moment)} {zone_label(zone)}"


def numeric_date(day: dt.date) -> str:
    """04-12-2026."""
    return f"{day.day:02d}-{day.month:02d}-{day.year:04d}"


def day(value: dt.date | None) -> str:
    """Jum, 04-12-2026 (a datetime shows its date); "" for none, so an empty cell stays
    empty."""
    if value is None:
        return ""
    return f"{weekday_abbrev(value)}, {numeric_date(value)}"


def moment(value: dt.datetime | None, zone: str | None = None) -> str:
    """Jum, 04-12-2026 16.30 WIB; "" for none."""
    if value is None:
        return ""
    return f"{day(value)} {clock(value, zone)}"


def compact(value: dt.datetime | None) -> str:
    """04-12 16.30, where the year and the zone go without saying (the swimlane's cells);
    "-" for none."""
    if value is None:
        return NONE
    return f"{value.day:02d}-{value.month:02d} {bare_clock(value)}"


def long_date(value: dt.date | None) -> str:
    """4 Desember 2026, as naskah dinas and report titles write a date; "-" for none."""
    if value is None:
        return NONE
    return f"{value.day} {month_name(value.month)} {value.year}"


def long(value: dt.datetime | None, zone: str | None = None) -> str:
    """4 Desember 2026 pukul 16.30 WIB: a time or deadline in a naskah's prose; "-" for
    none."""
    if value is None:
        return NONE
    return _("{d} pukul {t}").format(d=long_date(value), t=clock(value, zone))


def file_stamp(value: dt.date) -> str:
    """20261204, or 20261204-1630 for a moment: a file name's date, sorting as it should
    (not shown as a date)."""
    stamp = f"{value.year:04d}{value.month:02d}{value.day:02d}"
    if isinstance(value, dt.datetime):
        stamp += f"-{value.hour:02d}{value.minute:02d}"
    return stamp
