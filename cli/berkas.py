"""`pengaduan berkas NOMOR_REGISTER --out berkas.pdf [--user NAMA]`: a complaint's whole file
as one bookmarked PDF, as that user may see it (without --user: as someone who may not see
a confidential reporter). `pengaduan arsip --tahun 2026 --out DIR [--user NAMA]` and
`pengaduan arsip verify DIR`: the yearly archive (administrator only) and its check.
Listed in cli.main."""

from __future__ import annotations

import sys
from pathlib import Path

from app.errors import PengaduanError
from app.i18n import _
from cli.common import complaint_numbered, open_database, user_named


def args_berkas(parser) -> None:
    parser.add_argument("register_no", metavar="NOMOR_REGISTER",
                        help=_("nomor register pengaduan"))
    parser.add_argument("--out", required=True, metavar="BERKAS", help=_("berkas PDF keluaran"))
    parser.add_argument("--user", metavar="NAMA", help=_(
        "buat sebagai pengguna ini (kerahasiaan pelapor berlaku); tanpa --user: sebagai "
        "pengguna yang tidak boleh melihat pelapor yang dirahasiakan"))


def swimlane_pdf(complaint_id: int, viewer=None, *, unmasked: bool = False) -> bytes:
    """The case's swimlane as PDF, drawn by the GUI's renderer (offscreen), as `viewer` may
    read it or whole with `unmasked`."""
    from cli.swimlane import _qt_app

    _qt_app()
    from ui.berkas import swimlane_pdf as draw

    return draw(complaint_id, viewer, unmasked=unmasked)


def run_berkas(args) -> int:
    from app.naskah.berkas import build

    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        print(_("Galat: berkas keluaran harus .pdf"), file=sys.stderr)
        return 2
    open_database(args)
    complaint = complaint_numbered(args.register_no)
    user = user_named(args.user) if args.user else None
    try:
        berkas = build(complaint.id, user, out, swimlane_pdf=swimlane_pdf(complaint.id, user))
    except OSError as exc:
        raise PengaduanError(_("Berkas tidak dapat ditulis: {e}").format(e=exc)) from exc
    print(_("Berkas {n} ditulis ke {p}: {h} halaman, {b} byte").format(
        n=berkas.register_no, p=out, h=berkas.pages, b=berkas.size))
    print(_("Sidik isi berkas: {c}").format(c=berkas.checksum))
    return 0


def args_arsip(parser) -> None:
    parser.add_argument("action", nargs="?", choices=["verify"], metavar="verify",
                        help=_("periksa arsip di FOLDER terhadap manifestnya"))
    parser.add_argument("folder", nargs="?", metavar="FOLDER", help=_("folder arsip (verify)"))
    parser.add_argument("--tahun", type=int, metavar="TAHUN",
                        help=_("tahun pengaduan selesai"))
    parser.add_argument("--out", metavar="FOLDER", help=_("folder arsip yang dibuat"))
    parser.add_argument("--user", metavar="NAMA", help=_(
        "administrator yang membuat arsip (tanpa --user: baris perintah)"))


def run_arsip(args) -> int:
    if args.action == "verify":
        return _verify(args)
    if args.tahun is None or not args.out:
        print(_("Galat: pakai --tahun TAHUN --out FOLDER, atau: arsip verify FOLDER"),
              file=sys.stderr)
        return 2
    from app.naskah.berkas.arsip import make_archive
    from app.services.accounts import COMMAND_LINE

    open_database(args)
    actor = user_named(args.user) if args.user else COMMAND_LINE

    def progress(done, total):
        if done == total or done % 25 == 0:
            print(_("{d}/{t} pengaduan").format(d=done, t=total), file=sys.stderr)

    try:
        result = make_archive(actor, args.tahun, args.out,
                              swimlane=lambda cid: swimlane_pdf(cid, unmasked=True),
                              progress=progress)
    except OSError as exc:
        raise PengaduanError(_("Arsip tidak dapat ditulis: {e}").format(e=exc)) from exc
    print(_("Arsip {y} di {f}: {n} pengaduan ({w} dibuat pada jalannya ini), {b} berkas").format(
        y=result.year, f=result.folder, n=result.complaints, w=result.written, b=result.files))
    print(_("Sidik manifest: {h}").format(h=result.manifest_sha256))
    return 0


def _verify(args) -> int:
    from app.naskah.berkas.arsip import verify

    if not args.folder:
        print(_("Galat: sebutkan FOLDER arsip"), file=sys.stderr)
        return 2
    result = verify(args.folder)
    for problem in result.problems:
        print(problem)
    if result.ok:
        print(_("Arsip utuh: {n} berkas cocok dengan manifest.").format(n=result.checked))
        return 0
    print(_("Arsip TIDAK utuh: {n} masalah.").format(n=len(result.problems)), file=sys.stderr)
    return 1
