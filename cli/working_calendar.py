"""`pengaduan kalender`: the office's working calendar kept in the database (issue 16).

    pengaduan kalender daftar [--tahun 2026]
    pengaduan kalender libur 2026-12-24 --nama "Cuti bersama" --dasar "SKB 3 Menteri ..."
    pengaduan kalender kerja 2026-08-17 --nama "Layanan tetap buka" --dasar "Keputusan ..."
    pengaduan kalender hapus 2026-12-24
    pengaduan kalender perbarui --tahun 2027

The command line acts as an administrator (like `pengaduan user`): whoever can run it on
the database's machine can change the database anyway. Every change is audited and moves
the deadlines of open complaints at once."""

from __future__ import annotations

import argparse
import datetime as dt

from app.i18n import _
from cli.common import open_database


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("tanggal '{t}' tidak dikenal (contoh 2026-12-24)").format(t=text)) from None


def args_calendar(parser):
    sub = parser.add_subparsers(dest="action", required=True)
    show = sub.add_parser("daftar", help=_("hari libur dan hari kerja tambahan setahun"))
    show.add_argument("--tahun", type=int, default=None, help=_("bawaan: tahun ini"))
    for action, help_text in (("libur", _("tetapkan hari libur kantor")),
                              ("kerja", _("tetapkan hari kerja tambahan"))):
        change = sub.add_parser(action, help=help_text)
        change.add_argument("tanggal", type=_day, metavar="TANGGAL")
        change.add_argument("--nama", required=True, help=_("nama atau keterangan hari"))
        change.add_argument("--dasar", required=True,
                            help=_("dasar perubahan, mis. nomor SKB atau keputusan"))
    remove = sub.add_parser("hapus", help=_("hapus ketetapan kantor untuk satu tanggal"))
    remove.add_argument("tanggal", type=_day, metavar="TANGGAL")
    refresh = sub.add_parser("perbarui",
                             help=_("muat ulang hari libur nasional setahun dari paket holidays"))
    refresh.add_argument("--tahun", type=int, required=True)


def run_calendar(args) -> int:
    from app.office import wording
    from app.services import calendar
    from app.services.accounts import COMMAND_LINE
    from app.store import clock

    open_database(args)
    if args.action == "daftar":
        year = clock.today().year if args.tahun is None else args.tahun
        for e in calendar.entries(year):
            mark = "" if e.in_force else _(" (digantikan ketetapan kantor)")
            print(f"{e.day.isoformat()}  {wording.long_date(e.day):<22} "
                  f"{_(calendar.KINDS[e.kind]):<10} {_(calendar.ORIGINS[e.origin]):<8} "
                  f"{e.name}{mark}  [{e.source}]")
        return 0
    if args.action in calendar.KINDS:
        calendar.set_office_day(args.tanggal, args.action, args.nama, args.dasar,
                                actor=COMMAND_LINE)
        print(_("{d} ditetapkan sebagai {k}.").format(
            d=wording.long_date(args.tanggal), k=_(calendar.KINDS[args.action]).lower()))
    elif args.action == "hapus":
        calendar.remove_office_day(args.tanggal, actor=COMMAND_LINE)
        print(_("Ketetapan kantor untuk {d} dihapus.").format(d=wording.long_date(args.tanggal)))
    else:
        added, removed = calendar.refresh_national(args.tahun, actor=COMMAND_LINE)
        for line in added:
            print("+ " + line)
        for line in removed:
            print("- " + line)
        print(_("Hari libur nasional {y} diperbarui: {a} ditambah, {r} dihapus.").format(
            y=args.tahun, a=len(added), r=len(removed)))
    return 0
