"""One Indonesian wording for every screen, document and report (app.office.wording)."""

import datetime as dt

import pytest

from app.office import wording

MOMENT = dt.datetime(2026, 11, 28, 16, 5, 42)


def test_long_date_as_in_a_naskah_dinas():
    assert wording.long_date(dt.date(2026, 1, 2)) == "2 Januari 2026"
    assert wording.long_date(MOMENT) == "28 November 2026"
    assert wording.long_date(None) == "-"


def test_every_month_has_its_indonesian_name():
    assert [wording.month_name(m) for m in (1, 5, 8, 12)] == [
        "Januari", "Mei", "Agustus", "Desember"]
    assert wording.month_abbrev(2) == "Feb"
    assert wording.month_year(dt.date(2026, 3, 31)) == "Maret 2026"
    assert wording.ROMAN_MONTHS[10] == "XI"
    assert wording.QUARTERS == ("I", "II", "III", "IV")


def test_clock_times_take_a_dot_between_hours_and_minutes_and_the_zone():
    assert wording.clock(MOMENT) == "16.05 WIB"
    assert wording.clock(dt.time(7, 30)) == "07.30 WIB"
    assert wording.clock(None) == "-"
    assert wording.long_datetime(MOMENT) == "28 November 2026 pukul 16.05 WIB"
    assert wording.long_datetime(MOMENT, zone="WITA") == "28 November 2026 pukul 16.05 WITA"
    assert wording.long_datetime(None) == "-"
    assert wording.long_date_clock(MOMENT) == "28 November 2026 pukul 16.05 WIB"


def test_table_dates_are_the_one_form_and_an_empty_cell_stays_empty():
    """The wording names are app.office.timefmt's forms (tests/app/office/test_timefmt.py)."""
    assert wording.short_date(dt.date(2026, 3, 9)) == "Sen, 09-03-2026"
    assert wording.short_datetime(MOMENT) == "Sab, 28-11-2026 16.05 WIB"
    assert wording.short_date(None) == wording.short_datetime(None) == ""
    assert wording.day_month_clock(MOMENT) == "28-11 16.05"
    assert wording.day_month_clock(None) == "-"


@pytest.mark.parametrize("minutes, text", [
    (0, "0 mnt"), (25, "25 mnt"), (59.4, "59 mnt"), (59.6, "1 j 00 mnt"), (65, "1 j 05 mnt"),
    (449, "7 j 29 mnt"), (450, "1 hari kerja"), (475, "1 hari 25 mnt"),
    (510, "1 hari 1 j 00 mnt"), (869, "1 hari 6 j 59 mnt"), (900, "2 hari kerja"),
    (-65, "1 j 05 mnt"),
])
def test_working_minutes_as_office_staff_say_them(minutes, text):
    assert wording.working_minutes(minutes) == text


def test_time_left_says_late_for_a_negative_remainder():
    assert wording.time_left(25) == "sisa 25 mnt"
    assert wording.time_left(-65) == "terlambat 1 j 05 mnt"
    assert wording.time_left(None) == wording.working_minutes(None) == ""


def test_numbers_take_a_dot_for_thousands_and_a_comma_for_decimals():
    assert wording.thousands(1234567) == "1.234.567"
    assert wording.thousands(999) == "999"
    assert wording.decimal(87.46) == "87,5"
    assert wording.decimal(3.14159, 2) == "3,14"
    assert wording.percent(0.875) == "87,5 %"
    assert [wording.number(x) for x in (2, 2.0, 1.5, 1500)] == ["2", "2", "1,5", "1.500"]


@pytest.mark.parametrize("size, text", [
    (0, "0 B"), (1023, "1023 B"), (1024, "1 KB"), (800 * 1024, "800 KB"),
    (int(12.5 * 1024 * 1024), "12,5 MB"), (50 * 1024 * 1024, "50,0 MB"),
])
def test_file_sizes(size, text):
    assert wording.file_size(size) == text


@pytest.mark.parametrize("n, words", [
    (0, "nol"), (1, "satu"), (10, "sepuluh"), (11, "sebelas"), (12, "dua belas"),
    (19, "sembilan belas"), (20, "dua puluh"), (45, "empat puluh lima"), (100, "seratus"),
    (110, "seratus sepuluh"), (215, "dua ratus lima belas"), (999,
     "sembilan ratus sembilan puluh sembilan"), (1000, "1000"),
])
def test_terbilang(n, words):
    assert wording.terbilang(n) == words


def test_dates_and_counts_in_indonesian():
    assert wording.long_date(dt.date(2026, 11, 28)) == "28 November 2026"
    assert wording.long_date(dt.datetime(2027, 2, 1, 7, 30)) == "1 Februari 2027"
    assert [wording.terbilang(n) for n in (1, 11, 12, 20, 21, 100, 115)] == [
        "satu", "sebelas", "dua belas", "dua puluh", "dua puluh satu", "seratus",
        "seratus lima belas"]


def test_no_other_module_spells_the_months_out():
    from pathlib import Path

    root = Path(wording.__file__).resolve().parents[2]
    spelled = [p.relative_to(root).as_posix() for package in ("app", "ui", "cli")
               for p in (root / package).rglob("*.py")
               if p.name != "timefmt.py" and '"Februari"' in p.read_text(encoding="utf-8")]
    assert not spelled
