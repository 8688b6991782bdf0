"""The case screen's "Cetak Berkas" and the administrator's "Arsip Tahunan" (issue 19), with
real widgets offscreen: built on the thread pool with progress and cancel."""

from __future__ import annotations

from pypdf import PdfReader

from tests.app.berkas.cases import REPORTER, full_case
from tests.ui.conftest import click


def test_cetak_berkas_runs_off_the_gui_thread_and_saves_the_masked_pdf(
        qtbot, open_case, users, tmp_path, monkeypatch):
    case = full_case(users, naskah=False)
    dialog = open_case(users["divisi_terkait"], case.id)
    printer = dialog.berkas_printer
    assert printer.button.text() == "Cetak Berkas" and printer.button.isVisible()
    refresh = dialog.ui.refresh_button  # in the header, beside "Muat Ulang"
    assert abs(printer.button.geometry().center().y() - refresh.geometry().center().y()) < 8
    assert printer.button.geometry().right() < refresh.geometry().left()
    target = tmp_path / "berkas-divisi.pdf"
    monkeypatch.setattr(printer, "ask_path", lambda: target)
    with qtbot.waitSignal(printer.finished, timeout=120_000) as done:
        click(qtbot, printer.button)
        assert not printer.button.isEnabled()  # busy while the worker runs
        assert printer.progress is not None and printer.progress.isVisible()
    assert done.args[0].pages == len(PdfReader(target).pages)
    assert printer.button.isEnabled() and printer.progress is None
    assert "Berkas disimpan" in dialog.ui.message_label.text()
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert REPORTER not in text and "Flowchart" in text  # the swimlane drawn for the berkas
    dialog.grab().save(str(tmp_path / "case.png"))


def test_cetak_berkas_can_be_cancelled(qtbot, open_case, users, tmp_path, monkeypatch):
    case = full_case(users, naskah=False, close=False)
    dialog = open_case(users["kasubag_pphti"], case.id)
    printer = dialog.berkas_printer
    target = tmp_path / "batal.pdf"
    with qtbot.waitSignal(printer.finished, timeout=120_000) as done:
        printer.print_berkas(target)
        click(qtbot, printer.progress.cancel_button)
    assert "dibatalkan" in str(done.args[0])
    assert not target.exists()
    assert "dibatalkan" in dialog.ui.message_label.text()


def test_admin_page_opens_the_yearly_archive_and_checks_it(qtbot, make_session, users,
                                                          tmp_path):
    from ui.admin import UserAdminPanel

    full_case(users, naskah=False)
    panel = UserAdminPanel(make_session(users["admin"]))
    qtbot.addWidget(panel)
    panel.show()
    click(qtbot, panel.arsip_button)
    dialog = panel.arsip_dialog
    dialog.year.setValue(2026)
    dialog.folder.setText(str(tmp_path / "arsip"))
    with qtbot.waitSignal(dialog.finished_work, timeout=180_000) as made:
        click(qtbot, dialog.start_button)  # threaded: the chart is drawn on this thread
    assert made.args[0].complaints == 1, made.args[0]
    assert "selesai: 1 pengaduan" in dialog.status.text()
    with qtbot.waitSignal(dialog.finished_work, timeout=60_000) as checked:
        click(qtbot, dialog.verify_button)
    assert checked.args[0].ok and "Arsip utuh" in dialog.status.text()
    pdf = next((tmp_path / "arsip").glob("*/berkas.pdf"))
    titles = [i.title for i in PdfReader(pdf).outline if not isinstance(i, list)]
    assert "Bagan Alir SOP" in titles
    assert "Flowchart" in "".join(p.extract_text() for p in PdfReader(pdf).pages)
    dialog.grab().save(str(tmp_path / "arsip.png"))


def test_archive_dialog_refuses_someone_who_is_no_longer_administrator(
        qtbot, make_session, users, tmp_path):
    from app.store.models import User
    from ui.berkas import ArsipDialog

    full_case(users, naskah=False)
    dialog = ArsipDialog(make_session(users["admin"]), synchronous=True)
    qtbot.addWidget(dialog)
    User.update(is_admin=False).where(User.id == users["admin"].id).execute()
    dialog.folder.setText(str(tmp_path / "arsip"))
    click(qtbot, dialog.start_button)
    assert "administrator" in dialog.status.text().lower()
    assert not (tmp_path / "arsip").exists()
