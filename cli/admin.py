"""Administration commands: `init`, `user`, `demo`, `audit`, `tally`, `backup`,
`pengaturan`."""

from __future__ import annotations

import argparse
import getpass
import sys

from app.i18n import _
from cli.common import open_database, user_named


def run_init(args) -> int:
    from app.services import sop_versions
    from app.store.db import default_url as _default
    from app.store.db import describe_url, open_database

    url = args.db or _default()
    open_database(url)
    status = sop_versions.bundled_sop_status()
    sop = status.adopted
    print(_("Basis data siap: {d}").format(d=describe_url(url)))
    print(_("SOP: {n} ({num}), versi {v}").format(n=sop.name, num=sop.number, v=sop.version))
    if not status.same:  # this installation's file is not the one in force
        print(status.lines()[1])
        print(_("Lihat: pengaduan sop status"))
    return 0


def args_user(parser):
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


def run_user(args) -> int:
    from app.services import accounts, sop_versions
    from app.store.models import User

    open_database(args)
    if args.user_command == "list":
        for user in User.select().order_by(User.username):
            roles = sorted(user.lanes | ({"administrator"} if user.is_admin else set()))
            print(f"{user.username}\t{user.full_name}\t{','.join(roles)}\t"
                  f"{'aktif' if user.active else 'nonaktif'}")
        return 0
    valid = {lane.key for lane in sop_versions.current_sop().lanes}
    if args.user_command == "set":
        user = user_named(args.name)
        accounts.update_user(user.id, expected_version=user.row_version, valid_lanes=valid,
                             full_name=args.full_name, nip=args.nip, jabatan=args.jabatan,
                             lanes=args.role, active=args.active, actor=accounts.COMMAND_LINE)
        print(_("Pengguna {u} diubah.").format(u=user.username))
        return 0
    password = (sys.stdin.readline().rstrip("\n") if args.password_stdin
                else getpass.getpass(_("Kata sandi: ")))
    if args.user_command == "passwd":
        accounts.change_password(user_named(args.name).id, password, actor=accounts.COMMAND_LINE)
        print(_("Kata sandi {u} diatur ulang.").format(u=args.name))
        return 0
    user = accounts.create_user(args.name, args.full_name, password, args.role,
                                valid_lanes=valid, nip=args.nip, jabatan=args.jabatan,
                                actor=accounts.COMMAND_LINE)
    print(_("Pengguna {u} dibuat.").format(u=user.username))
    return 0


def args_demo(parser):
    parser.add_argument("--complaints", type=int, default=200, metavar="N")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--if-empty", action="store_true",
                        help=_("hanya bila belum ada pengaduan (untuk perintah mulai cepat)"))


def run_demo(args) -> int:
    from app.services import demo
    from app.store.models import Complaint

    open_database(args)
    if args.if_empty and Complaint.select().exists():
        print(_("Basis data sudah berisi pengaduan; data demo tidak ditambahkan."))
        return 0
    real = demo.real_accounts()
    if real:
        print(_("Basis data ini memiliki akun sungguhan ({u}); data dan akun demo hanya untuk "
                "basis data uji coba.").format(u=", ".join(real)), file=sys.stderr)
        return 1
    summary = demo.generate(args.complaints, seed=args.seed, progress=_print_progress)
    print()
    print(summary.text())
    return 0


def _print_progress(done: int, total: int) -> None:
    print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)


def args_audit(parser):
    sub = parser.add_subparsers(dest="audit_command", required=True)
    verify = sub.add_parser("verify", help=_(
        "periksa rantai hash log audit, kecocokannya dengan pengaduan dan catatan langkah, "
        "dan dengan titik audit yang disimpan di luar basis data"))
    verify.add_argument("--checkpoint", action="extend", nargs="+", default=[],
                        metavar="BERKAS", help=_(
                            "berkas titik audit (dari 'audit checkpoint', berkas .audit.json "
                            "di samping cadangan, atau baris 'Titik audit' dari laporan)"))
    point = sub.add_parser("checkpoint", help=_(
        "periksa log audit lalu tambahkan titik audit (nomor dan hash entri terakhir) ke "
        "berkas yang disimpan administrator di luar basis data"))
    point.add_argument("--out", required=True, metavar="BERKAS",
                       help=_("berkas titik audit (JSON Lines); dibuat bila belum ada"))
    for command in (verify, point):
        command.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                             help=_("basis data (lihat pengaduan --help)"))


def run_audit(args) -> int:
    from pathlib import Path

    from app.services import audit
    from app.store import audit_points

    open_database(args)
    if args.audit_command == "checkpoint":
        out = Path(args.out)
        points = audit_points.read(out) if out.exists() else []
        result = audit.verify(points)
        if not result.ok:
            _print_broken(result)
            print(_("Titik audit TIDAK ditambahkan: log audit rusak."))
            return 1
        point = audit_points.taken(result.last.seq, result.last.hash, _("administrator"))
        audit_points.append(out, point)
        print(_("{p} ditambahkan ke {f}.").format(p=point.printed(), f=out))
        print(_("Simpan berkas ini di tempat yang tidak terjangkau oleh pemegang akses basis "
                "data (mis. media lepas atau arsip administrator)."))
        return 0
    points = [p for path in args.checkpoint for p in audit_points.read(path)]
    result = audit.verify(points)
    if not result.ok:
        _print_broken(result)
        return 1
    print(_("Log audit utuh: {n} entri.").format(n=result.entries))
    print(_("Entri terakhir: #{s} {h}").format(s=result.last.seq, h=result.last.hash))
    if points:
        print(_("Cocok dengan {n} titik audit (yang terakhir #{s}).").format(
            n=len(points), s=max(p.seq for p in points)))
    else:
        print(_("Tanpa titik audit (--checkpoint) penulisan ulang seluruh log oleh pemegang "
                "akses basis data tidak dapat dibuktikan; lihat: pengaduan audit checkpoint"))
    return 0


def _print_broken(result) -> None:
    print(_("Log audit RUSAK ({n} entri diperiksa):").format(n=result.entries))
    for problem in result.problems:
        print("  - " + problem)


def args_tally(parser):
    sub = parser.add_subparsers(dest="tally_command", required=True)
    sub.add_parser("verify", help=_("bandingkan rekap langkah laporan dengan catatan langkah"))
    sub.add_parser("rebuild", help=_("hitung ulang rekap langkah laporan dari catatan langkah"))


def run_tally(args) -> int:
    from app.store import step_tally

    open_database(args)
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


def args_backup(parser):
    parser.add_argument("dest", help=_("berkas tujuan cadangan (titik audit ditulis di "
                                       "sampingnya: BERKAS.audit.json)"))


def run_backup(args) -> int:
    from app.store import backup

    db = open_database(args)
    made = backup.backup(db, args.dest)
    print(_("Cadangan ditulis ke {p}").format(p=made.path))
    print(_("{t} disimpan di {f}").format(t=made.checkpoint.printed(), f=made.checkpoint_path))
    return 0


def args_settings(parser):
    sub = parser.add_subparsers(dest="settings_command", required=True)
    show = sub.add_parser("lihat", help=_("tampilkan pengaturan kantor (semua, atau satu)"))
    show.add_argument("key", nargs="?", metavar="KUNCI")
    change = sub.add_parser("ubah", help=_(
        "ubah satu pengaturan kantor (diperiksa dahulu); daftar dan tabel dalam JSON"))
    change.add_argument("key", metavar="KUNCI")
    value = change.add_mutually_exclusive_group(required=True)
    value.add_argument("value", nargs="?", metavar="NILAI")
    value.add_argument("--berkas", metavar="FILE.json", help=_("baca nilai dari berkas JSON"))
    logo = sub.add_parser("logo", help=_(
        "logo kop naskah: simpan gambar PNG/JPEG ke basis data (berlaku di semua komputer)"))
    logo.add_argument("file", nargs="?", metavar="BERKAS")
    logo.add_argument("--hapus", action="store_true", help=_("naskah dibuat tanpa logo"))
    for command in (show, change, logo):
        # `--db` after the subcommand too; SUPPRESS keeps a value given before it.
        command.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                             help=_("basis data (lihat pengaduan --help)"))


def run_settings(args) -> int:
    import json
    from pathlib import Path

    from app.errors import ValidationError
    from app.services import settings
    from app.services.accounts import COMMAND_LINE

    open_database(args)
    if args.settings_command == "logo":
        return _run_logo(args)
    office = settings.current()
    if args.key is not None and args.key not in settings.TYPES:
        raise ValidationError(_("Pengaturan '{k}' tidak dikenal. Pilihan: {c}").format(
            k=args.key, c=", ".join(settings.TYPES)))
    if args.settings_command == "lihat":
        if args.key is None:
            for key in settings.TYPES:
                print(f"{key} = {json.dumps(getattr(office, key), ensure_ascii=False)}")
            return 0
        print(json.dumps(getattr(office, args.key), ensure_ascii=False, indent=2))
        return 0
    text = Path(args.berkas).read_text(encoding="utf-8") if args.berkas else args.value
    if settings.TYPES.get(args.key) is str and not text.lstrip().startswith('"'):
        value = text  # a text setting may be given without quotes (office_code 12 is text)
    else:
        try:
            value = json.loads(text)
        except ValueError as exc:
            raise ValidationError(_("Nilai {k} bukan JSON yang valid: {e}").format(
                k=args.key, e=exc)) from None
    settings.put(args.key, value, actor=COMMAND_LINE)
    print(_("Pengaturan {k} diubah; berlaku di semua komputer.").format(k=args.key))
    return 0


def _run_logo(args) -> int:
    from app.errors import PengaduanError
    from app.services import settings
    from app.services.accounts import COMMAND_LINE

    if args.hapus:
        if args.file:
            raise PengaduanError(_("Pilih salah satu: BERKAS atau --hapus."))
        settings.clear_office_logo(actor=COMMAND_LINE)
        print(_("Logo kantor dihapus; naskah dibuat tanpa logo."))
        return 0
    if args.file:
        logo = settings.set_office_logo(args.file, actor=COMMAND_LINE)
        print(_("Logo kantor disimpan di basis data: {f} ({w} x {h} piksel); berlaku di "
                "semua komputer.").format(f=logo["nama_berkas"], w=logo["lebar"],
                                          h=logo["tinggi"]))
        return 0
    logo = settings.current().office_logo
    if logo.get("sha256"):
        print(_("Logo kantor: {f} ({w} x {h} piksel, SHA-256 {s})").format(
            f=logo.get("nama_berkas", "-"), w=logo.get("lebar", "?"), h=logo.get("tinggi", "?"),
            s=logo["sha256"]))
    elif logo.get("jalur"):
        print(_("Logo kantor masih berupa jalur berkas di satu komputer: {p}. Simpan ke basis "
                "data dengan: pengaduan pengaturan logo {p}").format(p=logo["jalur"]))
    else:
        print(_("Belum ada logo kantor."))
    return 0
