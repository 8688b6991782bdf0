"""Icons of the screens: Font Awesome 5 (solid) glyphs, drawn from the font file that
qtawesome ships, without importing qtawesome.

Importing qtawesome imports qtpy, whose star imports of QtCore, QtGui, QtWidgets and QtOpenGL
materialise hundreds of Qt enums, and its first icon loads and hashes twelve icon fonts:
together about 120 ms of every start-up, for the one font ("fa5s") the program uses. The
glyph is drawn exactly as qtawesome draws it (text at 7/8 of the icon's height, centred), so
the screens look the same. Another prefix, or a font that cannot be found, falls back to
qtawesome itself."""

from __future__ import annotations

import importlib.util
import json
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

PREFIX = "fa5s"
FONT_GLOB = "fontawesome5-solid-webfont-*.ttf"  # with its "-charmap-" .json next to it


class _SolidFont:
    """The loaded font: its family name and the icon name -> character map."""

    def __init__(self, family: str, charmap: dict[str, str]):
        self.family, self.charmap = family, charmap


_font: _SolidFont | None = None
_font_failed = False
_cache: dict[tuple[str, str], QIcon] = {}


def fonts_dir() -> Path | None:
    """qtawesome's `fonts` folder, found without running qtawesome's __init__ (in the
    PyInstaller bundle the fonts are collected next to the frozen package)."""
    try:
        spec = importlib.util.find_spec("qtawesome")
    except (ImportError, ValueError):
        spec = None
    places = list(spec.submodule_search_locations or []) if spec is not None else []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        places.append(str(Path(bundle) / "qtawesome"))
    for place in places:
        folder = Path(place) / "fonts"
        if folder.is_dir():
            return folder
    return None


def _load_font() -> _SolidFont | None:
    global _font, _font_failed
    if _font is not None or _font_failed:
        return _font
    _font_failed = True  # one attempt per process; the fallback takes over
    folder = fonts_dir()
    ttf = sorted(folder.glob(FONT_GLOB))[-1:] if folder is not None else []
    if not ttf:
        log.info("fon ikon %s tidak ditemukan; memakai qtawesome", FONT_GLOB)
        return None
    ttf_path = ttf[0]
    charmap_path = ttf_path.with_name(ttf_path.stem.replace("-webfont-", "-webfont-charmap-")
                                      + ".json")
    try:
        charmap = {name: chr(int(code, 16)) for name, code in
                   json.loads(charmap_path.read_text(encoding="utf-8")).items()}
    except (OSError, ValueError) as exc:
        log.info("peta karakter ikon tidak terbaca (%s); memakai qtawesome", exc)
        return None
    font_id = QFontDatabase.addApplicationFont(str(ttf_path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.info("fon ikon %s tidak dapat dimuat; memakai qtawesome", ttf_path)
        return None
    _font, _font_failed = _SolidFont(families[0], charmap), False
    return _font


class GlyphIconEngine(QIconEngine):
    """One glyph in one colour (the palette's disabled text colour when disabled). Pixmaps
    are kept per size, mode and state: toolbars and lists ask again on every paint."""

    def __init__(self, family: str, char: str, color: QColor, disabled: QColor):
        super().__init__()
        self.family, self.char, self.color, self.disabled = family, char, color, disabled
        self._pixmaps: dict[tuple[int, int, QIcon.Mode, QIcon.State], QPixmap] = {}

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State):
        painter.save()
        painter.setPen(self.disabled if mode == QIcon.Mode.Disabled else self.color)
        font = QFont()
        font.setFamily(self.family)
        font.setStyleName("Solid")
        # 7/8 of the height, as qtawesome: room for the glyph's bearing
        font.setPixelSize(max(1, round(0.875 * rect.height())))
        painter.setFont(font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self.char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        key = (size.width(), size.height(), mode, state)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = QPixmap(size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
            painter.end()
            if len(self._pixmaps) < 16:  # a few sizes and modes per icon in practice
                self._pixmaps[key] = pixmap
        return QPixmap(pixmap)

    # No clone(), as qtawesome's engine has none: PySide would not hand a clone's ownership
    # to the QIcon, so a QIcon detached by addPixmap() would paint with a freed engine. The
    # program never adds to an icon it got from icon().


def _disabled_color() -> QColor:
    app = QApplication.instance()
    if app is None:
        return QColor(150, 150, 150)
    return app.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)


def glyph_icon(name: str, color: str = "#1f3b63") -> QIcon:
    """The icon `name` ("fa5s.inbox") in `color`; cached. Needs the QApplication.

    Raises LookupError when the name is not a Font Awesome 5 solid icon or the font cannot
    be loaded (the caller falls back to qtawesome)."""
    key = (name, color)
    cached = _cache.get(key)
    if cached is not None:
        return cached
    prefix, _dot, glyph = name.partition(".")
    font = _load_font() if prefix == PREFIX else None
    char = font.charmap.get(glyph) if font is not None else None
    if char is None:
        raise LookupError(name)
    icon = QIcon(GlyphIconEngine(font.family, char, QColor(color), _disabled_color()))
    _cache[key] = icon
    return icon
