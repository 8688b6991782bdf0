"""The figures of a report (issue 9), computed from the database for one period: the
dashboard counts, SOP compliance per step and per official, statutory deadlines met per tier,
and revision loops, with the data classes that carry them. Qt-free; app.reports.report lays
them out as tables and charts.

Scope: every figure concerns the complaints *received* in the period (one scope the reader
can state in one sentence); "overdue now" is judged at `at`. Counts are SQL GROUP BYs.
Percentiles are computed in Python from per-minute histograms kept in the step tally
(app.store.step_tally: passes per month, step, official and whole working minute), so a year
does not read every step record and SQLite and PostgreSQL give the same figures.

Reporter data (name, NIK, address, contacts) is never read here: no query touches Pelapor.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass
from fractions import Fraction

from peewee import SQL, Case, fn

from app.i18n import _
from app.office import deadlines, wording
from app.office.vocab import CHANNELS, SUBJECT_KINDS, label
from app.reports.periods import Period
from app.services import desk, register, settings, sop_versions
from app.services.calendar import office_calendar
from app.store import step_tally
from app.store.models import (
    OUTCOME_RETURNED,
    STATUS_CLOSED,
    STATUS_HOLD,
    STATUS_OPEN,
    Complaint,
    StepRecord,
    User,
    UserLane,
    now,
)

# -- results -------------------------------------------------------------------------------

@dataclass
class Dashboard:
    total: int
    by_status: dict[str, int]  # status code -> count
    overdue_now: int
    due_soon_now: int
    by_lane: list[tuple[str, int]]  # lane name -> open or held complaints there now
    by_channel: list[tuple[str, int]]
    by_tier: list[tuple[str, int]]
    by_subject_kind: list[tuple[str, int]]
    by_subject: list[tuple[str, str, int]]  # kind label, name, count
    by_month: list[tuple[str, int, int, int]]  # month label, closed, in process, on hold

    @property
    def open(self) -> int:
        return self.by_status.get(STATUS_OPEN, 0)

    @property
    def held(self) -> int:
        return self.by_status.get(STATUS_HOLD, 0)

    @property
    def closed(self) -> int:
        return self.by_status.get(STATUS_CLOSED, 0)


@dataclass
class StepFigures:
    step_no: int
    lane: str
    activity: str
    standard: int  # SOP minutes
    passes: int  # finished passes (a revision loop adds a pass)
    median: float | None
    p90: float | None
    on_time: float | None  # share of passes within the standard, 0..1
    returned: int  # passes that sent the draft back for revision


@dataclass
class OfficialFigures:
    name: str
    jabatan: str
    step_no: int
    standard: int  # the official's share of the step (the Kakanwil's 10 of step 9's 15)
    passes: int
    median: float | None
    p90: float | None
    on_time: float | None


@dataclass
class TierFigures:
    key: str
    name: str
    days: int
    total: int
    closed_in_time: int
    closed_late: int
    open_overdue: int  # not closed and already past the statutory deadline
    open_in_time: int

    @property
    def met(self) -> float | None:
        """Share met among complaints whose outcome is known (closed, or already late)."""
        decided = self.closed_in_time + self.closed_late + self.open_overdue
        return self.closed_in_time / decided if decided else None


@dataclass
class Loops:
    complaints: int
    looped: int  # complaints with at least one revision loop
    loops: int  # revision loops in all
    distribution: dict[str, int]  # "0", "1", "2", "3+" -> complaints
    by_step: dict[int, int]  # step that returned the draft -> loops

    @property
    def per_complaint(self) -> float:
        return self.loops / self.complaints if self.complaints else 0.0


# -- percentiles -----------------------------------------------------------------------------

def percentile(histogram: list[tuple[float, int]], p: float) -> float | None:
    """The p-quantile (0..1) of the values in `histogram` ((value, count), sorted by value),
    interpolated linearly between closest ranks, as PostgreSQL's percentile_cont and
    Python's statistics.quantiles(method="inclusive") do. None when empty."""
    n = sum(count for _value, count in histogram)
    if n == 0:
        return None
    # Exact arithmetic: a float (n - 1) * 0.9 can land just below a whole rank.
    position = (n - 1) * Fraction(p).limit_denominator(1000)
    low = math.floor(position)

    def value_at(rank: int) -> float:
        seen = 0
        for value, count in histogram:
            seen += count
            if rank < seen:
                return value
        return histogram[-1][0]

    low_value, high_value = value_at(low), value_at(min(low + 1, n - 1))
    return low_value + (high_value - low_value) * float(position - low)


# -- computing the figures --------------------------------------------------------------------

def _in_period(period: Period):
    start, end = period.bounds
    return (Complaint.received_at >= start) & (Complaint.received_at < end)


def _ranked(counts: dict) -> list[tuple]:
    """Largest first, then by key (None last)."""
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0] is None, kv[0] or ""))


def dashboard(period: Period, at: dt.datetime | None = None) -> Dashboard:
    """Counts of the complaints received in `period`; overdue and due soon judged at `at`."""
    at = at or now()
    # One scan of the period's rows (of the covering report index, not the table), grouped by
    # every dimension at once; each count is then a sum over the few thousand groups.
    month = step_tally.month_key(Complaint.received_at)
    dims = (Complaint.status, Complaint.current_lane, Complaint.channel, Complaint.tier,
            Complaint.subject_kind, Complaint.subject_name, month)
    by_status: dict[str, int] = defaultdict(int)
    lanes, channels, tiers, kinds = (defaultdict(int) for _i in range(4))
    subjects: dict[tuple[str, str], int] = defaultdict(int)
    per_month: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for status, lane, channel, tier, kind, name, key, n in (
            Complaint.select(*dims, fn.COUNT(SQL("*"))).where(_in_period(period))
            .group_by(*dims).tuples().iterator()):
        by_status[status] += n
        if status != STATUS_CLOSED:
            lanes[lane] += n
        channels[channel] += n
        tiers[tier] += n
        kinds[kind] += n
        subjects[(kind, name)] += n
        per_month[key][status] += n
    cut = register.current_cutoffs(at)
    overdue = register.count(register.RegisterFilter(
        received_from=period.start, received_to=period.end,
        deadline_state=deadlines.OVERDUE), cutoffs=cut)
    soon = register.count(register.RegisterFilter(
        received_from=period.start, received_to=period.end,
        deadline_state=deadlines.DUE_SOON), cutoffs=cut)
    tier_names = {key: _(tier["nama"]) for key, tier in settings.tiers().items()}
    months = []
    several_years = period.start.year != period.end.year
    for y, m in period.months():
        counts = per_month.get(f"{y:04d}-{m:02d}", {})
        # "Jan" fits under a bar of a year's chart; the year only when the period spans two
        name = wording.month_abbrev(m) + (f" {y % 100:02d}" if several_years else "")
        months.append((name, counts.get(STATUS_CLOSED, 0),
                       counts.get(STATUS_OPEN, 0), counts.get(STATUS_HOLD, 0)))
    return Dashboard(
        total=sum(by_status.values()), by_status=dict(by_status), overdue_now=overdue,
        due_soon_now=soon,
        by_lane=[(desk.lane_name(k), n) for k, n in _ranked(lanes)],
        by_channel=[(label(CHANNELS, k), n) for k, n in _ranked(channels)],
        by_tier=[(tier_names.get(k, k), n) for k, n in _ranked(tiers)],
        by_subject_kind=[(label(SUBJECT_KINDS, k), n) for k, n in _ranked(kinds)],
        by_subject=[(label(SUBJECT_KINDS, k), name, n)
                    for (k, name), n in sorted(subjects.items(),
                                               key=lambda kv: (-kv[1], kv[0][1] or ""))],
        by_month=months)


def _figures(histogram: dict[float, int]) -> tuple[float | None, float | None]:
    ordered = sorted(histogram.items())
    return percentile(ordered, 0.5), percentile(ordered, 0.9)


def share_of(sop, step_no: int, lanes: set[str]) -> int:
    """The standard minutes of the official holding `lanes` at step `step_no`: their share
    when the step has sub-steps (the Kadiv's 5 and the Kakanwil's 10 of step 9), else the
    step's. The step's own standard when no share, or more than one, is theirs."""
    try:
        step = sop.step(step_no)
    except KeyError:
        return 0
    mine = [part for part in range(len(step.parts) + 1)
            if sop.acting_lane(step_no, part) in lanes]
    return step.minutes_of(mine[0]) if step.parts and len(mine) == 1 else step.minutes


def compliance(period: Period, sop=None) -> tuple[list[StepFigures], list[OfficialFigures]]:
    """Per SOP step and per official: finished passes, median and 90th percentile of working
    minutes, share within the standard, and (per step) drafts returned for revision. A step
    with sub-steps counts every official's share (step 9: the Kadiv's and the Kakanwil's)
    as a pass of its own, each within its share of the step's standard (StepRecord's
    standard_minutes)."""
    sop = sop or sop_versions.current_sop()
    per_step: dict[int, dict[float, int]] = defaultdict(lambda: defaultdict(int))
    per_official: dict[tuple, dict[float, int]] = defaultdict(lambda: defaultdict(int))
    step_within: dict[int, int] = defaultdict(int)
    step_returned: dict[int, int] = defaultdict(int)
    official_within: dict[tuple, int] = defaultdict(int)
    for actor, step_no, minutes, n, within, returned in step_tally.passes(period.start,
                                                                         period.end):
        per_step[step_no][minutes] += n
        step_within[step_no] += within
        step_returned[step_no] += returned
        per_official[(actor, step_no)][minutes] += n
        official_within[(actor, step_no)] += within
    steps = []
    for step in sop.steps:
        histogram = per_step.get(step.no, {})
        passes = sum(histogram.values())
        median, p90 = _figures(histogram)
        steps.append(StepFigures(step.no, sop.lane(step.lane).name, step.activity,
                                 step.minutes, passes, median, p90,
                                 step_within[step.no] / passes if passes else None,
                                 step_returned[step.no]))
    actors = [a for a, _s in per_official if a is not None]
    people = {u.id: (u.full_name, u.jabatan or "") for u in
              User.select(User.id, User.full_name, User.jabatan).where(User.id.in_(actors))}
    lanes: dict[int, set[str]] = defaultdict(set)
    for user_id, lane in UserLane.select(UserLane.user, UserLane.lane).where(
            UserLane.user.in_(actors)).tuples():
        lanes[user_id].add(lane)
    officials = []
    for (actor, step_no), histogram in per_official.items():
        name, jabatan = people.get(actor, (_("(tidak tercatat)"), ""))
        passes = sum(histogram.values())
        median, p90 = _figures(histogram)
        officials.append(OfficialFigures(name, jabatan, step_no,
                                         share_of(sop, step_no, lanes.get(actor, set())),
                                         passes, median, p90,
                                         official_within[(actor, step_no)] / passes))
    officials.sort(key=lambda o: (o.name, o.step_no))
    return steps, officials


class _DueCache:
    """Statutory deadlines recomputed where a row does not store one. The working-day part
    depends only on the date of receipt, so it is computed once per (date, days)."""

    def __init__(self):
        self.calendar = office_calendar()
        self.days_due: dict[tuple[dt.date, int], dt.datetime] = {}

    def due(self, received: dt.datetime, days: int, held: float) -> dt.datetime:
        key = (received.date(), days)
        due = self.days_due.get(key)
        if due is None:
            due = self.days_due[key] = self.calendar.add_working_days(received, days)
        return self.calendar.add_working_minutes(due, held) if held > 0 else due


def tier_deadlines(period: Period, at: dt.datetime | None = None) -> list[TierFigures]:
    """Per statutory tier: complaints closed within / past their deadline, and those not yet
    closed that are already late or still in time (at `at`)."""
    at = at or now()
    tiers = settings.tiers()
    where = _in_period(period)
    closed, stored = STATUS_CLOSED, Complaint.due_at.is_null(False)
    in_time = fn.SUM(Case(None, [(Complaint.closed_at <= Complaint.due_at, 1)], 0))
    late_open = fn.SUM(Case(None, [(Complaint.due_at < at, 1)], 0))
    rows: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    # Rows that store their deadline: one GROUP BY.
    for tier, status, n, ok, late in (
            Complaint.select(Complaint.tier, Complaint.status == closed, fn.COUNT(Complaint.id),
                             in_time, late_open)
            .where(where & stored).group_by(Complaint.tier, Complaint.status == closed)
            .tuples()):
        if status:
            rows[tier][0] += ok or 0
            rows[tier][1] += n - (ok or 0)
        else:
            rows[tier][2] += late or 0
            rows[tier][3] += n - (late or 0)
    # Rows without one (older data, bulk imports): recompute from the tier's working days.
    cache = _DueCache()
    for tier, received, held, status, closed_at in (
            Complaint.select(Complaint.tier, Complaint.received_at, Complaint.held_minutes,
                             Complaint.status, Complaint.closed_at)
            .where(where & Complaint.due_at.is_null()).tuples().iterator()):
        days = int(tiers.get(tier, {}).get("hari_kerja", 0))
        if not days:
            continue
        due = cache.due(received, days, held or 0)
        if status == closed:
            rows[tier][0 if closed_at <= due else 1] += 1
        else:
            rows[tier][2 if due < at else 3] += 1
    result = []
    for key, tier in tiers.items():
        r = rows.get(key, [0, 0, 0, 0])
        result.append(TierFigures(key, _(tier["nama"]), int(tier["hari_kerja"]), sum(r), *r))
    return result


def loops(period: Period, total: int) -> Loops:
    """Revision loops (a draft returned down the chain) per complaint received in `period`."""
    where = _in_period(period) & (StepRecord.outcome == OUTCOME_RETURNED)
    # COUNT(*): the partial index of returned passes answers it without the table rows.
    per_complaint = (StepRecord.select(StepRecord.complaint, fn.COUNT(SQL("*")).alias("n"))
                     .join(Complaint, on=(StepRecord.complaint == Complaint.id))
                     .where(where).group_by(StepRecord.complaint))
    distribution = {"0": 0, "1": 0, "2": 0, "3+": 0}
    looped = all_loops = 0
    for n, complaints in (StepRecord.select(per_complaint.c.n, fn.COUNT(1))
                          .from_(per_complaint).group_by(per_complaint.c.n).tuples()):
        distribution["3+" if n >= 3 else str(n)] += complaints
        looped += complaints
        all_loops += n * complaints
    distribution["0"] = total - looped
    return Loops(total, looped, all_loops, distribution, {})
