"""What may be attached, decided by the content: the type from its magic bytes, the size
limit, a PDF that opens and is not encrypted, an image that decodes. A rejected file raises
`FileRejected`, with an Indonesian message naming the file, before anything is stored."""

from __future__ import annotations

import hashlib
import io
import logging
from dataclasses import dataclass
from pathlib import Path, PurePath

from app.errors import ValidationError
from app.files import rendering
from app.i18n import _
from app.office import wording

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


def check_size(filename: str, size: int, limit: int | None = None) -> None:
    """Raise FileRejected for an empty or oversized file (usable before reading it).
    `limit` in bytes; None is the default of 50 MB (the office's own limit is applied by
    app.services.attachments)."""
    limit = DEFAULT_MAX_MB * 1024 * 1024 if limit is None else limit
    if size == 0:
        raise FileRejected("kosong", _("Berkas '{f}' kosong (0 byte); tidak ada yang dapat "
                                       "dilampirkan.").format(f=filename))
    if size > limit:
        raise FileRejected("terlalu_besar", _(
            "Berkas '{f}' berukuran {s}, melebihi batas {m}. Pindai ulang dengan "
            "resolusi lebih rendah atau pecah berkasnya.").format(
                f=filename, s=wording.file_size(size), m=wording.file_size(limit)))


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
        if pages > rendering.MAX_PAGES:
            raise FileRejected("terlalu_besar", _("PDF '{f}': {m}").format(
                f=filename, m=rendering.too_many_pages()))
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
            # Counted before anything is decoded: a file of many tiny frames is refused
            # in a moment instead of taking minutes.
            pages = rendering.frame_count(content, image)
            if pages > rendering.MAX_PAGES:
                raise FileRejected("terlalu_besar", _("Gambar '{f}': {m}").format(
                    f=filename, m=rendering.too_many_pages()))
            # Decode every frame: a truncated scan fails only when its pixels are read.
            for index in range(pages):
                image.seek(index)
                if image.width * image.height > rendering.MAX_IMAGE_PIXELS:
                    raise FileRejected("terlalu_besar", _("Gambar '{f}': {m}").format(
                        f=filename, m=rendering.too_many_pixels(image.width, image.height)))
                image.load()
    except FileRejected:
        raise
    except Image.DecompressionBombError as exc:  # Pillow's limit: over twice ours
        raise FileRejected("terlalu_besar", _(
            "Gambar '{f}' melebihi {m} juta piksel per halaman; pindai ulang dengan resolusi "
            "lebih rendah.").format(f=filename, m=rendering.MAX_IMAGE_PIXELS // 1_000_000)
        ) from exc
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError) as exc:
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


