"""`pengaduan sop status` and `pengaduan sop adopsi [FILE] --user ADMIN`: the SOP in force
is the one adopted in the database; a workstation's bundled file comes into force only when
an administrator adopts it."""

from __future__ import annotations

import argparse
import getpass
import sys

from app.i18n import _
from cli.common import open_database


def args_sop(parser):
    sub = parser.add_subparsers(dest="sop_command", required=True)
    sub.add_parser("status", help=_("SOP yang berlaku dibandingkan dengan berkas SOP bawaan "
                                    "komputer ini"))
    adopt = sub.add_parser("adopsi", help=_(
        "berlakukan berkas SOP untuk pengaduan baru di semua komputer (administrator)"))
    adopt.add_argument("file", nargs="?", metavar="FILE",
                       help=_("berkas SOP .toml (bawaan: berkas SOP bawaan komputer ini)"))
    adopt.add_argument("--user", required=True, metavar="NAMA",
                       help=_("administrator yang memberlakukan (kata sandinya ditanyakan)"))
    adopt.add_argument("--password-stdin", action="store_true",
                       help=_("baca kata sandi dari stdin (untuk skrip)"))
    for command in sub.choices.values():
        # `--db` after the subcommand too; SUPPRESS keeps a value given before it.
        command.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                             help=_("basis data (lihat pengaduan --help)"))


def run_sop(args) -> int:
    from app.services import accounts, settings, sop_versions

    open_database(args)
    if args.sop_command == "status":
        status = sop_versions.bundled_sop_status()
        for line in status.lines():
            print(line)
        if not status.same and status.bundled is not None:
            print(_("Untuk memberlakukannya: pengaduan sop adopsi --user NAMA"))
        return 0
    password = (sys.stdin.readline().rstrip("\n") if args.password_stdin
                else getpass.getpass(_("Kata sandi {u}: ").format(u=args.user)))
    admin = accounts.authenticate(args.user, password)
    before = settings.current().sop_version  # as stored, even when it names no version
    sop = sop_versions.adopt_sop(args.file, actor=admin)
    if sop.version == before:
        print(_("SOP ini sudah berlaku: {s}").format(s=sop_versions.describe(sop)))
    else:
        print(_("SOP diberlakukan untuk pengaduan baru di semua komputer: {s}").format(
            s=sop_versions.describe(sop)))
        print(_("Pengaduan yang sudah terdaftar tetap memakai SOP versinya sendiri."))
    return 0
