"""What every scanning back-end shares: the device, the options, a scanned page, the
errors and the back-end interface; `page_from_image` turns an encoded image into pages.
app.files.scanning (SANE, the scan folder, discovery) and app.files.wia (Windows) build on
it; the GUI imports all of it through app.files.scanning."""

from __future__ import annotations

import io
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, replace

from app.errors import PengaduanError

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

A4_POINTS = (595.28, 841.89)
DEFAULT_DPI = 200
FLATBED, FEEDER, DUPLEX = "flatbed", "feeder", "duplex"


class ScanError(PengaduanError):
    """The scanner or the scan folder failed; the message says what to do."""


class ScanCancelled(ScanError):
    """The user stopped the scan."""


class ScanInterrupted(ScanError):
    """The scanner stopped mid-batch (a paper jam, the cover opened): `pages` holds the
    pages scanned before it, which the caller keeps; the message says what happened."""

    def __init__(self, message: str, pages: list[ScanPage]):
        super().__init__(message)
        self.pages = pages


@dataclass(frozen=True)
class ScanDevice:
    backend: str  # ScanBackend.key
    device_id: str
    label: str
    # What the device says it can take pages from (FLATBED, FEEDER, DUPLEX); empty when it
    # does not say (the choices are then not limited, except duplex, which needs a yes).
    sources: frozenset[str] = frozenset()

    def offers(self, source: str) -> bool:
        """Whether to offer `source`: duplex only when the device lists it."""
        return source in self.sources or (not self.sources and source != DUPLEX)


@dataclass(frozen=True)
class ScanOptions:
    resolution: int = DEFAULT_DPI
    color: str = "gray"  # color | gray | lineart
    feeder: bool = False  # take every sheet in the document feeder
    duplex: bool = False  # both sides of every sheet in the feeder (implies feeder)

    @property
    def source(self) -> str:
        return DUPLEX if self.duplex else FEEDER if self.feeder else FLATBED


@dataclass(frozen=True)
class ScanPage:
    """One page: an encoded image as the scanner (or file) gave it, plus a clockwise
    rotation applied only when the PDF is made, so nothing is re-encoded."""

    data: bytes
    mime: str  # image/jpeg | image/png | image/tiff
    width: int
    height: int
    dpi: float | None = None
    rotation: int = 0
    source: str = ""  # file or device it came from (shown as a tooltip)

    def rotated(self, degrees: int) -> ScanPage:
        return replace(self, rotation=(self.rotation + degrees) % 360)


class ScanBackend(ABC):
    key: str = ""

    @abstractmethod
    def label(self) -> str:
        """The backend's name for the user."""

    @abstractmethod
    def devices(self) -> list[ScanDevice]:
        """What this machine has; empty when none. Raises ScanError only for real faults."""

    @abstractmethod
    def scan(self, device: ScanDevice, options: ScanOptions, *,
             progress: Progress | None = None,
             cancelled: Cancelled | None = None) -> list[ScanPage]:
        """Scan one page (or, with options.feeder, the whole feeder). Raises ScanError."""


# --------------------------------------------------------------------------- pages
def page_from_image(data: bytes, *, source: str = "",
                    dpi: float | None = None) -> list[ScanPage]:
    """The pages of an encoded image (a multi-page TIFF gives several). Formats img2pdf
    cannot embed as they are (alpha, palettes, 16 bit) are converted to PNG. `dpi` is the
    known scan resolution; without it the image's own (if plausible) is used."""
    known_dpi = dpi
    from PIL import Image

    pages = []
    with Image.open(io.BytesIO(data)) as image:
        frames = getattr(image, "n_frames", 1)
        for index in range(frames):
            image.seek(index)
            dpi = known_dpi or _dpi_of(image)
            fmt = image.format
            if frames == 1 and fmt in ("JPEG", "PNG") and image.mode in ("L", "RGB", "1", "P") \
                    and not (image.mode == "P" and "transparency" in image.info):
                pages.append(ScanPage(data, Image.MIME[fmt], image.width, image.height, dpi,
                                      source=source))
                continue
            frame = image.convert("L" if image.mode in ("1", "L", "I;16", "I") else "RGB")
            out = io.BytesIO()
            frame.save(out, "PNG", dpi=(dpi, dpi) if dpi else None)
            pages.append(ScanPage(out.getvalue(), "image/png", frame.width, frame.height, dpi,
                                  source=f"{source} [{index + 1}]" if frames > 1 else source))
    return pages


def _dpi_of(image) -> float | None:
    dpi = image.info.get("dpi")
    try:
        value = float(dpi[0]) if dpi else None
    except (TypeError, ValueError):
        return None
    # 72 and 96 are what programs write when they know nothing: not a scan's resolution.
    return value if value and value >= 100 else None


