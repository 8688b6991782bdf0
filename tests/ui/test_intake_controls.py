"""Controls that must not hurt: Pengaduan Baru only for who may register (read again when
the account changes), Escape asks before a filled form is thrown away, every field error at
once and each gone when fixed, Tab leaves the description, Ctrl+Enter confirms the intake
and the action dialog, and a file's kind is chosen, never defaulted, and can be changed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.app.attachment_files import named_pdf
from tests.ui.conftest import activate

pytestmark = pytest.mark.usefixtures("db")


@pytest.fixture
def intake(qtbot, users, make_session):
    from ui.intake import IntakeDialog

    dialog = IntakeDialog(make_session(users["kasubag_pphti"]))
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    return dialog


def fill(dialog, tmp_path, kind="surat"):
    ui = dialog.ui
    ui.subject_name_edit.setText("Lapas Kelas IIA Pangkalpinang")
    ui.summary_edit.setText("Pungutan pada layanan kunjungan")
    ui.description_edit.setPlainText("Pelapor dimintai uang saat berkunjung.")
    ui.name_edit.setText("Budi Santoso")
    letter = tmp_path / "surat.pdf"
    letter.write_bytes(named_pdf("surat"))
    dialog.add_file(str(letter), kind)


@pytest.mark.parametrize("lane, offered", [("kasubag_pphti", True), ("kakanwil", False),
                                           ("kabag_p2", False), ("divisi_terkait", False),
                                           ("admin", True)])
def test_pengaduan_baru_is_offered_only_to_who_may_register(qtbot, main_window, users, lane,
                                                             offered):
    window = main_window(users[lane])
    action = window.ui.action_new_complaint
    assert (action.isVisible(), action.isEnabled()) == (offered, offered)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert (window.intake_dialog is not None) == offered


def test_the_offer_follows_the_account_as_it_is_now(qtbot, main_window, users, sop):
    from app.services import accounts

    window = main_window(users["kasubag_pphti"])
    assert window.ui.action_new_complaint.isVisible()
    accounts.update_user(users["kasubag_pphti"].id, expected_version=1,
                         valid_lanes={lane.key for lane in sop.lanes}, lanes=["kabag_p2"],
                         actor=users["admin"])
    window.check_for_changes(force=True)
    assert not window.ui.action_new_complaint.isVisible()
    assert window.open_intake() is None


def test_escape_asks_before_a_filled_form_is_thrown_away(qtbot, intake, tmp_path):
    fill(intake, tmp_path)
    qtbot.keyClick(intake.ui.summary_edit, Qt.Key.Key_Escape)
    box = intake.discard_box
    assert box is not None and box.isVisible() and intake.isVisible()
    assert "buang" in box.text().lower()
    box.escapeButton().click()  # "Kembali ke Formulir"
    assert intake.isVisible() and intake.ui.summary_edit.text() == (
        "Pungutan pada layanan kunjungan")
    qtbot.keyClick(intake.ui.summary_edit, Qt.Key.Key_Escape)
    [discard] = [b for b in intake.discard_box.buttons() if b.text() == "Buang Isian"]
    discard.click()
    assert not intake.isVisible()


def test_escape_closes_an_empty_form_at_once(qtbot, intake):
    qtbot.keyClick(intake.ui.summary_edit, Qt.Key.Key_Escape)
    assert not intake.isVisible() and intake.discard_box is None


def test_every_error_at_once_and_each_gone_when_fixed(qtbot, intake):
    ui = intake.ui
    ui.nik_edit.setText("12345")
    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    text = ui.error_label.text()
    for message in ("Ringkasan pengaduan wajib diisi.", "Uraian pengaduan wajib diisi.",
                    "Pihak yang diadukan wajib diisi.", "Nama pelapor wajib diisi",
                    "NIK harus 16 digit angka.", "Lampirkan surat pengaduan"):
        assert message in text
    assert text.count("\u2022") == 6
    for widget in (ui.summary_edit, ui.description_edit, ui.subject_name_edit, ui.name_edit,
                   ui.nik_edit, ui.attachment_list, ui.waiver_edit):
        assert "b3261e" in widget.styleSheet()
    qtbot.keyClicks(ui.summary_edit, "Pungutan liar")
    assert "Ringkasan" not in ui.error_label.text()
    assert ui.summary_edit.styleSheet() == "" and "b3261e" in ui.nik_edit.styleSheet()
    assert intake.focusWidget() is ui.summary_edit  # typing was not interrupted
    ui.nik_edit.setText("1971010101010001")
    ui.description_edit.setPlainText("Diminta uang.")
    ui.subject_name_edit.setText("Lapas Pangkalpinang")
    ui.name_edit.setText("Budi")
    assert ui.error_label.text() == ("Lampirkan surat pengaduan (jenis \"Surat pengaduan\"), "
                                     "atau isi alasan kelengkapan dikecualikan (mis. "
                                     "pengaduan lisan).")
    ui.waiver_edit.setText("pengaduan lisan")
    assert ui.error_label.isHidden()
    assert all(w.styleSheet() == "" for w in (ui.nik_edit, ui.attachment_list, ui.waiver_edit))


def test_tab_leaves_the_description_and_ctrl_enter_saves(qtbot, intake, tmp_path):
    fill(intake, tmp_path)
    description = intake.ui.description_edit
    description.setFocus()
    qtbot.keyClick(description, Qt.Key.Key_Tab)
    assert "\t" not in description.toPlainText()
    assert QApplication.focusWidget() is not description
    description.setFocus()
    with qtbot.waitSignal(intake.registered):
        qtbot.keyClick(description, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert intake.complaint is not None and intake.complaint.current_step == 2
    assert "\n" not in intake.complaint.description


def test_ctrl_enter_confirms_the_action_dialog(qtbot, open_case, registered, users):
    from app.services import workflow
    from app.store.models import Complaint

    case = open_case(users["kakanwil"], registered.id)
    info = next(a for a in case.case.actions if a.name == workflow.FORWARD)
    dialog = case.start_action(info)
    activate(qtbot, dialog)  # shortcuts reach the active window, as the user's typing does
    dialog.ui.note_edit.setFocus()
    qtbot.keyClicks(dialog.ui.note_edit, "Tindak lanjuti")
    qtbot.keyClick(dialog.ui.note_edit, Qt.Key.Key_Tab)
    assert "\t" not in dialog.ui.note_edit.toPlainText()
    dialog.ui.note_edit.setFocus()
    qtbot.keyClick(dialog.ui.note_edit, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    assert Complaint.get_by_id(registered.id).current_step == 3


def test_a_new_files_kind_is_chosen_not_defaulted_and_can_be_changed(qtbot, intake, tmp_path):
    from app.store.models import Attachment

    assert intake.ui.attachment_kind_combo.currentIndex() == -1  # nothing chosen
    fill(intake, tmp_path, kind=None)
    ui = intake.ui
    assert "jenis belum dipilih" in ui.attachment_list.item(0).text()
    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    assert ui.error_label.text() == "Pilih jenis berkas untuk: surat.pdf."
    assert intake.complaint is None
    ui.attachment_list.setCurrentRow(0)
    assert ui.change_kind_button.isEnabled()
    [letter] = [a for a in intake.kind_menu.actions() if a.text() == "Surat pengaduan"]
    letter.trigger()
    assert "Surat pengaduan" in ui.attachment_list.item(0).text()
    assert ui.error_label.isHidden()
    [other] = [a for a in intake.kind_menu.actions() if a.text() == "Lainnya"]
    other.trigger()
    ui.waiver_edit.setText("surat menyusul")
    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    assert [a.kind for a in Attachment.select()] == ["lainnya"]


def test_an_attachment_is_refiled_from_the_case_screen(qtbot, open_case, registered, users,
                                                       tmp_path):
    from app.store.models import Attachment, AuditEntry

    case = open_case(users["kasubag_pphti"], registered.id)
    section = case.attachments
    assert case.ui.attachment_kind_combo.currentIndex() == -1
    # A file given with no kind chosen is refused, with the reason.
    stray = tmp_path / "bukti.pdf"
    stray.write_bytes(named_pdf("bukti"))
    case.attach_panel.add_paths([stray])
    assert "Pilih jenis berkas" in case.ui.message_label.text()
    assert Attachment.select().count() == 1
    tree = case.ui.attachments_tree
    tree.setCurrentItem(tree.topLevelItem(0))
    assert section.change_kind_button.isEnabled()
    [other] = [a for a in section.kind_menu.actions() if a.text() == "Lainnya"]
    other.trigger()
    assert Attachment.get().kind == "lainnya"
    assert "diubah menjadi Lainnya" in case.ui.message_label.text()
    assert AuditEntry.select().where(AuditEntry.action == "lampiran.ubah_jenis").count() == 1
    assert case.ui.attachments_tree.topLevelItem(0).text(1) == "Lainnya"


def test_who_may_not_add_files_is_not_offered_a_kind_change(qtbot, open_case, registered,
                                                            users):
    case = open_case(users["divisi_terkait"], registered.id)
    tree = case.ui.attachments_tree
    tree.setCurrentItem(tree.topLevelItem(0))
    assert not case.attachments.change_kind_button.isEnabled()
