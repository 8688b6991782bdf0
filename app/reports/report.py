"""A report (issue 9) as the reader sees it: the figures of one period (app.reports.figures)
laid out as tables and described as charts, with the office's letterhead and signer, and the
text of a cell as the office reads it. Qt-free; the Laporan page, the XLSX/DOCX writers
(app.reports.export) and `pengaduan report` all render what `build()` returns. The figures
carry no reporter data, so neither does the report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from app.i18n import _
from app.office import wording
from app.office.vocab import STATUSES, label
from app.reports import figures
from app.reports.periods import Period
from app.services import settings, sop_versions
from app.store import audit_points
from app.store.audit_points import Checkpoint
from app.store.models import STATUS_CLOSED, STATUS_HOLD, STATUS_OPEN, now

TOP_SUBJECTS = 10  # the chart shows the most-complained-about parties; the table shows all

# Colours shared by the screen and the printed charts (readable in greyscale too).
GREEN, AMBER, RED, BLUE, GREY = "#2e7d32", "#e0a000", "#c62828", "#1f5fa8", "#9e9e9e"


# -- the report ------------------------------------------------------------------------------

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
    dashboard: figures.Dashboard
    steps: list[figures.StepFigures]
    officials: list[figures.OfficialFigures]
    tiers: list[figures.TierFigures]
    loops: figures.Loops
    sop_name: str = ""
    sop_number: str = ""
    tables: list[Table] = field(default_factory=list)
    # The kop's logo (image bytes from the database), None without one.
    logo: bytes | None = None
    charts: list[Chart] = field(default_factory=list)
    # The audit chain's last entry when the figures were read, printed on every report.
    audit_point: Checkpoint | None = None

    def table(self, key: str) -> Table:
        return next(t for t in self.tables if t.key == key)

    def chart(self, key: str) -> Chart:
        return next(c for c in self.charts if c.key == key)


def build(period: Period, at: dt.datetime | None = None) -> Report:
    """The whole report for `period`, with its tables and chart descriptions."""
    at = (at or now()).replace(microsecond=0)
    sop = sop_versions.current_sop()
    board = figures.dashboard(period, at)
    steps, officials = figures.compliance(period, sop)
    loop_figures = figures.loops(period, board.total)
    loop_figures.by_step = {s.step_no: s.returned for s in steps if s.returned}
    current = settings.current()
    office = {key: str(getattr(current, key)) for key in (
        "office_ministry", "office_name", "office_address", "office_phone", "office_fax",
        "office_web", "office_email", "office_city")}
    signer = current.signatories.get("kakanwil", {})
    office["signer_jabatan"] = signer.get("jabatan") or _("Kepala Kantor Wilayah")
    office["signer_nama"] = signer.get("nama", "")
    office["signer_nip"] = signer.get("nip", "")
    report = Report(period, at, office, board, steps, officials,
                    figures.tier_deadlines(period, at), loop_figures, sop.name, sop.number)
    report.logo = settings.office_logo_bytes(current)
    report.audit_point = audit_points.current(_("laporan {p}").format(p=period.label))
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
    ], note=_("Keadaan per {t}.").format(
        t=wording.long_date_clock(r.at)))
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
               "pelaksanaan. Tepat waktu dinilai dari menit kerja yang tepat. Langkah "
               "dengan bagian (langkah 9: paraf Kadiv dan tanda tangan Kakanwil) dihitung "
               "per bagian, masing-masing terhadap bakunya sendiri."))
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
