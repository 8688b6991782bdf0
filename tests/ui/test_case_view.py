"""The case detail: who sees which action, the notes the SOP requires, stale data and
database errors that keep the dialog's content, confidential reporters."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.app.attachment_files import named_pdf
from tests.conftest import T0
from tests.ui.conftest import click

pytestmark = pytest.mark.usefixtures("db")





def test_kabag_p2_sees_no_kakanwil_action(open_case, users, registered):
    case = open_case(users["kabag_p2"], registered.id)
    assert case.action_buttons == {}
    buttons = [w for w in case.findChildren(type(case.ui.close_button))
               if w.objectName().startswith("action_")]
    assert buttons == []
    assert "Hanya Kakanwil" in case.ui.action_hint_label.text()
    assert "Hanya Kakanwil" in case.ui.action_hint_label.toolTip()


def test_kakanwil_disposition_needs_an_instruction(qtbot, open_case, users, registered):
    case = open_case(users["kakanwil"], registered.id)
    assert case.action_buttons["teruskan"].text() == "Disposisi"
    click(qtbot, case.action_buttons["teruskan"])
    dialog = case.action_dialog
    assert dialog.ui.note_label.text() == "Instruksi disposisi *"
    assert not dialog.ui.waiver_edit.isVisible()  # the instruction itself is the kelengkapan
    click(qtbot, dialog.ui.confirm_button)
    assert dialog.isVisible()
    assert dialog.ui.error_label.text() == "Langkah 2 memerlukan catatan/instruksi disposisi."
    dialog.ui.note_edit.setPlainText("Tindak lanjuti.")
    click(qtbot, dialog.ui.confirm_button)
    assert not dialog.isVisible()
    assert "langkah 3" in case.ui.message_label.text()
    assert case.action_buttons == {}  # now Kadiv's turn


def test_administrator_acts_only_with_a_reason(qtbot, open_case, users, registered):
    case = open_case(users["admin"], registered.id)
    click(qtbot, case.action_buttons["teruskan"])
    dialog = case.action_dialog
    assert dialog.ui.override_edit.isVisible()
    dialog.ui.note_edit.setPlainText("Proses lebih lanjut.")
    click(qtbot, dialog.ui.confirm_button)
    assert "harus menuliskan alasannya" in dialog.ui.error_label.text()
    dialog.ui.override_edit.setText("Kakanwil dinas luar, atas perintah lisan")
    click(qtbot, dialog.ui.confirm_button)
    assert not dialog.isVisible()


def test_stale_complaint_keeps_the_dialog_and_says_who_changed_it(qtbot, open_case, users,
                                                                  registered):
    from app.services import workflow

    case = open_case(users["kakanwil"], registered.id)
    click(qtbot, case.action_buttons["teruskan"])
    dialog = case.action_dialog
    dialog.ui.note_edit.setPlainText("Instruksi yang panjang dan diketik dengan hati-hati.")
    # Meanwhile on another workstation:
    workflow.forward(users["kakanwil"], registered.id, note="Sudah didisposisi.")
    click(qtbot, dialog.ui.confirm_button)
    assert dialog.isVisible()
    text = dialog.ui.error_label.text()
    assert "telah diubah oleh kakanwil pukul" in text and "Muat ulang" in text
    assert dialog.ui.note_edit.toPlainText().startswith("Instruksi yang panjang")


def test_database_error_on_an_action_keeps_the_dialog(qtbot, open_case, users, registered,
                                                      monkeypatch):
    from peewee import OperationalError

    from app.services import casefile

    case = open_case(users["kakanwil"], registered.id)
    click(qtbot, case.action_buttons["teruskan"])
    dialog = case.action_dialog
    dialog.ui.note_edit.setPlainText("Tindak lanjuti.")
    monkeypatch.setattr(casefile, "take_action", lambda *a, **k: (_ for _ in ()).throw(
        OperationalError("could not connect to server")))
    click(qtbot, dialog.ui.confirm_button)
    assert dialog.isVisible()
    assert "Basis data tidak dapat dihubungi" in dialog.ui.error_label.text()
    assert dialog.ui.note_edit.toPlainText() == "Tindak lanjuti."


def forward_to(users, complaint_id, step):
    from app.services import outputs, workflow

    lane_of = {2: "kakanwil", 3: "kadiv", 4: "kabag_p2", 5: "kasubag_pphti"}
    for no in range(2, step):
        if no == 5:  # the review's product
            outputs.save(users["kasubag_pphti"], complaint_id, outputs.TELAAHAN,
                         {"pengecualian": "Pengaduan hanya meminta informasi."})
        workflow.forward(users[lane_of[no]], complaint_id, note="lanjut")


def test_review_can_be_held_and_resumed(qtbot, open_case, users, registered):
    forward_to(users, registered.id, 5)
    case = open_case(users["kasubag_pphti"], registered.id)
    assert set(case.action_buttons) == {"teruskan", "tunda"}
    assert case.action_buttons["teruskan"].text() == "Selesai Telaah"
    click(qtbot, case.action_buttons["tunda"])
    dialog = case.action_dialog
    dialog.ui.note_edit.setPlainText("Fotokopi KTP pelapor belum ada.")
    click(qtbot, dialog.ui.confirm_button)
    assert not dialog.isVisible()
    assert set(case.action_buttons) == {"teruskan", "lanjutkan"}
    assert not case.action_buttons["teruskan"].isEnabled()
    assert "ditunda" in case.action_buttons["teruskan"].toolTip()
    click(qtbot, case.action_buttons["lanjutkan"])
    click(qtbot, case.action_dialog.ui.confirm_button)
    assert case.action_buttons["teruskan"].isEnabled()
    assert "1 kali ditunda" in case.ui.history_summary_label.text()


def test_the_draft_is_written_in_the_form_before_selesai_konsep(qtbot, open_case, users,
                                                                registered):
    from app.store.models import Document

    forward_to(users, registered.id, 6)
    case = open_case(users["kasubag_pphti"], registered.id)
    assert case.ui.tabs.currentWidget() is case.ui.output_tab
    click(qtbot, case.action_buttons["teruskan"])
    dialog = case.action_dialog
    click(qtbot, dialog.ui.confirm_button)
    assert dialog.isVisible()
    assert "Konsep nota dinas belum dibuat" in dialog.ui.error_label.text()
    dialog.reject()
    form = case.outputs.form_ui
    form.isi_edit.setPlainText("Mohon ditindaklanjuti.")
    click(qtbot, form.save_button)  # a Lapas is no division of this office's list
    assert "Pilih divisi tujuan" in form.status_label.text()
    form.divisi_combo.setCurrentIndex(form.divisi_combo.findData("YANKUM"))
    assert form.yth_edit.text() == "Kepala Divisi Pelayanan Hukum"
    click(qtbot, form.save_button)
    assert "versi 1" in case.ui.message_label.text(), form.status_label.text()
    assert Document.get(Document.doc_type == "nota_dinas").output_id is not None
    click(qtbot, case.action_buttons["teruskan"])
    click(qtbot, case.action_dialog.ui.confirm_button)
    assert not case.action_dialog.isVisible(), case.action_dialog.ui.error_label.text()
    assert "langkah 7" in case.ui.message_label.text()


def test_confidential_reporter_is_masked_for_other_lanes(open_case, users):
    from app.services import workflow
    from tests.conftest import complaint_input, pelapor_input

    complaint = workflow.register_complaint(
        users["kasubag_pphti"], complaint_input(confidentiality="rahasia"), pelapor_input(),
        attachments=[("surat", "surat.pdf", named_pdf("surat"))], at=T0)
    kabag = open_case(users["kabag_p2"], complaint.id)
    assert kabag.ui.reporter_name_value.text() == "(dirahasiakan)"
    assert kabag.ui.reporter_nik_value.text() == "(dirahasiakan)"
    from PySide6.QtWidgets import QLabel

    shown = " ".join(label.text() for label in kabag.ui.reporter_group.findChildren(QLabel))
    assert "Budi" not in shown and "1971010101010001" not in shown
    kakanwil = open_case(users["kakanwil"], complaint.id)
    assert kakanwil.ui.reporter_name_value.text() == "Budi Santoso"


def test_attachment_added_from_the_case_screen(open_case, users, registered, tmp_path):
    scan = tmp_path / "scan-ktp.pdf"
    scan.write_bytes(named_pdf("ktp"))
    case = open_case(users["kasubag_pphti"], registered.id)
    case.add_attachment(str(scan), "lainnya")
    tree = case.ui.attachments_tree
    assert [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())] == [
        "surat-pengaduan.pdf", "scan-ktp.pdf"]


def test_swimlane_tab_is_there(open_case, users, registered):
    case = open_case(users["kakanwil"], registered.id)
    # The chart, and the button to its own window (print, PDF, PNG): ui/test_printing.py
    layout = case.ui.swimlane_layout
    assert [layout.itemAt(i).widget() for i in range(layout.count())] == [
        case.swimlane_print_button, case.swimlane]


def test_tambah_lampiran_checks_dropped_files_and_offers_the_scanner(open_case, users,
                                                                     registered, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    from app.store.models import Attachment, AuditEntry
    from tests.app.attachment_files import encrypted_pdf, tiff_bytes

    case = open_case(users["kasubag_pphti"], registered.id)
    panel = case.attach_panel
    assert panel.ui.scan_button.isVisibleTo(case.ui.files_tab)
    locked = tmp_path / "terkunci.pdf"
    locked.write_bytes(encrypted_pdf())
    scan = tmp_path / "bukti.tif"
    scan.write_bytes(tiff_bytes(3))
    combo = case.ui.attachment_kind_combo
    combo.setCurrentIndex(combo.findData("lainnya"))
    before = Attachment.select().count()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(locked))])
    panel.dropEvent(QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                               Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    assert "kata sandi" in panel.ui.message_label.text()
    assert Attachment.select().count() == before
    mime.setUrls([QUrl.fromLocalFile(str(scan))])
    panel.dropEvent(QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                               Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    row = Attachment.get(Attachment.filename == "bukti.tif")
    assert (row.kind, row.pages, row.created_by_id) == ("lainnya", 3,
                                                        users["kasubag_pphti"].id)
    assert "bukti.tif" in case.ui.message_label.text()
    tree = case.ui.attachments_tree
    assert "bukti.tif" in [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    last = AuditEntry.select().order_by(AuditEntry.seq.desc()).first()
    assert last.action == "lampiran.tambah" and last.actor == "kasubag_pphti"


def test_a_bad_evidence_file_keeps_the_action_dialog_and_the_step(qtbot, open_case, users,
                                                                  registered, tmp_path):
    from app.store.models import Attachment, Complaint
    from tests.app.attachment_files import truncated_pdf

    forward_to(users, registered.id, 6)
    case = open_case(users["kasubag_pphti"], registered.id)
    click(qtbot, case.action_buttons["teruskan"])
    dialog = case.action_dialog
    broken = tmp_path / "konsep-nota-dinas.pdf"
    broken.write_bytes(truncated_pdf())
    dialog.ui.file_edit.setText(str(broken))
    dialog.ui.note_edit.setPlainText("Konsep terlampir.")
    before = Attachment.select().count()
    click(qtbot, dialog.ui.confirm_button)
    assert dialog.isVisible()
    assert "konsep-nota-dinas.pdf" in dialog.ui.error_label.text()
    assert "rusak" in dialog.ui.error_label.text()
    assert dialog.ui.note_edit.toPlainText() == "Konsep terlampir."
    assert Attachment.select().count() == before
    assert Complaint.get_by_id(registered.id).current_step == 6
