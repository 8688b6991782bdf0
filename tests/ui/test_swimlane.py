"""The swimlane drawn with Qt: symbols in their lane columns, states, loops, exports,
the view's zoom/click/tooltips, the window and the `pengaduan swimlane` command."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QPoint, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QImage, QWheelEvent  # noqa: E402

from app.office.sop import load_sop  # noqa: E402
from app.paths import default_sop_path  # noqa: E402
from app.services import swimlane as sl  # noqa: E402
from tests.app.swimlane_cases import advance_to, loop_case  # noqa: E402
from tests.conftest import T0  # noqa: E402
from ui.swimlane import SwimlaneView, export_pdf, export_png  # noqa: E402
from ui.swimlane import layout as lay  # noqa: E402
from ui.swimlane import scene as sc  # noqa: E402
from ui.swimlane import style as st  # noqa: E402

OTHER_SOP = Path(__file__).parent.parent / "app" / "data" / "sop_other.toml"


@pytest.fixture
def blank(qapp):
    return sl.blank_chart(load_sop(default_sop_path()))


def items_of(scene, kind):
    return [i for i in scene.items() if i.data(st.ROLE_KIND) == kind]


def pdf_pages(path: Path) -> int:
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:]
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", data))


def ink_fraction(image: QImage) -> float:
    """Share of sampled pixels that are not white."""
    small = image.scaled(200, 200)
    white = QColor("white").rgb()
    inked = sum(small.pixel(x, y) != white for x in range(200) for y in range(200))
    return inked / 40000


# --------------------------------------------------------------------------- the scene

def test_each_symbol_lies_in_its_lanes_column_and_rows_are_in_order(blank):
    scene = sc.build_scene(blank)
    symbols = {i.data(st.ROLE_LABEL): i for i in items_of(scene, "symbol")}
    labels = [str(n) for n in range(1, 10)] + ["9b"] + [str(n) for n in range(10, 15)]
    assert sorted(symbols) == sorted(labels)
    for row in blank.rows:
        rect = symbols[row.label].sceneBoundingRect()
        column = blank.lane_column(row.lane_index)
        assert column.x < rect.left() and rect.right() < column.right, row.label
        assert rect.center().x() == pytest.approx(column.center, abs=1)
    # The Kakanwil's signature within step 9 is its own symbol, in the Kakanwil's lane,
    # right after step 9's.
    assert blank.lane_column(blank.row_of(9, 1).lane_index).key == "kakanwil"
    assert symbols["9b"].data(st.ROLE_STEP) == 9
    tops = [symbols[label].sceneBoundingRect().top() for label in labels]
    assert tops == sorted(tops) and len(set(tops)) == 15
    headers = {i.data(st.ROLE_LANE): i for i in items_of(scene, "lane_header")}
    for lane_index, header in headers.items():
        column = blank.lane_column(lane_index)
        assert header.sceneBoundingRect().center().x() == pytest.approx(column.center, abs=1)
        assert header.text() == column.title


def test_symbol_shapes_follow_the_flowchart_form(blank):
    scene = sc.build_scene(blank)
    symbols = {i.data(st.ROLE_LABEL): i for i in items_of(scene, "symbol")}
    assert symbols["1"].data(st.ROLE_SYMBOL) == sl.START
    assert symbols["14"].data(st.ROLE_SYMBOL) == sl.END
    diamond = symbols["8"].path()
    # A diamond: the middle of its bounding box's top edge is its top vertex, the corners
    # are outside the shape.
    box = diamond.boundingRect()
    assert diamond.contains(box.center())
    assert not diamond.contains(box.topLeft() + QPointF(2, 2))
    assert symbols["5"].path().contains(symbols["5"].path().boundingRect().topLeft()
                                      + QPointF(2, 2))


def test_arrows_join_consecutive_symbols_with_elbows(blank):
    scene = sc.build_scene(blank)
    symbols = {i.data(st.ROLE_LABEL): i.sceneBoundingRect() for i in items_of(scene, "symbol")}
    arrows = {a.data(st.ROLE_LABEL): a for a in items_of(scene, "arrow")}
    labels = [str(n) for n in range(1, 10)] + ["9b"] + [str(n) for n in range(10, 15)]
    assert sorted(arrows) == sorted(zip(labels, labels[1:], strict=False))
    for (_source, target), arrow in arrows.items():
        path = arrow.path()
        points = [path.elementAt(k) for k in range(path.elementCount())]
        for a, b in zip(points, points[1:], strict=False):
            assert a.x == pytest.approx(b.x) or a.y == pytest.approx(b.y)  # no diagonals
        end = QPointF(points[-1].x, points[-1].y)
        assert abs(end.x() - symbols[target].center().x()) < 1
        assert end.y() < symbols[target].top()  # stops at the arrowhead above the symbol


def test_states_are_drawn(users, registered, qapp):
    opened = advance_to(users, registered.id, 4, T0)
    chart = sl.complaint_chart(registered.id, at=opened + dt.timedelta(minutes=50))
    scene = sc.build_scene(chart)
    symbols = {i.data(st.ROLE_LABEL): i for i in items_of(scene, "symbol")}
    assert symbols["2"].data(st.ROLE_STATE) == sl.DONE
    assert symbols["4"].data(st.ROLE_STATE) == sl.OVERDUE
    assert symbols["5"].data(st.ROLE_STATE) == sl.WAITING
    assert symbols["4"].pen().color() == st.LATE
    assert symbols["4"].pen().widthF() > symbols["2"].pen().widthF()
    assert symbols["5"].pen().style() == Qt.PenStyle.DashLine
    rows = {i.data(st.ROLE_STEP): i for i in items_of(scene, "row")}
    assert rows[4].brush().color() == st.LOOKS[sl.OVERDUE].row
    assert rows[2].brush().style() == Qt.BrushStyle.NoBrush
    texts = [i.text() for i in items_of(scene, "text")]
    assert "lewat 35 mnt" in texts
    assert any("Terlambat 35 mnt" in t for t in texts)


def test_current_and_held_steps_are_highlighted(users, registered, qapp):
    from app.services import workflow

    chart = sl.complaint_chart(registered.id, at=T0 + dt.timedelta(minutes=5))
    scene = sc.build_scene(chart)  # keep a reference: the items die with their scene
    rows = {i.data(st.ROLE_STEP): i for i in items_of(scene, "row")}
    assert rows[2].brush().color() == st.LOOKS[sl.CURRENT].row
    opened = advance_to(users, registered.id, 5, T0)
    workflow.hold(users["kasubag_pphti"], registered.id, reason="Data kurang",
                  at=opened + dt.timedelta(minutes=5))
    chart = sl.complaint_chart(registered.id, at=opened + dt.timedelta(hours=2))
    scene = sc.build_scene(chart)
    symbols = {i.data(st.ROLE_LABEL): i for i in items_of(scene, "symbol")}
    assert symbols["5"].data(st.ROLE_STATE) == sl.ON_HOLD
    assert symbols["5"].brush().color() == st.LOOKS[sl.ON_HOLD].fill


def test_revision_loop_is_drawn_back_up_with_its_count(users, registered, qapp):
    opened = loop_case(users, registered.id, T0)
    chart = sl.complaint_chart(registered.id, at=opened)
    scene = sc.build_scene(chart)
    loops = {i.data(st.ROLE_LABEL): i for i in items_of(scene, "loop")}
    # Returns are decided by the official who received the draft: 8, 9 and 9's sub-step.
    assert sorted(loops) == [("8", "6"), ("9", "6"), ("9b", "6")]
    assert loops[("8", "6")].data(st.ROLE_COUNT) == 1
    assert loops[("8", "6")].pen().color() == st.LOOP
    assert loops[("9b", "6")].pen().style() == Qt.PenStyle.DashLine  # never taken
    symbols = {i.data(st.ROLE_LABEL): i.sceneBoundingRect() for i in items_of(scene, "symbol")}
    path = loops[("9", "6")].path()
    start, end = path.elementAt(0), path.elementAt(path.elementCount() - 1)
    assert start.y == pytest.approx(symbols["9"].center().y())
    assert symbols["6"].top() < end.y < symbols["6"].bottom()  # enters step 6 from the side
    # The loop's track runs right of every lane column, clear of the symbols.
    xs = {round(path.elementAt(k).x) for k in range(path.elementCount())}
    assert max(xs) > max(c.right for c in chart.columns if c.lane_index is not None)
    texts = [i.text() for i in items_of(scene, "text")]
    assert texts.count("Tidak (1×)") == 2
    assert "Dikembalikan untuk perbaikan 1 kali" in loops[("8", "6")].toolTip()


def test_tooltips_carry_the_full_details(users, registered, qapp):
    opened = loop_case(users, registered.id, T0)
    scene = sc.build_scene(sl.complaint_chart(registered.id, at=opened))
    symbols = {i.data(st.ROLE_LABEL): i for i in items_of(scene, "symbol")}
    tip = symbols["8"].toolTip()
    assert "Langkah 8 — Kabag P2" in tip
    assert "Putaran 2" in tip and "Kabag P2" in tip
    assert "Catatan: Dasar hukum belum dicantumkan" in tip


def test_notes_in_tooltips_are_escaped(users, registered, qapp):
    from app.services import workflow

    workflow.forward(users["kakanwil"], registered.id, note="<b>segera</b> & teliti",
                     at=T0 + dt.timedelta(minutes=10))
    scene = sc.build_scene(sl.complaint_chart(registered.id, at=T0 + dt.timedelta(minutes=11)))
    symbol = next(i for i in items_of(scene, "symbol") if i.data(st.ROLE_STEP) == 2)
    assert "&lt;b&gt;segera&lt;/b&gt; &amp; teliti" in symbol.toolTip()


# --------------------------------------------------------------------------- exports

def test_png_export_is_not_blank(blank, tmp_path):
    path = export_png(blank, tmp_path / "sop.png")
    image = QImage(str(path))
    assert not image.isNull()
    assert image.width() > 2000 and image.height() > 1500
    assert 0.03 < ink_fraction(image) < 0.6


def test_pdf_export_opens_with_pages_and_connectors_join_them(blank, tmp_path):
    pages = export_pdf(blank, tmp_path / "sop.pdf")
    assert pages >= 2  # 14 rows do not fit one A4 landscape page legibly
    assert pdf_pages(tmp_path / "sop.pdf") == pages
    layout = lay.Layout(blank)
    split = lay.paginate(layout, 760)
    assert split[0][0] == 0 and split[-1][1] == 15
    assert all(a[1] == b[0] for a, b in zip(split, split[1:], strict=False))
    letters = lay.connector_letters(blank, split)
    assert letters  # the arrows that cross a page break get a letter
    seen: dict[str, int] = {}
    for n, page in enumerate(split, 1):
        scene = sc.build_scene(blank, layout, page, n, len(split), letters)
        for item in items_of(scene, "connector"):
            seen[item.data(st.ROLE_LABEL)] = seen.get(item.data(st.ROLE_LABEL), 0) + 1
        texts = [i.text() for i in items_of(scene, "text")]
        assert f"Halaman {n} dari {len(split)}" in texts
        assert "W.7-OT.01.02-566" in " ".join(texts)
    assert set(seen) == set(letters.values())
    assert all(count == 2 for count in seen.values())  # one on each side of the break


def test_pdf_header_carries_the_register_number(users, registered, tmp_path, qapp):
    chart = sl.complaint_chart(registered.id, at=T0 + dt.timedelta(minutes=5))
    scene = sc.build_scene(chart, page=(0, 3), page_no=1, page_count=5)
    texts = [i.text() for i in items_of(scene, "text")]
    assert registered.register_no in texts
    assert export_pdf(chart, tmp_path / "c.pdf") >= 1
    assert pdf_pages(tmp_path / "c.pdf") >= 1


def test_printing_paints_the_same_pages(blank, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from ui.swimlane.export import a4_landscape, paint_pages

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "print.pdf"))
    printer.setPageLayout(a4_landscape())
    pages = paint_pages(blank, printer)
    assert pages == pdf_pages(tmp_path / "print.pdf")


def test_another_sop_renders(qapp, tmp_path):
    chart = sl.blank_chart(load_sop(OTHER_SOP))
    scene = sc.build_scene(chart)
    assert len(items_of(scene, "symbol")) == 6
    assert [i.text() for i in sorted(items_of(scene, "lane_header"),
                                     key=lambda i: i.data(st.ROLE_LANE))] == [
        "Pemohon Informasi", "Petugas PPID", "Kasi Binadik", "Kalapas"]
    assert len(items_of(scene, "loop")) == 1
    image = QImage(str(export_png(chart, tmp_path / "other.png")))
    assert ink_fraction(image) > 0.03
    assert export_pdf(chart, tmp_path / "other.pdf") == 1


# --------------------------------------------------------------------------- the view

def test_click_on_a_step_emits_its_number(qtbot, blank):
    view = SwimlaneView()
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.set_chart(blank)
    view.show()
    symbol = next(i for i in view.scene().items() if i.data(st.ROLE_KIND) == "symbol"
                  and i.data(st.ROLE_STEP) == 2)
    view.centerOn(symbol)
    pos = view.mapFromScene(symbol.sceneBoundingRect().center())
    with qtbot.waitSignal(view.stepClicked, timeout=1000) as signal:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert signal.args == [2]
    # Anywhere in the row counts too (the activity text).
    activity = blank.column("aktivitas")
    row_point = view.mapFromScene(QPointF(activity.center, symbol.sceneBoundingRect().center().y()))
    assert view.step_at(row_point) == 2


def test_fit_width_and_ctrl_wheel_zoom(qtbot, blank):
    view = SwimlaneView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    view.show_blank(load_sop(default_sop_path()))
    qtbot.waitExposed(view)
    view.fit_width()
    fitted = view.zoom
    qtbot.wait(10)  # the vertical scroll bar the fitted chart needs has appeared
    assert fitted * blank.width == pytest.approx(view.viewport().width() - 4, rel=0.01)
    assert fitted * blank.width <= view.viewport().width()  # the right edge in view
    event = QWheelEvent(QPointF(100, 100), QPointF(100, 100), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    view.wheelEvent(event)
    assert view.zoom == pytest.approx(fitted * 1.15)
    view.zoom_out()
    assert view.zoom == pytest.approx(fitted)
    view.resize(1200, 600)  # no longer fitting: a resize keeps the user's zoom
    assert view.zoom == pytest.approx(fitted)


def test_view_shows_a_complaint_and_refreshes(qtbot, users, registered):
    from app.services import workflow

    view = SwimlaneView()
    qtbot.addWidget(view)
    chart = view.show_complaint(registered.id, at=T0 + dt.timedelta(minutes=5))
    assert chart.row_of(2).state == sl.CURRENT
    workflow.forward(users["kakanwil"], registered.id, note="Proses",
                     at=T0 + dt.timedelta(minutes=9))
    view.refresh(at=T0 + dt.timedelta(minutes=12))
    assert view.chart.row_of(2).state == sl.DONE
    assert view.chart.row_of(3).state == sl.CURRENT


def test_window_jumps_to_the_clicked_steps_history_entry(qtbot, users, registered):
    from ui.swimlane.window import SwimlaneWindow

    opened = loop_case(users, registered.id, T0)
    window = SwimlaneWindow()
    qtbot.addWidget(window)
    window.show_complaint(registered.id, at=opened)
    assert registered.register_no in window.windowTitle()
    window.view.stepClicked.emit(6)
    item = window.history.currentItem()
    assert (item.text(0), item.text(1)) == ("6", "3")  # the latest pass of step 6
    assert set(window.actions_by_name) == {"zoom_in", "zoom_out", "fit", "png", "pdf", "print"}
    window.show_blank(load_sop(OTHER_SOP))
    assert window.history.topLevelItemCount() == 0


# --------------------------------------------------------------------------- command line

def test_swimlane_command_writes_png_and_pdf(users, registered, db_url, tmp_path, capsys):
    from cli.main import main

    png, pdf = tmp_path / "c.png", tmp_path / "sop.pdf"
    assert main(["swimlane", "--db", db_url, registered.register_no, "--out", str(png),
                 "--per", "2026-11-25T08:30"]) == 0
    assert ink_fraction(QImage(str(png))) > 0.03
    assert main(["swimlane", "--out", str(pdf)]) == 0
    assert pdf_pages(pdf) >= 1
    assert main(["swimlane", "--db", db_url, "9999/TIDAK/ADA", "--out", str(png)]) == 1
    assert main(["swimlane", "--out", str(tmp_path / "x.svg")]) == 2
    assert "tidak ditemukan" in capsys.readouterr().err


def test_the_kakanwils_return_is_drawn_from_its_own_symbol(users, registered, qapp,
                                                           tmp_path):
    opened = loop_case(users, registered.id, T0, kakanwil=True)
    chart = sl.complaint_chart(registered.id, at=opened)
    scene = sc.build_scene(chart)
    symbols = {i.data(st.ROLE_LABEL): i for i in items_of(scene, "symbol")}
    loops = {i.data(st.ROLE_LABEL): i for i in items_of(scene, "loop")}
    assert loops[("9b", "6")].data(st.ROLE_COUNT) == 1
    assert loops[("9b", "6")].pen().color() == st.LOOP
    start = loops[("9b", "6")].path().elementAt(0)
    signing = symbols["9b"].sceneBoundingRect()
    assert start.y == pytest.approx(signing.center().y())
    assert start.x == pytest.approx(signing.right(), abs=2)  # leaves the diamond's tip
    kakanwil = chart.lane_column(chart.row_of(9, 1).lane_index)
    assert kakanwil.x < signing.left() and signing.right() < kakanwil.right
    texts = [i.text() for i in items_of(scene, "text")]
    assert texts.count("Tidak (1×)") == 3 and "9b" in texts
    image = QImage(str(export_png(chart, tmp_path / "kakanwil.png")))
    assert not image.isNull() and ink_fraction(image) > 0.03
