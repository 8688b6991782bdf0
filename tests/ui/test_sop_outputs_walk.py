"""Every SOP output written in the program, driven only through the widgets: one complaint
through all 14 steps, each lane's user logging in with the login dialog, each official
filling the form of their step's product (the letter at intake, the disposition of every
level, the telaahan, the nota dinas draft and its corrections, the signature, the
division's answer, the answer letter and its delivery), with a return at step 8 (Kabag P2)
and one at the Kakanwil's signature (step 9's sub-step). At the end every naskah made on
the way is read back and holds what was typed, and no dotted line to fill in by hand."""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from tests.app.attachment_files import named_pdf
from tests.ui.test_gui_workflow import login, open_from_tasks

pytestmark = pytest.mark.usefixtures("db")

DOTS = re.compile(r"\.{10,}|…{4,}")
LETTER = dict(number="005/MPD-PGK/XI/2026", subject="Pengaduan atas pelayanan notaris")
TELAAHAN = {
    "persoalan": "Notaris diduga menahan salinan akta pelapor.",
    "praanggapan": "Penahanan akta melanggar kewajiban jabatan notaris.",
    "fakta": "Surat pelapor dan bukti pembayaran honorarium terlampir.",
    "analisis": "Pengawasan notaris menjadi kewenangan Majelis Pengawas.",
    "kesimpulan": "Pengaduan lengkap dan dapat ditindaklanjuti.",
    "saran": "Teruskan kepada Divisi Pelayanan Hukum dengan nota dinas.",
}
ISI_1 = ("Bersama ini disampaikan laporan pengaduan atas notaris di Kota Pangkalpinang.\n\n"
         "Mohon ditindaklanjuti melalui Majelis Pengawas Daerah Notaris.")
ISI_2 = "Dasar: Peraturan Menteri Hukum Nomor 15 Tahun 2020 tentang pengawasan notaris."
ISI_3 = "Hasil pemeriksaan mohon disampaikan paling lambat lima hari kerja."
ANSWER = ("Majelis Pengawas Daerah telah memeriksa notaris yang bersangkutan.\n\n"
          "Salinan akta telah diserahkan kepada pelapor pada hari pemeriksaan.")
REPLY_EXTRA = "Terima kasih atas laporan Saudara."


def shot(widget, name: str, *, screen: bool = True) -> None:
    """With PENGADUAN_SCREENSHOTS=<folder>: the widget (with `screen` resized to a 1280x720
    screen) as <folder>/<name>.png, to look at."""
    folder = os.environ.get("PENGADUAN_SCREENSHOTS")
    if not folder:
        return
    from PySide6.QtWidgets import QApplication

    if screen:
        widget.resize(1280, 720)
    QApplication.processEvents()
    widget.grab().save(str(Path(folder) / f"{name}.png"))


def click(qtbot, button):
    qtbot.wait(1)  # widgets made by a reload show on the next turn of the event loop
    assert button.isVisible() and button.isEnabled(), button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_action(qtbot, case, action):
    click(qtbot, case.action_buttons[action])
    dialog = case.action_dialog
    assert dialog.isVisible()
    return dialog


def confirm(qtbot, dialog):
    qtbot.mouseClick(dialog.ui.confirm_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.ui.error_label.text()


class Walk:
    """The complaint's way through the office: who logs in, opens it and acts."""

    def __init__(self, qtbot, db_url, main_window, number):
        self.qtbot, self.db_url, self.main_window, self.number = (qtbot, db_url, main_window,
                                                                  number)
        self.window = None

    def open(self, username):
        if self.window is not None:
            self.window.close()
        self.window = self.main_window(login(self.qtbot, self.db_url, username))
        return open_from_tasks(self.qtbot, self.window, self.number)

    def dispose(self, username, note, instructions, *, targets=None):
        case = self.open(username)
        dialog = open_action(self.qtbot, case, "teruskan")
        assert dialog.ui.disposition_group.isVisible()
        ticked = [k for k, box in dialog.targets.items() if box.isChecked()]
        assert len(ticked) == 1  # the next step's lane, by default
        dialog.tick(targets=targets, instructions=instructions)
        self.qtbot.keyClicks(dialog.ui.note_edit, note)
        shot(dialog, f"disposition_{username}", screen=False)
        confirm(self.qtbot, dialog)
        assert dialog.sheet is not None  # the level's Lembar Disposisi, made with it
        return ticked[0]

    def forward(self, username, *, note=""):
        case = self.open(username)
        dialog = open_action(self.qtbot, case, "teruskan")
        if note:
            self.qtbot.keyClicks(dialog.ui.note_edit, note)
        confirm(self.qtbot, dialog)
        return case

    def give_back(self, username, note):
        case = self.open(username)
        dialog = open_action(self.qtbot, case, "kembalikan")
        self.qtbot.keyClicks(dialog.ui.note_edit, note)
        confirm(self.qtbot, dialog)

    def redraft(self, extra_paragraph, note):
        """Step 6 after a return: the note in full on top, the draft corrected and saved
        as a new version, what changed shown; then on to step 7."""
        case = self.open("kasubag_pphti")
        assert case.ui.correction_frame.isVisible()
        assert note in case.ui.correction_label.text()  # in full, not cut off
        form = case.outputs.form_ui
        form.isi_edit.setPlainText(form.isi_edit.toPlainText() + "\n\n" + extra_paragraph)
        click(self.qtbot, form.save_button)
        assert "Konsep nota dinas tersimpan" in case.ui.message_label.text(), \
            form.status_label.text()
        assert "+ " + extra_paragraph in case.ui.diff_view.toPlainText()
        return case


def docx_text(document) -> str:
    from docx import Document as Docx

    from app.naskah import versions

    doc = Docx(io.BytesIO(versions.document_content(document)))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    for section in doc.sections:
        parts.extend(p.text for p in section.header.paragraphs)
        parts.extend(p.text for p in section.footer.paragraphs)
    return "\n".join(parts)


@pytest.fixture
def office_staff(users):
    """Every official with a NIP (the naskah print it under the name)."""
    from app.services import accounts
    from app.store.models import User

    valid = {"divisi_terkait", "kakanwil", "kadiv", "kabag_p2", "kasubag_pphti", "pelapor",
             "administrator"}
    for i, (_name, user) in enumerate(sorted(users.items()), start=1):
        accounts.update_user(user.id, expected_version=User.get_by_id(user.id).row_version,
                             valid_lanes=valid, nip=f"19800101200501100{i}",
                             actor=accounts.COMMAND_LINE)
    return users


def test_every_sop_output_is_written_in_the_program(qtbot, db_url, office_staff, main_window,
                                                    tmp_path, monkeypatch):
    from app.office.wording import long_date
    from app.services import outputs
    from app.store.models import (
        STATUS_CLOSED,
        STATUS_OPEN,
        Attachment,
        Complaint,
        Document,
        StepRecord,
    )

    opened = []  # the naskah handed to Word to print
    monkeypatch.setattr("ui.case.product_forms.open_in_default_app", opened.append)
    letter = tmp_path / "surat-pengaduan-pelapor.pdf"
    letter.write_bytes(named_pdf("surat pengaduan"))
    scan = tmp_path / "nota-dinas-ditandatangani.pdf"
    scan.write_bytes(named_pdf("nota dinas bertanda tangan"))
    report = tmp_path / "laporan-majelis-pengawas.pdf"
    report.write_bytes(named_pdf("laporan"))
    proof = tmp_path / "resi-pos.pdf"
    proof.write_bytes(named_pdf("resi"))

    # Step 1: the operator registers the complaint with the complainant's letter.
    window = main_window(login(qtbot, db_url, "kasubag_pphti"))
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    intake = window.intake_dialog
    ui = intake.ui
    qtbot.keyClicks(ui.lapor_ticket_edit, "LAPOR-2611-0042")
    qtbot.keyClicks(ui.letter_number_edit, LETTER["number"])
    assert ui.letter_date_check.isChecked() and ui.letter_date_edit.isEnabled()
    ui.letter_date_edit.setDate(QDate.currentDate().addDays(-2))
    qtbot.keyClicks(ui.letter_subject_edit, LETTER["subject"])
    qtbot.keyClicks(ui.subject_name_edit, "Notaris Andi Wijaya, S.H., M.Kn.")
    qtbot.keyClicks(ui.summary_edit, "Notaris menahan salinan akta jual beli")
    qtbot.keyClicks(ui.description_edit, "Salinan akta tidak diberikan sejak tiga bulan.")
    qtbot.keyClicks(ui.name_edit, "Siti Rahayu")
    qtbot.keyClicks(ui.nik_edit, "1971015505800002")
    qtbot.keyClicks(ui.address_edit, "Jl. Merdeka 7, Pangkalpinang")
    qtbot.keyClicks(ui.phone_edit, "0813-1111-2222")
    intake.add_file(str(letter), "surat")
    shot(intake, "step01_intake", screen=False)
    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    assert intake.complaint is not None, ui.error_label.text()
    number = intake.complaint.register_no
    assert intake.receipt_box is window.last_notice  # the offer is on the success notice
    intake.receipt_button.click()
    assert intake.receipt is not None and intake.receipt.doc_type == "tanda_terima"
    assert opened and opened[-1].name.startswith("tanda_terima_")
    complaint = Complaint.get(Complaint.register_no == number)
    assert (complaint.letter_number, complaint.letter_subject) == (LETTER["number"],
                                                                   LETTER["subject"])
    assert complaint.letter_date == QDate.currentDate().addDays(-2).toPython()
    window.close()

    walk = Walk(qtbot, db_url, main_window, number)
    # Steps 2-4: each level's disposition, its addressee and instructions ticked.
    assert walk.dispose("kakanwil", "Tindak lanjuti dan konfirmasi kebenarannya.",
                        ["Proses lebih lanjut", "Koordinasi / konfirmasikan"]) == "kadiv"
    assert walk.dispose("kadiv", "Proses sesuai ketentuan pengawasan notaris.",
                        ["Proses lebih lanjut"]) == "kabag_p2"
    assert walk.dispose("kabag_p2", "Telaah dan siapkan konsep nota dinas.",
                        ["Siapkan bahan", "Tanggapan dan saran"],
                        targets=["kasubag_pphti"]) == "kasubag_pphti"

    # Step 5: the telaahan's six parts; Selesai Telaah refuses while it is missing.
    case = walk.open("kasubag_pphti")
    assert case.ui.tabs.currentWidget() is case.ui.output_tab
    dialog = open_action(qtbot, case, "teruskan")
    qtbot.mouseClick(dialog.ui.confirm_button, Qt.MouseButton.LeftButton)
    assert "Hasil telaahan belum ditulis" in dialog.ui.error_label.text()
    dialog.reject()
    form = case.outputs.form_ui
    for part, text in TELAAHAN.items():
        qtbot.keyClicks(getattr(form, f"{part}_edit"), text)
    shot(case, "step05_telaahan")
    click(qtbot, form.save_button)
    assert "Hasil telaahan tersimpan" in case.ui.message_label.text(), form.status_label.text()
    confirm(qtbot, open_action(qtbot, case, "teruskan"))

    # Step 6: the nota dinas draft; the division found from the complaint.
    case = walk.open("kasubag_pphti")
    form = case.outputs.form_ui
    assert form.divisi_combo.currentData() == "YANKUM"
    assert form.yth_edit.text() == "Kepala Divisi Pelayanan Hukum"
    files = form.lampiran_list
    assert [files.item(i).checkState() for i in range(files.count())] == [
        Qt.CheckState.Checked]  # the complainant's letter goes with it
    form.hal_edit.setText("Tindak Lanjut Pengaduan atas Notaris")
    form.isi_edit.setFocus()
    qtbot.keyClicks(form.isi_edit, "x")
    qtbot.keyClick(form.isi_edit, Qt.Key.Key_Tab)
    assert "\t" not in form.isi_edit.toPlainText()  # Tab leaves the text, types no tab
    form.isi_edit.setPlainText(ISI_1)
    form.tembusan_edit.setPlainText("Kepala Divisi Administrasi\nKetua Majelis Pengawas Daerah")
    click(qtbot, form.save_button)
    assert "versi 1" in case.ui.message_label.text(), form.status_label.text()
    confirm(qtbot, open_action(qtbot, case, "teruskan"))
    walk.forward("kasubag_pphti")  # 7: to Kabag P2 for correction and paraf

    # Step 8: Kabag P2 returns it; the note is shown in full at step 6.
    note_8 = ("Dasar hukum belum dicantumkan. Tambahkan Peraturan Menteri tentang pengawasan "
              "notaris pada paragraf pertama dan periksa kembali penulisan nama jabatan.")
    walk.give_back("kabag_p2", note_8)
    case = walk.redraft(ISI_2, note_8)
    shot(case, "step06_after_return")
    tree = case.ui.history_tree
    returned = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                    if tree.topLevelItem(i).text(6) == "Dikembalikan untuk perbaikan")
    assert note_8 in returned.text(7) and note_8 in returned.toolTip(7)
    tree.setCurrentItem(returned)
    assert note_8 in case.ui.history_detail_label.text()
    case.ui.tabs.setCurrentWidget(case.ui.history_tab)
    shot(case, "step06_history")
    case.ui.tabs.setCurrentWidget(case.ui.output_tab)
    confirm(qtbot, open_action(qtbot, case, "teruskan"))
    walk.forward("kasubag_pphti")  # 7
    walk.forward("kabag_p2")  # 8: paraf
    walk.forward("kadiv")  # 9: paraf, to the Kakanwil

    # Step 9, the Kakanwil: prints it for signing, then sends it back once.
    case = walk.open("kakanwil")
    assert case.case.product == "tanda_tangan"
    dialog = open_action(qtbot, case, "teruskan")
    assert dialog.ui.print_button.isVisible()
    click(qtbot, dialog.ui.print_button)
    assert dialog.printed.doc_type == "nota_dinas"
    dialog.reject()
    note_9 = "Perbaiki tenggat: tulis lima hari kerja sejak nota dinas diterima."
    dialog = open_action(qtbot, case, "kembalikan")
    qtbot.keyClicks(dialog.ui.note_edit, note_9)
    confirm(qtbot, dialog)
    case = walk.redraft(ISI_3, note_9)
    assert note_8 in case.ui.correction_label.text()  # every correction, newest first
    confirm(qtbot, open_action(qtbot, case, "teruskan"))
    walk.forward("kasubag_pphti")  # 7
    walk.forward("kabag_p2")  # 8
    walk.forward("kadiv")  # 9
    case = walk.open("kakanwil")
    shot(case, "step09_kakanwil")
    dialog = open_action(qtbot, case, "teruskan")
    click(qtbot, dialog.ui.print_button)
    printed = dialog.printed
    qtbot.mouseClick(dialog.ui.confirm_button, Qt.MouseButton.LeftButton)
    assert "pindaian" in dialog.ui.error_label.text().lower()  # not without the signed scan
    dialog.ui.file_edit.setText(str(scan))
    shot(dialog, "step09_kakanwil_dialog", screen=False)
    confirm(qtbot, dialog)
    assert Document.get_by_id(printed.id).signed_attachment_id is not None

    # Step 10: the division's answer with its report.
    case = walk.open("divisi_terkait")
    form = case.outputs.form_ui
    form.isi_edit.setPlainText(ANSWER)
    form.file_edit.setText(str(report))
    click(qtbot, form.save_button)
    assert "Jawaban divisi tersimpan" in case.ui.message_label.text(), form.status_label.text()
    confirm(qtbot, open_action(qtbot, case, "teruskan"))

    # Steps 11-13: the orders to send the answer out, each with its sheet.
    walk.dispose("kakanwil", "Sampaikan jawaban kepada pelapor.", ["Proses lebih lanjut"])
    walk.dispose("kadiv", "Teruskan kepada Kabag P2 untuk disampaikan.", ["Untuk diketahui"])
    walk.dispose("kabag_p2", "Kirim melalui pos dan SP4N-LAPOR!.", ["Proses lebih lanjut"])

    # Step 14: the answer letter (from the division's answer) and its delivery.
    case = walk.open("kasubag_pphti")
    form = case.outputs.form_ui
    assert form.reply_edit.toPlainText() == ANSWER
    assert form.ticket_check.isVisible()  # the complaint came with a LAPOR! ticket
    form.reply_edit.setPlainText(ANSWER + "\n\n" + REPLY_EXTRA)
    form.channel_combo.setCurrentIndex(form.channel_combo.findData("pos"))
    form.proof_edit.setText(str(proof))
    form.published_check.setChecked(True)
    form.ticket_check.setChecked(True)
    form.note_edit.setText("Dikirim dengan pos tercatat.")
    shot(case, "step14_delivery")
    click(qtbot, form.save_button)
    assert "penyampaian jawaban tersimpan" in case.ui.message_label.text(), \
        form.status_label.text()
    click(qtbot, case.outputs.form_ui.letter_button)
    assert "Surat Tanggapan versi 1" in case.ui.message_label.text()
    confirm(qtbot, open_action(qtbot, case, "teruskan"))

    complaint = Complaint.get_by_id(complaint.id)
    assert complaint.status == STATUS_CLOSED
    steps = [r.step_no for r in StepRecord.select().where(StepRecord.complaint == complaint)
             .order_by(StepRecord.seq)]
    assert steps.count(6) == 3 and steps[-1] == 14
    delivery = outputs.latest(complaint.id, outputs.DELIVERY)
    assert (delivery.fields["saluran"], delivery.fields["dipublikasikan"],
            delivery.fields["tiket_ditutup"]) == ("pos", True, True)
    assert [Attachment.get_by_id(i).filename for i in delivery.fields["bukti"]] == [
        "resi-pos.pdf"]
    drafts = outputs.history(complaint.id, outputs.NOTA_DINAS)
    assert [d.version for d in drafts] == [1, 2, 3]

    # Every naskah made on the way, read back.
    documents = list(Document.select().where(Document.complaint == complaint)
                     .order_by(Document.id))
    by_type = {}
    for document in documents:
        by_type.setdefault(document.doc_type, []).append(document)
    assert len(by_type["lembar_disposisi"]) == 6
    assert len(by_type["hasil_telaahan"]) == 1 and len(by_type["surat_tanggapan"]) == 1
    assert len(by_type["nota_dinas"]) == 5  # three drafts, two prints for signing
    texts = {document.id: docx_text(document) for document in documents}
    for document in documents:
        dotted = DOTS.findall(texts[document.id])
        assert not dotted, f"{document.doc_type} v{document.version}: {dotted}"
    receipt = texts[by_type["tanda_terima"][0].id]
    assert long_date(complaint.received_at) in receipt
    assert "surat-pengaduan-pelapor.pdf" in receipt
    for other in ("nota-dinas-ditandatangani.pdf", "laporan-majelis-pengawas.pdf",
                  "resi-pos.pdf"):
        assert other not in receipt
    for document, note in zip(by_type["lembar_disposisi"], [
            "Tindak lanjuti dan konfirmasi kebenarannya.",
            "Proses sesuai ketentuan pengawasan notaris.",
            "Telaah dan siapkan konsep nota dinas.", "Sampaikan jawaban kepada pelapor.",
            "Teruskan kepada Kabag P2 untuk disampaikan.",
            "Kirim melalui pos dan SP4N-LAPOR!."], strict=True):
        assert note in texts[document.id]
        assert LETTER["number"] in texts[document.id]
        assert LETTER["subject"] in texts[document.id]
    review = texts[by_type["hasil_telaahan"][0].id]
    assert all(text in review for text in TELAAHAN.values())
    notes = [texts[d.id] for d in by_type["nota_dinas"]]
    for text in notes:
        assert "Tindak Lanjut Pengaduan atas Notaris" in text
        assert "Kepala Divisi Pelayanan Hukum" in text
        assert "Ketua Majelis Pengawas Daerah" in text
        assert "Mohon ditindaklanjuti melalui Majelis Pengawas Daerah Notaris." in text
    assert ISI_2 not in notes[0] and ISI_2 in notes[2] and ISI_3 in notes[4]
    letter_text = texts[by_type["surat_tanggapan"][0].id]
    assert "Salinan akta telah diserahkan kepada pelapor" in letter_text
    assert REPLY_EXTRA in letter_text

    # The closed case is read-only; the administrator may reopen it, with a reason.
    window = main_window(login(qtbot, db_url, "admin"))
    case = window.open_case(complaint.id)
    assert case.outputs.form is None
    assert list(case.action_buttons) == ["buka_kembali"]
    click(qtbot, case.action_buttons["buka_kembali"])
    case.reopen_dialog.setTextValue("Jawaban dikirim ulang ke alamat baru pelapor.")
    case.reopen_dialog.accept()
    complaint = Complaint.get_by_id(complaint.id)
    assert complaint.status == STATUS_OPEN and complaint.current_step == 14
    assert "dibuka kembali" in case.ui.message_label.text()
