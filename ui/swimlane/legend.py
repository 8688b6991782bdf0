"""The legend under the chart's last page: the symbols (blank chart) or the state colours
(a complaint's chart), and the loop arrow when a complaint went back for revision.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainterPath, QPen, QPolygonF

from app.i18n import _
from app.services import swimlane as sl
from ui.swimlane.arrows import polyline
from ui.swimlane.page import Page
from ui.swimlane.style import INK, LEFT, LOOKS, LOOP, SYMBOL_SIZE


def draw_legend(page: Page, y: float) -> float:
    """The legend from `y` down; returns its bottom."""
    f = page.fonts
    x = 0.0
    entries: list[tuple[str, str]] = []
    if page.chart.blank:
        entries = [(sl.START, _("Mulai / selesai")), (sl.PROCESS, _("Kegiatan")),
                   (sl.DECISION, _("Keputusan (Ya: diteruskan, Tidak: diperbaiki)"))]
    else:
        entries = [(sl.DONE, _("Selesai")), (sl.CURRENT, _("Sedang berjalan")),
                   (sl.OVERDUE, _("Terlambat")), (sl.ON_HOLD, _("Ditunda")),
                   (sl.WAITING, _("Menunggu"))]
    fm = QFontMetricsF(f.small)
    for key, label in entries:
        if page.chart.blank:
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
            page.scene.addPath(path, QPen(INK, 1.1), QBrush(QColor("white")))
        else:
            look = LOOKS[key]
            w = 26.0
            rect = QRectF(x, y + 6, w, 14)
            pen = QPen(look.border, min(look.width, 2.0))
            if key == sl.WAITING:
                pen.setStyle(Qt.PenStyle.DashLine)
            page.scene.addRect(rect, pen, QBrush(look.fill))
        x += w + 5
        tw = fm.horizontalAdvance(label) + 2
        page.text(QRectF(x, y + 6, tw, 15), label, f.small, LEFT)
        x += tw + 18
    if not page.chart.blank and page.chart.loop_tracks:
        pen = QPen(LOOP, 2.0)
        polyline(page.scene, [QPointF(x + 26, y + 13), QPointF(x, y + 13)], pen, head=True)
        x += 31
        label = _("Dikembalikan untuk perbaikan (jumlah kali)")
        tw = fm.horizontalAdvance(label) + 2
        page.text(QRectF(x, y + 6, tw, 15), label, f.small, LEFT)
    return y + page.layout.legend_h
