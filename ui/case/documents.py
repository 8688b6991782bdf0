"""The documents (naskah dinas) of the case screen: the type to make and the buttons beside
the list (make, open in Word, upload an edited version, save as .docx, make a PDF), and the
list itself. Making a document and its PDF run in the background (`session.runner`).
"Buka di Word" opens a working copy that is watched while the case screen is open: when the
user saves it in Word, a bar above the list offers to store it as the next version
(ui.case.word_watch)."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QPushButton,
    QTreeWidgetItem,
    QWidget,
)

from app.errors import DocumentError
from app.i18n import _
from app.naskah import versions
from app.naskah.pdf import convert_to_pdf, open_in_default_app
from app.naskah.untrusted import checked_docx
from app.office import wording
from app.office.vocab import DOC_TYPES
from app.services import casefile, naskah_records
from ui.case.word_watch import SavedCopyBar, WordWatch, WorkingCopy
from ui.common import Failed, fit_tree_columns, guarded, icon, notify, show_error, show_ok
from ui.forms.ui_case_dialog import Ui_CaseDialog
from ui.opening import open_file


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
        self.doc_type_combo.setAccessibleName(_("Jenis dokumen"))
        buttons = [
            ("generate_document_button", _("Buat Dokumen"), "fa5s.file-word",
             self.generate_document),
            ("open_document_button", _("Buka di Word"), "fa5s.external-link-alt",
             self.open_document),
            ("upload_revision_button", _("Unggah Versi..."), "fa5s.upload",
             self.upload_revision),
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
        self.open_button = dialog.findChild(QPushButton, "open_document_button")
        self.open_button.setToolTip(_(
            "Membuka versi terpilih di Word. Jika Anda mengubah dan menyimpannya di Word, "
            "program menawarkan untuk menyimpannya sebagai versi baru."))
        self.upload_button = dialog.findChild(QPushButton, "upload_revision_button")
        ui.documents_tree.itemDoubleClicked.connect(lambda *_a: self.open_document())
        ui.documents_tree.currentItemChanged.connect(lambda *_a: self._selection_changed())
        self.writable: set[str] = set()  # naskah types the user may store a version of now
        self.latest: dict[str, int] = {}  # each type's latest version, as last loaded
        self.select_next: int | None = None  # a version just made: selected once listed
        # The Word round trip: copies watched until the case screen closes, the offer bar
        # between the caption and the list.
        self.word = WordWatch(self, session.user.username)
        self.word.saved.connect(self._copy_saved)
        self.pending: dict[Path, tuple[WorkingCopy, bytes]] = {}
        self.bar = SavedCopyBar(ui.files_tab)
        ui.files_layout.insertWidget(ui.files_layout.indexOf(ui.documents_tree), self.bar)
        self.bar.store.connect(self.store_saved_copy)
        self.bar.ignore.connect(self.ignore_saved_copy)
        dialog.installEventFilter(self)

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
        self.writable = set(c.naskah_types)
        self.latest = {}
        for d in c.documents:
            self.latest[d.doc_type] = max(self.latest.get(d.doc_type, 0), d.version)
        docs, selected = self.ui.documents_tree, self.select_next or self._selected_id()
        self.select_next = None
        docs.clear()
        for d in c.documents:
            item = QTreeWidgetItem(docs, [_(DOC_TYPES.get(d.doc_type, d.doc_type)),
                                          d.number or "-", str(d.version), str(d.step_no or "-"),
                                          wording.short_datetime(d.created_at), d.created_by])
            item.setData(0, Qt.ItemDataRole.UserRole, d.id)
            item.setData(1, Qt.ItemDataRole.UserRole, d.doc_type)
            item.setIcon(0, icon("fa5s.file-signature" if d.signed else "fa5s.file-word"))
            if d.id == selected:
                docs.setCurrentItem(item)
        fit_tree_columns(docs)  # Jenis, Nomor and Dibuat whole at 1280 px
        self._selection_changed()

    def _selected_id(self) -> int | None:
        item = self.ui.documents_tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _selection_changed(self) -> None:
        item = self.ui.documents_tree.currentItem()
        may = item is not None and item.data(1, Qt.ItemDataRole.UserRole) in self.writable
        self.upload_button.setEnabled(item is None or may)
        self.upload_button.setToolTip(
            _("Menyimpan dokumen Word (.docx) yang sudah diperbaiki sebagai versi baru dari "
              "dokumen terpilih.") if item is None or may else
            _("Anda tidak dapat menyimpan versi baru dokumen ini pada langkah ini."))

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
            self.select_next = document.id
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
        """Open the selected version in Word: a working copy in the user's temp folder,
        watched when the user may store a new version of it now, read-only otherwise."""
        document = self._selected_document()
        if document is None:
            return
        path = self.word.folder / versions.suggested_filename(document)
        writable = document.doc_type in self.writable
        # A copy being edited is reopened, never rewritten; so is a read-only one.
        if path not in self.word.copies and (writable or not path.exists()):
            try:
                if path.exists():
                    os.chmod(path, stat.S_IREAD | stat.S_IWRITE)  # was opened read-only
                guarded(self.ui.message_label, versions.export_docx, document, path,
                        viewer=self.session.user)
                if writable:
                    self.word.watch(path, document.doc_type, document.version)
                else:
                    os.chmod(path, stat.S_IREAD)  # Word opens it read-only and says so
            except Failed:
                return
            except OSError as exc:  # e.g. the read-only copy is still open in Word
                show_error(self.ui.message_label, _(
                    "Salinan {f} tidak dapat ditulis ({e}). Tutup berkas itu di Word, lalu "
                    "coba lagi.").format(f=path.name, e=exc.strerror or exc))
                return
        if not open_file(self.dialog, self.ui.message_label, path, opener=open_in_default_app):
            return
        if writable:
            show_ok(self.ui.message_label, _(
                "{t} versi {v} dibuka di Word. Setelah Anda menyimpannya di Word, program "
                "menawarkan untuk menyimpannya sebagai versi baru.").format(
                t=_(DOC_TYPES.get(document.doc_type)), v=document.version))
        else:
            show_ok(self.ui.message_label, _(
                "{t} versi {v} dibuka hanya untuk dibaca: Anda tidak dapat menyimpan versi "
                "baru dokumen ini pada langkah ini.").format(
                t=_(DOC_TYPES.get(document.doc_type)), v=document.version))

    # -- the Word round trip
    def _copy_saved(self, copy: WorkingCopy, content: bytes) -> None:
        """A working copy was saved with new content: offer it (or say why not)."""
        self.pending[copy.path] = (copy, content)
        if self.bar.isHidden() or self.bar.copy is copy:
            self._show_pending()
        self.ui.tabs.setCurrentWidget(self.ui.files_tab)  # where the bar is
        QApplication.alert(self.dialog)  # the taskbar flashes; nothing takes the focus

    def _show_pending(self) -> None:
        if not self.pending:
            self.bar.hide()
            return
        copy, content = next(iter(self.pending.values()))
        if copy.doc_type not in self.writable:
            self.bar.refuse(copy, content, _(
                "Anda tidak dapat menyimpan versi baru dokumen ini pada langkah ini."))
        else:
            try:
                checked_docx(content, copy.path.name)
            except DocumentError as exc:
                self.bar.refuse(copy, content, str(exc))
            else:
                self.bar.offer(copy, content, self.latest.get(copy.doc_type, 0) + 1)

    def store_saved_copy(self, copy: WorkingCopy, content: bytes) -> None:
        """Simpan sebagai versi baru: the saved copy becomes the next version."""
        try:
            document = guarded(self.ui.message_label, versions.store_revision,
                               self.session.user, self.complaint_id, copy.doc_type, content,
                               filename=copy.path.name)
        except Failed as failed:
            show_error(self.ui.message_label, "")  # said in the bar, beside the button
            self.bar.refuse(copy, content, str(failed))
            return
        self.word.dealt_with(copy, content, document.version)
        self.pending.pop(copy.path, None)
        self.select_next = document.id
        self.made.emit(_("Perubahan dari Word disimpan sebagai {t} versi {v}.").format(
            t=_(DOC_TYPES.get(copy.doc_type)), v=document.version))  # the list reloads
        self._show_pending()

    def ignore_saved_copy(self, copy: WorkingCopy, content: bytes) -> None:
        """Abaikan (or Tutup): this content is not offered again; a later save is."""
        self.word.dealt_with(copy, content)
        self.pending.pop(copy.path, None)
        self._show_pending()

    def upload_revision(self) -> None:
        """Unggah Versi: a .docx edited elsewhere, checked and stored as the next version
        of the selected document's type."""
        document = self._selected_document()
        if document is None:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self.dialog, _("Unggah versi baru {t}").format(t=_(DOC_TYPES.get(
                document.doc_type))), "", _("Dokumen Word (*.docx)"))
        if not path:
            return
        try:
            content = Path(path).read_bytes()
        except OSError as exc:
            show_error(self.ui.message_label, _("Berkas tidak dapat dibaca: {e}").format(e=exc))
            return
        try:
            stored = guarded(self.ui.message_label, versions.store_revision, self.session.user,
                             self.complaint_id, document.doc_type, content,
                             filename=Path(path).name)
        except Failed:
            return
        self.select_next = stored.id
        self.made.emit(_("{f} disimpan sebagai {t} versi {v}.").format(
            f=Path(path).name, t=_(DOC_TYPES.get(stored.doc_type)), v=stored.version))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # The case screen closes (or is hidden by the program, as QDialog.done() does):
        # the watch ends; a window minimised by the user keeps it.
        if watched is self.dialog and (event.type() == QEvent.Type.Close or (
                event.type() == QEvent.Type.Hide and not event.spontaneous())):
            self.word.stop()
            self.pending.clear()
            self.bar.hide()
        return False

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
                                label=_("Membuat PDF..."), parent=self.dialog)
