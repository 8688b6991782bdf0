"""`pengaduan cari TEKS [--user NAMA] [--limit N]`: the register's search from the command
line, for scripts and tests. Prints one match a line (register number, field, snippet with
the match in [brackets]) as that user may see them: without --user, as someone who may not
see a confidential reporter."""

from __future__ import annotations

from app.i18n import _
from cli.common import open_database, user_named


def args_search(parser):
    parser.add_argument("text", metavar="TEKS", help=_("yang dicari (sebagian kata atau nomor)"))
    parser.add_argument("--user", metavar="NAMA",
                        help=_("cari sebagai pengguna ini (kerahasiaan pelapor berlaku)"))
    parser.add_argument("--limit", type=int, default=20, metavar="N",
                        help=_("paling banyak N hasil (bawaan 20)"))


def run_search(args) -> int:
    from app.services import search

    open_database(args)
    user = user_named(args.user) if args.user else None
    matches = search.search(args.text, user, limit=max(args.limit, 0))
    for match in matches:
        print(f"{match.register_no}\t{match.label}\t{match.before}[{match.hit}]{match.after}")
    if not matches:
        print(_("Tidak ada pengaduan yang cocok dengan \"{t}\".").format(t=args.text))
    return 0
