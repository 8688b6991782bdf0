"""One complaint through all 14 SOP steps and one revision loop, driven only through the
widgets: each lane's user logs in with the login dialog, finds the complaint in Tugas Saya,
opens it with Enter and takes the action in the action dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.app.attachment_files import named_pdf
from tests.conftest import PASSWORD

pytestmark = pytest.mark.usefixtures("db")


def login(qtbot, db_url, username):
    from ui.login import LoginDialog

    dialog = LoginDialog(db_url)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.username_edit, username)
    qtbot.keyClicks(dialog.ui.password_edit, PASSWORD)
    qtbot.mouseClick(dialog.ui.login_button, Qt.MouseButton.LeftButton)
    assert dialog.user is not None, dialog.ui.error_label.text()
    return dialog.user


def open_from_tasks(qtbot, window, register_no):
    """Select the complaint in Tugas Saya and press Enter."""
    table = window.tasks_page.ui.tasks_table
    model = window.tasks_page.model
    rows = [r for r in range(model.rowCount()) if model.items[r].row.register_no == register_no]
    assert rows, f"{register_no} is not in the tasks of {window.session.user.username}"
    table.setFocus()
    table.selectRow(rows[0])
    qtbot.keyClick(table, Qt.Key.Key_Return)
    cid = model.complaint_id(rows[0])
    return window.case_dialogs[cid]


def act(qtbot, case, action, *, note="", file=None, kind=None):
    button = case.action_buttons[action]
    assert button.isVisible() and button.isEnabled(), button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = case.action_dialog
    assert dialog.isVisible()
    if note:
        qtbot.keyClicks(dialog.ui.note_edit, note)
    if file is not None:
        if kind is not None:
            combo = dialog.ui.attachment_kind_combo
            combo.setCurrentIndex(combo.findData(kind))
        dialog.ui.file_edit.setText(str(file))
    qtbot.mouseClick(dialog.ui.confirm_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.ui.error_label.text()


def test_one_complaint_through_fourteen_steps_and_a_revision_loop(
        qtbot, db_url, users, main_window, tmp_path):
    from app.store.models import STATUS_CLOSED, Complaint, StepRecord

    letter = tmp_path / "surat-pengaduan.pdf"
    letter.write_bytes(named_pdf("surat pengaduan"))
    draft = tmp_path / "konsep-nota-dinas.pdf"  # attachments are PDF or scans, not .docx
    draft.write_bytes(named_pdf("konsep nota dinas"))
    answer = tmp_path / "jawaban-divisi.pdf"
    answer.write_bytes(named_pdf("jawaban"))

    # Step 1: the operator registers the complaint with its letter (Ctrl+N).
    window = main_window(login(qtbot, db_url, "kasubag_pphti"))
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    intake = window.intake_dialog
    assert intake is not None and intake.isVisible()
    qtbot.keyClicks(intake.ui.subject_name_edit, "Rutan Kelas IIB Pangkalpinang")
    qtbot.keyClicks(intake.ui.summary_edit, "Petugas meminta uang titipan makanan")
    qtbot.keyClicks(intake.ui.description_edit, "Keluarga warga binaan dimintai Rp50.000.")
    qtbot.keyClicks(intake.ui.name_edit, "Siti Rahayu")
    qtbot.keyClicks(intake.ui.nik_edit, "1971015505800002")
    qtbot.keyClicks(intake.ui.phone_edit, "0813-1111-2222")
    intake.add_file(str(letter), "surat")
    qtbot.mouseClick(intake.ui.save_button, Qt.MouseButton.LeftButton)
    assert intake.complaint is not None, intake.ui.error_label.text()
    number = intake.complaint.register_no
    assert number in window.last_notice.text()
    window.close()

    steps = [
        ("kakanwil", "teruskan", dict(note="Tindak lanjuti dan konfirmasi kebenarannya.")),
        ("kadiv", "teruskan", dict(note="Proses lebih lanjut.")),
        ("kabag_p2", "teruskan", dict(note="Telaah dan siapkan nota dinas.")),
        ("kasubag_pphti", "teruskan", dict()),  # 5: telaah; the letter is the berkas
        ("kasubag_pphti", "teruskan", dict(file=draft, kind="nota_dinas")),  # 6: konsep
        ("kasubag_pphti", "teruskan", dict()),  # 7: to Kabag P2
        ("kabag_p2", "kembalikan", dict(note="Dasar hukum belum dicantumkan.")),  # 8 -> 6
        ("kasubag_pphti", "teruskan", dict(note="Dasar hukum ditambahkan.")),  # 6 again
        ("kasubag_pphti", "teruskan", dict()),  # 7 again
        ("kabag_p2", "teruskan", dict()),  # 8: paraf
        ("kadiv", "teruskan", dict()),  # 9: sign and forward
        ("divisi_terkait", "teruskan", dict(file=answer, kind="jawaban")),  # 10
        ("kakanwil", "teruskan", dict(note="Sampaikan jawaban kepada pelapor.")),
        ("kadiv", "teruskan", dict(note="Teruskan ke Kabag P2.")),
        ("kabag_p2", "teruskan", dict(note="Kirim melalui website dan surat.")),
        ("kasubag_pphti", "teruskan", dict()),  # 14: send the answer and close
    ]
    labels = []
    for username, action, kwargs in steps:
        window = main_window(login(qtbot, db_url, username))
        case = open_from_tasks(qtbot, window, number)
        labels.append(case.action_buttons[action].text())
        act(qtbot, case, action, **kwargs)
        window.close()

    complaint = Complaint.get(Complaint.register_no == number)
    assert complaint.status == STATUS_CLOSED
    records = list(StepRecord.select().where(StepRecord.complaint == complaint)
                   .order_by(StepRecord.seq))
    assert [r.step_no for r in records] == [1, 2, 3, 4, 5, 6, 7, 8, 6, 7, 8, 9, 10, 11, 12,
                                            13, 14]
    assert [r.pass_no for r in records if r.step_no == 6] == [1, 2]
    assert "Paraf" in labels and "Tanda Tangan dan Teruskan" in labels
    assert "Kembalikan untuk Perbaikan" in labels and "Selesai Telaah" in labels
    assert "Kirim Jawaban" in labels

    # The closed case shows the whole history, the loop included, and offers no action.
    window = main_window(login(qtbot, db_url, "kakanwil"))
    case = window.open_case(complaint.id)
    tree = case.ui.history_tree
    assert tree.topLevelItemCount() == 17
    outcomes = [tree.topLevelItem(i).text(6) for i in range(17)]
    assert outcomes.count("Dikembalikan untuk perbaikan") == 1
    assert "Dasar hukum belum dicantumkan." in tree.topLevelItem(7).text(7)
    assert tree.topLevelItem(8).text(0) == "6 (ke-2)"
    assert not case.ui.action_group.isVisible()
    assert case.action_buttons == {}
