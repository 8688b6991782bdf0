"""The documents (naskah dinas) of the case screen: the type to make and the buttons beside
the list (make, open, save as .docx, make a PDF), and the list itself. Making a document and
its PDF run in the background (`session.runner`)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QPushButton, QTreeWidgetItem, QWidget

from app.i18n import _
from app.naskah import versions
from app.naskah.pdf import convert_to_pdf, open_in_default_app
from app.office import wording
from app.office.vocab import DOC_TYPES
from app.services import casefile, naskah_records
from ui.common import Failed, guarded, icon, notify, show_error, show_ok
from ui.forms.ui_case_dialog import Ui_CaseDialog


class DocumentsSection(QObject):
    """The documents part of the case dialog `dialog` (its form `ui`). Emits `made(message)`
    when a new version has been made, so the dialog reloads and says so."""

    made = Signal(str)

    def __init__(self, dialog: QWidget, ui: Ui_CaseDialog, session, complaint_id: int):
        super().__init__(dialog)
        self.dialog, self.ui = dialog, ui
        self.session, self.complaint_id = session, complaint_id
        layout = ui.document_button_layout
        self.doc_type_combo = QComboBox(dialog)
        self.doc_type_combo.setObjectName("doc_type_combo")
        buttons = [
            ("generate_document_button", _("Buat Dokumen"), "fa5s.file-word",
             self.generate_document),
            ("open_document_button", _("Buka"), "fa5s.external-link-alt", self.open_document),
            ("save_document_button", _("Simpan .docx..."), "fa5s.save", self.save_document),
            ("pdf_document_button", _("Buat PDF..."), "fa5s.file-pdf", self.document_pdf),
        ]
        layout.addWidget(self.doc_type_combo)
        for name, text, icon_name, slot in buttons:
            button = QPushButton(icon(icon_name), text, dialog)
            button.setObjectName(name)
            button.clicked.connect(slot)
            layout.addWidget(button)
        layout.addStretch(1)
        ui.documents_tree.itemDoubleClicked.connect(lambda *_a: self.open_document())

    def fill(self, c: casefile.CaseFile) -> None:
        # Only the naskah this user may make now (the services refuse the others anyway).
        combo, wanted = self.doc_type_combo, self.doc_type_combo.currentData()
        combo.clear()
        for key in c.naskah_types:
            combo.addItem(_(DOC_TYPES[key]), key)
        if wanted in c.naskah_types:
            combo.setCurrentIndex(c.naskah_types.index(wanted))
        button = self.dialog.findChild(QPushButton, "generate_document_button")
        button.setEnabled(bool(c.naskah_types))
        combo.setEnabled(bool(c.naskah_types))
        button.setToolTip("" if c.naskah_types else _(
            "Tidak ada naskah yang dapat Anda buat pada langkah ini."))
        docs = self.ui.documents_tree
        docs.clear()
        for d in c.documents:
            item = QTreeWidgetItem(docs, [_(DOC_TYPES.get(d.doc_type, d.doc_type)),
                                          d.number or "-", str(d.version), str(d.step_no or "-"),
                                          wording.short_datetime(d.created_at), d.created_by])
            item.setData(0, Qt.ItemDataRole.UserRole, d.id)
            item.setIcon(0, icon("fa5s.file-signature" if d.signed else "fa5s.file-word"))

    def _selected_document(self):
        item = self.ui.documents_tree.currentItem()
        if item is None:
            show_error(self.ui.message_label, _("Pilih dokumen terlebih dahulu."))
            return None
        doc_id = item.data(0, Qt.ItemDataRole.UserRole)
        return next((d for d in naskah_records.document_versions(self.complaint_id)
                     if d.id == doc_id), None)

    def generate_document(self) -> None:
        doc_type = self.doc_type_combo.currentData()
        if doc_type is None:
            return
        user, cid = self.session.user, self.complaint_id

        def done(document):
            self.made.emit(_("{t} versi {v} dibuat ({n}).").format(
                t=DOC_TYPES.get(doc_type), v=document.version, n=document.number))

        self.session.runner.run(lambda _p: versions.generate(user, cid, doc_type),
                                on_done=done, on_error=self._task_failed,
                                label=_("Membuat dokumen..."), parent=self.dialog)

    def _task_failed(self, exc: Exception) -> None:
        from app.errors import PengaduanError

        text = str(exc) if isinstance(exc, PengaduanError) else _(
            "Gagal: {e}").format(e=exc)
        show_error(self.ui.message_label, text)

    def _export_temp(self, document) -> Path | None:
        folder = Path(tempfile.mkdtemp(prefix="pengaduan-"))
        try:
            return guarded(self.ui.message_label, versions.export_docx, document,
                           folder / versions.suggested_filename(document),
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
                guarded(self.ui.message_label, open_in_default_app, path)
            except Failed:
                return

    def save_document(self) -> None:
        document = self._selected_document()
        if document is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self.dialog, _("Simpan dokumen"), versions.suggested_filename(document),
            _("Dokumen Word (*.docx)"))
        if path:
            try:
                guarded(self.ui.message_label, versions.export_docx, document, path,
                        viewer=self.session.user)
            except Failed:
                return

    def document_pdf(self) -> None:
        document = self._selected_document()
        if document is None:
            return
        path = self._export_temp(document)
        if path is None:
            return

        def done(pdf):
            show_ok(self.ui.message_label, _("PDF dibuat: {p}").format(p=pdf))
            try:
                open_in_default_app(pdf)
            except Exception as exc:  # noqa: BLE001 - the PDF exists; say where it is
                notify(self.dialog, _("PDF"), _("PDF disimpan di {p} ({e}).").format(p=pdf,
                                                                                     e=exc))

        self.session.runner.run(lambda _p: convert_to_pdf(path), on_done=done,
                                on_error=self._task_failed,
                                label=_("Membuat PDF dengan LibreOffice..."), parent=self.dialog)
