"""Tugas Saya says what to do, who sent it with what instruction and the time left, whole at
1280x720: the register number, the action and the time left are never elided, and the
summary keeps a readable width; the case screen's main tab says the same."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from tests.app.attachment_files import named_pdf
from tests.conftest import T0, advance_to, complaint_input, pelapor_input

pytestmark = pytest.mark.usefixtures("db")

CELL_PADDING = 8  # the style's text margins inside a cell, both sides


@pytest.fixture
def kasubag_tasks(users):
    """Three complaints waiting on Kasubag PPHTI: to review, to initial, returned."""
    from app.services import workflow

    def register(summary):
        return workflow.register_complaint(
            users["kasubag_pphti"], complaint_input(summary=summary), pelapor_input(),
            attachments=[("surat", "surat.pdf", named_pdf(summary))], at=T0)

    review = advance_to(register("Pungutan pada layanan kunjungan"), users, 5,
                        note="Disposisi langkah {no}: segera telaah dan laporkan.")
    initial = advance_to(register("Antrean paspor lebih dari lima jam di kantor imigrasi"),
                         users, 7)
    back = advance_to(register("Petugas meminta imbalan untuk layanan informasi"), users, 8)
    back = workflow.return_for_revision(users["kabag_p2"], back.id,
                                        expected_version=back.row_version,
                                        note="Perbaiki dasar hukum pada paragraf kedua.",
                                        at=T0 + dt.timedelta(hours=1))
    return review, initial, back


def test_tasks_say_what_to_do_and_fit_at_1280(qtbot, main_window, users, kasubag_tasks):
    from ui.register_model import TASK_ACTION, TASK_FROM, TASK_NUMBER, TASK_STEP_LEFT, TASK_SUMMARY

    window = main_window(users["kasubag_pphti"])
    window.resize(1280, 720)
    QApplication.processEvents()
    page = window.tasks_page
    table, model = page.ui.tasks_table, page.model
    assert model.rowCount() == 3
    actions = {model.data(model.index(r, TASK_ACTION)) for r in range(3)}
    assert actions == {"Telaah dan buat hasil telaahan",
                       "Paraf konsep nota dinas, kirim ke Kabag P2",
                       "Perbaiki konsep nota dinas"}
    assert {model.data(model.index(r, TASK_FROM)) for r in range(3)} == {"Kabag P2",
                                                                          "Kasubag PPHTI"}
    assert all("Langkah" not in text for text in actions)
    metrics = table.fontMetrics()
    for row in range(3):
        for column in (TASK_NUMBER, TASK_ACTION, TASK_STEP_LEFT):
            text = model.data(model.index(row, column))
            assert text, (row, column)
            assert metrics.horizontalAdvance(text) + CELL_PADDING <= table.columnWidth(column), \
                (text, table.columnWidth(column))
    # The key columns are on screen, whole, without scrolling sideways.
    right = table.columnViewportPosition(TASK_STEP_LEFT) + table.columnWidth(TASK_STEP_LEFT)
    assert right <= table.viewport().width()
    assert table.columnWidth(TASK_SUMMARY) >= page.SUMMARY_MIN  # never ~45 px again


def test_the_selected_task_is_spelled_out_below_the_table(qtbot, main_window, users,
                                                          kasubag_tasks):
    review, _initial, back = kasubag_tasks
    window = main_window(users["kasubag_pphti"])
    page = window.tasks_page
    table, model = page.ui.tasks_table, page.model
    row = next(r for r in range(model.rowCount()) if model.complaint_id(r) == back.id)
    table.selectRow(row)
    detail = page.ui.task_detail_label
    assert detail.isVisible()
    text = detail.text()
    assert "Perbaiki konsep nota dinas" in text and back.register_no in text
    assert "Dikembalikan oleh Kabag P2 (Kabag P2)" in text
    assert "Perbaiki dasar hukum pada paragraf kedua." in text
    assert "terlambat" in text  # the time left (T0 is long past)
    row = next(r for r in range(model.rowCount()) if model.complaint_id(r) == review.id)
    tip = model.data(model.index(row, 1), 3)  # ToolTipRole: the instruction in full
    assert "Disposisi langkah 4: segera telaah dan laporkan." in tip


def test_the_case_screen_says_what_to_do_and_the_instruction(qtbot, open_case, users,
                                                             kasubag_tasks):
    review, *_rest = kasubag_tasks
    case = open_case(users["kasubag_pphti"], review.id)
    # The screen opens where the telaahan is written: the instruction is there too.
    assert case.ui.tabs.currentWidget() is case.ui.output_tab
    assert case.ui.output_hint_label.text().startswith(
        "Dari Kabag P2 (Kabag P2): “Disposisi langkah 4")
    case.ui.tabs.setCurrentWidget(case.ui.detail_tab)
    assert case.task_value.text() == "Kasubag PPHTI: Telaah dan buat hasil telaahan"
    assert case.instruction_value.text() == (
        "Dari Kabag P2 (Kabag P2): \u201cDisposisi langkah 4: segera telaah dan "
        "laporkan.\u201d")
    assert case.instruction_value.isVisibleTo(case)
