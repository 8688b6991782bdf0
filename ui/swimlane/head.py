"""The chart's head: the SOP's identity (title, office, number, dates) on the left, the
register number and the complaint's summary on the right, and the table's column headers
(PELAKSANA over the lane columns, MUTU BAKU over the quality standard's columns).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QPen

from app.i18n import _
from app.services import swimlane as sl
from ui.swimlane.page import Page
from ui.swimlane.style import (
    CENTER,
    GROUP_ROW_H,
    HEADER_FILL,
    INK,
    LATE,
    MUTED,
    PAD,
    ROLE_KIND,
    ROLE_LANE,
    WRAP,
    text_height,
)


def draw_head(page: Page) -> None:
    f, chart = page.fonts, page.chart
    lw, rw = page.layout.width * 0.64, page.layout.width * 0.34
    rx = page.layout.width - rw
    y = 0.0
    h = text_height(f.title, lw, chart.title)
    page.text(QRectF(0, y, lw, h), chart.title, f.title)
    y += h + 4
    left, right = page.layout.head_lines()
    for line in left:
        h = text_height(f.ident, lw, line)
        page.text(QRectF(0, y, lw, h), line, f.ident)
        y += h
    right_flags = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop) | WRAP
    ry = 0.0
    if chart.register_no:
        label = _("Nomor Register")
        page.text(QRectF(rx, ry, rw, 14), label, f.small, right_flags, MUTED)
        ry += 14
        h = text_height(f.register, rw, chart.register_no)
        page.text(QRectF(rx, ry, rw, h), chart.register_no, f.register, right_flags)
        ry += h + 2
    for line in right:
        h = text_height(f.ident, rw, line)
        color = LATE if _("terlambat") in line else INK
        page.text(QRectF(rx, ry, rw, h), line, f.ident, right_flags, color)
        ry += h
    if page.page_count > 1:
        line = _("Halaman {k} dari {n}").format(k=page.page_no, n=page.page_count)
        page.text(QRectF(rx, page.layout.head_h - 14, rw, 14), line, f.small,
                  right_flags, MUTED)


def draw_table_header(page: Page) -> None:
    f, cols, top = page.fonts, page.chart.columns, page.table_top
    full = page.layout.table_header_h
    scene = page.scene
    scene.addRect(QRectF(0, top, page.layout.width, full), QPen(Qt.PenStyle.NoPen),
                  QBrush(HEADER_FILL)).setZValue(-2)
    groups = {sl.GROUP_LANES: _("PELAKSANA"), sl.GROUP_MUTU: _("MUTU BAKU")}
    for key, title in groups.items():
        members = [c for c in cols if c.group == key]
        if members:
            rect = QRectF(members[0].x, top, members[-1].right - members[0].x, GROUP_ROW_H)
            page.text(rect, title, f.header, CENTER)
    for c in cols:
        if c.group:
            rect = QRectF(c.x + 2, top + GROUP_ROW_H + PAD, c.width - 4,
                          page.layout.lane_header_h - 2 * PAD)
            item = page.text(rect, c.title, f.header, CENTER)
            if c.lane_index is not None:
                item.setData(ROLE_KIND, "lane_header")
                item.setData(ROLE_LANE, c.lane_index)
        else:
            page.text(QRectF(c.x + 2, top, c.width - 4, full), c.title.upper(), f.header,
                      CENTER)
