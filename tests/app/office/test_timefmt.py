"""One form for every date and time shown or printed, with the office's zone (issue 18,
point 6): "Jum, 04-12-2026 16.30 WIB"."""

from __future__ import annotations

import datetime as dt

import pytest

from app.office import timefmt, wording
from app.office.zones import DEFAULT_ZONE, set_office_zone

FRIDAY = dt.datetime(2026, 12, 4, 16, 30, 59)


@pytest.fixture
def office_in(request):
    set_office_zone(request.param)
    yield request.param
    set_office_zone(DEFAULT_ZONE)


def test_a_moment_has_the_weekday_the_date_the_time_with_a_dot_and_the_zone():
    assert timefmt.moment(FRIDAY) == "Jum, 04-12-2026 16.30 WIB"
    assert timefmt.day(FRIDAY) == "Jum, 04-12-2026"
    assert timefmt.day(dt.date(2026, 11, 30)) == "Sen, 30-11-2026"
    assert timefmt.clock(FRIDAY) == "16.30 WIB"
    assert timefmt.clock(dt.time(7, 5)) == "07.05 WIB"
    assert timefmt.compact(FRIDAY) == "04-12 16.30"
    assert timefmt.long(FRIDAY) == "4 Desember 2026 pukul 16.30 WIB"
    assert timefmt.long_date(FRIDAY) == "4 Desember 2026"


@pytest.mark.parametrize("office_in, label", [("Asia/Makassar", "WITA"),
                                              ("Asia/Jayapura", "WIT")],
                         indirect=["office_in"])
def test_the_zone_shown_is_the_offices(office_in, label):
    """Stored times are the office's wall-clock times: shown as they are, with its label."""
    assert timefmt.moment(FRIDAY) == f"Jum, 04-12-2026 16.30 {label}"
    assert timefmt.long(FRIDAY) == f"4 Desember 2026 pukul 16.30 {label}"


def test_every_weekday_has_its_indonesian_abbreviation():
    monday = dt.date(2026, 11, 30)
    assert [timefmt.day(monday + dt.timedelta(days=i))[:3] for i in range(7)] == [
        "Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"]


def test_nothing_shows_as_empty_in_a_cell_and_a_dash_in_prose():
    assert timefmt.moment(None) == timefmt.day(None) == ""
    assert timefmt.clock(None) == timefmt.compact(None) == timefmt.long(None) == "-"


def test_the_wording_modules_dates_are_these():
    assert wording.short_datetime(FRIDAY) == timefmt.moment(FRIDAY)
    assert wording.short_date(FRIDAY) == timefmt.day(FRIDAY)
    assert wording.long_datetime(FRIDAY) == timefmt.long(FRIDAY)
    assert wording.day_month_clock(FRIDAY) == timefmt.compact(FRIDAY)


def test_qt_patterns_are_the_same_pieces():
    """dd-MM-yyyy HH.mm: what a date edit shows is the date part of the one form."""
    assert timefmt.QT_DATE == "dd-MM-yyyy" and timefmt.QT_MOMENT == "dd-MM-yyyy HH.mm"
    assert timefmt.numeric_date(FRIDAY) in timefmt.moment(FRIDAY)


def test_the_screens_write_no_date_or_time_of_their_own():
    """Every date and time on screen comes from this module (or wording, whose date forms
    are these): no strftime or %-pattern, no display pattern of Qt's own in code (a stored
    value's "HH:mm" is data, not display), and every date edit of the Designer forms
    shows the same pieces (QT_DATE, QT_MOMENT)."""
    import re
    from pathlib import Path

    root = Path(timefmt.__file__).resolve().parents[2]
    ad_hoc = re.compile(r"strftime\(|%[dmYHM]\b|%[dmYHM][/.:-]|[\"']dd[/.-]MM"
                        r"|setDisplayFormat\([\"']|toString\([\"'][dMy]")
    found = [f"{p.relative_to(root).as_posix()}:{n}: {line.strip()}"
             for p in sorted((root / "ui").rglob("*.py")) if not p.name.startswith("ui_")
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if ad_hoc.search(line)]
    assert not found, "\n".join(found)
    formats = re.compile(r'name="displayFormat"><string>([^<]*)</string>')
    shown = {m for p in (root / "ui" / "forms").glob("*.ui")
             for m in formats.findall(p.read_text(encoding="utf-8"))}
    assert shown and shown <= {timefmt.QT_DATE, timefmt.QT_MOMENT}, shown


def test_the_scan_finds_what_it_looks_for():
    import re

    ad_hoc = re.compile(r"strftime\(|%[dmYHM]\b|%[dmYHM][/.:-]|[\"']dd[/.-]MM"
                        r"|setDisplayFormat\([\"']|toString\([\"'][dMy]")
    for line in ('x.strftime("%d/%m/%Y")', 'f"{d:%d-%m-%Y}"', 'edit.setDisplayFormat("dd/MM/yyyy")',
                 'q.toString("dd.MM.yyyy")', 'edit.setDisplayFormat("HH.mm")'):
        assert ad_hoc.search(line), line
    assert not ad_hoc.search('timefmt.moment(row.due_at)')
    assert not ad_hoc.search('edit.setDisplayFormat(timefmt.QT_CLOCK)')
    assert not ad_hoc.search('value = edit.time().toString("HH:mm")')  # a stored value
