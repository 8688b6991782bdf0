"""Page rendering off the GUI thread. One private worker thread (PDFium is not thread-safe
anyway); the page on screen jumps ahead of thumbnails by priority; results come back as
QImage in a signal (QPixmap may only be made on the GUI thread)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QImage

from app.files.rendering import PageSource, Raster

log = logging.getLogger(__name__)

_FORMATS = {"BGRX": QImage.Format.Format_RGB32, "RGB": QImage.Format.Format_RGB888,
            "L": QImage.Format.Format_Grayscale8}
PAGE_PRIORITY, THUMBNAIL_PRIORITY = 10, 0


def to_qimage(raster: Raster) -> QImage:
    image = QImage(raster.data, raster.width, raster.height, raster.stride,
                   _FORMATS[raster.format])
    return image.copy()  # own the pixels: `raster.data` goes away with the job


class _Signals(QObject):
    rendered = Signal(object, QImage)  # (request key, image)
    failed = Signal(object, str)


class _RenderJob(QRunnable):
    def __init__(self, signals, key, source: PageSource, index, scale, rotation):
        super().__init__()
        self.signals, self.key, self.source = signals, key, source
        self.index, self.scale, self.rotation = index, scale, rotation

    def run(self):
        try:
            image = to_qimage(self.source.render(self.index, self.scale, self.rotation))
        except Exception as exc:  # noqa: BLE001 - reported to the viewer, shown there
            log.exception("halaman %s gagal digambar", self.index + 1)
            self.signals.failed.emit(self.key, str(exc))
        else:
            self.signals.rendered.emit(self.key, image)


class PageRenderer(QObject):
    """`request(key, source, index, scale, rotation)`; `rendered(key, QImage)` follows on
    the GUI thread. Keys are the caller's (e.g. ("page", token) or ("thumb", index))."""

    rendered = Signal(object, QImage)
    failed = Signal(object, str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._signals = _Signals()
        self._signals.rendered.connect(self.rendered)
        self._signals.failed.connect(self.failed)

    def request(self, key, source: PageSource, index: int, scale: float, rotation: int = 0,
                *, priority: int = PAGE_PRIORITY) -> None:
        self.pool.start(_RenderJob(self._signals, key, source, index, scale, rotation),
                        priority)

    def cancel_pending(self) -> None:
        """Drop queued jobs (another document opened); the running one finishes."""
        self.pool.clear()

    def wait(self, msecs: int = 10000) -> bool:
        return self.pool.waitForDone(msecs)
