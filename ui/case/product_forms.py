"""The forms of the steps' products on the case screen (ui.case.outputs places them): the
telaahan (step 5), the nota dinas draft (step 6), the division's answer (step 10), the
answer letter with its delivery (step 14), and the draft as the correcting officials read
it (steps 7 to 9, with the Kakanwil's print for signing). Each holds its Designer form
(`self.ui`) and saves with one service call; a refusal is said under the form with the
field marked, a success emits `saved(message)`."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QListWidgetItem, QWidget

from app.errors import ValidationError
from app.i18n import _
from app.naskah import drafts, versions
from app.naskah.pdf import open_in_default_app
from app.office import wording
from app.office.vocab import DELIVERY_CHANNELS, DOC_TYPES
from app.services import casefile, outputs, settings
from app.store import clock
from ui.common import Failed, guarded, icon, show_error
from ui.forms.ui_answer_form import Ui_AnswerForm
from ui.forms.ui_delivery_form import Ui_DeliveryForm
from ui.forms.ui_nota_dinas_form import Ui_NotaDinasForm
from ui.forms.ui_signing_form import Ui_SigningForm
from ui.forms.ui_telaahan_form import Ui_TelaahanForm
from ui.opening import open_file

INVALID_STYLE = "border: 2px solid #b3261e; background: #fff5f5;"
SIFAT_LABELS = {"biasa": "Biasa", "segera": "Segera", "sangat_segera": "Sangat segera"}


def open_document(label: QLabel, document, viewer) -> bool:
    """Export `document` to a temporary folder and open it in Word (to read or print), as
    the documents list does; the error is said in `label`. True when opened."""
    folder = Path(tempfile.mkdtemp(prefix="pengaduan-"))
    try:
        path = guarded(label, versions.export_docx, document,
                       folder / versions.suggested_filename(document), viewer=viewer)
    except Failed:
        return False
    return open_file(label.window(), label, path, opener=open_in_default_app)


def _text(widget) -> str:
    return widget.toPlainText().strip() if hasattr(widget, "toPlainText") \
        else widget.text().strip()


class ProductForm(QWidget):
    """What the forms share: the case they were filled from, the field widgets by output
    field name (to mark the one a ValidationError names), the one call per save."""

    saved = Signal(str)
    form_class: type = object

    def __init__(self, session, case: casefile.CaseFile, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.case = session, case
        self.ui = self.form_class()
        self.ui.setupUi(self)
        self.widgets: dict[str, QWidget] = {}
        self.ui.status_label.hide()
        self.last_document = None  # the naskah made last from this form

    def _mark(self, field: str | None) -> None:
        for widget in self.widgets.values():
            widget.setStyleSheet("")
        widget = self.widgets.get(field or "")
        if widget is not None:
            widget.setStyleSheet(INVALID_STYLE)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _refuse(self, field: str, text: str) -> None:
        show_error(self.ui.status_label, text)
        self._mark(field)

    def _call(self, work, *args, **kwargs):
        """One service call; a refusal is said under the form, its field marked (Failed)."""
        try:
            result = guarded(self.ui.status_label, work, *args, **kwargs)
        except Failed as failure:
            cause = failure.__cause__
            self._mark(cause.field if isinstance(cause, ValidationError) else None)
            raise
        self._mark(None)
        return result

    def _choose(self, edit) -> None:
        from app.files.filetypes import FILE_DIALOG_FILTER

        path, _filter = QFileDialog.getOpenFileName(
            self, _("Pilih berkas"), "", _("Berkas pindaian ({p})").format(
                p=FILE_DIALOG_FILTER))
        if path:
            edit.setText(path)

    def _read(self, edit) -> list[tuple[str, bytes]] | None:
        """The file chosen in `edit` as [(filename, content)], [] without one, None when
        it could not be read or is refused before reading (said under the form)."""
        from app.errors import PengaduanError
        from app.services.attachments import read_upload

        path = edit.text().strip()
        if not path:
            return []
        try:
            return [(Path(path).name, read_upload(path))]
        except OSError as exc:
            show_error(self.ui.status_label, _("Berkas tidak dapat dibaca: {e}").format(e=exc))
        except PengaduanError as exc:
            show_error(self.ui.status_label, str(exc))
        return None

    def _kept(self, kind: str, name: str) -> list[int]:
        """The files of this step's earlier version of `kind`, kept with the new one."""
        previous = self.case.outputs.get(kind)
        if previous is None or previous.step_no != self.case.current_step:
            return []
        return list(previous.fields.get(name, []))

    def _make(self, work) -> None:
        """Make a naskah with `work` and open it to print."""
        try:
            document = guarded(self.ui.status_label, work)
        except Failed:
            return
        self.last_document = document
        opened = open_document(self.ui.status_label, document, self.session.user)
        message = _("{t} versi {v} dibuat ({n}).").format(
            t=_(DOC_TYPES.get(document.doc_type)), v=document.version, n=document.number)
        if opened:
            message += " " + _("Dibuka untuk dicetak.")
        self.saved.emit(message)


class TelaahanForm(ProductForm):
    """Step 5: the telaahan staf's six parts, or why there is none."""

    form_class = Ui_TelaahanForm

    def __init__(self, session, case, parent=None):
        super().__init__(session, case, parent)
        ui = self.ui
        self.widgets = {part: getattr(ui, f"{part}_edit") for part in outputs.TELAAHAN_PARTS}
        self.widgets["pengecualian"] = ui.waiver_edit
        previous = case.outputs.get(outputs.TELAAHAN)
        data = previous.fields if previous else {}
        for part in outputs.TELAAHAN_PARTS:
            self.widgets[part].setPlainText(data.get(part, ""))
        ui.waiver_edit.setText(data.get("pengecualian", ""))
        ui.waiver_check.toggled.connect(self._waiver_toggled)
        ui.waiver_check.setChecked(bool(data.get("pengecualian")))
        ui.save_button.setIcon(icon("fa5s.save"))
        ui.save_button.clicked.connect(self.save)

    def _waiver_toggled(self, on: bool) -> None:
        self.ui.waiver_edit.setEnabled(on)
        for part in outputs.TELAAHAN_PARTS:
            self.widgets[part].setEnabled(not on)
        if on:
            self.ui.waiver_edit.setFocus()

    def save(self) -> None:
        if self.ui.waiver_check.isChecked():
            data = {"pengecualian": self.ui.waiver_edit.text().strip()}
            if not data["pengecualian"]:
                self._refuse("pengecualian", _("Tuliskan alasan tanpa telaahan."))
                return
        else:
            data = {part: _text(self.widgets[part]) for part in outputs.TELAAHAN_PARTS}
        try:
            document = self._call(drafts.save_review, self.session.user, self.case.id, data)
        except Failed:
            return
        self.saved.emit(_("Hasil telaahan tersimpan; Hasil Telaahan versi {v} dibuat "
                          "({n}).").format(v=document.version, n=document.number))


class NotaDinasForm(ProductForm):
    """Step 6: the nota dinas draft; every save is a new version with its .docx."""

    form_class = Ui_NotaDinasForm

    def __init__(self, session, case, parent=None):
        super().__init__(session, case, parent)
        ui = self.ui
        self.widgets = {"divisi": ui.divisi_combo, "yth": ui.yth_edit, "hal": ui.hal_edit,
                        "isi": ui.isi_edit, "tembusan": ui.tembusan_edit,
                        "lampiran": ui.lampiran_list, "sifat": ui.sifat_combo}
        self.divisions = {d["kode"]: d for d in settings.current().divisi_terkait}
        for code, division in self.divisions.items():
            ui.divisi_combo.addItem(division["nama"], code)
        for key, text in SIFAT_LABELS.items():
            ui.sifat_combo.addItem(_(text), key)
        ui.yth_edit.setMaxLength(255)
        ui.hal_edit.setMaxLength(500)
        previous = case.outputs.get(outputs.NOTA_DINAS)
        data = previous.fields if previous else {}
        # The division chosen before, else the one the office's list points the complaint to.
        code = data.get("divisi") or next((k for k, d in self.divisions.items()
                                           if d["nama"] == case.division), None)
        ui.divisi_combo.setCurrentIndex(ui.divisi_combo.findData(code) if code else -1)
        ui.divisi_combo.currentIndexChanged.connect(self._division_changed)
        ui.yth_edit.setText(data.get("yth") or (self.divisions[code]["jabatan"]
                                                if code in self.divisions else ""))
        ui.hal_edit.setText(data.get("hal") or _(
            "Tindak Lanjut Laporan Pengaduan Masyarakat Nomor Register {n}").format(
            n=case.register_no))
        ui.isi_edit.setPlainText(data.get("isi", ""))
        ui.tembusan_edit.setPlainText("\n".join(data.get("tembusan", [])))
        ui.sifat_combo.setCurrentIndex(max(0, ui.sifat_combo.findData(
            data.get("sifat", "segera"))))
        # What goes with it: as before, else what the complainant handed in (step 1).
        sent = set(data["lampiran"]) if previous else {
            a.id for a in case.attachments if a.step_no == 1}
        for a in case.attachments:
            item = QListWidgetItem(icon("fa5s.file"), f"{a.filename} ({a.kind_label})")
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if a.id in sent
                               else Qt.CheckState.Unchecked)
            ui.lampiran_list.addItem(item)
        ui.save_button.setIcon(icon("fa5s.save"))
        ui.save_button.clicked.connect(self.save)

    def _division_changed(self) -> None:
        """A new division: its head is the addressee (unless typed otherwise)."""
        heads = {d["jabatan"] for d in self.divisions.values()}
        division = self.divisions.get(self.ui.divisi_combo.currentData())
        typed = self.ui.yth_edit.text().strip()
        if division and (not typed or typed in heads):
            self.ui.yth_edit.setText(division["jabatan"])

    def data(self) -> dict:
        ui, files = self.ui, self.ui.lampiran_list
        return {
            "divisi": ui.divisi_combo.currentData() or "",
            "yth": ui.yth_edit.text().strip(), "hal": ui.hal_edit.text().strip(),
            "isi": ui.isi_edit.toPlainText().strip(),
            "tembusan": [line.strip() for line in ui.tembusan_edit.toPlainText().splitlines()
                         if line.strip()],
            "sifat": ui.sifat_combo.currentData(),
            "lampiran": [files.item(i).data(Qt.ItemDataRole.UserRole)
                         for i in range(files.count())
                         if files.item(i).checkState() == Qt.CheckState.Checked]}

    def save(self) -> None:
        try:
            document = self._call(drafts.save_draft, self.session.user, self.case.id,
                                  self.data())
        except Failed:
            return
        self.saved.emit(_("Konsep nota dinas tersimpan sebagai versi {v} ({n}).").format(
            v=document.version, n=document.number))


class AnswerForm(ProductForm):
    """Step 10: the division's answer, with its report or press release as a file."""

    form_class = Ui_AnswerForm

    def __init__(self, session, case, parent=None):
        super().__init__(session, case, parent)
        ui = self.ui
        self.widgets = {"isi": ui.isi_edit, "lampiran": ui.file_edit}
        previous = case.outputs.get(outputs.ANSWER)
        ui.isi_edit.setPlainText(previous.fields["isi"] if previous else "")
        ui.browse_button.clicked.connect(lambda: self._choose(ui.file_edit))
        ui.save_button.setIcon(icon("fa5s.save"))
        ui.save_button.clicked.connect(self.save)

    def save(self) -> None:
        text = _text(self.ui.isi_edit)
        if not text:  # said before a file is stored for nothing
            self._refuse("isi", _("Isi jawaban wajib diisi."))
            return
        files = self._read(self.ui.file_edit)
        if files is None:
            return
        try:  # the answer and its file: one transaction
            row = self._call(casefile.save_output, self.session.user, self.case.id,
                             outputs.ANSWER, {"isi": text, "lampiran": self._kept(
                                 outputs.ANSWER, "lampiran")},
                             files=files, file_kind="jawaban", file_field="lampiran")
        except Failed:
            return
        self.ui.file_edit.clear()  # stored: saving again does not attach it twice
        self.saved.emit(_("Jawaban divisi tersimpan (versi {v}).").format(v=row.version))


class DeliveryForm(ProductForm):
    """Step 14: the answer letter's text (from the division's answer) and how, when and
    with what proof it went out; the Surat Tanggapan made from the saved text."""

    form_class = Ui_DeliveryForm

    def __init__(self, session, case, parent=None):
        super().__init__(session, case, parent)
        ui = self.ui
        self.widgets = {"isi": ui.reply_edit, "saluran": ui.channel_combo,
                        "tanggal": ui.date_edit, "bukti": ui.proof_edit,
                        "dipublikasikan": ui.published_check,
                        "tiket_ditutup": ui.ticket_check, "catatan": ui.note_edit}
        for key, text in DELIVERY_CHANNELS.items():
            ui.channel_combo.addItem(_(text), key)
        reply, answer = case.outputs.get(outputs.REPLY), case.outputs.get(outputs.ANSWER)
        ui.reply_edit.setPlainText(reply.fields["isi"] if reply else
                                   answer.fields["isi"] if answer else "")
        done = case.outputs.get(outputs.DELIVERY)
        data = done.fields if done and done.step_no == case.current_step else {}
        channel = data.get("saluran") or ("lapor" if case.lapor_ticket else None)
        ui.channel_combo.setCurrentIndex(ui.channel_combo.findData(channel) if channel else -1)
        received = case.received_at.date()
        ui.date_edit.setMinimumDate(QDate(received.year, received.month, received.day))
        today = QDate(clock.today())  # the office's date, not this PC's
        ui.date_edit.setMaximumDate(today)
        ui.date_edit.setDate(QDate.fromString(data["tanggal"], Qt.DateFormat.ISODate)
                             if data.get("tanggal") else today)
        ui.published_check.setChecked(bool(data.get("dipublikasikan")))
        ui.ticket_check.setVisible(bool(case.lapor_ticket))  # only with a LAPOR! ticket
        ui.ticket_check.setText(_("Tiket SP4N-LAPOR! {t} sudah ditutup").format(
            t=case.lapor_ticket))
        ui.ticket_check.setChecked(bool(data.get("tiket_ditutup")))
        ui.note_edit.setText(data.get("catatan", ""))
        ui.note_edit.setMaxLength(2000)
        ui.browse_button.clicked.connect(lambda: self._choose(ui.proof_edit))
        ui.letter_button.setIcon(icon("fa5s.file-word"))
        ui.letter_button.clicked.connect(self.make_letter)
        ui.save_button.setIcon(icon("fa5s.save"))
        ui.save_button.clicked.connect(self.save)

    def save(self) -> None:
        ui = self.ui
        if not _text(ui.reply_edit):
            self._refuse("isi", _("Isi surat tanggapan wajib diisi."))
            return
        data = {"saluran": ui.channel_combo.currentData(),
                "tanggal": ui.date_edit.date().toPython().isoformat(),
                "dipublikasikan": ui.published_check.isChecked(),
                "tiket_ditutup": ui.ticket_check.isChecked() and bool(self.case.lapor_ticket),
                "catatan": ui.note_edit.text().strip()}
        if data["saluran"] is None:
            self._refuse("saluran", _("Pilih cara jawaban disampaikan."))
            return
        files = self._read(ui.proof_edit)
        if files is None:
            return
        try:  # the reply, the proof and the delivery: one transaction
            self._call(casefile.save_output, self.session.user, self.case.id,
                       outputs.DELIVERY, data | {"bukti": self._kept(outputs.DELIVERY, "bukti")},
                       files=files, file_kind="lainnya", file_field="bukti",
                       before=[(outputs.REPLY, {"isi": _text(ui.reply_edit)})])
        except Failed:
            return
        ui.proof_edit.clear()
        self.saved.emit(_("Surat tanggapan dan penyampaian jawaban tersimpan."))

    def make_letter(self) -> None:
        """The Surat Tanggapan from the stored text (save first), opened to print."""
        self._make(lambda: versions.generate(self.session.user, self.case.id,
                                             "surat_tanggapan"))


class DraftReview(ProductForm):
    """Steps 7 to 9: the draft as the official who corrects and initials it reads it; for
    the Kakanwil (step 9's sub-step) with "Cetak untuk Ditandatangani"."""

    form_class = Ui_SigningForm

    def __init__(self, session, case, fields_html, parent=None):
        super().__init__(session, case, parent)
        ui = self.ui
        draft = case.outputs.get(outputs.NOTA_DINAS)
        signing = case.product == "tanda_tangan"
        if signing:
            text = _("Konsep nota dinas versi {v} menunggu koreksi dan tanda tangan Anda. "
                     "Cetak, tanda tangani, pindai, lalu lampirkan pindaiannya pada \"Tanda "
                     "Tangan dan Teruskan\"; atau kembalikan untuk perbaikan dengan catatan.")
        else:
            text = _("Konsep nota dinas versi {v}: periksa isinya. Paraf Anda dicatat saat "
                     "Anda meneruskannya; bila perlu diperbaiki, kembalikan dengan catatan.")
        ui.info_label.setText(text.format(v=draft.version if draft else "-"))
        ui.print_button.setVisible(signing)
        ui.print_button.setIcon(icon("fa5s.print"))
        ui.print_button.clicked.connect(self.print_for_signing)
        if draft is None:
            ui.draft_view.setPlainText(_("Belum ada konsep nota dinas yang diisi di program "
                                         "(konsep diunggah sebagai berkas)."))
        else:
            ui.draft_view.setHtml(fields_html(
                _("Konsep nota dinas versi {v} ({by}, {at})").format(
                    v=draft.version, by=draft.by,
                    at=wording.short_datetime(draft.at)), draft.fields, case))

    def print_for_signing(self) -> None:
        self._make(lambda: drafts.print_for_signing(self.session.user, self.case.id))


FORMS = {outputs.TELAAHAN: TelaahanForm, outputs.NOTA_DINAS: NotaDinasForm,
         outputs.ANSWER: AnswerForm, outputs.DELIVERY: DeliveryForm}
