"""The `pengaduan` command: administration, scripts and tests; with no command, the GUI.

Every command takes `--db URL` (default: PENGADUAN_DB_URL, the config file, or the per-user
SQLite file). Exit codes: 0 success, 1 a problem the message explains, 2 usage error."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable

from app import __version__
from app.errors import PengaduanError
from app.i18n import _

# name -> (help, add_arguments(parser), run(args) -> exit code). Plugin modules add theirs.
COMMANDS: dict[str, tuple[str, Callable, Callable]] = {}


def _open(args):
    from app.db import open_database

    return open_database(args.db)


def _run_init(args) -> int:
    from app import workflow
    from app.db import default_url as _default
    from app.db import describe_url, open_database

    url = args.db or _default()
    open_database(url)
    sop = workflow.current_sop()
    print(_("Basis data siap: {d}").format(d=describe_url(url)))
    print(_("SOP: {n} ({num}), versi {v}").format(n=sop.name, num=sop.number, v=sop.version))
    return 0


def _args_user(parser):
    sub = parser.add_subparsers(dest="user_command", required=True)
    add = sub.add_parser("add", help=_("tambah pengguna"))
    add.add_argument("name", help=_("nama pengguna (login)"))
    add.add_argument("--role", action="append", required=True,
                     help=_("lane (kakanwil, kadiv, kabag_p2, kasubag_pphti, divisi_terkait) "
                            "atau administrator; boleh diulang"))
    add.add_argument("--full-name", default="")
    add.add_argument("--nip")
    add.add_argument("--jabatan")
    add.add_argument("--password-stdin", action="store_true",
                     help=_("baca kata sandi dari stdin (untuk skrip)"))
    sub.add_parser("list", help=_("daftar pengguna"))
    edit = sub.add_parser("set", help=_("ubah data, peran atau status pengguna"))
    edit.add_argument("name")
    edit.add_argument("--role", action="append", help=_("peran baru (menggantikan semua)"))
    edit.add_argument("--full-name")
    edit.add_argument("--nip")
    edit.add_argument("--jabatan")
    state = edit.add_mutually_exclusive_group()
    state.add_argument("--active", dest="active", action="store_true", default=None)
    state.add_argument("--inactive", dest="active", action="store_false")
    passwd = sub.add_parser("passwd", help=_("atur ulang kata sandi (membuka kunci akun)"))
    passwd.add_argument("name")
    passwd.add_argument("--password-stdin", action="store_true")


def _run_user(args) -> int:
    from app import accounts, workflow
    from app.models import User

    _open(args)
    if args.user_command == "list":
        for user in User.select().order_by(User.username):
            roles = sorted(user.lanes | ({"administrator"} if user.is_admin else set()))
            print(f"{user.username}\t{user.full_name}\t{','.join(roles)}\t"
                  f"{'aktif' if user.active else 'nonaktif'}")
        return 0
    valid = {lane.key for lane in workflow.current_sop().lanes}
    if args.user_command == "set":
        user = user_named(args.name)
        accounts.update_user(user.id, expected_version=user.row_version, valid_lanes=valid,
                             full_name=args.full_name, nip=args.nip, jabatan=args.jabatan,
                             lanes=args.role, active=args.active, actor="cli")
        print(_("Pengguna {u} diubah.").format(u=user.username))
        return 0
    password = (sys.stdin.readline().rstrip("\n") if args.password_stdin
                else getpass.getpass(_("Kata sandi: ")))
    if args.user_command == "passwd":
        accounts.change_password(user_named(args.name).id, password, actor="cli")
        print(_("Kata sandi {u} diatur ulang.").format(u=args.name))
        return 0
    user = accounts.create_user(args.name, args.full_name, password, args.role,
                                valid_lanes=valid, nip=args.nip, jabatan=args.jabatan,
                                actor="cli")
    print(_("Pengguna {u} dibuat.").format(u=user.username))
    return 0


def user_named(name: str):
    """The account `name`; a clear error when there is none (for every command)."""
    from app.errors import ValidationError
    from app.models import User

    user = User.get_or_none(User.username == name)
    if user is None:
        raise ValidationError(_("Pengguna '{u}' tidak ada.").format(u=name), "username")
    return user


def complaint_numbered(register_no: str):
    """The complaint with that register number; a clear error when there is none."""
    from app.models import Complaint

    complaint = Complaint.get_or_none(Complaint.register_no == register_no)
    if complaint is None:
        raise PengaduanError(_("Pengaduan dengan nomor register {n} tidak ditemukan.")
                             .format(n=register_no))
    return complaint


def _args_demo(parser):
    parser.add_argument("--complaints", type=int, default=200, metavar="N")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--if-empty", action="store_true",
                        help=_("hanya bila belum ada pengaduan (untuk perintah mulai cepat)"))


def _run_demo(args) -> int:
    from app import demo
    from app.models import Complaint

    _open(args)
    if args.if_empty and Complaint.select().exists():
        print(_("Basis data sudah berisi pengaduan; data demo tidak ditambahkan."))
        return 0
    summary = demo.generate(args.complaints, seed=args.seed, progress=_print_progress)
    print()
    print(summary.text())
    return 0


def _print_progress(done: int, total: int) -> None:
    print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)


def _args_audit(parser):
    sub = parser.add_subparsers(dest="audit_command", required=True)
    sub.add_parser("verify", help=_("periksa rantai hash log audit"))


def _run_audit(args) -> int:
    from app import audit

    _open(args)
    result = audit.verify()
    if result.ok:
        print(_("Log audit utuh: {n} entri.").format(n=result.entries))
        return 0
    print(_("Log audit RUSAK ({n} entri diperiksa):").format(n=result.entries))
    for problem in result.problems:
        print("  - " + problem)
    return 1


def _args_tally(parser):
    sub = parser.add_subparsers(dest="tally_command", required=True)
    sub.add_parser("verify", help=_("bandingkan rekap langkah laporan dengan catatan langkah"))
    sub.add_parser("rebuild", help=_("hitung ulang rekap langkah laporan dari catatan langkah"))


def _run_tally(args) -> int:
    from app import step_tally

    _open(args)
    if args.tally_command == "rebuild":
        rows = step_tally.rebuild()
        print(_("Rekap langkah dihitung ulang: {n} baris.").format(n=rows))
        return 0
    problems = step_tally.verify()
    if not problems:
        print(_("Rekap langkah sesuai dengan catatan langkah."))
        return 0
    print(_("Rekap langkah TIDAK sesuai ({n} selisih):").format(n=len(problems)))
    for problem in problems[:50]:
        print("  - " + problem)
    return 1


def _args_backup(parser):
    parser.add_argument("dest", help=_("berkas tujuan cadangan"))


def _run_backup(args) -> int:
    from app import backup

    db = _open(args)
    path = backup.backup(db, args.dest)
    print(_("Cadangan ditulis ke {p}").format(p=path))
    return 0


for _name, _help, _args, _run in [
    ("init", "siapkan basis data dan daftarkan SOP", None, _run_init),
    ("user", "kelola pengguna", _args_user, _run_user),
    ("demo", "buat data contoh", _args_demo, _run_demo),
    ("audit", "log audit", _args_audit, _run_audit),
    ("tally", "rekap langkah untuk laporan kepatuhan SOP", _args_tally, _run_tally),
    ("backup", "cadangkan basis data SQLite", _args_backup, _run_backup),
]:
    COMMANDS[_name] = (_help, _args or (lambda _p: None), _run)

# Commands of later issues register here (keep one line each):
_PLUGIN_MODULES: list[str] = ["app.cli_documents", "ui.cli_swimlane", "app.cli_attachments",
                               "ui.cli_report"]


def build_parser() -> argparse.ArgumentParser:
    for module in _PLUGIN_MODULES:
        __import__(module)
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
    for name, (help_text, add_arguments, run) in COMMANDS.items():
        sub_parser = sub.add_parser(name, parents=[common], help=_(help_text))
        add_arguments(sub_parser)
        sub_parser.set_defaults(run=run)
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
    try:
        from ui.main import run_gui
    except ImportError:
        build_parser().print_help()
        return 0
    return run_gui(args)


if __name__ == "__main__":
    # Run the importable module, not this `__main__` copy: plugins register their commands
    # into `app.cli.COMMANDS`.
    from app.cli import main as _main

    sys.exit(_main())
