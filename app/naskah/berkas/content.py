"""What goes into a berkas, read through the services as the viewer may see it: the case
screen's data (app.services.casefile), each naskah (the signed version where one exists,
else the latest), each attachment in order, each turned into PDF pages or listed with its
SHA-256 when it cannot be (or may not be) shown.

Masking follows what a thing is (app.services.permissions): a confidential reporter's
identity, the description, the telaahan, the dispositions, the reply and the delivery note
are left out for a viewer who may not see the reporter; the complainant's own files are
listed by checksum only; a naskah is shown only in a version generated masked. As a last
guard, the reporter's identity strings are scrubbed from every text the berkas prints.
`unmasked` (the yearly archive, the office's record) shows everything.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass, field

from app.errors import IntegrityError, NotPermitted, PengaduanError
from app.i18n import _
from app.naskah.berkas.convert import NaskahPdf, image_pdf
from app.office.masking import HiddenIdentity
from app.office.vocab import CONFIDENTIAL, DOC_TYPES
from app.services import casefile, outputs
from app.services.accounts import SystemActor
from app.services.attachments import read_content
from app.services.permissions import can_open_attachment, can_see_reporter, identity_in_prose
from app.store.models import Attachment, Complaint, Document, User, now

ARCHIVE = SystemActor("arsip")  # the yearly archive reads the office's record unmasked
MASKED = _("(dirahasiakan)")
NAMED_OUTPUTS_PRIVATE = (outputs.TELAAHAN, outputs.DISPOSITION, outputs.REPLY,
                         outputs.DELIVERY)


class BerkasCancelled(PengaduanError):
    """The user stopped the berkas while it was being made."""


@dataclass
class Part:
    """One naskah or attachment in the berkas."""

    section: str  # "naskah" or "lampiran"
    title: str  # the bookmark's title
    filename: str  # as the viewer may see it
    sha256: str
    size: int
    mark: str  # printed at the top of each of its pages
    pdf: bytes | None = None  # its pages; None: listed only
    note: str = ""  # why it is listed only, or where its pages are
    pages: int = 0
    original: tuple[str, str] | None = None  # (filename, blob key), for the archive


@dataclass
class Pack:
    case: casefile.CaseFile
    complaint: Complaint
    unmasked: bool
    reporter_visible: bool
    viewer_name: str
    made_at: dt.datetime
    hide: HiddenIdentity | None = None  # the reporter's identity, out of every text
    outputs: dict[str, outputs.Output | None] = field(default_factory=dict)
    naskah: list[Part] = field(default_factory=list)
    lampiran: list[Part] = field(default_factory=list)

    def clean(self, text: str) -> str:
        """`text` with the hidden reporter's identity replaced (the last guard)."""
        return self.hide(text) if self.hide else text


def _nobody() -> User:
    """A viewer who may see no confidential reporter (the command line without --user)."""
    user = User(username="-", full_name=_("(tanpa pengguna)"), is_admin=False, active=False)
    user.__dict__["_lanes"] = set()
    return user


def gather(complaint_id: int, viewer: User | None, *, unmasked: bool = False,
           converter: NaskahPdf | None = None,
           step: Callable[[str], None] = lambda _label: None) -> Pack:
    """Read the complaint as `viewer` may see it (None: someone who may see no confidential
    reporter), or whole with `unmasked`. `step(label)` is called before each naskah and
    attachment (progress, and the place where a cancel takes effect). Raises InvalidAction
    for a missing complaint."""
    person = viewer if viewer is not None else _nobody()
    case = casefile.load(person, complaint_id, unmasked=unmasked)
    complaint = Complaint.get_by_id(complaint_id)
    visible = unmasked or (complaint.confidentiality not in CONFIDENTIAL) or (
        viewer is not None and can_see_reporter(viewer, complaint.confidentiality))
    pelapor = complaint.pelapor
    if unmasked:
        case.reporter = casefile.Reporter(True, pelapor.name or _("Anonim"), pelapor.nik or "",
                                          pelapor.address or "", pelapor.phone or "",
                                          pelapor.email or "", pelapor.anonymous)
    latest = dict(case.outputs)  # the latest of each kind, as the case screen read them
    hide = None
    if not visible:
        for kind in NAMED_OUTPUTS_PRIVATE:
            latest[kind] = None
        case.description = ""
        hide = identity_in_prose(pelapor)
    pack = Pack(case, complaint, unmasked, visible,
                _("Arsip kantor (tanpa penyamaran)") if unmasked
                else (viewer.full_name or viewer.username) if viewer is not None
                else _("(tanpa pengguna)"), now(), hide, latest)
    converter = converter or NaskahPdf()
    actor = ARCHIVE if unmasked else viewer
    signed_ids = _naskah(pack, viewer, converter, step)
    _attachments(pack, actor, signed_ids, step)
    return pack


def _naskah(pack: Pack, viewer: User | None, converter: NaskahPdf,
            step: Callable[[str], None]) -> set[int]:
    """Each naskah (type and number) once: its latest signed version, else its latest.
    Returns the ids of the attachments shown as signed versions."""
    from app.naskah.versions import document_content

    groups: dict[tuple[str, str], list[Document]] = {}
    for document in (Document.select().where(Document.complaint == pack.complaint.id)
                     .order_by(Document.id)):
        groups.setdefault((document.doc_type, document.number or ""), []).append(document)
    shown: set[int] = set()
    for (doc_type, number), versions in groups.items():
        title = DOC_TYPES.get(doc_type, doc_type) + (f" {number}" if number else "")
        step(title)
        signed = [d for d in versions if d.signed_attachment_id is not None]
        attachment = (Attachment.get_by_id(signed[-1].signed_attachment_id) if signed
                      else None)
        # A signed receipt or answer shows the reporter: shown only to who may open it;
        # otherwise as the latest version below (refused there the same way).
        if attachment is not None and _may_open(pack, viewer, attachment):
            document = signed[-1]
            mark = _("{t} — versi {v}, versi bertanda tangan (pindaian)").format(
                t=title, v=document.version)
            part = _file_part("naskah", _("{t} (bertanda tangan, versi {v})").format(
                t=title, v=document.version), attachment, mark, pack, ARCHIVE
                if pack.unmasked else viewer)
            shown.add(attachment.id)
            pack.naskah.append(part)
            continue
        document = versions[-1]
        mark = _("{t} — versi {v}, versi terakhir (belum bertanda tangan)").format(
            t=title, v=document.version)
        part = Part("naskah", _("{t} (versi terakhir {v}, belum bertanda tangan)").format(
            t=title, v=document.version), f"{doc_type}_v{document.version}.docx",
            document.blob_id or "", 0, mark)
        if document.blob_id is None:
            part.note = _("Versi ini belum memiliki berkas .docx.")
            pack.naskah.append(part)
            continue
        part.original = (part.filename, document.blob_id)
        try:
            docx = document_content(document, viewer=None if pack.unmasked else viewer
                                    or _nobody())
        except NotPermitted:
            part.note = _("Memuat identitas pelapor yang dirahasiakan; tidak ditampilkan.")
            part.original = None
        except (IntegrityError, PengaduanError) as exc:
            part.note = str(exc)
        else:
            part.size = len(docx)
            part.pdf, reason = converter.pdf_of(docx)
            part.note = reason
        pack.naskah.append(part)
    return shown


def _attachments(pack: Pack, actor, signed_ids: set[int], step) -> None:
    rows = (Attachment.select().where(Attachment.complaint == pack.complaint.id)
            .order_by(Attachment.created_at, Attachment.id))
    for number, attachment in enumerate(rows, 1):
        may_open = _may_open(pack, actor, attachment)
        name = attachment.filename if may_open else MASKED
        title = _("Lampiran {n}: {f}").format(n=number, f=name)
        step(title)
        if attachment.id in signed_ids:
            pack.lampiran.append(Part("lampiran", title, name, attachment.blob_id,
                                      attachment.size, "", note=_(
                                          "Dimuat pada bagian Naskah Dinas (versi bertanda "
                                          "tangan)."), original=(attachment.filename,
                                                                 attachment.blob_id)))
            continue
        mark = _("Lampiran {n}: {f}").format(n=number, f=name)
        if not may_open:
            pack.lampiran.append(Part("lampiran", title, name, attachment.blob_id,
                                      attachment.size, mark, note=_(
                                          "Memuat identitas pelapor yang dirahasiakan; "
                                          "hanya sidik SHA-256-nya dicantumkan.")))
            continue
        pack.lampiran.append(_file_part("lampiran", title, attachment, mark, pack, actor))


def _may_open(pack: Pack, viewer, attachment: Attachment) -> bool:
    return pack.unmasked or pack.reporter_visible or can_open_attachment(
        viewer if isinstance(viewer, User) else None, pack.complaint.confidentiality,
        attachment.kind, attachment.step_no)


def _file_part(section: str, title: str, attachment: Attachment, mark: str, pack: Pack,
               actor) -> Part:
    part = Part(section, title, attachment.filename, attachment.blob_id, attachment.size,
                mark, original=(attachment.filename, attachment.blob_id))
    try:
        content = read_content(attachment, actor=actor if isinstance(
            actor, User | SystemActor) else None)
    except IntegrityError as exc:
        part.note = str(exc)
        return part
    part.pdf, part.note = pdf_pages(content)
    return part


def pdf_pages(content: bytes) -> tuple[bytes | None, str]:
    """(PDF bytes, "") for a PDF that opens or an image; (None, why) otherwise."""
    from app.files.filetypes import PDF, sniff

    mime = sniff(content)
    if mime == PDF:
        from pypdf import PdfReader
        from pypdf.errors import PyPdfError

        try:
            reader = PdfReader(io.BytesIO(content))
            if reader.is_encrypted or not len(reader.pages):
                return None, _("PDF terkunci atau kosong; tidak dapat dijadikan halaman.")
        except (PyPdfError, ValueError, OSError) as exc:
            return None, _("PDF rusak ({e}); tidak dapat dijadikan halaman.").format(e=exc)
        return content, ""
    if mime and mime.startswith("image/"):
        try:
            return image_pdf(content), ""
        except (OSError, ValueError, PengaduanError) as exc:
            return None, _("Gambar tidak dapat dijadikan halaman ({e}).").format(e=exc)
    return None, _("Jenis berkas ini tidak dapat dijadikan halaman.")
