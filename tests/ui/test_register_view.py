"""Semua Pengaduan: the lazy register model (qtmodeltester), search and filters, sorting,
masking of confidential reporters, export of the current view."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.usefixtures("db")


@pytest.fixture
def demo_data(users):
    from app.services import demo

    return demo.generate(120, seed=3)


def test_register_model_passes_qtmodeltester(qtmodeltester, users, demo_data):
    from app.services import desk
    from ui import register_model
    from ui.register_model import RegisterModel

    register_model.PAGE_SIZE = 25  # several pages, page eviction exercised
    try:
        model = RegisterModel(users["kasubag_pphti"], desk.lane_choices())
        model.reload()
        assert model.rowCount() == demo_data.complaints
        qtmodeltester.check(model, force_py=True)
        model.sort(1, Qt.SortOrder.AscendingOrder)
        qtmodeltester.check(model, force_py=True)
    finally:
        register_model.PAGE_SIZE = 200


def test_rows_are_fetched_lazily_in_pages(users, demo_data, monkeypatch):
    from app.services import desk, register
    from ui.register_model import RegisterModel

    calls = []
    real = register.fetch_rows
    monkeypatch.setattr(register, "fetch_rows",
                        lambda ids, *a, **k: calls.append(len(ids)) or real(ids, *a, **k))
    model = RegisterModel(users["kakanwil"], desk.lane_choices())
    model.reload()
    assert calls == []
    model.data(model.index(0, 0))
    model.data(model.index(5, 3))
    assert calls == [min(200, demo_data.complaints)]


def test_search_filters_sort_and_overdue(qtbot, main_window, users, demo_data):
    from app.store.models import Complaint

    window = main_window(users["kasubag_pphti"])
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    page = window.register_page
    assert window.ui.page_stack.currentWidget().widget() is page
    assert page.ui.search_edit.hasFocus()
    total = page.model.rowCount()
    some = Complaint.select().order_by(Complaint.id).first()
    qtbot.keyClicks(page.ui.search_edit, some.register_no)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert "1 pengaduan" in page.ui.count_label.text()
    page.reset_filter()
    assert page.model.rowCount() == total
    page.show_overdue()
    overdue = page.model.rowCount()
    assert 0 < overdue < total
    assert all(page.model.data(page.model.index(r, 6)) == "Terlambat" for r in range(overdue))
    assert page.model.data(page.model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None
    red = page.model.data(page.model.index(0, 6), Qt.ItemDataRole.ForegroundRole)
    assert red.name() == "#b3261e"
    page.reset_filter()
    combo = page.ui.status_combo
    combo.setCurrentIndex(combo.findData("selesai"))
    assert page.model.rowCount() == Complaint.select().where(
        Complaint.status == "selesai").count()
    page.reset_filter()
    page.ui.register_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert page.model.data(page.model.index(0, 0)) == some.register_no


def test_confidential_reporter_is_masked_in_the_register(users, demo_data):
    from app.services import desk
    from app.store.models import Complaint, Pelapor
    from ui.register_model import RegisterModel

    secret = (Complaint.select().join(Pelapor).where(
        (Complaint.confidentiality == "rahasia") & Pelapor.name.is_null(False)).first())
    model = RegisterModel(users["kabag_p2"], desk.lane_choices())
    model.reload()
    row = model.row_of(secret.id)
    assert model.data(model.index(row, 2)) == "(dirahasiakan)"
    # and searching by the hidden name does not find it
    model.set_filter(type(model.filter)(text=secret.pelapor.name))
    assert secret.id not in model.ids()


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_export_writes_the_current_view(qtbot, main_window, users, demo_data, tmp_path,
                                        suffix):
    window = main_window(users["kasubag_pphti"])
    page = window.register_page
    page.show_overdue()
    expected = page.model.rowCount()
    target = tmp_path / f"register.{suffix}"
    page.export_to(str(target))
    assert page.last_export == str(target)
    if suffix == "csv":
        with target.open(encoding="utf-8-sig") as handle:
            rows = list(csv.reader(handle, delimiter=";"))
    else:
        from openpyxl import load_workbook

        rows = [list(r) for r in load_workbook(target).active.iter_rows(values_only=True)]
    assert rows[0][0] == "Nomor Register"
    assert len(rows) == expected + 1
    assert {r[6] for r in rows[1:]} == {"Terlambat"}


def test_export_runs_off_the_gui_thread_with_progress(qtbot, users, demo_data, tmp_path,
                                                      make_session):
    from app.reports.register_export import export_view
    from app.services import desk
    from ui.worker import TaskRunner

    runner = TaskRunner()
    ids = list(range(1, demo_data.complaints + 1))
    results = []
    target = tmp_path / "register.csv"
    runner.run(lambda progress: export_view(target, ids, users["kakanwil"],
                                            desk.lane_choices(), progress),
               on_done=results.append, on_error=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=10000)
    assert results == [demo_data.complaints]
    assert target.read_text(encoding="utf-8-sig").count("\n") == demo_data.complaints + 1
