"""The measured geometry of a chart, and how its rows are split into printed pages.

`Layout` measures the texts once (row heights depend on wrapping), for the screen scene and
every printed page; `paginate` splits the rows into pages, `connector_letters` names the
arrows that cross a page break.
"""

from __future__ import annotations

import string

from app.i18n import _
from app.services import swimlane as sl
from ui.swimlane.style import (
    CENTER,
    GROUP_ROW_H,
    HEADER_GAP,
    LEGEND_GAP,
    MIN_ROW_H,
    PAD,
    STRIP_H,
    Fonts,
    text_height,
)


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
            text_height(f.cell, inner("aktivitas"), row.activity),
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
