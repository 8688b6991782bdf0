"""Attachments stored in the shared database (content deduplicated by SHA-256).

The core keeps it minimal: store and read back with an integrity check. Type detection by
content, size limits, PDF checks and scanning belong to the attachments issue."""

from __future__ import annotations

import hashlib
import mimetypes

from app.errors import PengaduanError, ValidationError
from app.i18n import _
from app.models import Attachment, Blob, Complaint, User, database


class IntegrityError(PengaduanError):
    """Stored content no longer matches its SHA-256."""


def add_attachment(complaint: Complaint, kind: str, filename: str, content: bytes, *,
                   actor: User | None = None, step_no: int | None = None,
                   mime: str | None = None, pages: int | None = None) -> Attachment:
    """Store `content` once (by hash) and link it to the complaint; one transaction."""
    if not content:
        raise ValidationError(_("Berkas '{f}' kosong (0 byte).").format(f=filename), "file")
    digest = hashlib.sha256(content).hexdigest()
    with database.atomic():
        Blob.insert(sha256=digest, size=len(content), data=content).on_conflict_ignore().execute()
        return Attachment.create(
            complaint=complaint, kind=kind, filename=filename,
            mime=mime or mimetypes.guess_type(filename)[0] or "application/octet-stream",
            size=len(content), pages=pages, blob=digest, step_no=step_no, created_by=actor)


def read_content(attachment: Attachment) -> bytes:
    """The attachment's bytes; raises IntegrityError when they no longer match the hash."""
    blob = Blob.get_by_id(attachment.blob_id)
    data = bytes(blob.data)
    if hashlib.sha256(data).hexdigest() != blob.sha256:
        raise IntegrityError(_("Isi lampiran '{f}' tidak cocok dengan sidik SHA-256-nya; "
                               "berkas mungkin rusak atau diubah.").format(f=attachment.filename))
    return data
