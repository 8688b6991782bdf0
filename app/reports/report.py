"""Reports (issue 9): the dashboard, SOP compliance per step and per official, statutory
deadlines met per tier, and revision loops, for one period. Qt-free; the Laporan page, the
XLSX/DOCX writers (app.reports.export) and `pengaduan report` all render what `build()`
returns.

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
from collections.abc import Iterable
from dataclasses import dataclass, field
from fractions import Fraction

from peewee import SQL, Case, fn

from app.i18n import _
from app.office import deadlines, wording
from app.office.vocab import CHANNELS, STATUSES, SUBJECT_KINDS, label
from app.services import casefile, register, settings, sop_versions
from app.store import step_tally
from app.store.models import (
    OUTCOME_RETURNED,
    STATUS_CLOSED,
    STATUS_HOLD,
    STATUS_OPEN,
    Complaint,
    StepRecord,
    User,
    now,
)

TOP_SUBJECTS = 10  # the chart shows the most-complained-about parties; the table shows all

# Colours shared by the screen and the printed charts (readable in greyscale too).
GREEN, AMBER, RED, BLUE, GREY = "#2e7d32", "#e0a000", "#c62828", "#1f5fa8", "#9e9e9e"


class ReportError(ValueError):
    """A period the user gave cannot be reported on (end before start, bad date)."""


# -- the period --------------------------------------------------------------------------

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
    standard: int
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


@dataclass
class Column:
    title: str
    kind: str = "text"  # text | int | minutes | percent | decimal


@dataclass
class Table:
    key: str
    title: str
    columns: list[Column]
    rows: list[list]
    note: str = ""


@dataclass
class Series:
    name: str
    values: list[float]
    color: str


@dataclass
class Chart:
    """What to draw, not how: the Qt renderer (ui.report_charts) paints it on screen and
    into PNG for the recap."""

    key: str
    title: str
    kind: str  # bar (vertical, stacked when several series) | group (side by side) | hbar
    categories: list[str]
    series: list[Series]
    percent: bool = False  # values are shares 0..1, drawn against a 0-100 % axis
    colors: list[str] | None = None  # per category, for a single series (traffic lights)


@dataclass
class Report:
    period: Period
    at: dt.datetime
    office: dict[str, str]
    dashboard: Dashboard
    steps: list[StepFigures]
    officials: list[OfficialFigures]
    tiers: list[TierFigures]
    loops: Loops
    sop_name: str = ""
    sop_number: str = ""
    tables: list[Table] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)

    def table(self, key: str) -> Table:
        return next(t for t in self.tables if t.key == key)

    def chart(self, key: str) -> Chart:
        return next(c for c in self.charts if c.key == key)


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


# -- computing the report ----------------------------------------------------------------------

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
        by_lane=[(casefile.lane_name(k), n) for k, n in _ranked(lanes)],
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


def compliance(period: Period, sop=None) -> tuple[list[StepFigures], list[OfficialFigures]]:
    """Per SOP step and per official: finished passes, median and 90th percentile of working
    minutes, share within the standard, and (per step) drafts returned for revision."""
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
    people = {u.id: (u.full_name, u.jabatan or "") for u in
              User.select(User.id, User.full_name, User.jabatan)
              .where(User.id.in_([a for a, _s in per_official if a is not None]))}
    standard = {s.no: s.minutes for s in sop.steps}
    officials = []
    for (actor, step_no), histogram in per_official.items():
        name, jabatan = people.get(actor, (_("(tidak tercatat)"), ""))
        passes = sum(histogram.values())
        median, p90 = _figures(histogram)
        officials.append(OfficialFigures(name, jabatan, step_no, standard.get(step_no, 0),
                                         passes, median, p90,
                                         official_within[(actor, step_no)] / passes))
    officials.sort(key=lambda o: (o.name, o.step_no))
    return steps, officials


class _DueCache:
    """Statutory deadlines recomputed where a row does not store one. The working-day part
    depends only on the date of receipt, so it is computed once per (date, days)."""

    def __init__(self):
        self.calendar = settings.office_calendar()
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


def build(period: Period, at: dt.datetime | None = None) -> Report:
    """The whole report for `period`, with its tables and chart descriptions."""
    at = (at or now()).replace(microsecond=0)
    sop = sop_versions.current_sop()
    board = dashboard(period, at)
    steps, officials = compliance(period, sop)
    loop_figures = loops(period, board.total)
    loop_figures.by_step = {s.step_no: s.returned for s in steps if s.returned}
    office = {key: str(settings.get(key)) for key in (
        "office_ministry", "office_name", "office_address", "office_phone", "office_fax",
        "office_web", "office_email", "office_city", "office_logo")}
    signer = settings.get("signatories").get("kakanwil", {})
    office["signer_jabatan"] = signer.get("jabatan") or _("Kepala Kantor Wilayah")
    office["signer_nama"] = signer.get("nama", "")
    office["signer_nip"] = signer.get("nip", "")
    report = Report(period, at, office, board, steps, officials,
                    tier_deadlines(period, at), loop_figures, sop.name, sop.number)
    report.tables = _tables(report)
    report.charts = _charts(report)
    return report


# -- tables and charts -----------------------------------------------------------------------

def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _count_table(key, title, caption, pairs: Iterable[tuple[str, int]], total: int) -> Table:
    rows = [[name or "-", n, _share(n, total)] for name, n in pairs]
    return Table(key, title, [Column(caption), Column(_("Jumlah"), "int"),
                              Column(_("Persentase"), "percent")], rows)


def _tables(r: Report) -> list[Table]:
    d = r.dashboard
    summary = Table("ringkasan", _("Ringkasan"), [Column(_("Uraian")),
                                                 Column(_("Jumlah"), "int")], [
        [_("Pengaduan diterima"), d.total],
        [_("Selesai"), d.closed],
        [_("Dalam proses"), d.open],
        [_("Ditunda (menunggu pelapor)"), d.held],
        [_("Lewat batas waktu saat ini"), d.overdue_now],
        [_("Segera jatuh tempo"), d.due_soon_now],
        [_("Pengaduan dengan perbaikan berulang"), r.loops.looped],
    ], note=_("Keadaan per {t}.").format(t=f"{wording.long_date(r.at.date())} {r.at:%H.%M}"))
    statuses = [(label(STATUSES, s), d.by_status.get(s, 0))
                for s in (STATUS_CLOSED, STATUS_OPEN, STATUS_HOLD)]
    months = Table("bulan", _("Pengaduan per bulan penerimaan"), [
        Column(_("Bulan")), Column(_("Diterima"), "int"), Column(_("Selesai"), "int"),
        Column(_("Dalam proses"), "int"), Column(_("Ditunda"), "int")],
        [[m, c + o + h, c, o, h] for m, c, o, h in d.by_month])
    subjects = Table("pihak", _("Menurut pihak yang diadukan"), [
        Column(_("Jenis")), Column(_("Divisi / UPT")), Column(_("Jumlah"), "int"),
        Column(_("Persentase"), "percent")],
        [[kind, name, n, _share(n, d.total)] for kind, name, n in d.by_subject])
    steps = Table("langkah", _("Kepatuhan SOP per langkah"), [
        Column(_("Langkah"), "int"), Column(_("Pelaksana")), Column(_("Kegiatan")),
        Column(_("Baku (menit)"), "int"), Column(_("Pelaksanaan"), "int"),
        Column(_("Median (menit)"), "minutes"), Column(_("Persentil 90 (menit)"), "minutes"),
        Column(_("Tepat waktu"), "percent"), Column(_("Dikembalikan"), "int")],
        [[s.step_no, s.lane, s.activity, s.standard, s.passes, s.median, s.p90, s.on_time,
          s.returned] for s in r.steps],
        note=_("Menit kerja (jam kerja ASN, hari libur tidak dihitung; median dan persentil "
               "dalam menit penuh) per pelaksanaan langkah; perbaikan berulang menambah "
               "pelaksanaan. Tepat waktu dinilai dari menit kerja yang tepat."))
    officials = Table("pejabat", _("Kinerja per pejabat dan langkah"), [
        Column(_("Nama")), Column(_("Jabatan")), Column(_("Langkah"), "int"),
        Column(_("Baku (menit)"), "int"), Column(_("Pelaksanaan"), "int"),
        Column(_("Median (menit)"), "minutes"), Column(_("Persentil 90 (menit)"), "minutes"),
        Column(_("Tepat waktu"), "percent")],
        [[o.name, o.jabatan, o.step_no, o.standard, o.passes, o.median, o.p90, o.on_time]
         for o in r.officials])
    tiers = Table("tingkat", _("Batas waktu penyelesaian per tingkat"), [
        Column(_("Tingkat")), Column(_("Hari kerja"), "int"), Column(_("Jumlah"), "int"),
        Column(_("Selesai tepat waktu"), "int"), Column(_("Selesai terlambat"), "int"),
        Column(_("Belum selesai, terlambat"), "int"),
        Column(_("Belum selesai, masih dalam batas"), "int"), Column(_("Terpenuhi"), "percent")],
        [[t.name, t.days, t.total, t.closed_in_time, t.closed_late, t.open_overdue,
          t.open_in_time, t.met] for t in r.tiers],
        note=_("Terpenuhi = selesai tepat waktu dibagi pengaduan yang hasilnya sudah pasti "
               "(selesai, atau belum selesai tetapi sudah lewat batas)."))
    lp = r.loops
    loop_rows = [[_("Tanpa perbaikan"), lp.distribution["0"], _share(lp.distribution["0"],
                                                                   lp.complaints)]]
    loop_rows += [[_("{n} kali perbaikan").format(n=k), lp.distribution[k],
                   _share(lp.distribution[k], lp.complaints)] for k in ("1", "2", "3+")]
    loop_table = Table("perbaikan", _("Perbaikan berulang (koreksi konsep nota dinas)"), [
        Column(_("Perbaikan per pengaduan")), Column(_("Pengaduan"), "int"),
        Column(_("Persentase"), "percent")], loop_rows,
        note=_("Rata-rata {m} perbaikan per pengaduan; dikembalikan dari langkah: {s}.").format(
            m=format_value("decimal", lp.per_complaint),
            s=", ".join(f"{k} ({v})" for k, v in sorted(lp.by_step.items())) or "-"))
    return [
        summary,
        _count_table("status", _("Menurut status"), _("Status"), statuses, d.total),
        _count_table("posisi", _("Posisi pengaduan yang belum selesai"), _("Pelaksana"),
                     d.by_lane, d.open + d.held),
        _count_table("saluran", _("Menurut saluran"), _("Saluran"), d.by_channel, d.total),
        _count_table("jenis", _("Menurut tingkat pengaduan"), _("Tingkat"), d.by_tier, d.total),
        _count_table("jenis_pihak", _("Menurut jenis pihak yang diadukan"), _("Jenis"),
                     d.by_subject_kind, d.total),
        subjects, months, steps, officials, tiers, loop_table,
    ]


def _traffic(share: float | None) -> str:
    if share is None:
        return GREY
    return GREEN if share >= 0.8 else AMBER if share >= 0.5 else RED


def _charts(r: Report) -> list[Chart]:
    d = r.dashboard
    top = d.by_subject[:TOP_SUBJECTS]
    return [
        Chart("bulan", _("Pengaduan diterima per bulan"), "bar",
              [m for m, *_rest in d.by_month],
              [Series(_("Selesai"), [c for _m, c, _o, _h in d.by_month], GREEN),
               Series(_("Dalam proses"), [o for _m, _c, o, _h in d.by_month], BLUE),
               Series(_("Ditunda"), [h for _m, _c, _o, h in d.by_month], AMBER)]),
        Chart("saluran", _("Menurut saluran"), "hbar", [n for n, _c in d.by_channel],
              [Series(_("Pengaduan"), [c for _n, c in d.by_channel], BLUE)]),
        Chart("pihak", _("Pihak yang paling banyak diadukan"), "hbar",
              [name for _k, name, _n in top],
              [Series(_("Pengaduan"), [n for _k, _name, n in top], BLUE)]),
        Chart("posisi", _("Posisi pengaduan yang belum selesai"), "hbar",
              [n for n, _c in d.by_lane],
              [Series(_("Pengaduan"), [c for _n, c in d.by_lane], BLUE)]),
        Chart("langkah", _("Ketepatan waktu per langkah SOP"), "bar",
              [str(s.step_no) for s in r.steps],
              [Series(_("Tepat waktu"), [s.on_time or 0.0 for s in r.steps], GREEN)],
              percent=True, colors=[_traffic(s.on_time) for s in r.steps]),
        Chart("menit", _("Median waktu kerja dibanding waktu baku (menit)"), "group",
              [str(s.step_no) for s in r.steps],
              [Series(_("Median"), [s.median or 0.0 for s in r.steps], BLUE),
               Series(_("Persentil 90"), [s.p90 or 0.0 for s in r.steps], GREY),
               Series(_("Baku SOP"), [float(s.standard) for s in r.steps], GREEN)]),
        Chart("tingkat", _("Batas waktu penyelesaian terpenuhi per tingkat"), "hbar",
              [t.name for t in r.tiers],
              [Series(_("Terpenuhi"), [t.met or 0.0 for t in r.tiers], GREEN)],
              percent=True, colors=[_traffic(t.met) for t in r.tiers]),
    ]


# -- formatting shared by the page and the recap -----------------------------------------------

def format_value(kind: str, value) -> str:
    """A cell as the office reads it: 1.234 (thousands with a dot), 87,5 %, 312 (minutes)."""
    if value is None:
        return "-"
    if kind == "int":
        return wording.thousands(int(value))
    if kind == "percent":
        return wording.percent(value)
    if kind == "minutes":
        return wording.thousands(round(value)) if value >= 100 else wording.decimal(value)
    if kind == "decimal":
        return wording.decimal(value, 2)
    return str(value)
