"""Draws an `app.services.swimlane.Chart` as a QGraphicsScene in the PermenPAN-RB 35/2012
table form.

`Layout` measures the texts once (row heights depend on wrapping); `build_scene` draws the
whole chart, or one printed page of it (a range of rows with off-page connectors where an
arrow leaves the page). Every step symbol carries its step number and state in item data,
so the view, the exports and the tests can find it.
"""

from __future__ import annotations

import html
import string
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.i18n import _
from app.office.sop import FORWARD
from app.services import swimlane as sl

# Item data roles: what an item is, for clicks, tooltips and tests.
ROLE_KIND = 0  # "symbol" | "arrow" | "loop" | "connector" | "row" | "lane_header" | "text"
ROLE_STEP = 1  # step number (the source step for arrows)
ROLE_STATE = 2
ROLE_SYMBOL = 3
ROLE_TARGET = 4  # target step of an arrow
ROLE_COUNT = 5  # times a loop was taken
ROLE_LABEL = 6  # connector letter
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


# --------------------------------------------------------------------------- layout

class Layout:
    """The measured geometry of a chart: row heights, header heights. Shared by the
    screen scene and every printed page."""

    def __init__(self, chart: sl.Chart):
        self.chart = chart
        self.fonts = Fonts()
        self.width = chart.width
        cols = {c.key: c for c in chart.columns}
        self.cols = cols
        lane_heights = [text_height(self.fonts.header, c.width - 2 * PAD, c.title, CENTER)
                        for c in chart.columns if c.lane_index is not None]
        sub = [text_height(self.fonts.header, cols[k].width - 2 * PAD, cols[k].title, CENTER)
               for k in ("kelengkapan", "waktu", "output")]
        self.lane_header_h = max([*lane_heights, *sub, 16.0]) + 2 * PAD
        self.table_header_h = GROUP_ROW_H + self.lane_header_h
        self.heights = [self._row_height(row) for row in chart.rows]
        self.head_h = self._head_height()
        self.legend_h = 26.0

    def _row_height(self, row: sl.Row) -> float:
        f, c = self.fonts, self.cols
        inner = lambda key: c[key].width - 2 * PAD  # noqa: E731
        heights = [
            text_height(f.cell, inner("aktivitas"), row.step.activity),
            text_height(f.cell, inner("kelengkapan"), row.kelengkapan, CENTER),
            text_height(f.cell, inner("waktu"), row.waktu, CENTER)
            + text_height(f.small, inner("waktu"), row.waktu_note, CENTER),
            text_height(f.cell, inner("output"), row.output, CENTER),
            text_height(f.small, inner("keterangan"), "\n".join(row.keterangan)),
        ]
        return max(MIN_ROW_H, max(heights) + 2 * PAD + 2)

    def head_lines(self) -> tuple[list[str], list[str]]:
        chart = self.chart
        ident = dict(chart.identity)
        left = [
            f"{ident[_('Instansi')]} — {ident[_('Unit')]}",
            _("Nomor SOP: {n}   Tgl. efektif: {e}   Disahkan oleh: {d}").format(
                n=ident[_("Nomor SOP")], e=ident[_("Tgl. efektif")],
                d=ident[_("Disahkan oleh")]),
        ]
        right = list(chart.summary)
        return left, right

    def _head_height(self) -> float:
        left, right = self.head_lines()
        lw, rw = self.width * 0.64, self.width * 0.34
        left_h = text_height(self.fonts.title, lw, self.chart.title) + 4 + sum(
            text_height(self.fonts.ident, lw, line) for line in left)
        right_h = 0.0
        if self.chart.register_no:
            right_h += text_height(self.fonts.register, rw, self.chart.register_no) + 16
        right_h += sum(text_height(self.fonts.ident, rw, line) for line in right)
        return max(left_h, right_h + 16) + 4

    def page_overhead(self, top_strip: bool, bottom_strip: bool, legend: bool) -> float:
        return (self.head_h + HEADER_GAP + self.table_header_h
                + (STRIP_H if top_strip else 0) + (STRIP_H if bottom_strip else 0)
                + (LEGEND_GAP + self.legend_h if legend else 0))

    def full_height(self) -> float:
        return self.page_overhead(False, False, True) + sum(self.heights)


def paginate(layout: Layout, page_height: float) -> list[tuple[int, int]]:
    """Split the rows into pages of at most `page_height` scene units: [(first, end), ...].
    A row is never split; a row taller than a page gets a page of its own."""
    n = len(layout.heights)
    pages: list[tuple[int, int]] = []
    first = 0
    while first < n:
        end = first
        used = layout.page_overhead(first > 0, True, False)
        while end < n and (end == first or used + layout.heights[end] <= page_height):
            used += layout.heights[end]
            end += 1
        # The last page also holds the legend and no bottom strip.
        if end == n:
            total = layout.page_overhead(first > 0, False, True) + sum(layout.heights[first:n])
            if total > page_height and end - first > 1:
                end -= 1
        pages.append((first, end))
        first = end
    return pages


def connector_letters(chart: sl.Chart, pages: list[tuple[int, int]]) -> dict[int, str]:
    """Arrow index -> letter, for each arrow whose ends are on different pages."""
    page_of = {}
    for p, (first, end) in enumerate(pages):
        for i in range(first, end):
            page_of[i] = p
    crossing = [k for k, a in enumerate(chart.arrows) if page_of[a.source] != page_of[a.target]]
    crossing.sort(key=lambda k: (min(chart.arrows[k].source, chart.arrows[k].target), k))
    letters = string.ascii_uppercase
    return {k: (letters[i] if i < len(letters) else f"{letters[i // 26 - 1]}{letters[i % 26]}")
            for i, k in enumerate(crossing)}


# --------------------------------------------------------------------------- scene

@dataclass
class _Box:
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


def build_scene(chart: sl.Chart, layout: Layout | None = None,
                page: tuple[int, int] | None = None, page_no: int = 1, page_count: int = 1,
                letters: dict[int, str] | None = None) -> QGraphicsScene:
    """The chart (or the rows `page` = (first, end) of it) as a scene, from (0, 0) and
    `chart.width` wide. `letters` names the arrows that cross pages (see `paginate`)."""
    return _SceneBuilder(chart, layout or Layout(chart), page, page_no, page_count,
                         letters or {}).build()


class _SceneBuilder:
    def __init__(self, chart, layout, page, page_no, page_count, letters):
        self.chart, self.layout = chart, layout
        self.first, self.end = page or (0, len(chart.rows))
        self.page_no, self.page_count = page_no, page_count
        self.letters = letters
        self.fonts = layout.fonts
        self.scene = QGraphicsScene()
        self.boxes: dict[int, _Box] = {}
        on_page = range(self.first, self.end)
        crossing = [chart.arrows[k] for k in letters]
        self.top_strip = any((a.source in on_page) != (a.target in on_page)
                             and min(a.source, a.target) < self.first for a in crossing)
        self.bottom_strip = any((a.source in on_page) != (a.target in on_page)
                                and max(a.source, a.target) >= self.end for a in crossing)
        self.last_page = self.end == len(chart.rows)
        self.loop_ends = {end for a in chart.arrows if a.kind != FORWARD
                          for end in (a.source, a.target)}

    def build(self) -> QGraphicsScene:
        self._head()
        y = self.layout.head_h + HEADER_GAP
        self.table_top = y
        y += self.layout.table_header_h
        self.strip_top = y
        if self.top_strip:
            y += STRIP_H
        self.row_top: dict[int, float] = {}
        for i in range(self.first, self.end):
            self.row_top[i] = y
            y += self.layout.heights[i]
        self.strip_bottom = y
        if self.bottom_strip:
            y += STRIP_H
        self.table_bottom = y
        for i in range(self.first, self.end):
            self._row(self.chart.rows[i])
        self._grid()
        self._table_header()
        self._arrows()
        height = self.table_bottom
        if self.last_page:
            height = self._legend(self.table_bottom + LEGEND_GAP)
        self.scene.setSceneRect(QRectF(0, 0, self.layout.width, height + 2))
        return self.scene

    # -- text helpers
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

    # -- parts
    def _head(self) -> None:
        f, chart = self.fonts, self.chart
        lw, rw = self.layout.width * 0.64, self.layout.width * 0.34
        rx = self.layout.width - rw
        y = 0.0
        h = text_height(f.title, lw, chart.title)
        self.text(QRectF(0, y, lw, h), chart.title, f.title)
        y += h + 4
        left, right = self.layout.head_lines()
        for line in left:
            h = text_height(f.ident, lw, line)
            self.text(QRectF(0, y, lw, h), line, f.ident)
            y += h
        right_flags = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop) | WRAP
        ry = 0.0
        if chart.register_no:
            label = _("Nomor Register")
            self.text(QRectF(rx, ry, rw, 14), label, f.small, right_flags, MUTED)
            ry += 14
            h = text_height(f.register, rw, chart.register_no)
            self.text(QRectF(rx, ry, rw, h), chart.register_no, f.register, right_flags)
            ry += h + 2
        for line in right:
            h = text_height(f.ident, rw, line)
            color = LATE if _("terlambat") in line else INK
            self.text(QRectF(rx, ry, rw, h), line, f.ident, right_flags, color)
            ry += h
        if self.page_count > 1:
            line = _("Halaman {k} dari {n}").format(k=self.page_no, n=self.page_count)
            self.text(QRectF(rx, self.layout.head_h - 14, rw, 14), line, f.small,
                      right_flags, MUTED)

    def _table_header(self) -> None:
        f, cols, top = self.fonts, self.chart.columns, self.table_top
        full = self.layout.table_header_h
        scene = self.scene
        scene.addRect(QRectF(0, top, self.layout.width, full), QPen(Qt.PenStyle.NoPen),
                      QBrush(HEADER_FILL)).setZValue(-2)
        groups = {sl.GROUP_LANES: _("PELAKSANA"), sl.GROUP_MUTU: _("MUTU BAKU")}
        for key, title in groups.items():
            members = [c for c in cols if c.group == key]
            if members:
                rect = QRectF(members[0].x, top, members[-1].right - members[0].x, GROUP_ROW_H)
                self.text(rect, title, f.header, CENTER)
        for c in cols:
            if c.group:
                rect = QRectF(c.x + 2, top + GROUP_ROW_H + PAD, c.width - 4,
                              self.layout.lane_header_h - 2 * PAD)
                item = self.text(rect, c.title, f.header, CENTER)
                if c.lane_index is not None:
                    item.setData(ROLE_KIND, "lane_header")
                    item.setData(ROLE_LANE, c.lane_index)
            else:
                self.text(QRectF(c.x + 2, top, c.width - 4, full), c.title.upper(), f.header,
                          CENTER)

    def _grid(self) -> None:
        path = QPainterPath()
        top, bottom, width = self.table_top, self.table_bottom, self.layout.width
        header_bottom = top + self.layout.table_header_h
        path.addRect(QRectF(0, top, width, bottom - top))
        group_cols = [c for c in self.chart.columns if c.group]
        if group_cols:
            for group in (sl.GROUP_LANES, sl.GROUP_MUTU):
                members = [c for c in group_cols if c.group == group]
                if members:
                    path.moveTo(members[0].x, top + GROUP_ROW_H)
                    path.lineTo(members[-1].right, top + GROUP_ROW_H)
        path.moveTo(0, header_bottom)
        path.lineTo(width, header_bottom)
        cols = self.chart.columns
        for left, right in zip(cols, cols[1:], strict=False):
            inside_group = left.group and left.group == right.group
            if right.key == sl.TRACKS_KEY:
                continue  # the loop tracks read as the lane area's margin, not a column
            path.moveTo(right.x, top + GROUP_ROW_H if inside_group else top)
            path.lineTo(right.x, bottom)
        for i in range(self.first, self.end):
            y = self.row_top[i] + self.layout.heights[i]
            if i + 1 < self.end or self.bottom_strip:
                path.moveTo(0, y)
                path.lineTo(width, y)
        if self.top_strip:
            path.moveTo(0, self.strip_top + STRIP_H)
            path.lineTo(width, self.strip_top + STRIP_H)
        item = self.scene.addPath(path, QPen(GRID, 0.8))
        item.setZValue(1)

    def _row(self, row: sl.Row) -> None:
        f, scene = self.fonts, self.scene
        top, height = self.row_top[row.index], self.layout.heights[row.index]
        look = LOOKS[row.state]
        tooltip = _tooltip(row)
        hit = QGraphicsRectItem(QRectF(0, top, self.layout.width, height))
        hit.setPen(QPen(Qt.PenStyle.NoPen))
        if look.row is not None:
            hit.setBrush(QBrush(look.row))
        hit.setZValue(-3)
        hit.setToolTip(tooltip)
        hit.setData(ROLE_KIND, "row")
        hit.setData(ROLE_STEP, row.step_no)
        hit.setData(ROLE_STATE, row.state)
        scene.addItem(hit)
        muted = row.state in (sl.WAITING, sl.SKIPPED)
        color = MUTED if muted else INK
        self.text(self.col_rect("no", top, height), str(row.step_no), f.cell, TOP_CENTER, color)
        self.text(self.col_rect("aktivitas", top, height), row.step.activity, f.cell, LEFT,
                  color)
        self.text(self.col_rect("kelengkapan", top, height), row.kelengkapan, f.cell, CENTER,
                  color)
        self.text(self.col_rect("output", top, height), row.output, f.cell, CENTER, color)
        self._waktu(row, top, height, color)
        if row.keterangan:
            late = row.state == sl.OVERDUE
            self.text(self.col_rect("keterangan", top, height), "\n".join(row.keterangan),
                      f.small, LEFT, LATE if late else color)
        self._symbol(row, top, height, look, tooltip)

    def _waktu(self, row: sl.Row, top: float, height: float, color: QColor) -> None:
        f = self.fonts
        rect = self.col_rect("waktu", top, height)
        main_h = text_height(f.cell, rect.width(), row.waktu, CENTER)
        note_h = text_height(f.small, rect.width(), row.waktu_note, CENTER)
        y = rect.center().y() - (main_h + note_h) / 2
        self.text(QRectF(rect.x(), y, rect.width(), main_h), row.waktu, f.cell, CENTER, color)
        if row.waktu_note:
            late = row.state == sl.OVERDUE or (row.state == sl.DONE and row.late_minutes >= 1)
            note_color = LATE if late else (ON_TIME if row.state == sl.DONE else INK)
            self.text(QRectF(rect.x(), y + main_h, rect.width(), note_h), row.waktu_note,
                      f.small, CENTER, note_color)

    def _symbol(self, row: sl.Row, top: float, height: float, look: Look,
                tooltip: str) -> None:
        col = self.chart.lane_column(row.lane_index)
        w, h = SYMBOL_SIZE[row.symbol]
        cx, cy = col.center, top + height / 2
        rect = QRectF(cx - w / 2, cy - h / 2, w, h)
        path = QPainterPath()
        if row.symbol in (sl.START, sl.END):
            path.addRoundedRect(rect, h / 2, h / 2)
        elif row.symbol == sl.DECISION:
            path.addPolygon(QPolygonF([QPointF(cx, rect.top()), QPointF(rect.right(), cy),
                                       QPointF(cx, rect.bottom()), QPointF(rect.left(), cy),
                                       QPointF(cx, rect.top())]))
        else:
            path.addRect(rect)
        item = QGraphicsPathItem(path)
        pen = QPen(look.border, look.width)
        if row.state == sl.WAITING:
            pen.setStyle(Qt.PenStyle.DashLine)
        item.setPen(pen)
        item.setBrush(QBrush(look.fill))
        item.setZValue(3)
        item.setToolTip(tooltip)
        for role, value in ((ROLE_KIND, "symbol"), (ROLE_STEP, row.step_no),
                            (ROLE_STATE, row.state), (ROLE_SYMBOL, row.symbol),
                            (ROLE_LANE, row.lane_index)):
            item.setData(role, value)
        item.setCursor(Qt.CursorShape.PointingHandCursor)
        self.scene.addItem(item)
        TextItem(rect, str(row.step_no), self.fonts.symbol, CENTER, look.text, item)
        self._badge(row.state, rect, item)
        self.boxes[row.index] = _Box(cx, cy, w / 2, h / 2, row.symbol == sl.DECISION)

    def _badge(self, state: str, rect: QRectF, parent: QGraphicsItem) -> None:
        """A small mark at the symbol's corner, so the state reads in black and white too."""
        if state not in (sl.DONE, sl.CURRENT, sl.OVERDUE, sl.ON_HOLD):
            return
        look = LOOKS[state]
        r = 6.5
        c = QPointF(rect.right() - 2, rect.top() + 1)
        circle = QPainterPath()
        circle.addEllipse(c, r, r)
        badge = QGraphicsPathItem(circle, parent)
        badge.setBrush(QBrush(look.border))
        badge.setPen(QPen(QColor("white"), 1.2))
        mark = QPainterPath()
        if state == sl.DONE:
            mark.moveTo(c.x() - 3.2, c.y() + 0.2)
            mark.lineTo(c.x() - 0.8, c.y() + 2.6)
            mark.lineTo(c.x() + 3.4, c.y() - 2.6)
        elif state == sl.OVERDUE:
            mark.moveTo(c.x(), c.y() - 3.6)
            mark.lineTo(c.x(), c.y() + 0.8)
            mark.moveTo(c.x(), c.y() + 2.6)
            mark.lineTo(c.x(), c.y() + 3.0)
        elif state == sl.ON_HOLD:
            for dx in (-1.8, 1.8):
                mark.moveTo(c.x() + dx, c.y() - 3)
                mark.lineTo(c.x() + dx, c.y() + 3)
        else:  # current: a play mark, "being worked on"
            mark.moveTo(c.x() - 2, c.y() - 3.2)
            mark.lineTo(c.x() + 3, c.y())
            mark.lineTo(c.x() - 2, c.y() + 3.2)
            mark.closeSubpath()
        mark_item = QGraphicsPathItem(mark, badge)
        mark_item.setPen(QPen(QColor("white"), 1.6, Qt.PenStyle.SolidLine,
                              Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        if state == sl.CURRENT:
            mark_item.setBrush(QBrush(QColor("white")))

    # -- arrows
    def _arrows(self) -> None:
        chart = self.chart
        on_page = range(self.first, self.end)
        entries = self._loop_entries()
        for k, arrow in enumerate(chart.arrows):
            src_in, dst_in = arrow.source in on_page, arrow.target in on_page
            if not (src_in or dst_in):
                continue
            if src_in != dst_in and k not in self.letters:
                continue  # only happens for a partial page scene without pagination data
            if arrow.kind == FORWARD:
                self._forward(k, arrow, src_in, dst_in)
            else:
                self._loop(k, arrow, src_in, dst_in, entries.get(k, 0.0))

    def _style(self, arrow: sl.Arrow) -> QPen:
        if self.chart.blank:
            return QPen(INK, 1.3)
        if arrow.kind != FORWARD:
            if arrow.taken:
                return QPen(LOOP, 2.0)
            pen = QPen(MUTED, 1.1)
            pen.setStyle(Qt.PenStyle.DashLine)
            return pen
        return QPen(INK, 1.4) if arrow.taken else QPen(MUTED, 1.1)

    def _track_x(self, arrow: sl.Arrow) -> float:
        return self.chart.track_x(arrow.track)

    def _connector(self, k: int, cx: float, at_top: bool, pen: QPen) -> _Box:
        """An off-page connector (pentagon pointing down) in the top or bottom strip."""
        y0 = (self.strip_top if at_top else self.strip_bottom) + (STRIP_H - CONNECTOR_H) / 2
        w, h = CONNECTOR_W, CONNECTOR_H
        poly = QPolygonF([QPointF(cx - w / 2, y0), QPointF(cx + w / 2, y0),
                          QPointF(cx + w / 2, y0 + h * 0.6), QPointF(cx, y0 + h),
                          QPointF(cx - w / 2, y0 + h * 0.6), QPointF(cx - w / 2, y0)])
        path = QPainterPath()
        path.addPolygon(poly)
        item = QGraphicsPathItem(path)
        item.setPen(QPen(pen.color(), 1.3))
        item.setBrush(QBrush(QColor("white")))
        item.setZValue(3)
        letter = self.letters[k]
        other = _("halaman berikutnya") if not at_top else _("halaman sebelumnya")
        item.setToolTip(_("Penghubung {x}: bersambung ke {p}").format(x=letter, p=other))
        item.setData(ROLE_KIND, "connector")
        item.setData(ROLE_LABEL, letter)
        self.scene.addItem(item)
        TextItem(QRectF(cx - w / 2, y0, w, h * 0.7), letter, self.fonts.loop, CENTER, INK,
                 item)
        return _Box(cx, y0 + h / 2, w / 2, h / 2)

    def _forward(self, k: int, arrow: sl.Arrow, src_in: bool, dst_in: bool) -> None:
        chart = self.chart
        pen = self._style(arrow)
        src_row, dst_row = chart.rows[arrow.source], chart.rows[arrow.target]
        dx = chart.lane_column(dst_row.lane_index).center
        src = self.boxes[arrow.source] if src_in else self._connector(k, dx, True, pen)
        dst = self.boxes[arrow.target] if dst_in else self._connector(k, dx, False, pen)
        sx, sy = src.cx, src.cy
        if abs(dx - sx) < 1:
            points = [QPointF(sx, src.bottom), QPointF(dx, dst.top)]
        elif dx > sx and src_in and arrow.source in self.loop_ends:
            # A loop leaves or enters on the right side: leave from the bottom instead.
            row_bottom = self.row_top[arrow.source] + self.layout.heights[arrow.source]
            ym = (src.bottom + min(row_bottom, dst.top)) / 2
            points = [QPointF(sx, src.bottom), QPointF(sx, ym), QPointF(dx, ym),
                      QPointF(dx, dst.top)]
        else:
            side = 1 if dx > sx else -1
            points = [QPointF(sx + side * src.hw, sy), QPointF(dx, sy), QPointF(dx, dst.top)]
        item = self._polyline(points, pen, head=True)
        item.setData(ROLE_KIND, "arrow")
        item.setData(ROLE_STEP, src_row.step_no)
        item.setData(ROLE_TARGET, dst_row.step_no)
        if arrow.label and src_in:
            p0, p1 = points[0], points[1]
            if abs(p0.y() - p1.y()) < 0.5:  # horizontal exit: label above the line
                leftward = p1.x() < p0.x()
                rect = QRectF(p0.x() - 27 if leftward else p0.x() + 3, p0.y() - 14, 24, 13)
                flags = (int(Qt.AlignmentFlag.AlignRight) if leftward else LEFT)
            else:  # downward exit: label beside the line
                rect = QRectF(p0.x() + 3, p0.y() + 1, 24, 13)
                flags = LEFT
            self.text(rect, arrow.label, self.fonts.label, flags, pen.color())

    def _loop_entries(self) -> dict[int, float]:
        """Vertical offset where each loop enters its target's side: the outer tracks enter
        higher, so loops into the same step never cross each other."""
        by_target: dict[int, list[int]] = {}
        for k, a in enumerate(self.chart.arrows):
            if a.kind != FORWARD:
                by_target.setdefault(a.target, []).append(k)
        offsets: dict[int, float] = {}
        for target, ks in by_target.items():
            ks.sort(key=lambda k: -self.chart.arrows[k].track)  # outermost first
            _w, h = SYMBOL_SIZE[self.chart.rows[target].symbol]
            span = max(0.0, h / 2 - 5)
            n = len(ks)
            for j, k in enumerate(ks):
                offsets[k] = 0.0 if n == 1 else -span + 2 * span * j / (n - 1)
        return offsets

    def _loop(self, k: int, arrow: sl.Arrow, src_in: bool, dst_in: bool, dy: float) -> None:
        chart = self.chart
        pen = self._style(arrow)
        tx = self._track_x(arrow)
        points: list[QPointF] = []
        if src_in:
            src = self.boxes[arrow.source]
            points += [QPointF(src.right_at(0), src.cy), QPointF(tx, src.cy)]
        else:
            src = self._connector(k, tx, False, pen)
            points.append(QPointF(tx, src.top))
        if dst_in:
            dst = self.boxes[arrow.target]
            ey = dst.cy + dy
            points += [QPointF(tx, ey), QPointF(dst.right_at(dy), ey)]
        else:
            dst = self._connector(k, tx, True, pen)
            points.append(QPointF(tx, dst.bottom))
        item = self._polyline(points, pen, head=True)
        item.setData(ROLE_KIND, "loop")
        item.setData(ROLE_STEP, chart.rows[arrow.source].step_no)
        item.setData(ROLE_TARGET, chart.rows[arrow.target].step_no)
        item.setData(ROLE_COUNT, arrow.count)
        if arrow.taken:
            item.setToolTip(_("Dikembalikan untuk perbaikan {n} kali dari langkah {s} ke "
                              "langkah {t}").format(n=arrow.count,
                                                    s=chart.rows[arrow.source].step_no,
                                                    t=chart.rows[arrow.target].step_no))
        if src_in:
            label = arrow.label
            if arrow.count:
                label += f" ({arrow.count}×)"
            x0 = src.right_at(0) + 3
            f = self.fonts.loop if arrow.count else self.fonts.label
            self.text(QRectF(x0, src.cy - 14, tx - x0, 13), label, f, LEFT, pen.color())

    def _polyline(self, points: list[QPointF], pen: QPen, head: bool) -> QGraphicsPathItem:
        path = QPainterPath(points[0])
        for p in points[1:]:
            path.lineTo(p)
        end, before = points[-1], points[-2]
        if head:
            # Stop the line at the arrowhead's base so the tip stays sharp.
            line = QLineF(end, before)
            if line.length() > ARROW_HEAD:
                line.setLength(ARROW_HEAD)
            path = QPainterPath(points[0])
            for p in points[1:-1]:
                path.lineTo(p)
            path.lineTo(line.p2())
        item = QGraphicsPathItem(path)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        item.setPen(pen)
        item.setZValue(2)
        self.scene.addItem(item)
        if head:
            direction = QLineF(before, end)
            unit = direction.unitVector()
            ux, uy = unit.dx(), unit.dy()
            base = QPointF(end.x() - ux * ARROW_HEAD, end.y() - uy * ARROW_HEAD)
            normal = QPointF(-uy * ARROW_HEAD * 0.45, ux * ARROW_HEAD * 0.45)
            tri = QPainterPath()
            tri.addPolygon(QPolygonF([end, base + normal, base - normal, end]))
            head_item = QGraphicsPathItem(tri, item)
            head_item.setPen(QPen(Qt.PenStyle.NoPen))
            head_item.setBrush(QBrush(pen.color()))
        return item

    # -- legend
    def _legend(self, y: float) -> float:
        f = self.fonts
        x = 0.0
        entries: list[tuple[str, str]] = []
        if self.chart.blank:
            entries = [(sl.START, _("Mulai / selesai")), (sl.PROCESS, _("Kegiatan")),
                       (sl.DECISION, _("Keputusan (Ya: diteruskan, Tidak: diperbaiki)"))]
        else:
            entries = [(sl.DONE, _("Selesai")), (sl.CURRENT, _("Sedang berjalan")),
                       (sl.OVERDUE, _("Terlambat")), (sl.ON_HOLD, _("Ditunda")),
                       (sl.WAITING, _("Menunggu"))]
        fm = QFontMetricsF(f.small)
        for key, label in entries:
            if self.chart.blank:
                w, h = SYMBOL_SIZE[key]
                w, h = w * 0.5, h * 0.6
                rect = QRectF(x, y + 13 - h / 2, w, h)
                path = QPainterPath()
                if key == sl.START:
                    path.addRoundedRect(rect, h / 2, h / 2)
                elif key == sl.DECISION:
                    c = rect.center()
                    path.addPolygon(QPolygonF([QPointF(c.x(), rect.top()),
                                               QPointF(rect.right(), c.y()),
                                               QPointF(c.x(), rect.bottom()),
                                               QPointF(rect.left(), c.y()),
                                               QPointF(c.x(), rect.top())]))
                else:
                    path.addRect(rect)
                self.scene.addPath(path, QPen(INK, 1.1), QBrush(QColor("white")))
            else:
                look = LOOKS[key]
                w = 26.0
                rect = QRectF(x, y + 6, w, 14)
                pen = QPen(look.border, min(look.width, 2.0))
                if key == sl.WAITING:
                    pen.setStyle(Qt.PenStyle.DashLine)
                self.scene.addRect(rect, pen, QBrush(look.fill))
            x += w + 5
            tw = fm.horizontalAdvance(label) + 2
            self.text(QRectF(x, y + 6, tw, 15), label, f.small, LEFT)
            x += tw + 18
        if not self.chart.blank and self.chart.loop_tracks:
            pen = QPen(LOOP, 2.0)
            self._polyline([QPointF(x + 26, y + 13), QPointF(x, y + 13)], pen, head=True)
            x += 31
            label = _("Dikembalikan untuk perbaikan (jumlah kali)")
            tw = fm.horizontalAdvance(label) + 2
            self.text(QRectF(x, y + 6, tw, 15), label, f.small, LEFT)
        return y + self.layout.legend_h


def _tooltip(row: sl.Row) -> str:
    """The row's details as rich text (escaped: notes are typed by users)."""
    lines = [html.escape(line).replace("    ", "&nbsp;&nbsp;&nbsp;&nbsp;")
             for line in row.details]
    if lines:
        lines[0] = f"<b>{lines[0]}</b>"
    return "<p style='white-space:pre-wrap'>" + "<br>".join(lines) + "</p>"


def symbol_items(scene: QGraphicsScene) -> list[QGraphicsPathItem]:
    """The step symbols of a scene, in step order of the rows drawn."""
    items = [i for i in scene.items() if i.data(ROLE_KIND) == "symbol"]
    return sorted(items, key=lambda i: i.sceneBoundingRect().top())
