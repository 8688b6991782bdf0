"""The arrows between the step symbols: forward arrows down the lanes, loops (returned for
revision) up the track column to the right of the lanes, and off-page connectors where an
arrow leaves a printed page.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsScene

from app.i18n import _
from app.office.sop import FORWARD
from app.services import swimlane as sl
from ui.swimlane.page import Box, Page
from ui.swimlane.style import (
    ARROW_HEAD,
    CENTER,
    CONNECTOR_H,
    CONNECTOR_W,
    INK,
    LEFT,
    LOOP,
    MUTED,
    ROLE_COUNT,
    ROLE_KIND,
    ROLE_LABEL,
    ROLE_STEP,
    ROLE_TARGET,
    STRIP_H,
    SYMBOL_SIZE,
    TextItem,
)


def draw_arrows(page: Page) -> None:
    """Every arrow with an end on the page; one whose other end is on another page runs
    to an off-page connector in the top or bottom strip."""
    chart = page.chart
    on_page = range(page.first, page.end)
    entries = _loop_entries(page)
    loop_ends = {end for a in chart.arrows if a.kind != FORWARD
                 for end in (a.source, a.target)}
    for k, arrow in enumerate(chart.arrows):
        src_in, dst_in = arrow.source in on_page, arrow.target in on_page
        if not (src_in or dst_in):
            continue
        if src_in != dst_in and k not in page.letters:
            continue  # only happens for a partial page scene without pagination data
        if arrow.kind == FORWARD:
            _forward(page, k, arrow, src_in, dst_in, loop_ends)
        else:
            _loop(page, k, arrow, src_in, dst_in, entries.get(k, 0.0))


def _style(page: Page, arrow: sl.Arrow) -> QPen:
    if page.chart.blank:
        return QPen(INK, 1.3)
    if arrow.kind != FORWARD:
        if arrow.taken:
            return QPen(LOOP, 2.0)
        pen = QPen(MUTED, 1.1)
        pen.setStyle(Qt.PenStyle.DashLine)
        return pen
    return QPen(INK, 1.4) if arrow.taken else QPen(MUTED, 1.1)


def _connector(page: Page, k: int, cx: float, at_top: bool, pen: QPen) -> Box:
    """An off-page connector (pentagon pointing down) in the top or bottom strip."""
    y0 = (page.strip_top if at_top else page.strip_bottom) + (STRIP_H - CONNECTOR_H) / 2
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
    letter = page.letters[k]
    other = _("halaman berikutnya") if not at_top else _("halaman sebelumnya")
    item.setToolTip(_("Penghubung {x}: bersambung ke {p}").format(x=letter, p=other))
    item.setData(ROLE_KIND, "connector")
    item.setData(ROLE_LABEL, letter)
    page.scene.addItem(item)
    TextItem(QRectF(cx - w / 2, y0, w, h * 0.7), letter, page.fonts.loop, CENTER, INK,
             item)
    return Box(cx, y0 + h / 2, w / 2, h / 2)


def _forward(page: Page, k: int, arrow: sl.Arrow, src_in: bool, dst_in: bool,
             loop_ends: set[int]) -> None:
    chart = page.chart
    pen = _style(page, arrow)
    src_row, dst_row = chart.rows[arrow.source], chart.rows[arrow.target]
    dx = chart.lane_column(dst_row.lane_index).center
    src = page.boxes[arrow.source] if src_in else _connector(page, k, dx, True, pen)
    dst = page.boxes[arrow.target] if dst_in else _connector(page, k, dx, False, pen)
    sx, sy = src.cx, src.cy
    if abs(dx - sx) < 1:
        points = [QPointF(sx, src.bottom), QPointF(dx, dst.top)]
    elif dx > sx and src_in and arrow.source in loop_ends:
        # A loop leaves or enters on the right side: leave from the bottom instead.
        row_bottom = page.row_top[arrow.source] + page.layout.heights[arrow.source]
        ym = (src.bottom + min(row_bottom, dst.top)) / 2
        points = [QPointF(sx, src.bottom), QPointF(sx, ym), QPointF(dx, ym),
                  QPointF(dx, dst.top)]
    else:
        side = 1 if dx > sx else -1
        points = [QPointF(sx + side * src.hw, sy), QPointF(dx, sy), QPointF(dx, dst.top)]
    item = polyline(page.scene, points, pen, head=True)
    item.setData(ROLE_KIND, "arrow")
    item.setData(ROLE_STEP, src_row.step_no)
    item.setData(ROLE_TARGET, dst_row.step_no)
    item.setData(ROLE_LABEL, (src_row.label, dst_row.label))  # "9" -> "9b": one step
    if arrow.label and src_in:
        p0, p1 = points[0], points[1]
        if abs(p0.y() - p1.y()) < 0.5:  # horizontal exit: label above the line
            leftward = p1.x() < p0.x()
            rect = QRectF(p0.x() - 27 if leftward else p0.x() + 3, p0.y() - 14, 24, 13)
            flags = (int(Qt.AlignmentFlag.AlignRight) if leftward else LEFT)
        else:  # downward exit: label beside the line
            rect = QRectF(p0.x() + 3, p0.y() + 1, 24, 13)
            flags = LEFT
        page.text(rect, arrow.label, page.fonts.label, flags, pen.color())


def _loop_entries(page: Page) -> dict[int, float]:
    """Vertical offset where each loop enters its target's side: the outer tracks enter
    higher, so loops into the same step never cross each other."""
    by_target: dict[int, list[int]] = {}
    for k, a in enumerate(page.chart.arrows):
        if a.kind != FORWARD:
            by_target.setdefault(a.target, []).append(k)
    offsets: dict[int, float] = {}
    for target, ks in by_target.items():
        ks.sort(key=lambda k: -page.chart.arrows[k].track)  # outermost first
        _w, h = SYMBOL_SIZE[page.chart.rows[target].symbol]
        span = max(0.0, h / 2 - 5)
        n = len(ks)
        for j, k in enumerate(ks):
            offsets[k] = 0.0 if n == 1 else -span + 2 * span * j / (n - 1)
    return offsets


def _loop(page: Page, k: int, arrow: sl.Arrow, src_in: bool, dst_in: bool, dy: float) -> None:
    chart = page.chart
    pen = _style(page, arrow)
    tx = page.chart.track_x(arrow.track)
    points: list[QPointF] = []
    if src_in:
        src = page.boxes[arrow.source]
        points += [QPointF(src.right_at(0), src.cy), QPointF(tx, src.cy)]
    else:
        src = _connector(page, k, tx, False, pen)
        points.append(QPointF(tx, src.top))
    if dst_in:
        dst = page.boxes[arrow.target]
        ey = dst.cy + dy
        points += [QPointF(tx, ey), QPointF(dst.right_at(dy), ey)]
    else:
        dst = _connector(page, k, tx, True, pen)
        points.append(QPointF(tx, dst.bottom))
    item = polyline(page.scene, points, pen, head=True)
    item.setData(ROLE_KIND, "loop")
    item.setData(ROLE_STEP, chart.rows[arrow.source].step_no)
    item.setData(ROLE_TARGET, chart.rows[arrow.target].step_no)
    item.setData(ROLE_LABEL, (chart.rows[arrow.source].label, chart.rows[arrow.target].label))
    item.setData(ROLE_COUNT, arrow.count)
    if arrow.taken:
        item.setToolTip(_("Dikembalikan untuk perbaikan {n} kali dari langkah {s} ke "
                          "langkah {t}").format(n=arrow.count,
                                                s=chart.rows[arrow.source].label,
                                                t=chart.rows[arrow.target].label))
    if src_in:
        label = arrow.label
        if arrow.count:
            label += f" ({arrow.count}×)"
        x0 = src.right_at(0) + 3
        f = page.fonts.loop if arrow.count else page.fonts.label
        page.text(QRectF(x0, src.cy - 14, tx - x0, 13), label, f, LEFT, pen.color())


def polyline(scene: QGraphicsScene, points: list[QPointF], pen: QPen,
             head: bool) -> QGraphicsPathItem:
    """A line through `points` (with an arrowhead at the last when `head`), added to
    `scene`."""
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
    scene.addItem(item)
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
