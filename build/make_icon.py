"""Draw the application icon: gold scales of justice on the office's navy, drawn with
QPainter so the artwork is ours and reproducible.

    python build/make_icon.py        # writes resources/icons/pengaduan.png and .ico

The .ico holds PNG images at every size Windows asks for (16 to 256 px), each drawn at its
own size rather than scaled down, so the small ones stay crisp.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = ROOT / "resources" / "icons"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
NAVY = "#1f3b63"  # the navigation bar's colour
GOLD = "#e0b44c"


def draw(size: int):
    """The icon as a QImage of `size` x `size` pixels (transparent corners)."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 256, size / 256)  # draw on a 256-unit canvas
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(NAVY))
    p.drawRoundedRect(QRectF(8, 8, 240, 240), 44, 44)

    # thicker strokes at small sizes, or the chains vanish below 32 px
    width = 10 if size >= 48 else 16
    gold = QColor(GOLD)
    pen = QPen(gold, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawLine(QPointF(128, 52), QPointF(128, 196))  # the post
    p.drawLine(QPointF(60, 78), QPointF(196, 78))  # the beam
    for x in (60, 196):  # the chains down to each pan
        p.drawLine(QPointF(x, 78), QPointF(x - 30, 142))
        p.drawLine(QPointF(x, 78), QPointF(x + 30, 142))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(gold)
    for x in (60, 196):  # the pans: a half disc each
        pan = QPainterPath()
        pan.moveTo(x - 38, 142)
        pan.arcTo(QRectF(x - 38, 112, 76, 60), 180, 180)
        pan.closeSubpath()
        p.drawPath(pan)
    p.drawEllipse(QPointF(128, 50), 13, 13)  # the finial
    p.drawRoundedRect(QRectF(84, 192, 88, 20), 6, 6)  # the base
    p.end()
    return image


def _png_bytes(image) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An .ico file whose entries are PNG images (allowed since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, payload = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        payload += png
        offset += len(png)
    return header + entries + payload


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts
    ICON_DIR.mkdir(parents=True, exist_ok=True)
    pngs = {size: _png_bytes(draw(size)) for size in ICO_SIZES}
    (ICON_DIR / "pengaduan.png").write_bytes(pngs[256])
    (ICON_DIR / "pengaduan.ico").write_bytes(ico_bytes(pngs))
    print(ICON_DIR / "pengaduan.png")
    print(ICON_DIR / "pengaduan.ico")
    return 0


if __name__ == "__main__":
    sys.exit(main())
