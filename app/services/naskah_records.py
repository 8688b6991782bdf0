"""The kept versions of every naskah dinas and their signed copies: which versions a
complaint has, the latest of a type, and linking the scan of a printed, hand-signed version
as its signed copy. Rendering and templates live in app.naskah; this is what the workflow
and attachments need of the records."""

from __future__ import annotations

from app.errors import DocumentError
from app.i18n import _
from app.office.vocab import DOC_TYPES
from app.services import audit
from app.services.accounts import Actor, audit_name
from app.services.permissions import SIGNED, require_write
from app.store.models import Attachment, Complaint, Document, database


def checked_type(doc_type: str) -> str:
    if doc_type not in DOC_TYPES:
        raise DocumentError(_("Jenis naskah tidak dikenal: {t}. Pilihan: {c}")
                            .format(t=doc_type, c=", ".join(DOC_TYPES)))
    return doc_type


def document_versions(complaint_id: int, doc_type: str | None = None) -> list[Document]:
    """Every stored version, oldest first (by type, then version)."""
    query = Document.select().where(Document.complaint == complaint_id)
    if doc_type is not None:
        query = query.where(Document.doc_type == checked_type(doc_type))
    return list(query.order_by(Document.doc_type, Document.version))


def latest(complaint_id: int, doc_type: str) -> Document | None:
    return (Document.select().where((Document.complaint == complaint_id)
                                    & (Document.doc_type == doc_type))
            .order_by(Document.version.desc()).first())


def attach_signed(actor: Actor, document: Document, attachment: Attachment) -> Document:
    """Record `attachment` (the scan of the printed, hand-signed document) as the signed
    copy of this version. Raises DocumentError when it belongs to another complaint or the
    version already has a signed copy."""
    with database.atomic():
        current = Document.get_by_id(document.id)
        require_write(actor, Complaint.get_by_id(current.complaint_id), SIGNED,
                      current.doc_type)
        if attachment.complaint_id != current.complaint_id:
            raise DocumentError(_("Lampiran tidak berasal dari pengaduan yang sama."))
        if current.signed_attachment_id is not None:
            raise DocumentError(_("{t} versi {v} sudah memiliki pindaian bertanda tangan.")
                                .format(t=DOC_TYPES[current.doc_type], v=current.version))
        Document.update(signed_attachment=attachment).where(Document.id == current.id).execute()
        audit.record("dokumen.tandatangan", actor=audit_name(actor),
                     complaint_id=current.complaint_id, detail={
                         "jenis": current.doc_type, "nomor": current.number,
                         "versi": current.version, "lampiran": attachment.id})
    return Document.get_by_id(document.id)
