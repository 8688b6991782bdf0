"""`pengaduan attach REGISTER_NO FILE...`: the same checks and storage as the GUI's attach.

All files or none: every file is checked before the first is stored."""

from __future__ import annotations

from app.errors import PengaduanError
from app.i18n import _
from cli.common import complaint_numbered, open_database, user_named


def args_attach(parser):
    parser.add_argument("register_no", help=_("nomor register pengaduan"))
    parser.add_argument("files", nargs="+", metavar="FILE",
                        help=_("berkas PDF, JPEG, PNG atau TIFF"))
    parser.add_argument("--kind", default="lainnya",
                        help=_("jenis lampiran: surat, jawaban, nota_dinas, lainnya, ... "
                               "(bawaan: lainnya)"))
    parser.add_argument("--step", type=int, help=_("langkah SOP (bawaan: langkah saat ini)"))
    parser.add_argument("--user", metavar="NAMA",
                        help=_("pengguna yang tercatat sebagai pelampir"))


def run_attach(args) -> int:
    from app.services.accounts import COMMAND_LINE
    from app.services.attachments import attach_paths

    open_database(args)
    complaint = complaint_numbered(args.register_no)
    actor = user_named(args.user) if args.user else COMMAND_LINE
    try:
        attached = attach_paths(complaint, args.kind, args.files, actor=actor,
                                step_no=args.step)
    except OSError as exc:
        raise PengaduanError(_("Berkas tidak dapat dibaca: {e}").format(e=exc)) from exc
    for item in attached:
        info = item.info
        print(_("{f}: {t}, {p} halaman, {s} byte, SHA-256 {h}").format(
            f=info.filename, t=info.type_label, p=info.pages, s=info.size, h=info.sha256))
        if item.already_there:
            print(_("  (isi yang sama sudah terlampir pada pengaduan ini)"))
        if item.signed_document is not None:
            print(_("  menjadi versi bertanda tangan {t} versi {v}").format(
                t=item.signed_document.doc_type, v=item.signed_document.version))
    print(_("{n} berkas dilampirkan ke {r}.").format(n=len(attached), r=complaint.register_no))
    return 0
