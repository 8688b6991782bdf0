"""Draws an `app.services.swimlane.Chart` as a QGraphicsScene in the PermenPAN-RB 35/2012
table form.

`build_scene` draws the whole chart, or one printed page of it (a range of rows with
off-page connectors where an arrow leaves the page), from the parts: the head
(`ui.swimlane.head`), the rows, grid and step symbols (`ui.swimlane.rows`), the arrows
(`ui.swimlane.arrows`) and the legend (`ui.swimlane.legend`), all measured by
`ui.swimlane.layout.Layout`. Every step symbol carries its step number and state in item
data (the roles of `ui.swimlane.style`), so the view, the exports and the tests can find it.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsScene

from app.services import swimlane as sl
from ui.swimlane.arrows import draw_arrows
from ui.swimlane.head import draw_head, draw_table_header
from ui.swimlane.layout import Layout
from ui.swimlane.legend import draw_legend
from ui.swimlane.page import Page
from ui.swimlane.rows import draw_grid, draw_row
from ui.swimlane.style import LEGEND_GAP, ROLE_KIND


def build_scene(chart: sl.Chart, layout: Layout | None = None,
                page: tuple[int, int] | None = None, page_no: int = 1, page_count: int = 1,
                letters: dict[int, str] | None = None) -> QGraphicsScene:
    """The chart (or the rows `page` = (first, end) of it) as a scene, from (0, 0) and
    `chart.width` wide. `letters` names the arrows that cross pages (see `paginate`)."""
    drawn = Page(chart, layout or Layout(chart), page, page_no, page_count, letters or {})
    # The order the parts are added in is the order items of one z value are stacked.
    draw_head(drawn)
    for i in range(drawn.first, drawn.end):
        draw_row(drawn, chart.rows[i])
    draw_grid(drawn)
    draw_table_header(drawn)
    draw_arrows(drawn)
    height = drawn.table_bottom
    if drawn.last_page:
        height = draw_legend(drawn, drawn.table_bottom + LEGEND_GAP)
    drawn.scene.setSceneRect(QRectF(0, 0, drawn.layout.width, height + 2))
    return drawn.scene


def symbol_items(scene: QGraphicsScene) -> list[QGraphicsPathItem]:
    """The step symbols of a scene, in step order of the rows drawn."""
    items = [i for i in scene.items() if i.data(ROLE_KIND) == "symbol"]
    return sorted(items, key=lambda i: i.sceneBoundingRect().top())
