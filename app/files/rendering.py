"""Pages of an attachment as pixels, one page at a time (the viewer asks for the pages it
shows, so a 50-page scan opens as fast as a one-page letter).

PDF through pypdfium2 (PDFium, BSD/Apache), images through Pillow. PDFium is not thread-safe:
every call into it holds `PDFIUM_LOCK`, so the viewer's render thread and anything else may
use it. No Qt here; `Raster` is plain bytes that ui/ wraps in a QImage.
"""

from __future__ import annotations

import io
import threading
from dataclasses import dataclass

from app.errors import PengaduanError
from app.i18n import _

PDFIUM_LOCK = threading.RLock()
POINTS_PER_INCH = 72.0
IMAGE_DPI_FALLBACK = 150.0  # an image without a resolution is shown as if scanned at this


class RenderError(PengaduanError):
    """The content cannot be shown (damaged after it was stored, or an unknown type)."""


@dataclass(frozen=True)
class Raster:
    width: int
    height: int
    stride: int
    data: bytes
    format: str  # "BGRX" (4 bytes per pixel, QImage.Format_RGB32), "RGB", or "L"


class PageSource:
    """An opened PDF or image. `page_size(i)` is in points (1/72 inch), so scale 1.0 is
    100 % on a 72-dpi canvas and the viewer's zoom maps to it directly."""

    def __init__(self, content: bytes, mime: str):
        self.mime = mime
        self._content = content  # PDFium reads from this buffer; keep it alive
        self._pdf = None
        self._sizes: list[tuple[float, float]] = []
        if mime == "application/pdf":
            import pypdfium2 as pdfium

            try:
                with PDFIUM_LOCK:
                    self._pdf = pdfium.PdfDocument(content)
                    self._sizes = [self._pdf.get_page_size(i) for i in range(len(self._pdf))]
            except pdfium.PdfiumError as exc:
                raise RenderError(_("PDF tidak dapat dibuka: {e}").format(e=exc)) from exc
        elif mime.startswith("image/"):
            from PIL import Image, UnidentifiedImageError

            try:
                with Image.open(io.BytesIO(content)) as image:
                    for index in range(getattr(image, "n_frames", 1)):
                        image.seek(index)
                        dpi = image.info.get("dpi") or (IMAGE_DPI_FALLBACK,) * 2
                        dpi_x = float(dpi[0]) if float(dpi[0]) >= 50 else IMAGE_DPI_FALLBACK
                        dpi_y = float(dpi[1]) if float(dpi[1]) >= 50 else IMAGE_DPI_FALLBACK
                        self._sizes.append((image.width * POINTS_PER_INCH / dpi_x,
                                            image.height * POINTS_PER_INCH / dpi_y))
            except (UnidentifiedImageError, OSError, ValueError) as exc:
                raise RenderError(_("Gambar tidak dapat dibuka: {e}").format(e=exc)) from exc
        else:
            raise RenderError(_("Jenis {m} tidak dapat ditampilkan.").format(m=mime))

    @property
    def page_count(self) -> int:
        return len(self._sizes)

    def page_size(self, index: int) -> tuple[float, float]:
        return self._sizes[index]

    def render(self, index: int, scale: float, rotation: int = 0) -> Raster:
        """Page `index` at `scale` pixels per point, turned `rotation` degrees clockwise."""
        rotation %= 360
        if self._pdf is not None:
            with PDFIUM_LOCK:
                page = self._pdf[index]
                try:
                    bitmap = page.render(scale=scale, rotation=rotation, prefer_bgrx=True,
                                         fill_color=(255, 255, 255, 255))
                    raster = Raster(bitmap.width, bitmap.height, bitmap.stride,
                                    bytes(bitmap.buffer), "BGRX")
                finally:
                    page.close()
            return raster
        return self._render_image(index, scale, rotation)

    def _render_image(self, index: int, scale: float, rotation: int) -> Raster:
        from PIL import Image

        width_pt, height_pt = self._sizes[index]
        size = (max(1, round(width_pt * scale)), max(1, round(height_pt * scale)))
        with Image.open(io.BytesIO(self._content)) as image:
            image.seek(index)
            # draft() lets the JPEG decoder skip detail a small thumbnail never shows.
            image.draft("RGB", size)
            frame = image.convert("L" if image.mode in ("1", "L", "I;16", "I") else "RGB")
        frame = frame.resize(size, Image.Resampling.BILINEAR)
        if rotation:
            frame = frame.rotate(-rotation, expand=True)
        mode = frame.mode
        return Raster(frame.width, frame.height, frame.width * (3 if mode == "RGB" else 1),
                      frame.tobytes(), mode)

    def close(self) -> None:
        if self._pdf is not None:
            with PDFIUM_LOCK:
                self._pdf.close()
            self._pdf = None


def render_pdf_page_jpeg(content: bytes, index: int, dpi: int,
                         quality: int = 85) -> tuple[bytes, int, int]:
    """One PDF page rendered at `dpi` as JPEG bytes, with its pixel size (for scans made
    from an existing PDF)."""
    from PIL import Image

    source = PageSource(content, "application/pdf")
    try:
        raster = source.render(index, dpi / POINTS_PER_INCH)
    finally:
        source.close()
    image = Image.frombuffer("RGB", (raster.width, raster.height), raster.data, "raw", "BGRX",
                             raster.stride, 1)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality, dpi=(dpi, dpi))
    return out.getvalue(), raster.width, raster.height
