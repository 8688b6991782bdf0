"""Pages of an attachment as pixels, one page at a time (the viewer asks for the pages it
shows, so a 50-page scan opens as fast as a one-page letter).

PDF through pypdfium2 (PDFium, BSD/Apache), images through Pillow. PDFium is not thread-safe:
every call into it holds `PDFIUM_LOCK`, so the viewer's render thread and anything else may
use it. No Qt here; `Raster` is plain bytes that ui/ wraps in a QImage.
"""

from __future__ import annotations

import io
import math
import struct
import threading
from dataclasses import dataclass

from app.errors import PengaduanError
from app.i18n import _

PDFIUM_LOCK = threading.RLock()
POINTS_PER_INCH = 72.0
IMAGE_DPI_FALLBACK = 150.0  # an image without a resolution is shown as if scanned at this
# One rendered page at most: 100 MB as BGRX. A4 at 400 % on an ordinary screen (14 M) and at
# 600 dpi (35 M) come close; a page asked for beyond it is rendered smaller (fitted_scale),
# so a 418-byte PDF with a 200000-point page cannot make anyone allocate gigabytes.
MAX_PAGE_PIXELS = 25_000_000
# The pages of one file, and the pixels of one page of an image file (Pillow's own bomb
# limit; a larger image is refused rather than decoded).
MAX_PAGES = 2000
MAX_IMAGE_PIXELS = 89_478_485


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
                    frames = frame_count(content, image)
                    if frames > MAX_PAGES:
                        raise RenderError(too_many_pages())
                    for index in range(frames):
                        image.seek(index)
                        if image.width * image.height > MAX_IMAGE_PIXELS:
                            raise RenderError(too_many_pixels(image.width, image.height))
                        dpi = image.info.get("dpi") or (IMAGE_DPI_FALLBACK,) * 2
                        dpi_x = float(dpi[0]) if float(dpi[0]) >= 50 else IMAGE_DPI_FALLBACK
                        dpi_y = float(dpi[1]) if float(dpi[1]) >= 50 else IMAGE_DPI_FALLBACK
                        self._sizes.append((image.width * POINTS_PER_INCH / dpi_x,
                                            image.height * POINTS_PER_INCH / dpi_y))
            except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError,
                    EOFError) as exc:
                raise RenderError(_("Gambar tidak dapat dibuka: {e}").format(e=exc)) from exc
        else:
            raise RenderError(_("Jenis {m} tidak dapat ditampilkan.").format(m=mime))

    @property
    def page_count(self) -> int:
        return len(self._sizes)

    def page_size(self, index: int) -> tuple[float, float]:
        return self._sizes[index]

    def fitted_scale(self, index: int, scale: float,
                     max_pixels: int = MAX_PAGE_PIXELS) -> float:
        """`scale`, or the largest scale at which page `index` stays within `max_pixels`."""
        width, height = self._sizes[index]
        area = max(width, 1e-3) * max(height, 1e-3)
        return min(scale, math.sqrt(max_pixels / area) * 0.999)

    def render(self, index: int, scale: float, rotation: int = 0) -> Raster:
        """Page `index` at `scale` pixels per point, turned `rotation` degrees clockwise;
        smaller when that would exceed MAX_PAGE_PIXELS (see fitted_scale)."""
        rotation %= 360
        scale = self.fitted_scale(index, scale)
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
            mode = "L" if image.mode in ("1", "L", "I;16", "I") else "RGB"
            # No converted copy of a large page when it is already in the mode shown.
            frame = image if image.mode == mode else image.convert(mode)
            if size[0] * size[1] < frame.width * frame.height:
                frame = frame.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0)
            else:
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


def too_many_pages() -> str:
    # A TIFF's pages are counted only up to the limit, so the message names the limit.
    return _("Berkas ini memuat lebih dari {m} halaman, batas yang dapat diperiksa dan "
             "ditampilkan. Pecah berkasnya.").format(m=MAX_PAGES)


def too_many_pixels(width: int, height: int) -> str:
    return _("Gambar berukuran {w} x {h} piksel, terlalu besar untuk diperiksa dan "
             "ditampilkan (paling banyak {m} juta piksel per halaman). Pindai ulang dengan "
             "resolusi lebih rendah.").format(w=width, h=height,
                                             m=MAX_IMAGE_PIXELS // 1_000_000)


def frame_count(content: bytes, image) -> int:
    """The frames (pages) of an opened Pillow image. A TIFF's are counted by walking its
    directory chain without decoding anything, and only up to MAX_PAGES + 1 (Pillow's
    n_frames seeks through every frame)."""
    if content[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return _tiff_directories(content, MAX_PAGES + 1)
    return getattr(image, "n_frames", 1)


def _tiff_directories(content: bytes, limit: int) -> int:
    """How many image file directories (pages) the TIFF's chain links, at most `limit`;
    a chain that loops or leaves the file ends there."""
    order = "<" if content[:2] == b"II" else ">"
    big = content[2:4] in (b"+\x00", b"\x00+")
    offset_format, count_format, entry_size = ("Q", "Q", 20) if big else ("I", "H", 12)
    offset_at = 8 if big else 4
    count, seen = 0, set()
    try:
        (offset,) = struct.unpack_from(order + offset_format, content, offset_at)
        while offset and offset not in seen and count < limit:
            seen.add(offset)
            (entries,) = struct.unpack_from(order + count_format, content, offset)
            count += 1
            next_at = offset + struct.calcsize(count_format) + entries * entry_size
            (offset,) = struct.unpack_from(order + offset_format, content, next_at)
    except struct.error:
        pass  # a directory cut off: Pillow's decoding reports the damage
    return max(count, 1)


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
