"""The case detail: all data of one complaint, its history (every pass of every step, with
working time against the SOP standard and each revision loop), attachments and documents,
and the actions the current step allows for the user. An action opens ActionDialog, which
collects the note, evidence file, waiver and override reason and makes one service call."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidgetItem,
    QWidget,
)

from app.i18n import _
from app.office import deadlines, wording
from app.office.vocab import ATTACHMENT_KINDS, DOC_TYPES
from app.services import casefile, naskah_records, workflow
from ui.common import (
    STATE_COLORS,
    Failed,
    guarded,
    icon,
    notify,
    show_error,
    show_ok,
    style_title,
)
from ui.forms.ui_action_dialog import Ui_ActionDialog
from ui.forms.ui_case_dialog import Ui_CaseDialog

log = logging.getLogger(__name__)

ACTION_ICONS = {
    workflow.FORWARD: ("fa5s.check-circle", "#1b6e20"),
    workflow.RETURN: ("fa5s.undo-alt", "#8a5300"),
    workflow.HOLD: ("fa5s.pause-circle", "#555555"),
    workflow.RESUME: ("fa5s.play-circle", "#1f3b63"),
}
RETURNED_TINT = QColor("#fff3d6")
OVER_STANDARD = QColor("#b3261e")


def _documents_module():
    try:
        from app.naskah import documents
    except ImportError:
        return None
    return documents


class CaseDialog(QDialog):
    """One complaint. Non-modal: several can be open. Emits `changed(complaint_id)` after an
    action so the lists refresh."""

    changed = Signal(int)

    def __init__(self, session, complaint_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.complaint_id = session, complaint_id
        self.ui = Ui_CaseDialog()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.case: casefile.CaseFile | None = None
        self.action_dialog: ActionDialog | None = None
        self.action_buttons: dict[str, QPushButton] = {}
        style_title(self.ui.register_label)
        self.ui.message_label.hide()
        self.ui.refresh_button.setIcon(icon("fa5s.sync-alt"))
        self.ui.refresh_button.clicked.connect(self.refresh)
        self.ui.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=self.refresh)
        for kind, text in ATTACHMENT_KINDS.items():
            self.ui.attachment_kind_combo.addItem(_(text), kind)
        self.ui.save_attachment_button.setIcon(icon("fa5s.download"))
        # Tambah Lampiran: file dialog, drag and drop, scan and scan folder, each file checked
        from ui.attachments.attach_panel import AttachPanel

        self.attach_panel = AttachPanel(session.runner, self.ui.add_attachment_group,
                                        kind_source=self.ui.attachment_kind_combo.currentData)
        self.ui.attach_panel_layout.addWidget(self.attach_panel)
        self.attach_panel.files_ready.connect(self.store_attachments)
        self.ui.save_attachment_button.clicked.connect(self.save_attachment_copy)
        self.ui.attachments_tree.itemDoubleClicked.connect(lambda *_a: self.open_attachment())
        self.ui.history_tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((260, 170, 70, 80, 130)):
            self.ui.attachments_tree.setColumnWidth(column, width)
        self._setup_documents()
        self._setup_swimlane()
        self.ui.tabs.setTabIcon(0, icon("fa5s.file-alt"))
        self.ui.tabs.setTabIcon(1, icon("fa5s.history"))
        self.ui.tabs.setTabIcon(2, icon("fa5s.paperclip"))
        self.ui.tabs.setTabIcon(3, icon("fa5s.project-diagram"))
        self.resize(1120, 760)
        self.refresh()

    # -- optional parts of other issues
    def _setup_swimlane(self) -> None:
        self.swimlane = None
        try:
            from ui.swimlane.view import SwimlaneView
        except ImportError:
            placeholder = QLabel(_("Diagram alur (swimlane) pengaduan ini akan tampil di sini."))
            placeholder.setObjectName("swimlane_placeholder")  # SWIMLANE PLACEHOLDER
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            placeholder.setStyleSheet("color: #777;")
            self.ui.swimlane_layout.addWidget(placeholder)
            return
        self.swimlane = SwimlaneView(self)
        self.ui.swimlane_layout.addWidget(self.swimlane)
        if hasattr(self.swimlane, "stepClicked"):
            self.swimlane.stepClicked.connect(self._show_step_in_history)

    def _setup_documents(self) -> None:
        documents = _documents_module()
        layout = self.ui.document_button_layout
        if documents is None:
            self.ui.documents_caption.setText(_("Dokumen (naskah dinas): belum tersedia"))
            return
        self.doc_type_combo = QComboBox(self)
        self.doc_type_combo.setObjectName("doc_type_combo")
        for key, text in DOC_TYPES.items():
            self.doc_type_combo.addItem(_(text), key)
        buttons = [
            ("generate_document_button", _("Buat Dokumen"), "fa5s.file-word",
             self.generate_document),
            ("open_document_button", _("Buka"), "fa5s.external-link-alt", self.open_document),
            ("save_document_button", _("Simpan .docx..."), "fa5s.save", self.save_document),
            ("pdf_document_button", _("Buat PDF..."), "fa5s.file-pdf", self.document_pdf),
        ]
        layout.addWidget(self.doc_type_combo)
        for name, text, icon_name, slot in buttons:
            button = QPushButton(icon(icon_name), text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            layout.addWidget(button)
        layout.addStretch(1)
        self.ui.documents_tree.itemDoubleClicked.connect(lambda *_a: self.open_document())

    # -- loading
    def refresh(self) -> None:
        try:
            case = guarded(self.ui.message_label, casefile.load, self.session.user,
                           self.complaint_id)
        except Failed:
            return
        self.case = case
        self._fill_header(case)
        self._fill_details(case)
        self._fill_history(case)
        self._fill_files(case)
        self._fill_actions(case)
        if self.swimlane is not None and hasattr(self.swimlane, "show_complaint"):
            try:
                self.swimlane.show_complaint(case.id)
            except Exception:  # noqa: BLE001 - the diagram must not break the case screen
                log.exception("swimlane gagal ditampilkan")

    def _fill_header(self, c: casefile.CaseFile) -> None:
        self.setWindowTitle(_("Pengaduan {no}").format(no=c.register_no))
        self.ui.register_label.setText(c.register_no)
        if c.status_code == "proses":
            state_text = {deadlines.OVERDUE: _("Terlambat"),
                          deadlines.DUE_SOON: _("Segera jatuh tempo")}.get(c.state,
                                                                          _("Tepat waktu"))
        else:
            state_text = c.status
        fg, bg = STATE_COLORS.get(c.state, (QColor("#1b6e20"), QColor("#e6f4e7"))) \
            if c.status_code == "proses" else (QColor("#333333"), QColor("#eeeeee"))
        self.ui.state_label.setText(f"  {state_text}  ")
        self.ui.state_label.setStyleSheet(
            f"color: {fg.name()}; background: {bg.name()}; border-radius: 4px; "
            "padding: 3px; font-weight: bold;")
        if c.current_step is None:
            position = _("Selesai pada {t}.").format(t=wording.short_datetime(c.closed_at))
        else:
            position = _("Langkah {no} dari {n} - {lane}: {act}").format(
                no=c.current_step, n=c.step_count, lane=c.current_lane, act=c.current_activity)
            if c.current_pass > 1:
                position += " " + _("(putaran ke-{p})").format(p=c.current_pass)
            if c.status_code == "ditunda":
                position += " " + _("- DITUNDA menunggu pelapor.")
            elif c.step_minutes_left is not None:
                position += " - " + _("{left} (batas langkah {t})").format(
                    left=wording.time_left(c.step_minutes_left),
                    t=wording.short_datetime(c.step_due_at))
        self.ui.position_label.setText(position)

    def _fill_details(self, c: casefile.CaseFile) -> None:
        ui = self.ui
        ui.received_value.setText(wording.short_datetime(c.received_at))
        ui.channel_value.setText(c.channel)
        ui.lapor_ticket_value.setText(c.lapor_ticket or "-")
        ui.category_value.setText(c.category)
        ui.tier_value.setText(c.tier)
        ui.subject_value.setText(c.subject_name)
        ui.summary_value.setText(c.summary)
        ui.description_value.setText(c.description)
        ui.confidentiality_value.setText(c.confidentiality)
        ui.due_value.setText(wording.short_datetime(c.due_at) or "-")
        ui.sop_value.setText(c.sop_number)
        r = c.reporter
        hidden = _("(dirahasiakan)")
        ui.reporter_name_value.setText(r.name)
        for widget, value in ((ui.reporter_nik_value, r.nik),
                              (ui.reporter_address_value, r.address),
                              (ui.reporter_phone_value, r.phone),
                              (ui.reporter_email_value, r.email)):
            widget.setText(value or ("-" if r.visible else hidden))
        ui.reporter_group.setToolTip("" if r.visible else _(
            "Identitas pelapor dilindungi (pengaduan {s}); hanya pejabat yang berwenang dapat "
            "melihatnya.").format(s=c.confidentiality.lower()))

    def _fill_history(self, c: casefile.CaseFile) -> None:
        tree = self.ui.history_tree
        tree.clear()
        for h in c.history:
            step = _("{no}").format(no=h.step_no)
            if h.is_revision:
                step += " " + _("(ke-{p})").format(p=h.pass_no)
            notes = [h.note] if h.note else []
            if h.waiver:
                notes.append(_("Kelengkapan dikecualikan: {w}").format(w=h.waiver))
            if h.override_reason:
                notes.append(_("Oleh administrator: {r}").format(r=h.override_reason))
            outcome = h.outcome or (_("sedang berjalan") if h.ended_at is None else "")
            item = QTreeWidgetItem(tree, [
                step, h.lane, h.actor or "-", wording.short_datetime(h.started_at),
                wording.short_datetime(h.ended_at),
                f"{wording.working_minutes(h.working_minutes)} / "
                f"{wording.working_minutes(h.standard_minutes)}", outcome, " | ".join(notes)])
            item.setToolTip(0, h.activity)
            item.setToolTip(6, outcome)
            item.setToolTip(7, "\n".join(notes))
            if h.over_standard:
                item.setForeground(5, OVER_STANDARD)
            if h.outcome_code == "dikembalikan":
                for column in range(tree.columnCount()):
                    item.setBackground(column, RETURNED_TINT)
            if h.ended_at is None:
                font = item.font(0)
                font.setBold(True)
                for column in range(tree.columnCount()):
                    item.setFont(column, font)
        for column in range(7):
            tree.resizeColumnToContents(column)
        tree.setColumnWidth(2, min(tree.columnWidth(2), 200))
        tree.setColumnWidth(6, min(tree.columnWidth(6), 190))
        worked = sum(h.working_minutes for h in c.history)
        text = _("{n} catatan langkah; waktu kerja {w} (standar SOP seluruhnya {s}); "
                 "{r} kali dikembalikan untuk perbaikan; {h} kali ditunda.").format(
            n=len(c.history), w=wording.working_minutes(worked),
            s=wording.working_minutes(c.standard_total),
            r=c.revision_loops, h=len(c.holds))
        self.ui.history_summary_label.setText(text)

    def _show_step_in_history(self, step_no: int) -> None:
        self.ui.tabs.setCurrentWidget(self.ui.history_tab)
        tree = self.ui.history_tree
        for i in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(i)
            if item.text(0).split()[0] == str(step_no):
                tree.setCurrentItem(item)

    def _fill_files(self, c: casefile.CaseFile) -> None:
        tree = self.ui.attachments_tree
        tree.clear()
        for a in c.attachments:
            item = QTreeWidgetItem(tree, [a.filename, a.kind_label, str(a.step_no or "-"),
                                          wording.file_size(a.size),
                                          wording.short_datetime(a.created_at), a.created_by])
            item.setData(0, Qt.ItemDataRole.UserRole, a.id)
            item.setIcon(0, icon("fa5s.file-pdf" if a.filename.lower().endswith(".pdf")
                                 else "fa5s.file"))
        docs = self.ui.documents_tree
        docs.clear()
        documents = _documents_module()
        names = DOC_TYPES if documents else {}
        for d in c.documents:
            item = QTreeWidgetItem(docs, [_(names.get(d.doc_type, d.doc_type)), d.number or "-",
                                          str(d.version), str(d.step_no or "-"),
                                          wording.short_datetime(d.created_at), d.created_by])
            item.setData(0, Qt.ItemDataRole.UserRole, d.id)
            item.setIcon(0, icon("fa5s.file-signature" if d.signed else "fa5s.file-word"))
        self.ui.tabs.setTabText(2, _("Lampiran dan Dokumen ({n})").format(
            n=len(c.attachments) + len(c.documents)))

    def _fill_actions(self, c: casefile.CaseFile) -> None:
        layout = self.ui.action_layout
        while layout.count():
            widget = layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.action_buttons = {}
        if c.current_step is None:
            self.ui.action_group.setVisible(False)
            return
        self.ui.action_group.setVisible(True)
        if not c.may_act:
            # Other lanes' actions are not offered at all; the reason says whose turn it is.
            reason = next((a.reason for a in c.actions if a.reason), "")
            self.ui.action_hint_label.setText(reason)
            self.ui.action_hint_label.setToolTip(reason)
            self.ui.action_hint_label.setStyleSheet("color: #555;")
            return
        for info in c.actions:
            icon_name, color = ACTION_ICONS.get(info.name, ("fa5s.arrow-right", "#1f3b63"))
            button = QPushButton(icon(icon_name, color), info.label, self)
            button.setObjectName(f"action_{info.name}_button")
            button.setEnabled(info.allowed)
            button.setToolTip(info.reason if not info.allowed else
                              (_("Perlu alasan administrator.") if info.needs_override else ""))
            button.setMinimumHeight(30)
            button.clicked.connect(lambda _checked=False, i=info: self.start_action(i))
            layout.addWidget(button)
            self.action_buttons[info.name] = button
        layout.addStretch(1)
        hint = ""
        if c.kelengkapan is not None:
            hint = _("Kelengkapan langkah ini: {k}").format(k=c.kelengkapan.name)
            if c.kelengkapan.present:
                hint += " - " + _("sudah ada.")
            elif c.kelengkapan.by_note:
                hint += " - " + _("dipenuhi oleh instruksi yang Anda tulis.")
            else:
                hint += " - " + _("belum ada; lampirkan saat mengambil tindakan.")
        self.ui.action_hint_label.setText(hint)
        self.ui.action_hint_label.setStyleSheet("color: #555;")

    # -- actions
    def start_action(self, info: workflow.ActionInfo) -> ActionDialog:
        dialog = ActionDialog(self.session, self.case, info, self)
        dialog.action_done.connect(self._action_done)
        self.action_dialog = dialog
        dialog.open()
        return dialog

    def _action_done(self, message: str) -> None:
        self.refresh()
        show_ok(self.ui.message_label, message)
        self.changed.emit(self.complaint_id)

    # -- attachments
    def choose_attachment(self) -> None:
        self.attach_panel.choose_files()

    def add_attachment(self, path: str | Path, kind: str) -> None:
        """Attach one file as if picked with `kind` chosen (checked like any other)."""
        combo = self.ui.attachment_kind_combo
        combo.setCurrentIndex(max(0, combo.findData(kind)))
        self.attach_panel.add_paths([path])

    def store_attachments(self, prepared: list) -> None:
        """Store the panel's checked files (one batch, one kind: all or nothing), say so."""
        if not prepared:
            return
        kind = prepared[0].kind or self.ui.attachment_kind_combo.currentData()
        try:
            stored = guarded(self.ui.message_label, casefile.attach_files, self.session.user,
                             self.complaint_id, kind,
                             [(item.filename, item.content, item.info) for item in prepared])
        except Failed:
            return
        self.refresh()
        names = ", ".join(item.info.filename for item in stored)
        message = _("Lampiran {f} ditambahkan.").format(f=names)
        signed = [item.signed_document for item in stored if item.signed_document]
        if signed:
            message += " " + _("Dicatat sebagai pindaian bertanda tangan {t} versi {v}.").format(
                t=_documents_module().DOC_TYPES.get(signed[0].doc_type), v=signed[0].version)
        show_ok(self.ui.message_label, message)
        self.changed.emit(self.complaint_id)

    def _selected_attachment(self) -> int | None:
        item = self.ui.attachments_tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def save_attachment_copy(self) -> None:
        attachment_id = self._selected_attachment()
        if attachment_id is None:
            show_error(self.ui.message_label, _("Pilih lampiran terlebih dahulu."))
            return
        try:
            filename, content = guarded(self.ui.message_label, casefile.attachment_file,
                                        attachment_id, self.session.user)
        except Failed:
            return
        path, _filter = QFileDialog.getSaveFileName(self, _("Simpan salinan lampiran"),
                                                    filename)
        if path:
            Path(path).write_bytes(content)

    def open_attachment(self) -> None:
        attachment_id = self._selected_attachment()
        item = self.ui.attachments_tree.currentItem()
        if attachment_id is not None and item is not None and Path(
                item.text(0)).suffix.lower() in (".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff"):
            # Scans open in the program's own viewer (hash checked; a mismatch is audited).
            from ui.attachments.viewer import AttachmentViewer

            self.viewer = AttachmentViewer(self)
            self.viewer.setWindowFlag(Qt.WindowType.Window)
            self.viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.viewer.resize(1000, 760)
            self.viewer.open_attachment(attachment_id, self.session.user, self.session.runner)
            self.viewer.show()
            return
        documents = _documents_module()
        if attachment_id is None or documents is None:
            return
        try:
            filename, content = guarded(self.ui.message_label, casefile.attachment_file,
                                        attachment_id, self.session.user)
            target = Path(tempfile.mkdtemp(prefix="pengaduan-")) / filename
            target.write_bytes(content)
            guarded(self.ui.message_label, documents.open_in_default_app, target)
        except Failed:
            return

    # -- documents (app.naskah.documents, when present)
    def _selected_document(self):
        item = self.ui.documents_tree.currentItem()
        if item is None:
            show_error(self.ui.message_label, _("Pilih dokumen terlebih dahulu."))
            return None
        doc_id = item.data(0, Qt.ItemDataRole.UserRole)
        return next((d for d in naskah_records.document_versions(self.complaint_id)
                     if d.id == doc_id), None)

    def generate_document(self) -> None:
        documents = _documents_module()
        doc_type = self.doc_type_combo.currentData()
        user, cid = self.session.user, self.complaint_id

        def done(document):
            self.refresh()
            show_ok(self.ui.message_label, _("{t} versi {v} dibuat ({n}).").format(
                t=DOC_TYPES.get(doc_type), v=document.version, n=document.number))
            self.changed.emit(cid)

        self.session.runner.run(lambda _p: documents.generate(user, cid, doc_type),
                                on_done=done, on_error=self._task_failed,
                                label=_("Membuat dokumen..."), parent=self)

    def _task_failed(self, exc: Exception) -> None:
        from app.errors import PengaduanError

        text = str(exc) if isinstance(exc, PengaduanError) else _(
            "Gagal: {e}").format(e=exc)
        show_error(self.ui.message_label, text)

    def _export_temp(self, document) -> Path | None:
        documents = _documents_module()
        folder = Path(tempfile.mkdtemp(prefix="pengaduan-"))
        try:
            return guarded(self.ui.message_label, documents.export_docx, document,
                           folder / documents.suggested_filename(document),
                           viewer=self.session.user)
        except Failed:
            return None

    def open_document(self) -> None:
        document = self._selected_document()
        if document is None:
            return
        path = self._export_temp(document)
        if path is not None:
            try:
                guarded(self.ui.message_label, _documents_module().open_in_default_app, path)
            except Failed:
                return

    def save_document(self) -> None:
        document = self._selected_document()
        if document is None:
            return
        documents = _documents_module()
        path, _filter = QFileDialog.getSaveFileName(
            self, _("Simpan dokumen"), documents.suggested_filename(document),
            _("Dokumen Word (*.docx)"))
        if path:
            try:
                guarded(self.ui.message_label, documents.export_docx, document, path,
                        viewer=self.session.user)
            except Failed:
                return

    def document_pdf(self) -> None:
        document = self._selected_document()
        if document is None:
            return
        documents = _documents_module()
        path = self._export_temp(document)
        if path is None:
            return

        def done(pdf):
            show_ok(self.ui.message_label, _("PDF dibuat: {p}").format(p=pdf))
            try:
                documents.open_in_default_app(pdf)
            except Exception as exc:  # noqa: BLE001 - the PDF exists; say where it is
                notify(self, _("PDF"), _("PDF disimpan di {p} ({e}).").format(p=pdf, e=exc))

        self.session.runner.run(lambda _p: documents.convert_to_pdf(path), on_done=done,
                                on_error=self._task_failed,
                                label=_("Membuat PDF dengan LibreOffice..."), parent=self)


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
        ui.note_edit.setFocus()

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
            override_reason=ui.override_edit.text().strip(), attachment=attachment)

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
            complaint = guarded(self.ui.error_label, casefile.take_action, self.session.user,
                                self.case.id, request)
        except Failed:
            return
        if complaint.current_step is None:
            message = _("{a}: pengaduan {no} selesai.").format(a=self.info.label,
                                                               no=complaint.register_no)
        else:
            message = _("{a}: pengaduan {no} kini pada langkah {s}.").format(
                a=self.info.label, no=complaint.register_no, s=complaint.current_step)
        self.action_done.emit(message)
        self.accept()
