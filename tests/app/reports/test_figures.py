"""The figures of a report on demo data: every expected figure is recomputed here from the raw
rows in plain Python (Complaint.select(), StepRecord.select()), never by calling the report
code."""

from __future__ import annotations

import random
import statistics
from collections import Counter, defaultdict

import pytest

from app.services.calendar import office_calendar
from tests.app.reports.conftest import AT, done_records, p90, received_in


def test_percentile_matches_pythons_inclusive_quantiles():
    from app.reports.figures import percentile

    rng = random.Random(4)
    for n in (1, 2, 3, 10, 11, 57, 400):
        values = [float(rng.choice([5, 10, 12.5, 30, 31, 90, 200, 451])) for _ in range(n)]
        histogram = sorted(Counter(values).items())
        assert percentile(histogram, 0.5) == pytest.approx(statistics.median(values))
        assert percentile(histogram, 0.9) == pytest.approx(p90(values))
    assert percentile([], 0.5) is None


# -- the dashboard ---------------------------------------------------------------------------

def test_dashboard_counts_match_the_raw_rows(demo_data):
    from app.office.vocab import CHANNELS
    from app.reports.figures import dashboard
    from app.reports.periods import Period

    period = Period.year(2026)
    board = dashboard(period, AT)
    rows = received_in(period)
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
    from app.reports.figures import dashboard
    from app.reports.periods import Period

    period = Period.month(2026, 6)
    board = dashboard(period, AT)
    expected = received_in(period)
    assert 0 < board.total == len(expected) < 400
    assert [m for m, *_rest in board.by_month] == ["Jun"]


# -- SOP compliance ----------------------------------------------------------------------------

def test_step_compliance_matches_the_step_records(demo_data):
    from app.reports.figures import compliance
    from app.reports.periods import Period

    period = Period.year(2026)
    steps, _officials = compliance(period)
    records = done_records(received_in(period))
    by_step = defaultdict(list)
    for r in records:
        by_step[r.step_no].append(r)
    assert [s.step_no for s in steps] == list(range(1, 15))
    for figures in steps:
        mine = by_step[figures.step_no]
        minutes = [r.working_minutes for r in mine]
        assert figures.passes == len(mine)
        assert figures.median == pytest.approx(statistics.median(minutes))
        assert figures.p90 == pytest.approx(p90(minutes))
        within = sum(1 for r in mine if r.working_minutes <= r.standard_minutes)
        assert figures.on_time == pytest.approx(within / len(mine))
        assert figures.returned == sum(1 for r in mine if r.outcome == "dikembalikan")
    assert steps[4].standard == 60  # step 5, the review
    assert sum(s.returned for s in steps) > 0  # the demo loops at steps 8, 9 and 9b
    # Step 9 counts both officials' shares, each within its own standard: the Kadiv's
    # paraf (5 minutes) and the Kakanwil's signature (10), of the step's 15.
    signing = steps[8]
    shares = Counter((r.part, r.standard_minutes) for r in by_step[9])
    assert set(shares) == {(0, 5), (1, 10)} and signing.standard == 15
    assert signing.passes == shares[(0, 5)] + shares[(1, 10)]


def test_per_official_shows_who_is_slow_at_which_step(demo_data):
    from app.reports.figures import compliance
    from app.reports.periods import Period
    from app.store.models import User

    period = Period.year(2026)
    _steps, officials = compliance(period)
    names = {u.id: u.full_name for u in User.select()}
    expected = defaultdict(list)
    for r in done_records(received_in(period)):
        expected[(names[r.actor_id], r.step_no)].append(r.working_minutes)
    got = {(o.name, o.step_no): o for o in officials}
    assert set(got) == set(expected)
    for key, minutes in expected.items():
        assert got[key].passes == len(minutes)
        assert got[key].median == pytest.approx(statistics.median(minutes))
        assert got[key].p90 == pytest.approx(p90(minutes))
    kasubag = got[("Rina Marlina, S.Kom.", 5)]
    assert kasubag.jabatan == "Kepala Subbagian Pelaporan, Humas dan TI"
    # Each official is measured against their own share of a step with a sub-step.
    assert got[("Sri Wahyuni, S.H.", 9)].standard == 5  # the Kadiv's paraf
    assert got[("Dr. Harun Sulianto, S.H., M.H.", 9)].standard == 10  # the signature
    assert got[("Dr. Harun Sulianto, S.H., M.H.", 2)].standard == 10
    assert kasubag.standard == 60


def test_statutory_deadlines_met_per_tier(demo_data):
    from app.office import deadlines
    from app.reports.figures import tier_deadlines
    from app.reports.periods import Period
    from app.services import settings

    period = Period.year(2026)
    tiers = {t.key: t for t in tier_deadlines(period, AT)}
    calendar = office_calendar()
    expected = defaultdict(lambda: [0, 0, 0, 0])
    for c in received_in(period):
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
