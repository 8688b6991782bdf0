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

import hashlib
import io
import logging
from dataclasses import dataclass
from pathlib import Path, PurePath

from app import audit
from app.errors import PengaduanError, ValidationError
from app.i18n import _
from app.models import Attachment, Blob, Complaint, Document, User, database

log = logging.getLogger(__name__)

PDF = "application/pdf"
JPEG = "image/jpeg"
PNG = "image/png"
TIFF = "image/tiff"
# What may be attached, by content type -> the extension a stored name should carry.
SUPPORTED: dict[str, str] = {PDF: ".pdf", JPEG: ".jpg", PNG: ".png", TIFF: ".tif"}
EXTENSIONS: dict[str, tuple[str, ...]] = {
    PDF: (".pdf",), JPEG: (".jpg", ".jpeg", ".jpe"), PNG: (".png",), TIFF: (".tif", ".tiff")}
TYPE_LABELS = {PDF: "PDF", JPEG: "JPEG", PNG: "PNG", TIFF: "TIFF"}
FILE_DIALOG_FILTER = "*.pdf *.jpg *.jpeg *.png *.tif *.tiff"
DEFAULT_MAX_MB = 50


class IntegrityError(PengaduanError):
    """Stored content no longer matches its SHA-256."""


class FileRejected(ValidationError):
    """A file that may not be attached. `reason` is one of REASONS; the message says why in
    Indonesian and names the file."""

    REASONS = ("kosong", "terlalu_besar", "jenis", "rusak", "terenkripsi")

    def __init__(self, reason: str, message: str):
        super().__init__(message, "file")
        self.reason = reason


@dataclass(frozen=True)
class FileInfo:
    """What the content turned out to be."""

    mime: str
    pages: int
    size: int
    sha256: str
    filename: str  # the given name, its extension corrected to the real type

    @property
    def type_label(self) -> str:
        return TYPE_LABELS[self.mime]


@dataclass(frozen=True)
class Attached:
    attachment: Attachment
    info: FileInfo
    signed_document: Document | None = None  # the naskah dinas this scan now signs
    already_there: bool = False  # the same content was already attached to this complaint


# --------------------------------------------------------------------------- checks
def sniff(content: bytes) -> str | None:
    """The content type from the first bytes, or None for anything not attachable."""
    head = content[:1024]
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return TIFF
    # The PDF header may follow a little junk (the spec tolerates it; some scanners write it).
    if b"%PDF-" in head:
        return PDF
    return None


def _describe_unknown(content: bytes) -> str:
    """A word for the user about what an unsupported file seems to be."""
    head = content[:8]
    for magic, text in ((b"PK\x03\x04", _("dokumen Office/ZIP")), (b"GIF8", "GIF"),
                        (b"BM", "BMP"), (b"MZ", _("program")), (b"\xd0\xcf\x11\xe0",
                        _("dokumen Office lama")), (b"RIFF", "WEBP/RIFF"),
                        (b"{\\rtf", "RTF")):
        if head.startswith(magic):
            return text
    return _("tidak dikenal")


def max_bytes() -> int:
    """The configured size limit (office setting `attachment_max_mb`, default 50 MB)."""
    from app import settings

    if database.obj is None:  # no database (a check before login): the default applies
        return DEFAULT_MAX_MB * 1024 * 1024
    return int(float(settings.get("attachment_max_mb")) * 1024 * 1024)


def _size_text(size: int) -> str:
    """Indonesian size text: "12,5 MB", or "800 KB" below one megabyte."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


def check_size(filename: str, size: int, limit: int | None = None) -> None:
    """Raise FileRejected for an empty or oversized file (usable before reading it)."""
    limit = max_bytes() if limit is None else limit
    if size == 0:
        raise FileRejected("kosong", _("Berkas '{f}' kosong (0 byte); tidak ada yang dapat "
                                       "dilampirkan.").format(f=filename))
    if size > limit:
        raise FileRejected("terlalu_besar", _(
            "Berkas '{f}' berukuran {s}, melebihi batas {m}. Pindai ulang dengan "
            "resolusi lebih rendah atau pecah berkasnya.").format(
                f=filename, s=_size_text(size), m=_size_text(limit)))


def _pdf_pages(filename: str, content: bytes) -> int:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    broken = FileRejected("rusak", _(
        "PDF '{f}' rusak atau tidak lengkap dan tidak dapat dibuka. Simpan atau pindai "
        "ulang berkasnya.").format(f=filename))
    # An interrupted copy or download loses the end first; readers "repair" such files
    # silently and show blank pages, so a missing end marker is refused here.
    if b"%%EOF" not in content[-2048:]:
        raise broken
    try:
        reader = PdfReader(io.BytesIO(content), strict=False)
        if reader.is_encrypted:
            raise FileRejected("terenkripsi", _(
                "PDF '{f}' terenkripsi atau dilindungi kata sandi. Simpan ulang tanpa "
                "kata sandi lalu lampirkan lagi.").format(f=filename))
        pages = len(reader.pages)
        # Each page object must resolve, not only the count.
        if any(page.mediabox is None for page in reader.pages):
            raise broken
    except FileRejected:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError, OSError) as exc:
        log.info("PDF %s ditolak: %r", filename, exc)
        raise broken from exc
    if pages < 1:
        raise broken
    return pages


def _image_pages(filename: str, content: bytes, mime: str) -> int:
    from PIL import Image, UnidentifiedImageError

    broken = FileRejected("rusak", _(
        "Gambar '{f}' rusak atau terpotong dan tidak dapat dibuka.").format(f=filename))
    try:
        with Image.open(io.BytesIO(content)) as image:
            if Image.MIME.get(image.format) != mime:
                raise broken
            pages = getattr(image, "n_frames", 1)
            # Decode every frame: a truncated scan fails only when its pixels are read.
            for index in range(pages):
                image.seek(index)
                image.load()
    except FileRejected:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError,
            SyntaxError, EOFError) as exc:
        log.info("gambar %s ditolak: %r", filename, exc)
        raise broken from exc
    return pages


def corrected_name(filename: str, mime: str) -> str:
    """The name with an extension that matches the content (`surat.pdf` holding a PNG is
    stored as `surat.png`, so it opens in the right program later)."""
    name = PurePath(filename).name or "lampiran"
    path = PurePath(name)
    if path.suffix.lower() in EXTENSIONS[mime]:
        return name
    stem = path.stem if path.suffix.lower() in {e for v in EXTENSIONS.values() for e in v} \
        else name
    return stem + SUPPORTED[mime]


def inspect(filename: str, content: bytes, *, limit: int | None = None) -> FileInfo:
    """Check `content` as an attachment. Returns its FileInfo (type from the content, page
    count); raises FileRejected (empty, too large, wrong type, corrupt, encrypted)."""
    check_size(filename, len(content), limit)
    mime = sniff(content)
    if mime is None:
        raise FileRejected("jenis", _(
            "Jenis berkas '{f}' tidak didukung (isinya: {k}). Yang dapat dilampirkan: "
            "PDF, JPEG, PNG dan TIFF.").format(f=filename, k=_describe_unknown(content)))
    if mime == PDF:
        pages = _pdf_pages(filename, content)
    else:
        pages = _image_pages(filename, content, mime)
    return FileInfo(mime=mime, pages=pages, size=len(content),
                    sha256=hashlib.sha256(content).hexdigest(),
                    filename=corrected_name(filename, mime))


def read_upload(path: str | Path, *, limit: int | None = None) -> bytes:
    """The bytes of a file the user picked; the size is checked before reading, so a
    2 GB file is refused without loading it. Raises FileRejected or OSError."""
    path = Path(path)
    check_size(path.name, path.stat().st_size, limit)
    return path.read_bytes()


# --------------------------------------------------------------------------- store
def checked(filename: str, content: bytes, info: FileInfo | None = None, *,
            limit: int | None = None) -> FileInfo:
    """`info` when it describes exactly this content (checked earlier, e.g. by the attach
    panel or before a transaction), else a fresh inspect(). Raises FileRejected."""
    if (info is not None and info.size == len(content)
            and info.sha256 == hashlib.sha256(content).hexdigest()):
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
        Blob.insert(sha256=info.sha256, size=info.size,
                    data=content).on_conflict_ignore().execute()
        return Attachment.create(
            complaint=complaint, kind=kind, filename=corrected_name(filename, info.mime),
            mime=info.mime,
            size=info.size, pages=info.pages, blob=info.sha256, step_no=step_no,
            created_by=actor)


def attach_file(complaint: Complaint | int, kind: str, filename: str, content: bytes, *,
                actor: User | None = None, step_no: int | None = None,
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
    actor_name = actor.username if actor else "cli"
    with database.atomic():
        already = (Attachment.select().where((Attachment.complaint == complaint)
                                             & (Attachment.blob == info.sha256)).exists())
        attachment = add_attachment(complaint, kind, info.filename, content, actor=actor,
                                    step_no=step_no, info=info)
        audit.record("lampiran.tambah", actor=actor_name, complaint_id=complaint.id, detail={
            "lampiran": attachment.id, "jenis": kind, "berkas": info.filename,
            "tipe": info.mime, "halaman": info.pages, "ukuran": info.size,
            "sha256": info.sha256, "langkah": step_no})
        signed = _sign_document(actor, complaint, kind, attachment, step_no)
    return Attached(attachment=attachment, info=info, signed_document=signed,
                    already_there=already)


def _sign_document(actor: User | None, complaint: Complaint, kind: str,
                   attachment: Attachment, step_no: int | None) -> Document | None:
    from app import documents

    if kind not in documents.DOC_TYPES:
        return None
    current = documents.latest(complaint.id, kind)
    if current is None or current.signed_attachment_id is not None:
        return None
    if step_no is not None and current.step_no is not None and step_no < current.step_no:
        return None  # a scan from before this version existed cannot be its signed copy
    return documents.attach_signed(actor, current, attachment)


def attach_paths(complaint: Complaint | int, kind: str, paths: list[str | Path], *,
                 actor: User | None = None, step_no: int | None = None,
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


# --------------------------------------------------------------------------- read
def read_content(attachment: Attachment, *, actor: User | str | None = None) -> bytes:
    """The attachment's bytes; raises IntegrityError when they no longer match the hash.
    The mismatch is written to the audit log first (call outside a transaction that the
    exception would roll back, or the audit entry goes with it)."""
    blob = Blob.get_by_id(attachment.blob_id)
    data = bytes(blob.data)
    actual = hashlib.sha256(data).hexdigest()
    if actual != blob.sha256:
        actor_name = actor.username if isinstance(actor, User) else actor
        audit.record("lampiran.integritas_gagal", actor=actor_name,
                     complaint_id=attachment.complaint_id, detail={
                         "lampiran": attachment.id, "berkas": attachment.filename,
                         "sha256_tercatat": blob.sha256, "sha256_isi": actual})
        raise IntegrityError(_("Isi lampiran '{f}' tidak cocok dengan sidik SHA-256-nya; "
                               "berkas mungkin rusak atau diubah.").format(f=attachment.filename))
    return data


def attachment_list(complaint_id: int) -> list[Attachment]:
    """A complaint's attachments, oldest first."""
    return list(Attachment.select().where(Attachment.complaint == complaint_id)
                .order_by(Attachment.created_at, Attachment.id))


def load(attachment_id: int, *, actor: User | str | None = None) -> tuple[Attachment, bytes]:
    """An attachment and its verified bytes, for `actor` (a User, or a named system actor
    such as the command line). Raises NotPermitted when it is a confidential complainant's
    own material and the user may not see who they are; IntegrityError (audited, see
    read_content); Attachment.DoesNotExist."""
    from app.errors import NotPermitted
    from app.permissions import can_open_attachment

    row = Attachment.get_by_id(attachment_id)
    if not isinstance(actor, str) and not can_open_attachment(
            actor, row.complaint.confidentiality, row.kind, row.step_no):
        raise NotPermitted(_("Lampiran ini memuat identitas pelapor yang dirahasiakan; "
                             "hanya pejabat yang berwenang yang dapat membukanya."))
    return row, read_content(row, actor=actor)
