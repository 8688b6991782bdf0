"""The period of a report: named as the office names it, and refused when reversed."""

from __future__ import annotations

import datetime as dt

import pytest


def test_periods_name_themselves_as_the_office_does():
    from app.reports.periods import Period

    assert Period.month(2026, 2).end == dt.date(2026, 2, 28)
    assert Period.month(2026, 12).end == dt.date(2026, 12, 31)
    assert Period.month(2026, 3).label == "Maret 2026"
    assert Period.quarter(2026, 2).start == dt.date(2026, 4, 1)
    assert Period.quarter(2026, 2).end == dt.date(2026, 6, 30)
    assert Period.quarter(2026, 4).label == "Triwulan IV Tahun 2026"
    assert Period.year(2026).label == "Tahun 2026"
    assert Period.between(dt.date(2026, 7, 1), dt.date(2026, 9, 30)).kind == "triwulan"
    assert Period.between(dt.date(2026, 1, 1), dt.date(2026, 12, 31)).kind == "tahun"
    custom = Period.between(dt.date(2026, 1, 5), dt.date(2026, 3, 14))
    assert custom.kind == "kustom"
    assert custom.label == "5 Januari 2026 s.d. 14 Maret 2026"
    assert Period.quarter(2026, 1).months() == [(2026, 1), (2026, 2), (2026, 3)]


def test_a_period_ending_before_it_starts_is_refused():
    from app.reports.periods import Period, ReportError

    with pytest.raises(ReportError, match="sebelum tanggal awal"):
        Period.between(dt.date(2026, 5, 1), dt.date(2026, 4, 30))
