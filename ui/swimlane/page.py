"""`Page`: one drawn page of a chart (the whole chart on screen, or a range of its rows when
printed): the scene being drawn, where the table, the connector strips and each row lie, and
the anchors of the symbols placed so far, which the arrows are routed between.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGraphicsScene

from app.services import swimlane as sl
from ui.swimlane.layout import Layout
from ui.swimlane.style import HEADER_GAP, INK, LEFT, PAD, STRIP_H, TextItem


@dataclass
class Box:
    """A symbol or connector's anchor for routing: centre and half sizes."""

    cx: float
    cy: float
    hw: float
    hh: float
    diamond: bool = False

    @property
    def top(self) -> float:
        return self.cy - self.hh

    @property
    def bottom(self) -> float:
        return self.cy + self.hh

    def right_at(self, dy: float) -> float:
        """x of the right edge at height cy + dy (a diamond narrows)."""
        if self.diamond:
            return self.cx + self.hw * (1 - abs(dy) / self.hh)
        return self.cx + self.hw


class Page:
    """The rows `page` = (first, end) of `chart` (all of them when None), laid out from
    (0, 0): a connector strip above the rows when an arrow comes from an earlier page, one
    below when an arrow goes on to a later one (`letters` names those arrows)."""

    def __init__(self, chart: sl.Chart, layout: Layout, page: tuple[int, int] | None,
                 page_no: int, page_count: int, letters: dict[int, str]):
        self.chart, self.layout = chart, layout
        self.first, self.end = page or (0, len(chart.rows))
        self.page_no, self.page_count = page_no, page_count
        self.letters = letters
        self.fonts = layout.fonts
        self.scene = QGraphicsScene()
        self.boxes: dict[int, Box] = {}  # row index -> its symbol's anchor, once drawn
        on_page = range(self.first, self.end)
        crossing = [chart.arrows[k] for k in letters]
        self.top_strip = any((a.source in on_page) != (a.target in on_page)
                             and min(a.source, a.target) < self.first for a in crossing)
        self.bottom_strip = any((a.source in on_page) != (a.target in on_page)
                                and max(a.source, a.target) >= self.end for a in crossing)
        self.last_page = self.end == len(chart.rows)
        y = layout.head_h + HEADER_GAP
        self.table_top = y
        y += layout.table_header_h
        self.strip_top = y
        if self.top_strip:
            y += STRIP_H
        self.row_top: dict[int, float] = {}
        for i in range(self.first, self.end):
            self.row_top[i] = y
            y += layout.heights[i]
        self.strip_bottom = y
        if self.bottom_strip:
            y += STRIP_H
        self.table_bottom = y

    def text(self, rect: QRectF, text: str, f: QFont, flags: int = LEFT, color=INK,
             tooltip: str = "") -> TextItem:
        item = TextItem(rect, text, f, flags, color)
        if tooltip:
            item.setToolTip(tooltip)
        self.scene.addItem(item)
        return item

    def col_rect(self, key: str, top: float, height: float, pad: float = PAD) -> QRectF:
        c = self.layout.cols[key]
        return QRectF(c.x + pad, top + pad, c.width - 2 * pad, height - 2 * pad)
