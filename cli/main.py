"""The `pengaduan` command: administration, scripts and tests; with no command, the GUI.

Every command takes `--db URL` (default: PENGADUAN_DB_URL, the config file, or the per-user
SQLite file). Exit codes: 0 success, 1 a problem the message explains, 2 usage error.

The command table is written out below. Commands import what they need when they run, so
`pengaduan --help` stays quick; only the GUI, the self-test and the chart commands reach
into `ui/`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass

from app import __version__
from app.errors import PengaduanError
from app.i18n import _
from cli import (
    admin,
    attachments,
    berkas,
    documents,
    report,
    search,
    sop,
    swimlane,
    working_calendar,
)


@dataclass(frozen=True)
class Command:
    help: str  # translated when the parser is built
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


def _no_arguments(_parser: argparse.ArgumentParser) -> None:
    pass


COMMANDS: dict[str, Command] = {
    "init": Command("siapkan basis data dan tetapkan SOP yang berlaku", _no_arguments,
                    admin.run_init),
    "user": Command("kelola pengguna", admin.args_user, admin.run_user),
    "demo": Command("buat data contoh", admin.args_demo, admin.run_demo),
    "audit": Command("log audit", admin.args_audit, admin.run_audit),
    "tally": Command("rekap langkah untuk laporan kepatuhan SOP", admin.args_tally,
                     admin.run_tally),
    "backup": Command("cadangkan basis data SQLite", admin.args_backup, admin.run_backup),
    "pengaturan": Command("pengaturan kantor: lihat, ubah, logo kop (administrator)",
                          admin.args_settings, admin.run_settings),
    "kalender": Command("kalender kerja kantor: hari libur dan hari kerja tambahan",
                        working_calendar.args_calendar, working_calendar.run_calendar),
    "sop": Command("SOP yang berlaku: status dan adopsi berkas SOP (administrator)",
                   sop.args_sop, sop.run_sop),
    "document": Command("buat naskah dinas (.docx, opsional PDF)", documents.args_document,
                        documents.run_document),
    "template": Command("kelola templat naskah dinas", documents.args_template,
                        documents.run_template),
    "swimlane": Command("gambar bagan alir SOP (PNG/PDF) sebuah pengaduan atau SOP kosong",
                        swimlane.args_swimlane, swimlane.run_swimlane),
    "attach": Command("lampirkan berkas ke pengaduan", attachments.args_attach,
                      attachments.run_attach),
    "report": Command("laporan periode ke .xlsx atau rekap .docx", report.args_report,
                      report.run_report),
    "cari": Command("cari pengaduan di semua isian dan naskahnya", search.args_search,
                    search.run_search),
    "berkas": Command("berkas pengaduan lengkap sebagai satu PDF bermarkah", berkas.args_berkas,
                      berkas.run_berkas),
    "arsip": Command("arsip tahunan pengaduan selesai (administrator) dan pemeriksaannya",
                     berkas.args_arsip, berkas.run_arsip),
}


def build_parser() -> argparse.ArgumentParser:
    db_help = _("basis data: sqlite:////jalur/berkas.db atau postgresql://user:sandi@host/db")
    # SUPPRESS on the subcommands, so `pengaduan --db X demo` keeps X (argparse would
    # otherwise reset it to the subparser's default).
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help=db_help)
    parser = argparse.ArgumentParser(prog="pengaduan", description=_(
        "Layanan Pengaduan Masyarakat. Tanpa perintah: membuka aplikasi."))
    parser.add_argument("--db", metavar="URL", default=None, help=db_help)
    parser.add_argument("--version", action="version", version=f"pengaduan {__version__}")
    parser.add_argument("--self-test", action="store_true", help=_(
        "uji mandiri tanpa layar (basis data sementara, data contoh); keluar 0 bila lulus"))
    # times the start to the main window for bench/bench_startup_bundle.py
    parser.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command")
    for name, command in COMMANDS.items():
        sub_parser = sub.add_parser(name, parents=[common], help=_(command.help))
        command.add_arguments(sub_parser)
        sub_parser.set_defaults(run=command.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args, rest = parser.parse_known_args(argv)
    if args.self_test or args.startup_probe:
        if args.command is not None or rest:
            parser.error(_("--self-test dan --startup-probe tidak memakai perintah lain"))
        from ui import selftest

        return selftest.run() if args.self_test else selftest.startup_probe(args.db)
    if args.command is None:
        if rest:
            parser.error(_("argumen tidak dikenal: {a}").format(a=" ".join(rest)))
        return _start_gui(args)
    if rest:
        parser.error(_("argumen tidak dikenal: {a}").format(a=" ".join(rest)))
    try:
        return args.run(args)
    except PengaduanError as exc:
        print(_("Galat: {e}").format(e=exc), file=sys.stderr)
        return 1


def _start_gui(args) -> int:
    # An ImportError here (PySide6 or Qt not loading) propagates: the bundle's entry point
    # (cli.startup.guarded) logs it and shows it even without a console; from a terminal
    # the trace says it. Never the help text and exit 0, which hid it in Pengaduan.exe.
    from ui.main import run_gui

    return run_gui(args)
