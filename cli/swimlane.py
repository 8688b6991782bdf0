"""`pengaduan swimlane [REGISTER_NO] --out FILE.png|FILE.pdf`: draw a complaint's SOP chart
(or, with no number, the blank SOP) to a file, offscreen. Listed in cli.main."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

from app.i18n import _


def args_swimlane(parser) -> None:
    parser.add_argument("register_no", nargs="?", metavar="NOMOR_REGISTER",
                        help=_("nomor register pengaduan; tanpa nomor: SOP kosong"))
    parser.add_argument("--out", required=True, metavar="BERKAS",
                        help=_("berkas keluaran .png atau .pdf"))
    parser.add_argument("--sop", metavar="BERKAS_SOP",
                        help=_("berkas SOP untuk bagan kosong (bawaan: SOP yang berlaku)"))
    parser.add_argument("--per", metavar="YYYY-MM-DDTHH:MM",
                        help=_("keadaan per waktu ini (bawaan: sekarang)"))


def _has_display() -> bool:
    if not sys.platform.startswith("linux"):
        return True  # Windows and macOS always have their window system
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _qt_app():
    if "QT_QPA_PLATFORM" not in os.environ and not _has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["pengaduan"])


def run_swimlane(args) -> int:
    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in (".png", ".pdf"):
        print(_("Galat: berkas keluaran harus .png atau .pdf"), file=sys.stderr)
        return 2
    at = None
    if args.per:
        try:
            at = dt.datetime.fromisoformat(args.per)
        except ValueError:
            print(_("Galat: waktu '{t}' tidak dikenal (contoh 2026-11-25T10:30)")
                  .format(t=args.per), file=sys.stderr)
            return 2
    app = _qt_app()  # noqa: F841 (scenes and fonts need it alive)
    from app.office.sop import load_sop
    from app.services import swimlane

    if args.register_no:
        from app.store.db import open_database

        open_database(args.db)
        complaint_id = swimlane.find_register_no(args.register_no)
        if complaint_id is None:
            print(_("Galat: pengaduan {no} tidak ditemukan.").format(no=args.register_no),
                  file=sys.stderr)
            return 1
        chart = swimlane.complaint_chart(complaint_id, at=at)
    else:
        from app.paths import default_sop_path

        chart = swimlane.blank_chart(load_sop(args.sop or default_sop_path()))
    from ui.swimlane import export_pdf, export_png

    if suffix == ".png":
        export_png(chart, out)
        print(_("Bagan ditulis ke {p}").format(p=out))
    else:
        pages = export_pdf(chart, out)
        print(_("Bagan ditulis ke {p} ({n} halaman)").format(p=out, n=pages))
    return 0
