"""Pengaduan Baru: the form's rules field by field, with Indonesian messages; a failed save
keeps everything typed."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDateTime, Qt

from tests.app.attachment_files import named_pdf
from tests.ui.conftest import drop_files

pytestmark = pytest.mark.usefixtures("db")


@pytest.fixture
def intake(qtbot, users, make_session, tmp_path):
    from ui.intake import IntakeDialog

    dialog = IntakeDialog(make_session(users["kasubag_pphti"]))
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    ui.subject_name_edit.setText("Lapas Kelas IIA Pangkalpinang")
    ui.summary_edit.setText("Pungutan pada layanan kunjungan")
    ui.description_edit.setPlainText("Pelapor dimintai uang saat berkunjung.")
    ui.name_edit.setText("Budi Santoso")
    ui.nik_edit.setText("1971010101010001")
    ui.phone_edit.setText("0812-7788-9900")
    ui.email_edit.setText("budi@example.id")
    letter = tmp_path / "surat.pdf"
    letter.write_bytes(named_pdf("surat"))
    dialog.add_file(str(letter), "surat")
    return dialog


def save(qtbot, dialog):
    qtbot.mouseClick(dialog.ui.save_button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("widget, value, message", [
    ("subject_name_edit", "", "Pihak yang diadukan wajib diisi."),
    ("summary_edit", "  ", "Ringkasan pengaduan wajib diisi."),
    ("description_edit", "", "Uraian pengaduan wajib diisi."),
    ("name_edit", "", "Nama pelapor wajib diisi (atau pilih anonim)."),
    ("nik_edit", "12345", "NIK harus 16 digit angka."),
    ("nik_edit", "19710101010100AB", "NIK harus 16 digit angka."),
    ("phone_edit", "telp kantor", "Nomor telepon tidak valid (contoh: 0812-3456-7890)."),
    ("email_edit", "budi@", "Alamat email tidak valid."),
])
def test_each_field_rule_names_the_field_and_keeps_the_form(qtbot, intake, widget, value,
                                                            message):
    from app.store.models import Complaint

    target = getattr(intake.ui, widget)
    if hasattr(target, "setPlainText"):
        target.setPlainText(value)
    else:
        target.setText(value)
    save(qtbot, intake)
    assert intake.isVisible()
    assert intake.ui.error_label.text() == message
    assert "b3261e" in target.styleSheet()  # the offending field is marked
    assert intake.ui.summary_edit.text() or widget == "summary_edit"
    assert Complaint.select().count() == 0


def test_received_date_may_not_be_in_the_future(qtbot, intake):
    intake.ui.received_at_edit.setMaximumDateTime(QDateTime(dt.datetime(2100, 1, 1)))
    intake.ui.received_at_edit.setDateTime(QDateTime(dt.datetime.now() + dt.timedelta(days=2)))
    save(qtbot, intake)
    assert intake.ui.error_label.text() == "Tanggal diterima tidak boleh di masa depan."
    assert intake.isVisible()


def test_without_letter_a_waiver_reason_is_required(qtbot, intake):
    intake.ui.attachment_list.setCurrentRow(0)
    intake.remove_selected_file()
    save(qtbot, intake)
    assert "Lampirkan surat pengaduan" in intake.ui.error_label.text()
    intake.ui.waiver_edit.setText("pengaduan lisan melalui telepon")
    save(qtbot, intake)
    assert intake.complaint is not None


def test_anonymous_complaint_needs_no_name(qtbot, intake):
    combo = intake.ui.confidentiality_combo
    combo.setCurrentIndex(combo.findData("anonim"))
    intake.ui.name_edit.clear()
    assert not intake.ui.name_edit.isEnabled()
    save(qtbot, intake)
    assert intake.complaint is not None
    assert intake.complaint.pelapor.name is None


def test_saving_completes_step_one_and_shows_the_number(qtbot, intake):
    from app.store.models import Attachment

    with qtbot.waitSignal(intake.registered) as signal:
        save(qtbot, intake)
    complaint = intake.complaint
    assert signal.args == [complaint.id, complaint.register_no]
    assert complaint.current_step == 2
    assert Attachment.get(Attachment.complaint == complaint).kind == "surat"
    assert complaint.register_no in intake.ui.error_label.text()


def test_the_letter_is_registered_with_its_number_date_and_subject(qtbot, intake):
    from PySide6.QtCore import QDate

    ui = intake.ui
    assert not ui.letter_date_edit.isEnabled()  # no letter date unless ticked
    qtbot.keyClicks(ui.letter_number_edit, "12/IX/2026")
    assert ui.letter_date_check.isChecked()  # a numbered letter is usually dated
    ui.letter_date_edit.setDate(QDate(2026, 9, 1))
    ui.letter_subject_edit.setText("Pungutan liar pada layanan kunjungan")
    save(qtbot, intake)
    complaint = intake.complaint
    assert (complaint.letter_number, complaint.letter_date, complaint.letter_subject) == (
        "12/IX/2026", dt.date(2026, 9, 1), "Pungutan liar pada layanan kunjungan")


def test_an_undated_letter_is_kept_without_a_date(qtbot, intake):
    intake.ui.letter_number_edit.setText("tanpa nomor")
    save(qtbot, intake)
    assert intake.complaint.letter_date is None


def test_the_receipt_is_offered_and_printed_right_after_saving(qtbot, intake, monkeypatch):
    from app.naskah import versions

    opened = []
    monkeypatch.setattr("ui.case.product_forms.open_in_default_app", opened.append)
    save(qtbot, intake)
    box = intake.receipt_box
    assert box is not None and box.isVisible()
    assert intake.complaint.register_no in box.text()
    intake.receipt_button.click()
    receipt = intake.receipt
    assert receipt.doc_type == "tanda_terima"
    assert [p.name for p in opened] == [versions.suggested_filename(receipt)]


def test_a_database_error_keeps_what_was_typed(qtbot, intake, monkeypatch):
    from peewee import OperationalError

    from app.services import workflow

    def offline(*_a, **_k):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(workflow, "register_complaint", offline)
    save(qtbot, intake)
    assert intake.isVisible()
    assert "Basis data tidak dapat dihubungi" in intake.ui.error_label.text()
    assert "Isian Anda tidak hilang" in intake.ui.error_label.text()
    assert intake.ui.summary_edit.text() == "Pungutan pada layanan kunjungan"
    assert len(intake.files) == 1


def test_a_lane_that_does_not_register_cannot_save(qtbot, users, make_session):
    from ui.intake import IntakeDialog

    dialog = IntakeDialog(make_session(users["kabag_p2"]))
    qtbot.addWidget(dialog)
    assert not dialog.ui.save_button.isEnabled()
    assert "Kasubag PPHTI" in dialog.ui.save_button.toolTip()


def test_administrator_registers_with_a_reason(qtbot, users, make_session, tmp_path):
    from ui.intake import IntakeDialog

    dialog = IntakeDialog(make_session(users["admin"]))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.override_edit.isVisible()
    ui = dialog.ui
    ui.subject_name_edit.setText("Kantor Imigrasi")
    ui.summary_edit.setText("Antrean paspor")
    ui.description_edit.setPlainText("Antrean lebih dari lima jam.")
    ui.name_edit.setText("Andi")
    ui.waiver_edit.setText("pengaduan lisan")
    save(qtbot, dialog)
    assert "harus menuliskan alasannya" in ui.error_label.text()
    ui.override_edit.setText("Kasubag PPHTI cuti")
    save(qtbot, dialog)
    assert dialog.complaint is not None


def test_a_complaint_about_a_division_offers_the_offices_divisions(qtbot, intake):
    from app.services import accounts, office_lists, settings

    ui = intake.ui
    kinds = ui.subject_kind_combo
    kinds.setCurrentIndex(kinds.findData("upt"))
    assert not ui.subject_division_combo.isVisible()
    kinds.setCurrentIndex(kinds.findData("divisi"))
    assert ui.subject_division_combo.isVisible()
    offered = [ui.subject_division_combo.itemText(i)
               for i in range(ui.subject_division_combo.count())]
    assert offered == [d["nama"] for d in office_lists.DEFAULT_DIVISIONS]
    intake.choose_division("YANKUM")
    assert ui.subject_name_edit.text() == "Divisi Pelayanan Hukum"
    ui.subject_name_edit.setText("Bagian Tata Usaha dan Umum")  # typed: the list follows
    assert ui.subject_division_combo.currentData() == "TU"
    ui.subject_name_edit.setText("Subbagian Humas")  # not in the list: may still be typed
    assert ui.subject_division_combo.currentIndex() == -1
    intake.choose_division("YANKUM")
    save(qtbot, intake)
    assert intake.complaint.subject_name == "Divisi Pelayanan Hukum"
    # The list is the administrator's, in the database: the next form offers the new one.
    divisions = office_lists.default_divisions()[:1]
    settings.put("divisi_terkait", divisions, actor=accounts.COMMAND_LINE)
    from ui.intake import IntakeDialog

    again = IntakeDialog(intake.session)
    qtbot.addWidget(again)
    assert again.ui.subject_division_combo.count() == 1


# --------------------------------------------------------------------------- attach panel


def test_a_bad_file_dropped_on_the_form_is_explained_and_never_stored(qtbot, intake,
                                                                      tmp_path):
    from app.store.models import Attachment, Blob, Complaint
    from tests.app.attachment_files import docx_like, encrypted_pdf

    locked = tmp_path / "ktp-terkunci.pdf"
    locked.write_bytes(encrypted_pdf())
    word = tmp_path / "kronologi.docx"
    word.write_bytes(docx_like())
    empty = tmp_path / "kosong.pdf"
    empty.write_bytes(b"")
    panel = intake.attach_panel
    assert drop_files(panel, [locked, word, empty]).isAccepted()
    message = panel.ui.message_label
    assert message.isVisibleTo(intake)
    assert "ktp-terkunci.pdf" in message.text() and "kata sandi" in message.text()
    assert "kronologi.docx" in message.text() and "tidak didukung" in message.text()
    assert "kosong.pdf" in message.text() and "0 byte" in message.text()
    assert intake.ui.attachment_list.count() == 1 and len(intake.files) == 1
    assert (Blob.select().count(), Attachment.select().count()) == (0, 0)
    assert intake.ui.summary_edit.text() == "Pungutan pada layanan kunjungan"
    assert intake.ui.name_edit.text() == "Budi Santoso"
    save(qtbot, intake)
    assert [a.filename for a in Attachment.select()] == ["surat.pdf"]
    assert Complaint.select().count() == 1


def test_a_dropped_file_takes_the_chosen_kind_and_its_real_type(qtbot, intake, tmp_path):
    from app.store.models import Attachment
    from tests.app.attachment_files import image_bytes

    combo = intake.ui.attachment_kind_combo
    combo.setCurrentIndex(combo.findData("lainnya"))
    photo = tmp_path / "foto-ktp.pdf"  # a PNG under a PDF name
    photo.write_bytes(image_bytes("PNG"))
    drop_files(intake.attach_panel, [photo])
    assert not intake.attach_panel.ui.message_label.isVisibleTo(intake)
    assert intake.ui.attachment_list.count() == 2
    assert "foto-ktp.png" in intake.ui.attachment_list.item(1).text()
    save(qtbot, intake)
    rows = {a.filename: (a.kind, a.mime) for a in Attachment.select()}
    assert rows == {"surat.pdf": ("surat", "application/pdf"),
                    "foto-ktp.png": ("lainnya", "image/png")}


def test_the_scan_dialog_is_reachable_and_its_pdf_joins_the_list(qtbot, intake, tmp_path):
    from app.files import scanning
    from tests.app.attachment_files import tiff_bytes
    from ui.attachments.scan_dialog import ScanDialog

    panel = intake.attach_panel
    assert panel.ui.scan_button.isVisibleTo(intake)
    panel.scan_dialog_factory = lambda parent: ScanDialog(
        panel.runner, parent, backends=[scanning.SaneBackend(program=""),
                                        scanning.InboxBackend(None)])
    dialog = panel.open_scan_dialog()
    qtbot.addWidget(dialog)
    scan = tmp_path / "pindaian.tif"
    scan.write_bytes(tiff_bytes(2))
    dialog.import_files([str(scan)])
    dialog.accept()
    assert len(intake.files) == 2
    kind, filename, content, info = intake.files[1]
    assert (kind, info.pages, info.mime) == ("surat", 2, "application/pdf")
    assert filename.endswith(".pdf")
