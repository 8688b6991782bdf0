"""The chart's drawing vocabulary, shared by every part of the scene: the item data roles
(what an item is, for clicks, tooltips and tests), the metrics, colours and state looks, the
fonts, and `TextItem`, wrapped text that wraps exactly as `text_height` measured.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.services import swimlane as sl

# Item data roles: what an item is, for clicks, tooltips and tests.
ROLE_KIND = 0  # "symbol" | "arrow" | "loop" | "connector" | "row" | "lane_header" | "text"
ROLE_STEP = 1  # step number (the source step for arrows)
ROLE_STATE = 2
ROLE_SYMBOL = 3
ROLE_TARGET = 4  # target step of an arrow
ROLE_COUNT = 5  # times a loop was taken
ROLE_LABEL = 6  # connector letter; a symbol's row number ("9b"); an arrow's (from, to) numbers
ROLE_LANE = 7  # lane index of a symbol / header

FONT_FAMILY = "Arial"  # Liberation Sans stands in on Linux (same metrics)
PAD = 5.0
HEADER_GAP = 10.0
GROUP_ROW_H = 22.0
MIN_ROW_H = 52.0
STRIP_H = 34.0  # the band of off-page connectors at a page's top or bottom
LEGEND_GAP = 10.0
SYMBOL_SIZE = {sl.START: (56.0, 26.0), sl.END: (56.0, 26.0), sl.PROCESS: (52.0, 26.0),
               sl.DECISION: (60.0, 36.0)}
CONNECTOR_W, CONNECTOR_H = 20.0, 20.0
ARROW_HEAD = 7.0

INK = QColor("#1a1a1a")
GRID = QColor("#3c3c3c")
HEADER_FILL = QColor("#e6e6e6")
MUTED = QColor("#8a8a8a")
LATE = QColor("#c62828")
ON_TIME = QColor("#2e7d32")
LOOP = QColor("#d84315")


@dataclass(frozen=True)
class Look:
    fill: QColor
    border: QColor
    width: float
    text: QColor
    row: QColor | None = None  # row highlight


LOOKS = {
    sl.BLANK: Look(QColor("white"), INK, 1.3, INK),
    sl.DONE: Look(QColor("#d7efd9"), QColor("#2e7d32"), 1.5, INK),
    sl.CURRENT: Look(QColor("#d3e5ff"), QColor("#1565c0"), 2.8, INK, QColor("#fff4c2")),
    sl.OVERDUE: Look(QColor("#ffd3d3"), LATE, 2.8, LATE, QColor("#ffe3e3")),
    sl.ON_HOLD: Look(QColor("#ffe3b8"), QColor("#e65100"), 2.4, INK, QColor("#fff0dc")),
    sl.WAITING: Look(QColor("white"), QColor("#9e9e9e"), 1.2, MUTED),
    sl.SKIPPED: Look(QColor("#eeeeee"), QColor("#bdbdbd"), 1.0, MUTED),
}


def font(px: float, bold: bool = False, italic: bool = False) -> QFont:
    f = QFont(FONT_FAMILY)
    f.setStyleHint(QFont.StyleHint.SansSerif)
    f.setPixelSize(int(px))
    f.setBold(bold)
    f.setItalic(italic)
    # Unhinted metrics are the same on screen, in PNG and in PDF: wrapping never differs.
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return f


class Fonts:
    def __init__(self):
        self.title = font(16, bold=True)
        self.ident = font(11)
        self.register = font(13, bold=True)
        self.header = font(11, bold=True)
        self.cell = font(11)
        self.small = font(10)
        self.symbol = font(12, bold=True)
        self.label = font(10, italic=True)
        self.loop = font(10, bold=True)


WRAP = int(Qt.TextFlag.TextWordWrap)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | WRAP
CENTER = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter) | WRAP
TOP_CENTER = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop) | WRAP


def text_height(f: QFont, width: float, text: str, flags: int = LEFT) -> float:
    if not text:
        return 0.0
    rect = QFontMetricsF(f).boundingRect(QRectF(0, 0, width, 100000), flags, text)
    return rect.height()


class TextItem(QGraphicsItem):
    """Wrapped text in a fixed rectangle: far cheaper than QGraphicsTextItem, and it
    wraps exactly as `text_height` measured."""

    def __init__(self, rect: QRectF, text: str, f: QFont, flags: int = LEFT,
                 color: QColor = INK, parent: QGraphicsItem | None = None):
        super().__init__(parent)
        self._rect, self._text, self._font, self._flags = rect, text, f, flags
        self._color = QColor(color)
        self.setData(ROLE_KIND, "text")

    def text(self) -> str:
        return self._text

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setFont(self._font)
        painter.setPen(self._color)
        painter.drawText(self._rect, self._flags, self._text)

