"""Reports on demo data: every expected figure is recomputed here from the raw rows in plain
Python (Complaint.select(), StepRecord.select()), never by calling the report code."""

from __future__ import annotations

import datetime as dt
import random
import statistics
from collections import Counter, defaultdict

import pytest

AT = dt.datetime(2026, 11, 27, 10, 0)


@pytest.fixture
def demo_data(db):
    from app.services import demo

    demo.generate(400, seed=5, at=AT)
    return db


def _received_in(period):
    from app.store.models import Complaint

    start = dt.datetime.combine(period.start, dt.time())
    end = dt.datetime.combine(period.end + dt.timedelta(days=1), dt.time())
    return [c for c in Complaint.select() if start <= c.received_at < end]


def _done_records(complaints):
    from app.store.models import StepRecord

    ids = {c.id for c in complaints}
    return [r for r in StepRecord.select()
            if r.complaint_id in ids and r.outcome in ("diteruskan", "dikembalikan", "selesai")
            and r.working_minutes is not None]


def _p90(values):
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=10, method="inclusive")[8]


# -- the period ----------------------------------------------------------------------------

def test_periods_name_themselves_as_the_office_does():
    from app.reports.report import Period

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
    from app.reports.report import Period, ReportError

    with pytest.raises(ReportError, match="sebelum tanggal awal"):
        Period.between(dt.date(2026, 5, 1), dt.date(2026, 4, 30))


def test_percentile_matches_pythons_inclusive_quantiles():
    from app.reports.report import percentile

    rng = random.Random(4)
    for n in (1, 2, 3, 10, 11, 57, 400):
        values = [float(rng.choice([5, 10, 12.5, 30, 31, 90, 200, 451])) for _ in range(n)]
        histogram = sorted(Counter(values).items())
        assert percentile(histogram, 0.5) == pytest.approx(statistics.median(values))
        assert percentile(histogram, 0.9) == pytest.approx(_p90(values))
    assert percentile([], 0.5) is None


# -- the dashboard ---------------------------------------------------------------------------

def test_dashboard_counts_match_the_raw_rows(demo_data):
    from app.office.vocab import CHANNELS
    from app.reports import report as reports

    period = reports.Period.year(2026)
    board = reports.dashboard(period, AT)
    rows = _received_in(period)
    assert board.total == len(rows) == 400
    assert board.by_status == dict(Counter(c.status for c in rows))
    assert dict(board.by_channel) == {CHANNELS[k]: n for k, n in
                                      Counter(c.channel for c in rows).items()}
    assert sum(n for _k, n in board.by_tier) == len(rows)
    assert {name: n for _kind, name, n in board.by_subject} == dict(
        Counter(c.subject_name for c in rows))
    open_rows = [c for c in rows if c.status != "selesai"]
    assert sum(n for _lane, n in board.by_lane) == len(open_rows)
    overdue = [c for c in rows if c.status == "proses"
               and ((c.step_due_at and c.step_due_at < AT) or (c.due_at and c.due_at < AT))]
    assert board.overdue_now == len(overdue) > 0
    per_month = Counter((c.received_at.year, c.received_at.month) for c in rows)
    shown = {label: closed + active + held for label, closed, active, held in board.by_month}
    assert len(board.by_month) == 12
    assert shown["Mar"] == per_month[(2026, 3)]
    assert sum(shown.values()) == len(rows)


def test_a_month_counts_only_what_was_received_in_it(demo_data):
    from app.reports import report as reports

    period = reports.Period.month(2026, 6)
    board = reports.dashboard(period, AT)
    expected = _received_in(period)
    assert 0 < board.total == len(expected) < 400
    assert [m for m, *_rest in board.by_month] == ["Jun"]


# -- SOP compliance ----------------------------------------------------------------------------

def test_step_compliance_matches_the_step_records(demo_data):
    from app.reports import report as reports

    period = reports.Period.year(2026)
    steps, _officials = reports.compliance(period)
    records = _done_records(_received_in(period))
    by_step = defaultdict(list)
    for r in records:
        by_step[r.step_no].append(r)
    assert [s.step_no for s in steps] == list(range(1, 15))
    for figures in steps:
        mine = by_step[figures.step_no]
        minutes = [r.working_minutes for r in mine]
        assert figures.passes == len(mine)
        assert figures.median == pytest.approx(statistics.median(minutes))
        assert figures.p90 == pytest.approx(_p90(minutes))
        within = sum(1 for r in mine if r.working_minutes <= r.standard_minutes)
        assert figures.on_time == pytest.approx(within / len(mine))
        assert figures.returned == sum(1 for r in mine if r.outcome == "dikembalikan")
    assert steps[4].standard == 60  # step 5, the review
    assert sum(s.returned for s in steps) > 0  # the demo loops at steps 7-9


def test_per_official_shows_who_is_slow_at_which_step(demo_data):
    from app.reports import report as reports
    from app.store.models import User

    period = reports.Period.year(2026)
    _steps, officials = reports.compliance(period)
    names = {u.id: u.full_name for u in User.select()}
    expected = defaultdict(list)
    for r in _done_records(_received_in(period)):
        expected[(names[r.actor_id], r.step_no)].append(r.working_minutes)
    got = {(o.name, o.step_no): o for o in officials}
    assert set(got) == set(expected)
    for key, minutes in expected.items():
        assert got[key].passes == len(minutes)
        assert got[key].median == pytest.approx(statistics.median(minutes))
        assert got[key].p90 == pytest.approx(_p90(minutes))
    kasubag = got[("Rina Marlina, S.Kom.", 5)]
    assert kasubag.jabatan == "Kepala Subbagian Pelaporan, Humas dan TI"


def test_statutory_deadlines_met_per_tier(demo_data):
    from app.office import deadlines
    from app.reports import report as reports
    from app.services import settings

    period = reports.Period.year(2026)
    tiers = {t.key: t for t in reports.tier_deadlines(period, AT)}
    calendar = settings.office_calendar()
    expected = defaultdict(lambda: [0, 0, 0, 0])
    for c in _received_in(period):
        days = settings.tiers()[c.tier]["hari_kerja"]
        due = c.due_at or deadlines.statutory_due(calendar, c.received_at, days, c.held_minutes)
        if c.status == "selesai":
            expected[c.tier][0 if c.closed_at <= due else 1] += 1
        else:
            expected[c.tier][2 if due < AT else 3] += 1
    for key, (in_time, late, open_late, open_ok) in expected.items():
        t = tiers[key]
        assert (t.closed_in_time, t.closed_late, t.open_overdue, t.open_in_time) == (
            in_time, late, open_late, open_ok)
        decided = in_time + late + open_late
        assert t.met == pytest.approx(in_time / decided if decided else None)
    assert sum(t.total for t in tiers.values()) == 400


def test_revision_loops_per_complaint(demo_data):
    from app.reports import report as reports
    from app.store.models import StepRecord

    period = reports.Period.year(2026)
    report = reports.build(period, AT)
    ids = {c.id for c in _received_in(period)}
    returned = Counter(r.complaint_id for r in StepRecord.select()
                       if r.outcome == "dikembalikan" and r.complaint_id in ids)
    assert report.loops.looped == len(returned) > 0
    assert report.loops.loops == sum(returned.values())
    assert report.loops.distribution["0"] == len(ids) - len(returned)
    assert report.loops.distribution["2"] == sum(1 for n in returned.values() if n == 2)
    assert report.loops.per_complaint == pytest.approx(sum(returned.values()) / len(ids))


def test_an_empty_period_reports_zeroes_not_errors(demo_data):
    from app.reports import report as reports

    report = reports.build(reports.Period.year(2020), AT)
    assert report.dashboard.total == 0
    assert all(s.passes == 0 and s.median is None for s in report.steps)
    assert all(t.met is None for t in report.tiers)
    assert report.loops.per_complaint == 0


# -- confidentiality ------------------------------------------------------------------------------

def test_no_reporter_data_in_any_table(demo_data):
    from app.reports import report as reports
    from app.store.models import Pelapor

    report = reports.build(reports.Period.year(2026), AT)
    cells = {str(v) for t in report.tables for row in t.rows for v in row}
    cells |= {c for chart in report.charts for c in chart.categories}
    for p in Pelapor.select():
        for secret in (p.name, p.nik, p.phone, p.email, p.address):
            if secret:
                assert secret not in cells
