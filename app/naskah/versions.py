"""Naskah versions, stored in the database. `generate()` stores a numbered .docx version; it
is printed, signed by hand and scanned; `attach_signed_scan()` links the scan as that
version's signed copy. Revisions of the nota dinas (steps 6 to 9) are new versions,
generated again or uploaded after editing in Word (`store_revision()`); every version stays
readable, to those who may see what it shows."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from app.errors import DocumentError, NotPermitted
from app.i18n import _
from app.naskah.context import build_context
from app.naskah.templates import render, template_bytes
from app.naskah.untrusted import checked_docx
from app.office.vocab import DOC_TYPES
from app.services import audit, outputs, settings
from app.services.accounts import Actor, audit_name
from app.services.naskah_records import attach_signed, checked_type, latest
from app.services.permissions import NASKAH, SIGNED, can_see_reporter, require_write
from app.store import blobs
from app.store.db import locked_complaint
from app.store.models import AuditEntry, Complaint, Document, User, database, now
from app.store.numbering import format_number, next_value, pattern_fields


def generate(actor: Actor, complaint_id: int, doc_type: str, *,
             step_no: int | None = None, extra: dict[str, Any] | None = None,
             at: dt.datetime | None = None,
             number: str | None = None, output_id: int | None = None) -> Document:
    """Render `doc_type` for the complaint and store it as its next version, in one
    transaction with the audit entry. The first version takes the next number of the type
    and year (pattern in settings "document_patterns"), or `number` when the office took
    one from its agenda (SRIKANDI, the agenda book; `extra["nomor"]` is the same); later
    versions (revisions) keep that number. `step_no` defaults to the complaint's current
    step. `output_id`: the stored fields (app.services.outputs) the version is filled from,
    else the latest of the complaint's. `extra`: see build_context. Returns the Document
    row. NotPermitted when the
    actor may not write it now (app.services.permissions) or it would show them a
    confidential reporter they may not see.
    Raises DocumentError (unknown type or complaint, bad pattern, a number already used
    that year), TemplateError."""
    checked_type(doc_type)
    at = at or now()
    manual = _manual_number(number if number is not None else (extra or {}).get("nomor"))
    template = template_bytes(doc_type)
    with database.atomic():
        complaint = _lock_complaint(complaint_id)
        require_write(actor, complaint, NASKAH, doc_type)  # before a number is taken
        version, number = _next_version(complaint, doc_type, at, manual)
        step = step_no if step_no is not None else complaint.current_step
        # The number printed is the number stored.
        extra = {k: v for k, v in (extra or {}).items() if k != "nomor"}
        if output_id is None and doc_type == "nota_dinas":
            draft = outputs.latest(complaint.id, outputs.NOTA_DINAS)
            output_id = draft.id if draft else None
        context = build_context(complaint, doc_type, actor=actor, number=number,
                                version=version, step_no=step, at=at, output_id=output_id,
                                extra=extra)
        return _keep(actor, complaint, doc_type, version, number, step, at,
                     render(template, context), "dokumen.buat",
                     {"pelapor_dirahasiakan": context["pelapor_dirahasiakan"]},
                     output_id=output_id if doc_type == "nota_dinas" else None)


def store_revision(actor: Actor, complaint_id: int, doc_type: str, content: bytes, *,
                   step_no: int | None = None, filename: str | None = None,
                   at: dt.datetime | None = None) -> Document:
    """Store a .docx edited outside the program (a corrected nota dinas draft) as the next
    version, keeping the document's number. Raises DocumentError when `content` is not a
    .docx or the complaint has no earlier version of this type."""
    checked_type(doc_type)
    at = at or now()
    content = checked_docx(content, filename or "")  # untrusted: macros, zip bombs, DTDs
    with database.atomic():
        complaint = _lock_complaint(complaint_id)
        require_write(actor, complaint, NASKAH, doc_type)
        if latest(complaint.id, doc_type) is None:
            raise DocumentError(_("Belum ada {t} untuk pengaduan ini; buat dahulu dari "
                                  "templat.").format(t=DOC_TYPES[doc_type]))
        version, number = _next_version(complaint, doc_type, at)
        step = step_no if step_no is not None else complaint.current_step
        return _keep(actor, complaint, doc_type, version, number, step, at, content,
                     "dokumen.revisi", {"berkas": filename})


def _keep(actor: Actor, complaint: Complaint, doc_type: str, version: int, number: str,
          step: int | None, at: dt.datetime, content: bytes, action: str,
          detail: dict[str, Any], output_id: int | None = None) -> Document:
    """Store one version's bytes and its row, with the audit entry `action`; in the
    caller's transaction."""
    digest = blobs.put(content)
    document = Document.create(complaint=complaint, doc_type=doc_type, number=number,
                               version=version, step_no=step, blob=digest, output=output_id,
                               created_by=actor if isinstance(actor, User) else None,
                               created_at=at)
    audit.record(action, actor=audit_name(actor), complaint_id=complaint.id,
                 at=at, detail={"jenis": doc_type, "nomor": number, "versi": version,
                                "langkah": step, "sha256": digest} | detail)
    return document


def attach_signed_scan(actor: Actor, document: Document, filename: str,
                       content: bytes, *, mime: str | None = None) -> Document:
    """Store the signed scan as an attachment of the document's kind (which is what the
    SOP's kelengkapan looks for) and link it as the version's signed copy; one transaction."""
    from app.services.attachments import add_attachment

    with database.atomic():
        require_write(actor, _lock_complaint(document.complaint_id), SIGNED, document.doc_type)
        attachment = add_attachment(document.complaint, document.doc_type, filename, content,
                                    actor=actor, step_no=document.step_no, mime=mime)
        return attach_signed(actor, document, attachment)


def document_content(document: Document, *, viewer: User | None = None) -> bytes:
    """The .docx bytes of one version; raises IntegrityError if they no longer match their
    SHA-256 (damaged or altered in the database), DocumentError when there are none. With
    `viewer`, NotPermitted when the version shows a confidential reporter this user may not
    see."""
    if document.blob_id is None:
        raise DocumentError(_("Versi ini tidak memiliki berkas."))
    if viewer is not None and not _may_read(viewer, document):
        raise NotPermitted(_("Naskah ini memuat identitas pelapor yang dirahasiakan."))
    return blobs.read(document.blob_id, _("{t} versi {v}").format(
        t=DOC_TYPES.get(document.doc_type), v=document.version))


def _may_read(viewer: User, document: Document) -> bool:
    """Whether `viewer` may read the version: always when the reporter is not hidden from
    them; else only a version generated masked (its audit entry says so)."""
    complaint = Complaint.get_by_id(document.complaint_id)
    if can_see_reporter(viewer, complaint.confidentiality):
        return True
    for entry in (AuditEntry.select(AuditEntry.detail)
                  .where((AuditEntry.complaint_id == complaint.id)
                         & (AuditEntry.action == "dokumen.buat"))):
        detail = json.loads(entry.detail)
        if detail.get("sha256") == document.blob_id and detail.get("versi") == document.version:
            return bool(detail.get("pelapor_dirahasiakan"))
    return False  # an uploaded revision: nobody vouched that it is masked


def suggested_filename(document: Document) -> str:
    """e.g. nota_dinas_W.7-UM.01.01-12_v2.docx (no characters Windows refuses)."""
    number = re.sub(r'[\\/:*?"<>|\s]+', "-", document.number or "tanpa-nomor")
    return f"{document.doc_type}_{number}_v{document.version}.docx"


def export_docx(document: Document, path: str | Path, *, viewer: User | None = None) -> Path:
    """Write the version's .docx to `path` (written beside it, then renamed); `viewer`: see
    document_content."""
    path = Path(path)
    data = document_content(document, viewer=viewer)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
    return path


def _lock_complaint(complaint_id: int) -> Complaint:
    """The complaint row, locked on PostgreSQL until commit so two workstations making the
    same document wait for each other (SQLite's IMMEDIATE transaction already serialises)."""
    complaint = locked_complaint(complaint_id)
    if complaint is None:
        raise DocumentError(_("Pengaduan tidak ditemukan."))
    return complaint


def _next_version(complaint: Complaint, doc_type: str, at: dt.datetime,
                  manual: str | None = None) -> tuple[int, str]:
    """The next version of the complaint's `doc_type` and its number: the number of the
    versions before, else `manual`, else the next of the type's counter for `at`'s year."""
    previous = latest(complaint.id, doc_type)
    if previous is not None and previous.number:
        if manual and manual != previous.number:
            raise DocumentError(_("{t} ini sudah bernomor {n}; versi berikutnya tetap memakai "
                                  "nomor itu.").format(t=DOC_TYPES[doc_type], n=previous.number))
        return previous.version + 1, previous.number
    version = previous.version + 1 if previous else 1
    if manual:
        taken = _taken_by(manual, at.year, complaint, doc_type)
        if taken:
            raise DocumentError(_("Nomor {n} sudah dipakai oleh {t} lain pada tahun {y}.")
                                .format(n=manual, t=DOC_TYPES.get(taken[0], taken[0]),
                                        y=at.year))
        return version, manual
    return version, _allocate(complaint, doc_type, at)


# A number typed by hand may have taken the counter's next values; beyond this many in a
# row something else is wrong.
_MAX_SKIPPED = 1000


def _allocate(complaint: Complaint, doc_type: str, at: dt.datetime) -> str:
    """The next number of the type and year. A number of the same type that an earlier
    document of this year already carries (entered by hand) is skipped; one of another
    type means two patterns make the same numbers, which is refused."""
    office = settings.current()
    pattern = (office.document_patterns.get(doc_type)
               or settings.OfficeSettings().document_patterns[doc_type])
    try:
        fields = pattern_fields(pattern)
    except ValueError as exc:
        raise DocumentError(_("Pola nomor {t} tidak valid: {p} ({e})")
                            .format(t=DOC_TYPES[doc_type], p=pattern, e=exc)) from exc
    if "seq" not in fields:
        raise DocumentError(_("Pola nomor {t} tidak memuat {{seq}}, sehingga setiap naskah "
                              "mendapat nomor yang sama: {p}").format(t=DOC_TYPES[doc_type],
                                                                      p=pattern))
    for _attempt in range(_MAX_SKIPPED):
        seq = next_value(f"dok:{doc_type}", at.year)
        try:
            number = format_number(
                pattern, seq, at.date(), office_code=office.office_code,
                classification=office.document_classification.get(doc_type, ""),
                register_no=complaint.register_no)
        except (KeyError, ValueError, IndexError) as exc:
            raise DocumentError(_("Pola nomor {t} tidak valid: {p} ({e})")
                                .format(t=DOC_TYPES[doc_type], p=pattern, e=exc)) from exc
        taken = _taken_by(number, at.year, complaint, doc_type)
        if not taken:
            return number
        other = next((t for t in taken if t != doc_type), None)
        if other is not None:
            # Sequences are per type: two types with the same pattern print the same number.
            raise DocumentError(_("Nomor {n} sudah dipakai oleh {t} lain pada tahun {y}. "
                                  "Periksa pola nomor naskah di Pengaturan (tiap jenis perlu "
                                  "pola yang berbeda).")
                                .format(n=number, t=DOC_TYPES.get(other, other), y=at.year))
    raise DocumentError(_("Tidak ada nomor {t} yang belum dipakai setelah {k} percobaan; "
                          "periksa pola nomor naskah di Pengaturan.")
                        .format(t=DOC_TYPES[doc_type], k=_MAX_SKIPPED))


def _taken_by(number: str, year: int, complaint: Complaint, doc_type: str) -> list[str]:
    """The types of the other documents that carry `number` as a number of `year`: the
    year of the first version that carried it (a revision in January keeps December's
    number, which stays a number of December's year). The complaint's own versions of
    `doc_type` do not count."""
    first: dict[tuple[int, str], dt.datetime] = {}
    rows = (Document.select(Document.complaint, Document.doc_type, Document.created_at)
            .where((Document.number == number)
                   & ~((Document.complaint == complaint) & (Document.doc_type == doc_type)))
            .tuples())
    for complaint_id, other_type, created_at in rows:
        key = (complaint_id, other_type)
        if key not in first or created_at < first[key]:
            first[key] = created_at
    return sorted({other_type for (_c, other_type), created_at in first.items()
                   if created_at.year == year})


def _manual_number(value: Any) -> str | None:
    """A number typed by hand, checked; None when there is none."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise DocumentError(_("Nomor naskah harus berupa teks."))
    value = value.strip()
    if len(value) > 100 or any(ch in value for ch in "\r\n\t"):
        raise DocumentError(_("Nomor naskah tidak valid: paling banyak 100 karakter dalam "
                              "satu baris."))
    return value
