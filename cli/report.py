"""`pengaduan report --from DATE --to DATE --out FILE.xlsx|FILE.docx`: the period's report
as a workbook (every table) or as the recap ready to sign (charts rendered offscreen).
Listed in cli.main."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from app.i18n import _
from app.store import clock
from cli.common import open_database


def _date(text: str) -> dt.date:
    for pattern in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(text)


def args_report(parser) -> None:
    parser.add_argument("--from", dest="date_from", metavar="TANGGAL",
                        help=_("awal periode, YYYY-MM-DD (bawaan: 1 Januari tahun ini)"))
    parser.add_argument("--to", dest="date_to", metavar="TANGGAL",
                        help=_("akhir periode, termasuk (bawaan: hari ini)"))
    parser.add_argument("--out", required=True, metavar="BERKAS",
                        help=_("berkas keluaran: .xlsx (semua tabel) atau .docx (rekap)"))
    parser.add_argument("--per", metavar="YYYY-MM-DDTHH:MM",
                        help=_("keadaan per waktu ini (bawaan: sekarang)"))


def run_report(args) -> int:
    from app.reports import export as report_export
    from app.reports.periods import Period, ReportError
    from app.reports.report import build

    out = Path(args.out)
    if out.suffix.lower() not in (".xlsx", ".docx"):
        print(_("Galat: berkas keluaran harus .xlsx atau .docx"), file=sys.stderr)
        return 2
    open_database(args)  # the office's clock and zone first: "today" is the office's
    today = clock.today()
    try:
        start = _date(args.date_from) if args.date_from else dt.date(today.year, 1, 1)
        end = _date(args.date_to) if args.date_to else today
        at = dt.datetime.fromisoformat(args.per) if args.per else None
    except ValueError as exc:
        print(_("Galat: tanggal '{t}' tidak dikenal (contoh 2026-03-31)").format(t=exc),
              file=sys.stderr)
        return 2
    try:
        period = Period.between(start, end)
    except ReportError as exc:
        print(_("Galat: {e}").format(e=exc), file=sys.stderr)
        return 2
    report = build(period, at)
    if out.suffix.lower() == ".xlsx":
        report_export.write_xlsx(report, out)
    else:
        from ui.report_charts import chart_images

        report_export.write_docx(report, out, chart_images(report.charts))
    print(_("Laporan {p} ({n} pengaduan) ditulis ke {o}").format(
        p=period.label, n=report.dashboard.total, o=out))
    return 0
