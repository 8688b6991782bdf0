"""One complaint through all 14 SOP steps and one revision loop, driven only through the
widgets: each lane's user logs in with the login dialog, finds the complaint in Tugas Saya,
opens it with Enter, writes the step's product where it has one (the telaahan, the nota
dinas draft, the answer, the delivery) and takes the action in the action dialog. Every
product in detail: tests/ui/test_sop_outputs_walk.py."""

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
    qtbot.wait(1)  # buttons made by a reload show on the next turn of the event loop
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
        qtbot, db_url, users, main_window, tmp_path, monkeypatch):
    from app.store.models import STATUS_CLOSED, Complaint, StepRecord

    opened = []  # each disposition's sheet is opened in Word to print
    monkeypatch.setattr("ui.case.product_forms.open_in_default_app", opened.append)

    letter = tmp_path / "surat-pengaduan.pdf"
    letter.write_bytes(named_pdf("surat pengaduan"))
    signed = tmp_path / "nota-dinas-ditandatangani.pdf"  # the Kakanwil's signed scan
    signed.write_bytes(named_pdf("nota dinas bertanda tangan"))
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

    def review(case):  # 5: the telaahan, in the Hasil Langkah tab
        form = case.outputs.form_ui
        form.waiver_check.setChecked(True)
        form.waiver_edit.setText("Surat pengaduan sudah lengkap dan jelas.")
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    def draft(text):  # 6: the nota dinas draft
        def fill(case):
            form = case.outputs.form_ui
            form.divisi_combo.setCurrentIndex(form.divisi_combo.findData("YANKUM"))
            form.isi_edit.setPlainText(form.isi_edit.toPlainText() + "\n\n" + text)
            qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        return fill

    def reply(case):  # 10: the division's answer
        form = case.outputs.form_ui
        form.isi_edit.setPlainText("Petugas telah diperiksa dan diberi sanksi.")
        form.file_edit.setText(str(answer))
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    def deliver(case):  # 14: the answer letter and how it went out
        form = case.outputs.form_ui
        form.channel_combo.setCurrentIndex(form.channel_combo.findData("langsung"))
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    steps = [
        ("kakanwil", "teruskan", dict(note="Tindak lanjuti dan konfirmasi kebenarannya.")),
        ("kadiv", "teruskan", dict(note="Proses lebih lanjut.")),
        ("kabag_p2", "teruskan", dict(note="Telaah dan siapkan nota dinas.")),
        ("kasubag_pphti", "teruskan", dict(before=review)),  # 5: telaah
        ("kasubag_pphti", "teruskan", dict(before=draft("Mohon ditindaklanjuti."))),  # 6
        ("kasubag_pphti", "teruskan", dict()),  # 7: to Kabag P2
        ("kabag_p2", "kembalikan", dict(note="Dasar hukum belum dicantumkan.")),  # 8 -> 6
        ("kasubag_pphti", "teruskan", dict(before=draft("Dasar hukum ditambahkan."))),  # 6
        ("kasubag_pphti", "teruskan", dict()),  # 7 again
        ("kabag_p2", "teruskan", dict()),  # 8: paraf
        ("kadiv", "teruskan", dict()),  # 9: paraf, to the Kakanwil
        ("kakanwil", "teruskan", dict(file=signed)),  # 9: signed and forwarded
        ("divisi_terkait", "teruskan", dict(before=reply)),  # 10
        ("kakanwil", "teruskan", dict(note="Sampaikan jawaban kepada pelapor.")),
        ("kadiv", "teruskan", dict(note="Teruskan ke Kabag P2.")),
        ("kabag_p2", "teruskan", dict(note="Kirim melalui website dan surat.")),
        ("kasubag_pphti", "teruskan", dict(before=deliver)),  # 14: send and close
    ]
    labels = []
    for username, action, kwargs in steps:
        window = main_window(login(qtbot, db_url, username))
        case = open_from_tasks(qtbot, window, number)
        before = kwargs.pop("before", None)
        if before is not None:
            before(case)
            qtbot.wait(1)  # the reload's new buttons show on the next turn
        labels.append(case.action_buttons[action].text())
        act(qtbot, case, action, **kwargs)
        window.close()

    complaint = Complaint.get(Complaint.register_no == number)
    assert complaint.status == STATUS_CLOSED
    records = list(StepRecord.select().where(StepRecord.complaint == complaint)
                   .order_by(StepRecord.seq))
    assert [r.step_no for r in records] == [1, 2, 3, 4, 5, 6, 7, 8, 6, 7, 8, 9, 9, 10, 11,
                                            12, 13, 14]
    assert [r.pass_no for r in records if r.step_no == 6] == [1, 2]
    assert "Paraf" in labels and "Tanda Tangan dan Teruskan" in labels
    assert "Paraf dan Sampaikan ke Kakanwil" in labels
    assert "Kembalikan untuk Perbaikan" in labels and "Selesai Telaah" in labels
    assert "Kirim Jawaban" in labels
    assert [p.name.split("_")[0] for p in opened] == ["lembar"] * 6

    # The closed case shows the whole history, the loop included, and offers no action.
    window = main_window(login(qtbot, db_url, "kakanwil"))
    case = window.open_case(complaint.id)
    tree = case.ui.history_tree
    assert tree.topLevelItemCount() == 18
    outcomes = [tree.topLevelItem(i).text(6) for i in range(18)]
    assert outcomes.count("Dikembalikan untuk perbaikan") == 1
    assert "Dasar hukum belum dicantumkan." in tree.topLevelItem(7).text(7)
    assert tree.topLevelItem(8).text(0) == "6 (ke-2)"
    assert not case.ui.action_group.isVisible()
    assert case.action_buttons == {}
