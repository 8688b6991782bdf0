"""The whole report on demo data: revision loops as built, an empty period, and no reporter
data in any table or chart. Expected figures come from the raw rows, never from the report
code."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.app.reports.conftest import AT, received_in


def test_revision_loops_per_complaint(demo_data):
    from app.reports.periods import Period
    from app.reports.report import build
    from app.store.models import StepRecord

    period = Period.year(2026)
    report = build(period, AT)
    ids = {c.id for c in received_in(period)}
    returned = Counter(r.complaint_id for r in StepRecord.select()
                       if r.outcome == "dikembalikan" and r.complaint_id in ids)
    assert report.loops.looped == len(returned) > 0
    assert report.loops.loops == sum(returned.values())
    assert report.loops.distribution["0"] == len(ids) - len(returned)
    assert report.loops.distribution["2"] == sum(1 for n in returned.values() if n == 2)
    assert report.loops.per_complaint == pytest.approx(sum(returned.values()) / len(ids))


def test_an_empty_period_reports_zeroes_not_errors(demo_data):
    from app.reports.periods import Period
    from app.reports.report import build

    report = build(Period.year(2020), AT)
    assert report.dashboard.total == 0
    assert all(s.passes == 0 and s.median is None for s in report.steps)
    assert all(t.met is None for t in report.tiers)
    assert report.loops.per_complaint == 0


# -- confidentiality ------------------------------------------------------------------------------

def test_no_reporter_data_in_any_table(demo_data):
    from app.reports.periods import Period
    from app.reports.report import build
    from app.store.models import Pelapor

    report = build(Period.year(2026), AT)
    cells = {str(v) for t in report.tables for row in t.rows for v in row}
    cells |= {c for chart in report.charts for c in chart.categories}
    for p in Pelapor.select():
        for secret in (p.name, p.nik, p.phone, p.email, p.address):
            if secret:
                assert secret not in cells
