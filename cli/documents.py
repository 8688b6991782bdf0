"""Commands for naskah dinas: `pengaduan document ...` and `pengaduan template ...`."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.errors import PengaduanError
from app.i18n import _
from app.office.vocab import DOC_TYPES
from cli.common import complaint_numbered, open_database, user_named


def args_document(parser):
    parser.add_argument("type", choices=sorted(DOC_TYPES), help=_("jenis naskah"))
    parser.add_argument("register_no", help=_("nomor register pengaduan"))
    parser.add_argument("--out", required=True, metavar="FILE.docx",
                        help=_("berkas .docx tujuan"))
    parser.add_argument("--pdf", action="store_true",
                        help=_("buat juga PDF di sebelahnya (perlu Microsoft Word atau "
                               "LibreOffice)"))
    parser.add_argument("--user", metavar="NAMA",
                        help=_("pengguna yang tercatat sebagai pembuat naskah"))
    parser.add_argument("--set", action="append", default=[], metavar="VARIABEL=NILAI",
                        help=_("isi variabel templat (mis. isi_tanggapan=...); boleh diulang"))
    parser.add_argument("--step", type=int, help=_("langkah SOP (bawaan: langkah saat ini)"))


PARAGRAPH_LISTS = ("isi", "isi_tanggapan", "tembusan")


def run_document(args) -> int:
    from app.naskah import versions
    from app.naskah.pdf import convert_to_pdf
    from app.services.accounts import COMMAND_LINE

    open_database(args)
    complaint = complaint_numbered(args.register_no)
    actor = user_named(args.user) if args.user else COMMAND_LINE
    extra = {}
    for item in args.set:
        key, sep, value = item.partition("=")
        if not sep:
            raise PengaduanError(_("--set perlu bentuk VARIABEL=NILAI: {i}").format(i=item))
        key, value = key.strip(), value.replace("\\n", "\n")
        # Paragraph lists: one paragraph per blank line; the tembusan one per line.
        if key in PARAGRAPH_LISTS:
            value = [p.strip() for p in value.split("\n" if key == "tembusan" else "\n\n")
                     if p.strip()]
        extra[key] = value
    document = versions.generate(actor, complaint.id, args.type, step_no=args.step,
                                 extra=extra or None)
    out = versions.export_docx(document, args.out)
    print(_("{t} nomor {n} versi {v} ditulis ke {p}").format(
        t=DOC_TYPES[document.doc_type], n=document.number, v=document.version,
        p=out))
    if args.pdf:
        pdf = convert_to_pdf(out, out.parent)
        print(_("PDF ditulis ke {p}").format(p=pdf))
    return 0


def args_template(parser):
    types = sorted(DOC_TYPES)
    sub = parser.add_subparsers(dest="template_command", required=True)
    replace = sub.add_parser("replace", help=_("ganti templat (diperiksa dahulu)"))
    replace.add_argument("type", choices=types)
    replace.add_argument("file", help=_("berkas templat .docx"))
    check = sub.add_parser("check", help=_("periksa templat tanpa memasangnya"))
    check.add_argument("file")
    check.add_argument("--type", choices=types, help=_("jenis naskah templat ini"))
    reset = sub.add_parser("reset", help=_("kembali ke templat bawaan"))
    reset.add_argument("type", choices=types)
    export = sub.add_parser("export", help=_("simpan templat yang berlaku (untuk disunting)"))
    export.add_argument("type", choices=types)
    export.add_argument("file")
    for command in (replace, check, reset, export):
        # `--db` after the subcommand too; SUPPRESS keeps a value given before it.
        command.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                             help=_("basis data (lihat pengaduan --help)"))


def run_template(args) -> int:
    from app.naskah import templates
    from app.services.accounts import COMMAND_LINE

    if args.template_command == "check":
        # Checking needs no database: only the program's list of variables.
        check = templates.validate_template(args.file, args.type)
        _print_check(args.file, check)
        return 0
    open_database(args)
    if args.template_command == "replace":
        check = templates.replace_template(args.type, args.file, COMMAND_LINE)
        _print_check(args.file, check)
        print(_("Templat {t} diganti; berlaku di semua komputer.")
              .format(t=DOC_TYPES[args.type]))
    elif args.template_command == "reset":
        templates.reset_template(args.type, COMMAND_LINE)
        print(_("Templat {t} kembali ke bawaan.").format(t=DOC_TYPES[args.type]))
    else:
        Path(args.file).write_bytes(templates.template_bytes(args.type))
        print(_("Templat {t} ditulis ke {p}").format(t=DOC_TYPES[args.type],
                                                   p=args.file))
    return 0


def _print_check(path, check) -> None:
    print(_("Templat {f} valid; variabel: {v}").format(
        f=path, v=", ".join(sorted(check.variables)) or "-"))
    for warning in check.warnings:
        print(_("Peringatan: {w}").format(w=warning))
