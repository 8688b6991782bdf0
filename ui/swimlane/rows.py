"""The table's body: the grid lines, one row per SOP step (its cells, with the row
highlighted by the step's state), and the step's symbol in its lane column, marked with the
step number and a state badge.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsRectItem

from app.services import swimlane as sl
from ui.swimlane.page import Box, Page
from ui.swimlane.style import (
    CENTER,
    GRID,
    GROUP_ROW_H,
    INK,
    LATE,
    LEFT,
    LOOKS,
    MUTED,
    ON_TIME,
    ROLE_KIND,
    ROLE_LABEL,
    ROLE_LANE,
    ROLE_STATE,
    ROLE_STEP,
    ROLE_SYMBOL,
    STRIP_H,
    SYMBOL_SIZE,
    TOP_CENTER,
    Look,
    TextItem,
    text_height,
)


def draw_grid(page: Page) -> None:
    path = QPainterPath()
    top, bottom, width = page.table_top, page.table_bottom, page.layout.width
    header_bottom = top + page.layout.table_header_h
    path.addRect(QRectF(0, top, width, bottom - top))
    group_cols = [c for c in page.chart.columns if c.group]
    if group_cols:
        for group in (sl.GROUP_LANES, sl.GROUP_MUTU):
            members = [c for c in group_cols if c.group == group]
            if members:
                path.moveTo(members[0].x, top + GROUP_ROW_H)
                path.lineTo(members[-1].right, top + GROUP_ROW_H)
    path.moveTo(0, header_bottom)
    path.lineTo(width, header_bottom)
    cols = page.chart.columns
    for left, right in zip(cols, cols[1:], strict=False):
        inside_group = left.group and left.group == right.group
        if right.key == sl.TRACKS_KEY:
            continue  # the loop tracks read as the lane area's margin, not a column
        path.moveTo(right.x, top + GROUP_ROW_H if inside_group else top)
        path.lineTo(right.x, bottom)
    for i in range(page.first, page.end):
        y = page.row_top[i] + page.layout.heights[i]
        if i + 1 < page.end or page.bottom_strip:
            path.moveTo(0, y)
            path.lineTo(width, y)
    if page.top_strip:
        path.moveTo(0, page.strip_top + STRIP_H)
        path.lineTo(width, page.strip_top + STRIP_H)
    item = page.scene.addPath(path, QPen(GRID, 0.8))
    item.setZValue(1)


def draw_row(page: Page, row: sl.Row) -> None:
    f, scene = page.fonts, page.scene
    top, height = page.row_top[row.index], page.layout.heights[row.index]
    look = LOOKS[row.state]
    tooltip = _tooltip(row)
    hit = QGraphicsRectItem(QRectF(0, top, page.layout.width, height))
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
    page.text(page.col_rect("no", top, height), row.label, f.cell, TOP_CENTER, color)
    page.text(page.col_rect("aktivitas", top, height), row.activity, f.cell, LEFT, color)
    page.text(page.col_rect("kelengkapan", top, height), row.kelengkapan, f.cell, CENTER,
              color)
    page.text(page.col_rect("output", top, height), row.output, f.cell, CENTER, color)
    _waktu(page, row, top, height, color)
    if row.keterangan:
        late = row.state == sl.OVERDUE
        page.text(page.col_rect("keterangan", top, height), "\n".join(row.keterangan),
                  f.small, LEFT, LATE if late else color)
    _symbol(page, row, top, height, look, tooltip)


def _waktu(page: Page, row: sl.Row, top: float, height: float, color: QColor) -> None:
    f = page.fonts
    rect = page.col_rect("waktu", top, height)
    main_h = text_height(f.cell, rect.width(), row.waktu, CENTER)
    note_h = text_height(f.small, rect.width(), row.waktu_note, CENTER)
    y = rect.center().y() - (main_h + note_h) / 2
    page.text(QRectF(rect.x(), y, rect.width(), main_h), row.waktu, f.cell, CENTER, color)
    if row.waktu_note:
        late = row.state == sl.OVERDUE or (row.state == sl.DONE and row.late_minutes >= 1)
        note_color = LATE if late else (ON_TIME if row.state == sl.DONE else INK)
        page.text(QRectF(rect.x(), y + main_h, rect.width(), note_h), row.waktu_note,
                  f.small, CENTER, note_color)


def _symbol(page: Page, row: sl.Row, top: float, height: float, look: Look,
            tooltip: str) -> None:
    col = page.chart.lane_column(row.lane_index)
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
                        (ROLE_LABEL, row.label), (ROLE_STATE, row.state),
                        (ROLE_SYMBOL, row.symbol), (ROLE_LANE, row.lane_index)):
        item.setData(role, value)
    item.setCursor(Qt.CursorShape.PointingHandCursor)
    page.scene.addItem(item)
    TextItem(rect, row.label, page.fonts.symbol, CENTER, look.text, item)
    _badge(row.state, rect, item)
    page.boxes[row.index] = Box(cx, cy, w / 2, h / 2, row.symbol == sl.DECISION)


def _badge(state: str, rect: QRectF, parent: QGraphicsItem) -> None:
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


def _tooltip(row: sl.Row) -> str:
    """The row's details as rich text (escaped: notes are typed by users)."""
    lines = [html.escape(line).replace("    ", "&nbsp;&nbsp;&nbsp;&nbsp;")
             for line in row.details]
    if lines:
        lines[0] = f"<b>{lines[0]}</b>"
    return "<p style='white-space:pre-wrap'>" + "<br>".join(lines) + "</p>"
