"""Nothing cut, nothing overlapping, nothing jumping, at an office's 1280 x 720: the columns'
texts fit their columns (font metrics against the column width), the compliance chart's
labels do not overlap, the swimlane fits its view's width (or scrolls), and the case
screen's action buttons stay where they are whatever the header says."""

from __future__ import annotations

import dataclasses

import pytest

from tests.conftest import advance_to

SCREEN = (1280, 720)
PADDING = 6  # a cell's text margins (QStyle::PM_FocusFrameHMargin + 1, either side)


def cut_cells(view, columns=None) -> list[str]:
    """The cells (and headers) of `view` whose text is wider than its column: "column
    title: text" each. The last column, which takes what is left, is not checked unless
    named in `columns`."""
    from PySide6.QtCore import Qt

    model = view.model()
    metrics, bold = view.fontMetrics(), view.horizontalHeader().fontMetrics() \
        if hasattr(view, "horizontalHeader") else view.header().fontMetrics()
    count = model.columnCount()
    columns = range(count - 1) if columns is None else columns
    problems = []
    for column in columns:
        width = view.columnWidth(column)
        title = model.headerData(column, Qt.Orientation.Horizontal) or ""
        if widest(bold, title) + PADDING > width:
            problems.append(f"{title} (judul kolom, {width} px)")
        for row in range(model.rowCount()):
            index = model.index(row, column)
            text = str(model.data(index) or "")
            icon = model.data(index, Qt.ItemDataRole.DecorationRole)
            extra = view.iconSize().width() + 4 if icon is not None and not icon.isNull() \
                and view.iconSize().width() > 0 else (16 + 4 if icon is not None else 0)
            if widest(metrics, text) + extra + PADDING > width:
                problems.append(f"{title}: {text} ({width} px)")
    return problems


def widest(metrics, text: str) -> int:
    """The width of the longest line of `text` (a header may hold two lines)."""
    return max(metrics.horizontalAdvance(line) for line in str(text).split("\n"))


def column_of(view, title: str) -> int:
    from PySide6.QtCore import Qt

    model = view.model()
    for column in range(model.columnCount()):
        if title.lower() in str(model.headerData(column, Qt.Orientation.Horizontal)).lower():
            return column
    raise AssertionError(f"no column {title!r}")


@pytest.fixture
def with_documents(registered, users):
    """A complaint at step 6 with two versions of its nota dinas."""
    from app.naskah import versions

    complaint = advance_to(registered, users, 6)
    for hal in ("Konsep pertama", "Konsep kedua"):
        versions.generate(users["kasubag_pphti"], complaint.id, "nota_dinas",
                          extra={"hal": hal})
    return complaint


def test_the_documents_and_attachments_tables_cut_nothing(qtbot, with_documents, users,
                                                          open_case):
    from app.store.models import User

    case = open_case(User.get_by_id(users["kasubag_pphti"].id), with_documents.id)
    case.resize(*SCREEN)
    case.ui.tabs.setCurrentWidget(case.ui.files_tab)
    qtbot.waitExposed(case)
    documents, attachments = case.ui.documents_tree, case.ui.attachments_tree
    assert documents.topLevelItemCount() == 2 and attachments.topLevelItemCount() >= 1
    assert cut_cells(documents) == []  # Jenis, Nomor, Versi, Langkah, Dibuat
    # the file name may elide (a tooltip holds it), the others not
    assert cut_cells(attachments, range(1, attachments.columnCount() - 1)) == []
    assert attachments.topLevelItem(0).toolTip(0) == attachments.topLevelItem(0).text(0)


def test_the_compliance_chart_labels_never_overlap(qtbot):
    """15 steps at 100 % on a half-page chart: the values turn, and no two labels meet."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from app.reports.report import Chart, Series
    from ui.main import make_application
    from ui.report_charts import paint_chart

    make_application()
    steps = [str(n) for n in range(1, 15)] + ["9b"]
    for width, values in ((500, [1.0] * 15), (900, [0.373, 1.0, 0.51] * 5),
                          (360, [0.999] * 15)):
        chart = Chart(key="langkah", title="Ketepatan waktu per langkah SOP", kind="bar",
                      categories=steps, series=[Series("Tepat waktu", values, "#1f5fa8")],
                      percent=True)
        image = QImage(width, 280, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        drawn: list = []
        paint_chart(painter, QRectF(0, 0, width, 280), chart, drawn=drawn)
        painter.end()
        values_shown = [d for d in drawn if d[0] == "nilai"]
        assert values_shown and all(text for _w, text, _r in drawn)
        for i, (_w, a_text, a) in enumerate(drawn):
            assert QRectF(0, 0, width, 280).contains(a), (width, a_text)
            for _w2, b_text, b in drawn[i + 1:]:
                assert not a.intersects(b), (width, a_text, b_text)


def test_the_compliance_chart_on_the_reports_page_at_1280(qtbot, registered, users,
                                                          main_window):
    from app.store.models import User
    from ui.main_window import PAGE_REPORTS

    window = main_window(User.get_by_id(users["kakanwil"].id))
    window.resize(*SCREEN)
    window.ui.nav_list.setCurrentRow(PAGE_REPORTS)
    page = window.reports_page
    page.ui.tabs.setCurrentWidget(page.ui.compliance_tab)
    chart = page.charts["langkah"]
    chart.grab()  # paints
    assert [d for d in chart.drawn if d[0] == "kategori"]
    for i, (_w, a_text, a) in enumerate(chart.drawn):
        for _w2, b_text, b in chart.drawn[i + 1:]:
            assert not a.intersects(b), (a_text, b_text)
    window.close()


def test_the_swimlane_fits_its_view_or_scrolls(qtbot, registered, users, open_case):
    from app.store.models import User

    case = open_case(User.get_by_id(users["kakanwil"].id), registered.id)
    for size in (SCREEN, (1000, 640), (1600, 900)):
        case.resize(*size)
        case.ui.tabs.setCurrentWidget(case.ui.swimlane_tab)
        qtbot.waitExposed(case)
        view = case.swimlane
        scene_right = view.mapFromScene(view.sceneRect().topRight()).x()
        fits = scene_right <= view.viewport().width()
        scrolls = view.horizontalScrollBar().maximum() > 0
        assert fits or scrolls, (size, scene_right, view.viewport().width())


def test_the_case_screens_buttons_stay_put_whatever_the_header_says(qtbot, registered,
                                                                     users, open_case):
    from PySide6.QtWidgets import QApplication

    from app.store.models import User

    case = open_case(User.get_by_id(users["kakanwil"].id), registered.id)
    case.resize(*SCREEN)
    qtbot.waitExposed(case)
    buttons = [*case.action_buttons.values(), case.ui.refresh_button, case.ui.close_button]
    assert case.action_buttons

    def where():
        QApplication.processEvents()
        return [b.mapTo(case, b.rect().topLeft()) for b in buttons] + \
            [case.ui.tabs.mapTo(case, case.ui.tabs.rect().topLeft())]

    before = where()
    label = case.ui.position_label
    for activity in ("Paraf", "Kakanwil memerintahkan " + "Kadivmin untuk menindaklanjuti " * 12):
        case._fill_header(dataclasses.replace(case.case, current_activity=activity))
        assert where() == before, activity
    assert activity in label.toolTip()  # the long one whole in the tooltip
    assert label.text().endswith("…")  # the long one, shortened to two lines
    case.resize(900, 720)  # narrower: the header wraps more, the buttons still below it
    QApplication.processEvents()
    assert [p.y() for p in where()[:-3]] == [p.y() for p in before[:-3]]


def test_the_settings_page_fits_1280(qtbot, users, main_window, tmp_path, monkeypatch):
    """The settings page is no wider than the window at 1280 (no sideways scrolling)."""
    from app.store.models import User
    from ui.main_window import PAGE_SETTINGS

    monkeypatch.setenv("PENGADUAN_CONFIG", str(tmp_path / "config.json"))
    window = main_window(User.get_by_id(users["admin"].id))
    window.resize(*SCREEN)
    window.ui.nav_list.setCurrentRow(PAGE_SETTINGS)
    scroll = window.ui.page_stack.currentWidget()
    qtbot.wait(20)  # laid out
    assert scroll.horizontalScrollBar().maximum() == 0
    window.close()


def test_the_register_and_task_lists_show_the_key_columns_whole(qtbot, registered, users,
                                                               main_window):
    from app.store.models import User
    from ui.main_window import PAGE_REGISTER

    window = main_window(User.get_by_id(users["kakanwil"].id))
    window.resize(*SCREEN)
    tasks = window.page(0).ui.tasks_table
    assert tasks.model().rowCount() == 1
    keys = [column_of(tasks, title) for title in ("register", "tindakan", "sisa waktu")]
    assert cut_cells(tasks, keys) == []
    window.ui.nav_list.setCurrentRow(PAGE_REGISTER)
    table = window.register_page.ui.register_table
    assert cut_cells(table, [column_of(table, title) for title in (
        "register", "diterima", "batas waktu", "keadaan")]) == []
    window.close()


def test_the_check_finds_a_cut_column(qtbot):
    """The measure above would pass on nothing: a column narrower than its text fails."""
    from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

    tree = QTreeWidget()
    qtbot.addWidget(tree)
    tree.setHeaderLabels(["Nomor", "Oleh"])
    QTreeWidgetItem(tree, ["0001/TELAAH-PENGADUAN/XI/2026", "Rina"])
    tree.setColumnWidth(0, 60)
    assert cut_cells(tree) and "0001/TELAAH" in cut_cells(tree)[-1]
    tree.resizeColumnToContents(0)
    assert cut_cells(tree) == []


def cut_placeholders(root) -> list[str]:
    """The visible fields under `root` whose grey hint is wider than the field."""
    from PySide6.QtWidgets import QComboBox, QLineEdit

    problems = []
    for edit in root.findChildren(QLineEdit):
        hint = edit.placeholderText()
        if not hint or not edit.isVisible() or isinstance(edit.parentWidget(), QComboBox):
            continue
        room = edit.width() - 12  # the frame and the text margins
        if edit.fontMetrics().horizontalAdvance(hint) > room:
            problems.append(f"{edit.objectName()}: {hint} ({edit.width()} px)")
    return problems


def test_the_intake_form_fits_1280_and_shows_its_hints_whole(qtbot, users, main_window):
    from app.store.models import User

    window = main_window(User.get_by_id(users["kasubag_pphti"].id))
    window.resize(*SCREEN)
    intake = window.open_intake()
    hint = intake.minimumSizeHint()
    assert hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1] - 40  # a title bar
    qtbot.waitExposed(intake)  # as it opens, not resized by the test
    ui = intake.ui
    ui.subject_kind_combo.setCurrentIndex(ui.subject_kind_combo.findData("divisi"))
    qtbot.wait(50)
    assert ui.subject_division_combo.isVisible()  # the name field shares its row
    assert cut_placeholders(intake) == []
    intake.reject()
    window.close()


def test_the_other_dialogs_show_their_hints_whole(qtbot, registered, users, main_window,
                                                  open_case, tmp_path, monkeypatch):
    from app.store.models import User
    from ui.main_window import PAGE_SETTINGS

    monkeypatch.setenv("PENGADUAN_CONFIG", str(tmp_path / "config.json"))
    window = main_window(User.get_by_id(users["admin"].id))
    window.resize(*SCREEN)
    window.ui.nav_list.setCurrentRow(PAGE_SETTINGS)
    page = window.settings_page
    dialogs = [page, page.open_connection_dialog(), page.open_password_dialog()]
    case = open_case(User.get_by_id(users["kakanwil"].id), registered.id)
    case.resize(*SCREEN)
    next(iter(case.action_buttons.values())).click()
    dialogs += [case, case.action_dialog]
    qtbot.wait(50)
    problems = [p for dialog in dialogs for p in cut_placeholders(dialog)]
    assert problems == []
    for dialog in dialogs[1:]:
        dialog.close()
    window.close()
