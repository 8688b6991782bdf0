"""Attachments stored in the shared database (content deduplicated by SHA-256).

Every file that enters the system is checked first (type by magic bytes, size limit, a PDF
that opens and is not encrypted, an image that decodes); a rejected file raises
`FileRejected`, with an Indonesian message naming the file, before anything is written.
- `add_attachment()` checks and stores; other services call it inside their own
  transaction (registration, actions with evidence, signed scans). Callers that must not
  hold locks while a large PDF is parsed check first with `inspect()` and pass the
  FileInfo along (it is trusted only when its SHA-256 matches the content).
- `attach_file()` is what people use (file dialog, drag and drop, scans, the `attach`
  command): add_attachment plus its audit entry and, for a naskah dinas kind, the link
  as that document's signed version.

`read_content()` checks the hash on every read; a mismatch is audited and raised.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from app.errors import IntegrityError, NotPermitted, ValidationError
from app.files import filetypes
from app.files.filetypes import DEFAULT_MAX_MB, FileInfo, corrected_name
from app.i18n import _
from app.office.vocab import ATTACHMENT_KINDS, DOC_TYPES
from app.services import audit, naskah_records
from app.services.accounts import Actor, SystemActor, audit_name
from app.services.permissions import (
    ATTACH,
    SIGNED,
    attachment_reveals_reporter,
    can_see_reporter,
    require_write,
)
from app.store import blobs
from app.store.db import locked_complaint
from app.store.models import Attachment, Complaint, Document, User, database

log = logging.getLogger(__name__)

@dataclass(frozen=True)
class Attached:
    attachment: Attachment
    info: FileInfo
    signed_document: Document | None = None  # the naskah dinas this scan now signs
    already_there: bool = False  # the same content was already attached to this complaint


def max_bytes() -> int:
    """The configured size limit (office setting `attachment_max_mb`, default 50 MB)."""
    from app.services import settings

    if database.obj is None:  # no database (a check before login): the default applies
        return DEFAULT_MAX_MB * 1024 * 1024
    return int(float(settings.current().attachment_max_mb) * 1024 * 1024)



def _office_limit(limit: int | None) -> int:
    return max_bytes() if limit is None else limit


def check_size(filename: str, size: int, limit: int | None = None) -> None:
    """filetypes.check_size against the office's limit unless `limit` is given."""
    filetypes.check_size(filename, size, _office_limit(limit))


def inspect(filename: str, content: bytes, *, limit: int | None = None) -> FileInfo:
    """filetypes.inspect against the office's size limit unless `limit` is given."""
    return filetypes.inspect(filename, content, limit=_office_limit(limit))


def read_upload(path: str | Path, *, limit: int | None = None) -> bytes:
    """filetypes.read_upload against the office's size limit unless `limit` is given."""
    return filetypes.read_upload(path, limit=_office_limit(limit))


# --------------------------------------------------------------------------- store
def checked(filename: str, content: bytes, info: FileInfo | None = None, *,
            limit: int | None = None) -> FileInfo:
    """`info` when it describes exactly this content (checked earlier, e.g. by the attach
    panel or before a transaction), else a fresh inspect(). Raises FileRejected."""
    if (info is not None and info.size == len(content)
            and info.sha256 == blobs.digest(content)):
        return info
    return inspect(filename, content, limit=limit)


def add_attachment(complaint: Complaint, kind: str, filename: str, content: bytes, *,
                   actor: User | None = None, step_no: int | None = None,
                   info: FileInfo | None = None, limit: int | None = None,
                   mime: str | None = None) -> Attachment:
    """Check `content` (see checked()), then store it once (by hash) and link it to the
    complaint, under its name corrected to the real type; one transaction. Raises
    FileRejected before anything is written. A caller's `mime` is not trusted: the
    content decides the type (the parameter stays for older callers)."""
    info = checked(filename, content, info, limit=limit)
    with database.atomic():
        blobs.put(content, info.sha256)
        return Attachment.create(
            complaint=complaint, kind=kind, filename=corrected_name(filename, info.mime),
            mime=info.mime,
            size=info.size, pages=info.pages, blob=info.sha256, step_no=step_no,
            created_by=actor)


def attach_file(complaint: Complaint | int, kind: str, filename: str, content: bytes, *,
                actor: Actor, step_no: int | None = None,
                limit: int | None = None, info: FileInfo | None = None) -> Attached:
    """Check, then store one file for a complaint, in one transaction with its audit entry.

    `step_no` None means the complaint's current step. A kind that names a naskah dinas
    (e.g. "nota_dinas") makes the scan the signed copy of that document's latest version
    when that version has none yet and was made at or before this step.
    Raises FileRejected before anything is written."""
    info = checked(filename, content, info, limit=limit)
    complaint = complaint if isinstance(complaint, Complaint) else Complaint.get_by_id(complaint)
    if step_no is None:
        step_no = complaint.current_step
    with database.atomic():
        # A naskah's kind makes the scan its signed copy: the stricter rule of the two.
        require_write(actor, complaint, SIGNED if kind in DOC_TYPES else ATTACH, kind)
        already = (Attachment.select().where((Attachment.complaint == complaint)
                                             & (Attachment.blob == info.sha256)).exists())
        attachment = add_attachment(complaint, kind, info.filename, content,
                                    actor=actor if isinstance(actor, User) else None,
                                    step_no=step_no, info=info)
        audit.record("lampiran.tambah", actor=audit_name(actor), complaint_id=complaint.id, detail={
            "lampiran": attachment.id, "jenis": kind, "berkas": info.filename,
            "tipe": info.mime, "halaman": info.pages, "ukuran": info.size,
            "sha256": info.sha256, "langkah": step_no})
        signed = _sign_document(actor, complaint, kind, attachment, step_no)
    return Attached(attachment=attachment, info=info, signed_document=signed,
                    already_there=already)


def _sign_document(actor: Actor, complaint: Complaint, kind: str,
                   attachment: Attachment, step_no: int | None) -> Document | None:
    if kind not in DOC_TYPES:
        return None
    current = naskah_records.latest(complaint.id, kind)
    if current is None or current.signed_attachment_id is not None:
        return None
    if step_no is not None and current.step_no is not None and step_no < current.step_no:
        return None  # a scan from before this version existed cannot be its signed copy
    return naskah_records.attach_signed(actor, current, attachment)


def attach_paths(complaint: Complaint | int, kind: str, paths: list[str | Path], *,
                 actor: Actor, step_no: int | None = None,
                 limit: int | None = None) -> list[Attached]:
    """Attach several files all or nothing: every file is checked first; one bad file
    stores none of them. Raises FileRejected (naming the file) or OSError."""
    checked = []
    for path in paths:
        content = read_upload(path, limit=limit)
        checked.append((content, inspect(Path(path).name, content, limit=limit)))
    with database.atomic():
        return [attach_file(complaint, kind, info.filename, content, actor=actor,
                            step_no=step_no, info=info) for content, info in checked]


def change_kind(actor: Actor, attachment_id: int, kind: str) -> Attachment:
    """File an attachment under another kind (a file picked with the wrong kind), in one
    transaction with its audit entry ("lampiran.ubah_jenis", old and new kind). Checked as
    adding a file of the new kind now (app.services.permissions); a naskah's signed scan
    keeps its kind (its document points at it), and a file becomes a naskah's scan only
    through the signing flow. A change that would show a confidential complainant's file
    to more readers (the letter re-filed as the division's answer) only by an official who
    may see the complainant. Raises NotPermitted or ValidationError."""
    if kind not in ATTACHMENT_KINDS or kind in DOC_TYPES:
        raise ValidationError(_("Jenis lampiran ini tidak dapat dipilih di sini."), "kind")
    with database.atomic():
        row = Attachment.get_or_none(Attachment.id == attachment_id)
        if row is None:
            raise ValidationError(_("Lampiran tidak ditemukan."), "kind")
        # Locked: a close, a signing or another change of this complaint waits for this one
        # (and this one for them), so what is checked below is what is written.
        complaint = locked_complaint(row.complaint_id)
        row = Attachment.get_by_id(row.id)
        if row.kind == kind:
            return row
        require_write(actor, complaint, ATTACH, kind)
        if Document.select().where(Document.signed_attachment == row.id).exists():
            raise NotPermitted(_("Lampiran ini tercatat sebagai pindaian bertanda tangan "
                                 "naskah dinas; jenisnya tidak dapat diubah."))
        widens = (attachment_reveals_reporter(row.kind, row.step_no)
                  and not attachment_reveals_reporter(kind, row.step_no))
        if widens and not (isinstance(actor, SystemActor)
                           or can_see_reporter(actor, complaint.confidentiality)):
            raise NotPermitted(_("Lampiran ini dapat memuat identitas pelapor yang "
                                 "dirahasiakan; hanya pejabat yang berwenang yang dapat "
                                 "mengubah jenisnya."))
        old = row.kind
        Attachment.update(kind=kind).where(Attachment.id == row.id).execute()
        audit.record("lampiran.ubah_jenis", actor=audit_name(actor), complaint_id=complaint.id,
                     detail={"lampiran": row.id, "berkas": row.filename, "dari": old,
                             "ke": kind})
        row.kind = kind
        return row


# --------------------------------------------------------------------------- read
def read_content(attachment: Attachment, *, actor: Actor | None = None) -> bytes:
    """The attachment's bytes; raises IntegrityError when they no longer match the hash.
    The mismatch is written to the audit log first (call outside a transaction that the
    exception would roll back, or the audit entry goes with it)."""
    try:
        return blobs.read(attachment.blob_id,
                          _("lampiran '{f}'").format(f=attachment.filename))
    except IntegrityError as exc:
        audit.record("lampiran.integritas_gagal", actor=audit_name(actor),
                     complaint_id=attachment.complaint_id, detail={
                         "lampiran": attachment.id, "berkas": attachment.filename,
                         "sha256_tercatat": exc.expected, "sha256_isi": exc.actual})
        raise


def attachment_list(complaint_id: int) -> list[Attachment]:
    """A complaint's attachments, oldest first."""
    return list(Attachment.select().where(Attachment.complaint == complaint_id)
                .order_by(Attachment.created_at, Attachment.id))


def load(attachment_id: int, *, actor: Actor | None) -> tuple[Attachment, bytes]:
    """An attachment and its verified bytes, for `actor` (a User, a SystemActor such as the
    command line, or None for nobody signed in). Raises NotPermitted when it is a
    confidential complainant's own material and the actor may not see who they are;
    IntegrityError (audited, see read_content); Attachment.DoesNotExist; TypeError for an
    actor that is a bare name."""
    from app.services.permissions import can_open_attachment

    row = Attachment.get_by_id(attachment_id)
    if isinstance(actor, str):
        raise TypeError(f"actor must be a User, a SystemActor or None, not {actor!r}")
    if not isinstance(actor, SystemActor) and not can_open_attachment(
            actor, row.complaint.confidentiality, row.kind, row.step_no):
        raise NotPermitted(_("Lampiran ini memuat identitas pelapor yang dirahasiakan; "
                             "hanya pejabat yang berwenang yang dapat membukanya."))
    return row, read_content(row, actor=actor)
