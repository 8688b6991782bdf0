"""The period a report covers (issue 9): a month, a quarter, a year or a custom range of days,
named as the office names it ("Triwulan III Tahun 2026"), and the error for a range that
cannot be reported on. Qt-free, no database."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.i18n import _
from app.office import wording


class ReportError(ValueError):
    """A period the user gave cannot be reported on (end before start, bad date)."""


@dataclass(frozen=True)
class Period:
    """Days `start` to `end`, both included."""

    start: dt.date
    end: dt.date
    kind: str = "kustom"  # bulan | triwulan | tahun | kustom

    def __post_init__(self):
        if self.end < self.start:
            raise ReportError(_("Tanggal akhir periode ({e}) sebelum tanggal awal ({s}).")
                              .format(e=wording.long_date(self.end),
                                      s=wording.long_date(self.start)))

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        nxt = dt.date(year + month // 12, month % 12 + 1, 1)
        return cls(dt.date(year, month, 1), nxt - dt.timedelta(days=1), "bulan")

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        first = cls.month(year, 3 * quarter - 2)
        return cls(first.start, cls.month(year, 3 * quarter).end, "triwulan")

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31), "tahun")

    @classmethod
    def between(cls, start: dt.date, end: dt.date) -> Period:
        """A custom range, named as a month, quarter or year when it is exactly one."""
        for candidate in (cls.year(start.year),
                          cls.quarter(start.year, (start.month - 1) // 3 + 1),
                          cls.month(start.year, start.month)):
            if (candidate.start, candidate.end) == (start, end):
                return candidate
        return cls(start, end, "kustom")

    @property
    def label(self) -> str:
        if self.kind == "bulan":
            return wording.month_year(self.start)
        if self.kind == "triwulan":
            return _("Triwulan {q} Tahun {y}").format(
                q=wording.QUARTERS[(self.start.month - 1) // 3], y=self.start.year)
        if self.kind == "tahun":
            return _("Tahun {y}").format(y=self.start.year)
        return _("{s} s.d. {e}").format(s=wording.long_date(self.start),
                                        e=wording.long_date(self.end))

    @property
    def bounds(self) -> tuple[dt.datetime, dt.datetime]:
        """[start, end) as instants, for range predicates on indexed columns."""
        return (dt.datetime.combine(self.start, dt.time()),
                dt.datetime.combine(self.end + dt.timedelta(days=1), dt.time()))

    def months(self) -> list[tuple[int, int]]:
        result, y, m = [], self.start.year, self.start.month
        while (y, m) <= (self.end.year, self.end.month):
            result.append((y, m))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return result
