"""Pages for the berkas: a naskah's .docx through the project's converter (Word or the warm
LibreOffice, app.naskah.pdf), its PDF cached by the SHA-256 of the .docx; an image through
the scan assembler (app.files.scanning, which alone imports img2pdf, so that LGPL library
stays one replaceable module)."""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import threading
from pathlib import Path

from app.i18n import _

log = logging.getLogger(__name__)
_lock = threading.Lock()  # one conversion at a time: the warm converter is one process


def default_cache_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("Pengaduan", appauthor=False)) / "naskah_pdf"


class NaskahPdf:
    """docx bytes -> PDF bytes, cached on disk by the SHA-256 of the .docx (the same
    version converts once, whoever prints it; a cache file is only a copy, re-made when
    missing). `convert` is app.naskah.pdf.convert_to_pdf or a stand-in with its contract."""

    def __init__(self, cache_dir: str | Path | None = None, convert=None):
        self.cache_dir = Path(cache_dir) if cache_dir else default_cache_dir()
        self._convert = convert
        self.converted = 0  # conversions run (not served from the cache), for the bench

    def pdf_of(self, docx: bytes) -> tuple[bytes | None, str]:
        """(PDF, "") or (None, why it could not be made)."""
        from app.naskah.pdf import ConverterNotFound, PdfError

        key = hashlib.sha256(docx).hexdigest()
        cached = self.cache_dir / f"{key}.pdf"
        try:
            return cached.read_bytes(), ""
        except OSError:
            pass
        try:
            with _lock, tempfile.TemporaryDirectory(prefix="berkas-") as tmp:
                source = Path(tmp) / f"{key[:16]}.docx"
                source.write_bytes(docx)
                convert = self._convert
                if convert is None:
                    from app.naskah.pdf import convert_to_pdf as convert
                pdf = Path(convert(source, Path(tmp) / "pdf")).read_bytes()
                self.converted += 1
        except (ConverterNotFound, PdfError) as exc:
            log.warning("naskah tidak dapat dikonversi: %s", exc)
            return None, _("Tidak dapat dikonversi ke PDF: {e}").format(e=exc)
        except OSError as exc:
            return None, _("Tidak dapat dikonversi ke PDF: {e}").format(e=exc)
        self._keep(cached, pdf)
        return pdf, ""

    def _keep(self, path: Path, pdf: bytes) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".part")
            with os.fdopen(handle, "wb") as out:
                out.write(pdf)
            os.replace(temporary, path)
        except OSError as exc:  # a cache that cannot be written only costs time
            log.warning("cache PDF naskah tidak dapat ditulis: %s", exc)


def image_pdf(content: bytes) -> bytes:
    """An image (a multi-page TIFF gives several pages) as PDF pages, each at its scan
    size or fitted into A4."""
    from app.files.scanning import assemble_pdf, page_from_image

    return assemble_pdf(page_from_image(content))
