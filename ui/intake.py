"""Pengaduan Baru: the intake form (step 1). Validation is the core's (validate_intake); the
form only points at the field the core names. Files come through the attach panel (file
dialog, drag and drop, scan, scan folder), which checks each one when it is given: a bad
file gets its Indonesian message there and is not listed. Saving registers the complaint,
attaches the files in the same transaction, completes step 1 and shows the register
number."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from app.errors import InvalidFields, ValidationError
from app.i18n import _
from app.office import timefmt, wording
from app.office.vocab import ATTACHMENT_KINDS, CATEGORIES, CHANNELS, CONFIDENTIALITY, SUBJECT_KINDS
from app.services import desk, fields, settings, workflow
from app.store import clock
from app.store.models import now
from ui.attachments.attach_panel import AttachPanel, PreparedFile
from ui.common import Failed, confirm_keys, guarded, icon, show_error, show_ok, style_title
from ui.forms.ui_intake_dialog import Ui_IntakeDialog

INVALID_STYLE = "border: 2px solid #b3261e; background: #fff5f5;"


class IntakeDialog(QDialog):
    """Emits `registered(complaint_id, register_no)` after a successful save; stays open with
    everything the user typed when the save fails."""

    registered = Signal(int, str)

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.ui = Ui_IntakeDialog()
        self.ui.setupUi(self)
        # (kind, filename, content, FileInfo): checked by the panel, stored on save
        self.files: list[tuple] = []
        self.complaint = None
        style_title(self.ui.title_label)
        self._fill_choices()
        # the one form's pieces, and the office's zone the time is recorded in
        self.ui.received_at_edit.setDisplayFormat(timefmt.qt_moment_with_zone())
        self.ui.received_at_edit.setDateTime(QDateTime(now()))
        self.ui.received_at_edit.setMaximumDateTime(QDateTime(now()).addSecs(60))
        self.ui.error_label.hide()
        # The complainant's own letter: number, date (none: no letter or undated), subject.
        today = QDate(clock.today())  # the office's date, not this PC's
        self.ui.letter_date_edit.setDate(today)
        self.ui.letter_date_edit.setMaximumDate(today)
        self.ui.letter_date_check.toggled.connect(self.ui.letter_date_edit.setEnabled)
        self.ui.letter_number_edit.textEdited.connect(self._letter_number_typed)
        self.receipt_box: QMessageBox | None = None  # the offer to print the Tanda Terima
        self.receipt_button: QPushButton | None = None
        self.receipt = None  # the Tanda Terima made from the offer
        self.ui.remove_file_button.setIcon(icon("fa5s.trash-alt", "#b3261e"))
        self.ui.save_button.setIcon(icon("fa5s.save", "white"))
        self.ui.save_button.setStyleSheet("QPushButton { background: #1f3b63; color: white;"
                                          " padding: 5px 14px; }")
        self.attach_panel = AttachPanel(
            session.runner, self.ui.attach_panel_host,
            kind_source=self.ui.attachment_kind_combo.currentData)
        self.ui.attach_panel_layout.addWidget(self.attach_panel)
        self.attach_panel.files_ready.connect(self.take_files)
        # No kind until one is chosen: a file is never filed as a letter by default.
        self.ui.attachment_kind_combo.setCurrentIndex(-1)
        self.kind_menu = QMenu(self)  # Ubah Jenis: re-file the selected file
        for key, text in ATTACHMENT_KINDS.items():
            self.kind_menu.addAction(_(text)).triggered.connect(
                lambda _c=False, k=key: self.set_file_kind(
                    self.ui.attachment_list.currentRow(), k))
        self.ui.change_kind_button.setMenu(self.kind_menu)
        self.ui.attachment_list.currentRowChanged.connect(
            lambda row: self.ui.change_kind_button.setEnabled(row >= 0))
        self.ui.change_kind_button.setEnabled(False)
        self.ui.remove_file_button.clicked.connect(self.remove_selected_file)
        self.ui.save_button.clicked.connect(self.save)
        self.ui.cancel_button.clicked.connect(self.reject)
        confirm_keys(self, self._confirm)
        self.problems: dict[str, str] = {}  # field -> message, shown until fixed
        self.discard_box: QMessageBox | None = None  # "throw the filled form away?"
        self.ui.confidentiality_combo.currentIndexChanged.connect(self._confidentiality_changed)
        self.ui.subject_kind_combo.currentIndexChanged.connect(self._subject_kind_changed)
        permission = desk.intake_permission(session.user)
        self.ui.override_label.setVisible(permission.needs_override)
        self.ui.override_edit.setVisible(permission.needs_override)
        self.ui.override_edit.setPlaceholderText(permission.reason)
        if not permission.allowed:
            self.ui.save_button.setEnabled(False)
            self.ui.save_button.setToolTip(permission.reason)
            show_error(self.ui.error_label, permission.reason)
        self._fields = {
            "received_at": self.ui.received_at_edit, "channel": self.ui.channel_combo,
            "subject_kind": self.ui.subject_kind_combo, "subject_name": self.ui.subject_name_edit,
            "category": self.ui.category_combo, "tier": self.ui.tier_combo,
            "summary": self.ui.summary_edit, "description": self.ui.description_edit,
            "confidentiality": self.ui.confidentiality_combo, "name": self.ui.name_edit,
            "nik": self.ui.nik_edit, "phone": self.ui.phone_edit, "email": self.ui.email_edit,
            "file": self.ui.attachment_list, "override": self.ui.override_edit,
            "letter_date": self.ui.letter_date_edit,
        }
        # The limits the core checks (app.services.fields) are the typing limits.
        for name in ("subject_name", "summary", "lapor_ticket", "name", "nik", "address",
                     "phone", "email", "waiver", "override", "letter_number",
                     "letter_subject"):
            self._fields[name] = getattr(self.ui, f"{name}_edit")
            self._fields[name].setMaxLength(fields.limit(name))
        self._subject_kind_changed()
        self._watch_fields()

    def _fill_choices(self) -> None:
        for combo, choices in ((self.ui.channel_combo, CHANNELS),
                               (self.ui.category_combo, CATEGORIES),
                               (self.ui.subject_kind_combo, SUBJECT_KINDS),
                               (self.ui.confidentiality_combo, CONFIDENTIALITY),
                               (self.ui.attachment_kind_combo, ATTACHMENT_KINDS)):
            for key, text in choices.items():
                combo.addItem(_(text), key)
        office = settings.current()
        for key, tier in office.tiers.items():
            self.ui.tier_combo.addItem(_("{n} ({d} hari kerja)").format(
                n=_(tier["nama"]), d=tier["hari_kerja"]), key)
        # The office's divisions and work units (an administrator's list in the database).
        for division in office.divisi_terkait:
            self.ui.subject_division_combo.addItem(division["nama"], division["kode"])
        self.ui.subject_division_combo.setCurrentIndex(-1)
        self.ui.subject_division_combo.activated.connect(self._division_chosen)
        self.ui.subject_name_edit.textChanged.connect(self._subject_name_typed)

    def _subject_kind_changed(self) -> None:
        """A complaint about a division offers the office's list of divisions beside the
        name (another name may still be typed)."""
        self.ui.subject_division_combo.setVisible(
            self.ui.subject_kind_combo.currentData() == "divisi")

    def choose_division(self, code: str) -> None:
        """Pick the division `code` from the list, as the user would."""
        combo = self.ui.subject_division_combo
        combo.setCurrentIndex(combo.findData(code))
        self._division_chosen(combo.currentIndex())

    def _division_chosen(self, index: int) -> None:
        if index >= 0:
            self.ui.subject_name_edit.setText(self.ui.subject_division_combo.itemText(index))

    def _subject_name_typed(self, text: str) -> None:
        combo = self.ui.subject_division_combo
        combo.setCurrentIndex(combo.findText(text.strip()))

    def _confidentiality_changed(self) -> None:
        anonymous = self.ui.confidentiality_combo.currentData() == "anonim"
        for widget in (self.ui.name_edit, self.ui.nik_edit, self.ui.address_edit):
            widget.setEnabled(not anonymous)
        self.ui.name_label.setText(_("Nama") if anonymous else _("Nama *"))

    # -- files
    def choose_files(self) -> None:
        self.attach_panel.choose_files()

    def add_file(self, path: str | Path, kind: str | None = "surat") -> None:
        """Give one file as if picked with `kind` chosen (None: none chosen), checked like
        any other."""
        combo = self.ui.attachment_kind_combo
        combo.setCurrentIndex(combo.findData(kind) if kind else -1)
        self.attach_panel.add_paths([path])

    def take_files(self, prepared: list[PreparedFile]) -> None:
        """Checked files from the panel join the list (stored when the form is saved), each
        with the kind chosen when it was given, or none yet; the last one is selected."""
        for item in prepared:
            self.files.append((item.kind, item.filename, item.content, item.info))
            self.ui.attachment_list.addItem(QListWidgetItem(icon("fa5s.file-alt"), ""))
            self._show_file(len(self.files) - 1)
        if prepared:
            self.ui.attachment_list.setCurrentRow(len(self.files) - 1)
            self._recheck("file")

    def _show_file(self, row: int) -> None:
        kind, filename, _content, info = self.files[row]
        kind_label = (_(ATTACHMENT_KINDS.get(kind, kind)) if kind
                      else _("jenis belum dipilih"))
        self.ui.attachment_list.item(row).setText(_("{f}  ({k}, {t}, {p} hlm, {s})").format(
            f=filename, k=kind_label, t=info.type_label, p=info.pages,
            s=wording.file_size(info.size)))

    def set_file_kind(self, row: int, kind: str | None) -> None:
        if 0 <= row < len(self.files) and kind in ATTACHMENT_KINDS:
            self.files[row] = (kind, *self.files[row][1:])
            self._show_file(row)
            self._recheck("file")

    def remove_selected_file(self) -> None:
        row = self.ui.attachment_list.currentRow()
        if row >= 0:
            self.ui.attachment_list.takeItem(row)
            del self.files[row]
            self._recheck("file")

    # -- saving
    def inputs(self) -> tuple[workflow.ComplaintInput, workflow.PelaporInput]:
        ui = self.ui
        data = workflow.ComplaintInput(
            received_at=ui.received_at_edit.dateTime().toPython().replace(second=0,
                                                                          microsecond=0),
            channel=ui.channel_combo.currentData(), subject_kind=ui.subject_kind_combo
            .currentData(), subject_name=ui.subject_name_edit.text(),
            category=ui.category_combo.currentData(), tier=ui.tier_combo.currentData(),
            summary=ui.summary_edit.text(), description=ui.description_edit.toPlainText(),
            confidentiality=ui.confidentiality_combo.currentData(),
            lapor_ticket=ui.lapor_ticket_edit.text().strip(),
            letter_number=ui.letter_number_edit.text().strip(),
            letter_date=ui.letter_date_edit.date().toPython()
            if ui.letter_date_check.isChecked() else None,
            letter_subject=ui.letter_subject_edit.text().strip())
        anonymous = data.confidentiality == "anonim"
        pelapor = workflow.PelaporInput(
            name="" if anonymous else ui.name_edit.text(),
            nik="" if anonymous else ui.nik_edit.text().strip(),
            address="" if anonymous else ui.address_edit.text(),
            phone=ui.phone_edit.text().strip(), email=ui.email_edit.text().strip(),
            anonymous=anonymous)
        return data, pelapor

    def mark_invalid(self, field: str | None) -> None:
        """Mark `field` alone (None: none) and put the cursor in it."""
        self.show_problems({field: ""} if field else {}, message=False)

    def find_problems(self) -> dict[str, str]:
        """Every rule the form breaks now, by field, in the form's order: the core's
        (app.services.intake) and the files' (a letter or a reason, a kind for each)."""
        data, pelapor = self.inputs()
        found: dict[str, str] = {}
        try:
            workflow.validate_intake(data, pelapor)
        except InvalidFields as exc:
            for problem in exc.problems:
                found.setdefault(problem.field, str(problem))
        except ValidationError as exc:
            found[exc.field] = str(exc)
        unkinded = [name for kind, name, *_rest in self.files if not kind]
        if unkinded:
            found["file"] = _("Pilih jenis berkas untuk: {f}.").format(f=", ".join(unkinded))
        elif (not any(kind == "surat" for kind, *_rest in self.files)
              and not self.ui.waiver_edit.text().strip()):
            found["file"] = _("Lampirkan surat pengaduan (jenis \"Surat pengaduan\"), atau "
                              "isi alasan kelengkapan dikecualikan (mis. pengaduan lisan).")
        return found

    def show_problems(self, problems: dict[str, str], *, message: bool = True) -> None:
        """Mark every field with a problem and list every message (one per line); the
        cursor goes to the first. Each mark and message goes as its field is fixed."""
        self.problems = dict(problems)
        for name, widget in self._fields.items():
            widget.setStyleSheet(INVALID_STYLE if name in problems else "")
        self.ui.waiver_edit.setStyleSheet(INVALID_STYLE if "file" in problems else "")
        if message:
            texts = [text for text in problems.values() if text]
            show_error(self.ui.error_label, texts[0] if len(texts) == 1 else "\n".join(
                f"\u2022 {text}" for text in texts))
        first = next((self._fields[name] for name in problems if name in self._fields), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _watch_fields(self) -> None:
        for name, widget in self._fields.items():
            for signal in ("textChanged", "currentIndexChanged", "dateTimeChanged"):
                if hasattr(widget, signal) and name != "file":
                    getattr(widget, signal).connect(lambda *_a, n=name: self._recheck(n))
                    break
        self.ui.waiver_edit.textChanged.connect(lambda *_a: self._recheck("file"))
        self.ui.letter_date_check.toggled.connect(lambda *_a: self._recheck("letter_date"))

    def _recheck(self, name: str) -> None:
        """A field with a problem was edited: keep the problems still there, drop the fixed
        (never adds new ones while the user types)."""
        if name not in self.problems and not (name == "confidentiality" and self.problems):
            return
        now_found = self.find_problems()
        remaining = {field: now_found[field] for field in self.problems if field in now_found}
        if remaining != self.problems:
            focus = self.focusWidget()
            self.show_problems(remaining)
            if not remaining:
                self.ui.error_label.hide()
            if focus is not None:
                focus.setFocus(Qt.FocusReason.OtherFocusReason)  # typing goes on where it was

    def _confirm(self) -> None:
        if self.ui.save_button.isEnabled():
            self.save()

    def save(self) -> None:
        problems = self.find_problems()
        if problems:
            self.show_problems(problems)
            return
        data, pelapor = self.inputs()
        waiver = self.ui.waiver_edit.text().strip() or None
        try:
            complaint = guarded(self.ui.error_label, workflow.register_complaint,
                                self.session.user, data, pelapor, attachments=self.files,
                                waiver=waiver,
                                override_reason=self.ui.override_edit.text().strip() or None)
        except Failed as failure:
            cause = failure.__cause__
            if isinstance(cause, InvalidFields):
                self.show_problems({p.field: str(p) for p in reversed(cause.problems)})
            else:
                self.mark_invalid(cause.field if isinstance(cause, ValidationError) else None)
            return
        self.problems = {}
        self.mark_invalid(None)
        self.complaint = complaint
        show_ok(self.ui.error_label, _("Tersimpan dengan nomor register {no}.").format(
            no=complaint.register_no))
        self.registered.emit(complaint.id, complaint.register_no)
        self.offer_receipt()
        self.accept()

    # -- leaving: a filled form is not thrown away without asking
    def is_filled(self) -> bool:
        """Anything typed or attached (the preset date and choices do not count)."""
        ui = self.ui
        texts = [getattr(ui, f"{name}_edit").text() for name in (
            "subject_name", "summary", "lapor_ticket", "name", "nik", "address", "phone",
            "email", "waiver", "override", "letter_number", "letter_subject")]
        return bool(self.files or ui.description_edit.toPlainText().strip()
                    or any(t.strip() for t in texts))

    def reject(self) -> None:
        """Escape, Batal or the window's close: asks first when the form holds anything."""
        if self.complaint is not None or not self.is_filled():
            super().reject()
            return
        if self.discard_box is not None and self.discard_box.isVisible():
            return
        box = QMessageBox(QMessageBox.Icon.Question, _("Buang isian?"), _(
            "Formulir pengaduan ini sudah diisi. Tutup dan buang semua isiannya?"),
            parent=self)
        discard = box.addButton(_("Buang Isian"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(_("Kembali ke Formulir"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        discard.clicked.connect(lambda: QDialog.reject(self))
        self.discard_box = box
        box.open()

    # -- the receipt (Tanda Terima), offered right after the registration
    def offer_receipt(self) -> QMessageBox:
        """A "Cetak Tanda Terima" button on the window's success notice (or a notice of
        its own when there is none): the receipt is made and opened to print."""
        box = getattr(self.parent(), "last_notice", None)
        if not isinstance(box, QMessageBox) or not box.isVisible():
            box = QMessageBox(QMessageBox.Icon.Information, _("Pengaduan tersimpan"), _(
                "Pengaduan terdaftar dengan nomor register {no}.").format(
                no=self.complaint.register_no), parent=self.parentWidget())
            box.addButton(_("Tutup"), QMessageBox.ButtonRole.RejectRole)
            box.open()
        box.setInformativeText(_("Cetak tanda terima untuk pelapor sekarang?"))
        self.receipt_button = box.addButton(_("Cetak Tanda Terima"),
                                            QMessageBox.ButtonRole.ActionRole)
        self.receipt_button.setIcon(icon("fa5s.print"))
        self.receipt_button.clicked.connect(self.print_receipt)
        self.receipt_box = box
        return box

    def print_receipt(self) -> None:
        """Make the Tanda Terima of the complaint just registered and open it to print."""
        from app.naskah import versions
        from ui.case.product_forms import open_document
        from ui.common import notify

        parent = self.parentWidget() or self
        label = self.ui.error_label
        try:
            self.receipt = guarded(label, versions.generate, self.session.user,
                                   self.complaint.id, "tanda_terima")
        except Failed:
            self.receipt_notice = notify(parent, _("Tanda terima"), label.text(), error=True)
            return
        if not open_document(label, self.receipt, self.session.user):
            self.receipt_notice = notify(parent, _("Tanda terima"), label.text(), error=True)

    def _letter_number_typed(self, text: str) -> None:
        """A letter with a number usually has a date: offer the date field at once."""
        if text.strip() and not self.ui.letter_date_check.isChecked():
            self.ui.letter_date_check.setChecked(True)
