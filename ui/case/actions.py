"""The actions of the case screen: the buttons for what the current step allows the user
(`fill_actions`; on a closed complaint an administrator's Buka Kembali), and `ActionDialog`,
which collects what an action needs (the note, evidence file, waiver and override reason;
at a disposing step the addressees and instructions of the Lembar Disposisi; at the
Kakanwil's signature the signed scan, with Cetak untuk Ditandatangani) and makes the one
service call."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QFileDialog, QPushButton, QWidget

from app.i18n import _
from app.naskah import drafts
from app.office.vocab import ATTACHMENT_KINDS, DISPOSITION_INSTRUCTIONS
from app.services import casefile, workflow
from ui.case.product_forms import open_document
from ui.common import Failed, confirm_keys, guarded, icon, show_error, style_title
from ui.forms.ui_action_dialog import Ui_ActionDialog
from ui.forms.ui_case_dialog import Ui_CaseDialog

ACTION_ICONS = {
    workflow.FORWARD: ("fa5s.check-circle", "#1b6e20"),
    workflow.RETURN: ("fa5s.undo-alt", "#8a5300"),
    workflow.HOLD: ("fa5s.pause-circle", "#555555"),
    workflow.RESUME: ("fa5s.play-circle", "#1f3b63"),
}


def fill_actions(ui: Ui_CaseDialog, c: casefile.CaseFile, parent: QWidget,
                 start: Callable[[workflow.ActionInfo], object],
                 reopen: Callable[[], object] | None = None) -> dict[str, QPushButton]:
    """Fill the case screen's action group for `c`: a button for each action of the current
    step (clicking one calls `start(info)`) and the step's kelengkapan, or only the reason when
    it is another lane's turn; on a closed complaint only Buka Kembali, when `reopen` is
    given (an administrator). Returns the buttons by action name ("buka_kembali")."""
    layout = ui.action_layout
    while layout.count():
        widget = layout.takeAt(0).widget()
        if widget is not None:
            widget.hide()  # gone at once, not when the event loop deletes it
            widget.deleteLater()
    buttons: dict[str, QPushButton] = {}
    if c.current_step is None:
        ui.action_group.setVisible(reopen is not None)
        if reopen is not None:
            button = QPushButton(icon("fa5s.folder-open", "#8a5300"), _("Buka Kembali..."),
                                 parent)
            button.setObjectName("action_buka_kembali_button")
            button.clicked.connect(lambda _checked=False: reopen())
            layout.addWidget(button)
            buttons["buka_kembali"] = button
            ui.action_hint_label.setText(_(
                "Pengaduan sudah selesai dan hanya dapat dibaca. Administrator dapat "
                "membukanya kembali dengan alasan."))
        return buttons
    ui.action_group.setVisible(True)
    if not c.may_act:
        # Other lanes' actions are not offered at all; the reason says whose turn it is.
        reason = next((a.reason for a in c.actions if a.reason), "")
        ui.action_hint_label.setText(reason)
        ui.action_hint_label.setToolTip(reason)
        ui.action_hint_label.setStyleSheet("color: #555;")
        return buttons
    for info in c.actions:
        icon_name, color = ACTION_ICONS.get(info.name, ("fa5s.arrow-right", "#1f3b63"))
        button = QPushButton(icon(icon_name, color), info.label, parent)
        button.setObjectName(f"action_{info.name}_button")
        button.setEnabled(info.allowed)
        button.setToolTip(info.reason if not info.allowed else
                          (_("Perlu alasan administrator.") if info.needs_override else ""))
        button.setMinimumHeight(30)
        button.clicked.connect(lambda _checked=False, i=info: start(i))
        layout.addWidget(button)
        buttons[info.name] = button
    hint = ""
    if c.kelengkapan is not None:
        hint = _("Kelengkapan langkah ini: {k}").format(k=c.kelengkapan.name)
        if c.kelengkapan.present:
            hint += " - " + _("sudah ada.")
        elif c.kelengkapan.by_note:
            hint += " - " + _("dipenuhi oleh instruksi yang Anda tulis.")
        else:
            hint += " - " + _("belum ada; lampirkan saat mengambil tindakan.")
    ui.action_hint_label.setText(hint)
    ui.action_hint_label.setStyleSheet("color: #555;")
    return buttons


class ActionDialog(QDialog):
    """Collects what an action needs (note, evidence file and its kind, waiver, override
    reason) and makes the one service call. On any error it stays open with the content and
    says what happened; on success emits `action_done(message)` and closes."""

    action_done = Signal(str)

    def __init__(self, session, case: casefile.CaseFile, info: workflow.ActionInfo,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.case, self.info = session, case, info
        self.ui = Ui_ActionDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle(_("{a} - {no}").format(a=info.label, no=case.register_no))
        style_title(ui.title_label)
        ui.title_label.setText(info.label)
        ui.step_label.setText(_("Langkah {no} - {lane}: {act}").format(
            no=case.current_step, lane=case.current_lane, act=case.current_activity))
        ui.error_label.hide()
        for kind, text in ATTACHMENT_KINDS.items():
            ui.attachment_kind_combo.addItem(_(text), kind)
        kel = case.kelengkapan
        forward = info.name == workflow.FORWARD
        note_texts = {
            workflow.FORWARD: _("Instruksi disposisi *") if info.note_required
            else _("Catatan:"),
            workflow.RETURN: _("Alasan perbaikan *"),
            workflow.HOLD: _("Data yang kurang dari pelapor *"),
            workflow.RESUME: _("Catatan:"),
        }
        ui.note_label.setText(note_texts.get(info.name, _("Catatan:")))
        ui.note_edit.setPlaceholderText({
            workflow.RETURN: _("apa yang harus diperbaiki pada konsep nota dinas"),
            workflow.HOLD: _("data/berkas apa yang ditunggu dari pelapor"),
        }.get(info.name, _("mis. Proses lebih lanjut; koordinasikan dengan divisi terkait")
              if info.note_required else ""))
        show_files = forward
        for widget in (ui.attachment_label, ui.attachment_kind_combo, ui.file_edit,
                       ui.browse_button):
            widget.setVisible(show_files)
        if kel is not None and kel.attachment_kind:
            ui.attachment_kind_combo.setCurrentIndex(
                max(0, ui.attachment_kind_combo.findData(kel.attachment_kind)))
        needs_evidence = forward and kel is not None and not kel.present and not kel.by_note
        ui.waiver_label.setVisible(needs_evidence)
        ui.waiver_edit.setVisible(needs_evidence)
        ui.override_label.setVisible(info.needs_override)
        ui.override_edit.setVisible(info.needs_override)
        if forward and kel is not None:
            if kel.present:
                text = _("Kelengkapan ({k}) sudah ada pada pengaduan ini.").format(k=kel.name)
            elif kel.by_note:
                text = _("Kelengkapan ({k}) dipenuhi oleh instruksi di atas.").format(
                    k=kel.name)
            else:
                text = _("Kelengkapan ({k}) belum ada: lampirkan berkasnya, atau tuliskan "
                         "mengapa dikecualikan.").format(k=kel.name)
            ui.kelengkapan_label.setText(text)
            ui.kelengkapan_label.setStyleSheet("color: #555;")
        else:
            ui.kelengkapan_label.hide()
        icon_name, color = ACTION_ICONS.get(info.name, ("fa5s.check", "#1f3b63"))
        ui.confirm_button.setText(info.label)
        ui.confirm_button.setIcon(icon(icon_name, "white"))
        ui.confirm_button.setStyleSheet(f"QPushButton {{ background: {color}; color: white; "
                                        "padding: 5px 14px; }")
        ui.browse_button.clicked.connect(self.choose_file)
        ui.confirm_button.clicked.connect(self.confirm)
        ui.cancel_button.clicked.connect(self.reject)
        confirm_keys(self, lambda: self.confirm() if ui.confirm_button.isEnabled() else None)
        self.sheet = None  # the lembar disposisi made with the action
        self.printed = None  # the nota dinas version printed for signing
        self.targets: dict[str, QCheckBox] = {}
        self.instructions: dict[str, QCheckBox] = {}
        self.disposing = forward and case.product == "disposisi"
        ui.disposition_group.setVisible(self.disposing)
        if self.disposing:
            self._fill_disposition()
        # The Kakanwil's signature: the signed scan of the latest nota dinas version.
        self.signing = forward and case.product == "tanda_tangan"
        ui.print_button.setVisible(self.signing)
        ui.print_button.setIcon(icon("fa5s.print"))
        ui.print_button.clicked.connect(self.print_for_signing)
        if self.signing:
            ui.attachment_label.setText(_("Pindaian bertanda tangan:"))
            ui.attachment_kind_combo.setCurrentIndex(
                max(0, ui.attachment_kind_combo.findData("nota_dinas")))
            ui.attachment_kind_combo.hide()  # only the nota dinas is signed here
            ui.file_edit.setPlaceholderText(_("pindaian nota dinas yang sudah ditandatangani"))
            ui.kelengkapan_label.setText(_(
                "Lampirkan pindaian nota dinas versi terakhir yang telah Anda tanda tangani; "
                "pindaian itu dicatat sebagai versi bertanda tangan. Belum dicetak? Klik "
                "Cetak untuk Ditandatangani."))
            ui.kelengkapan_label.show()
        ui.note_edit.setFocus()

    # -- the disposition of this level
    def _lane_key(self) -> str:
        """The key of the lane acting now (the case names it)."""
        names = {name: key for key, name in self.session.lanes.items()}
        return names.get(self.case.current_lane, "")

    def _default_target(self) -> str | None:
        """The next step's lane by the complaint's SOP: the disposition's addressee unless
        the official ticks otherwise (the engine's default too)."""
        return self.case.disposition_default

    def _fill_disposition(self) -> None:
        ui, own, default = self.ui, self._lane_key(), self._default_target()
        for key, name in self.session.lanes.items():
            if key == own:
                continue
            box = QCheckBox(_(name), ui.disposition_group)
            box.setObjectName(f"target_{key}_check")
            box.setChecked(key == default)
            ui.targets_layout.addWidget(box)
            self.targets[key] = box
        for i, text in enumerate(DISPOSITION_INSTRUCTIONS):
            box = QCheckBox(_(text), ui.disposition_group)
            box.setObjectName(f"instruction_{i}_check")
            ui.instructions_layout.addWidget(box, i // 2, i % 2)
            self.instructions[text] = box

    def tick(self, targets: list[str] | None = None,
             instructions: list[str] | None = None) -> None:
        """Tick exactly these targets (lane keys) and instructions, as the user would."""
        if targets is not None:
            for key, box in self.targets.items():
                box.setChecked(key in targets)
        if instructions is not None:
            for text, box in self.instructions.items():
                box.setChecked(text in instructions)

    def disposition(self) -> dict | None:
        if not self.disposing:
            return None
        return {"kepada": [k for k, box in self.targets.items() if box.isChecked()],
                "instruksi": [t for t, box in self.instructions.items() if box.isChecked()]}

    def print_for_signing(self) -> None:
        try:
            document = guarded(self.ui.error_label, drafts.print_for_signing,
                               self.session.user, self.case.id)
        except Failed:
            return
        self.printed = document
        if open_document(self.ui.error_label, document, self.session.user):
            from ui.common import show_ok

            show_ok(self.ui.error_label, _(
                "Nota dinas versi {v} dibuka untuk dicetak: tanda tangani, pindai, lalu "
                "lampirkan pindaiannya di sini.").format(v=document.version))

    def choose_file(self) -> None:
        from app.files.filetypes import FILE_DIALOG_FILTER

        path, _filter = QFileDialog.getOpenFileName(
            self, _("Pilih berkas"), "", _("Berkas pindaian ({p})").format(p=FILE_DIALOG_FILTER))
        if path:
            self.ui.file_edit.setText(path)

    def request(self) -> casefile.ActionRequest:
        """What the user filled in; raises OSError when the chosen file cannot be read and
        FileRejected when it is empty or too large (checked before it is read)."""
        from app.services.attachments import read_upload

        ui = self.ui
        attachment = None
        path = ui.file_edit.text().strip() if self.info.name == workflow.FORWARD else ""
        if path:
            attachment = (ui.attachment_kind_combo.currentData(), Path(path).name,
                          read_upload(path))
        return casefile.ActionRequest(
            action=self.info.name, expected_version=self.case.row_version,
            note=ui.note_edit.toPlainText().strip(), waiver=ui.waiver_edit.text().strip(),
            override_reason=ui.override_edit.text().strip(), attachment=attachment,
            disposition=self.disposition())

    def confirm(self) -> None:
        from app.errors import PengaduanError

        try:
            request = self.request()
        except OSError as exc:
            show_error(self.ui.error_label, _("Berkas tidak dapat dibaca: {e}").format(e=exc))
            return
        except PengaduanError as exc:  # empty or too large: refused before reading
            show_error(self.ui.error_label, str(exc))
            return
        try:
            if self.disposing:
                complaint, self.sheet = guarded(
                    self.ui.error_label, drafts.dispose, self.session.user, self.case.id,
                    request, sheet=self.ui.sheet_check.isChecked())
            else:
                complaint = guarded(self.ui.error_label, casefile.take_action,
                                    self.session.user, self.case.id, request)
        except Failed:
            return
        if self.sheet is not None:
            open_document(self.ui.error_label, self.sheet, self.session.user)
        if complaint.current_step is None:
            message = _("{a}: pengaduan {no} selesai.").format(a=self.info.label,
                                                               no=complaint.register_no)
        else:
            message = _("{a}: pengaduan {no} kini pada langkah {s}.").format(
                a=self.info.label, no=complaint.register_no, s=complaint.current_step)
        self.action_done.emit(message)
        self.accept()
