"""The attachments of the case screen: the list (a copy saved, or opened: scans in the
program's own viewer, other files in the desktop's program), and Tambah Lampiran (file
dialog, drag and drop, scan and scan folder, each file checked) with the kind to file it as."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QPushButton, QTreeWidgetItem, QWidget

from app.i18n import _
from app.naskah.pdf import open_in_default_app
from app.office import wording
from app.office.vocab import ATTACHMENT_KINDS, DOC_TYPES
from app.services import attachments as stored_files
from app.services import casefile
from ui.common import Failed, fit_tree_columns, guarded, icon, show_error
from ui.forms.ui_case_dialog import Ui_CaseDialog
from ui.opening import open_file


class AttachmentsSection(QObject):
    """The attachments part of the case dialog `dialog` (its form `ui`). Emits
    `stored(message)` when files have been attached, so the dialog reloads and says so."""

    stored = Signal(str)

    def __init__(self, dialog: QWidget, ui: Ui_CaseDialog, session, complaint_id: int):
        super().__init__(dialog)
        self.dialog, self.ui = dialog, ui
        self.session, self.complaint_id = session, complaint_id
        self.viewer = None  # the viewer of the last scan opened
        ui.save_attachment_button.setIcon(icon("fa5s.download"))
        # Tambah Lampiran: file dialog, drag and drop, scan and scan folder, each file checked
        from ui.attachments.attach_panel import AttachPanel

        self.panel = AttachPanel(session.runner, ui.add_attachment_group,
                                 kind_source=ui.attachment_kind_combo.currentData)
        ui.attach_panel_layout.addWidget(self.panel)
        self.panel.files_ready.connect(self.store_attachments)
        ui.save_attachment_button.clicked.connect(self.save_attachment_copy)
        # Ubah Jenis: a file picked with the wrong kind is re-filed (audited, checked).
        self.change_kind_button = QPushButton(icon("fa5s.tag"), _("Ubah Jenis"), dialog)
        self.change_kind_button.setObjectName("change_kind_button")
        self.change_kind_button.setToolTip(_("Ubah jenis lampiran yang dipilih"))
        self.kind_menu = QMenu(self.change_kind_button)
        self.change_kind_button.setMenu(self.kind_menu)
        ui.attachment_button_layout.insertWidget(1, self.change_kind_button)
        ui.attachments_tree.currentItemChanged.connect(lambda *_a: self._offer_kind_change())
        ui.attachment_kind_combo.setPlaceholderText(_("Pilih jenis berkas..."))
        self.kinds: list[str] = []  # the kinds this user may file now
        ui.attachments_tree.itemDoubleClicked.connect(lambda *_a: self.open_attachment())

    def fill(self, c: casefile.CaseFile) -> None:
        # Only the kinds this user may add now; none: the group says why.
        # No kind until one is chosen: a file is never filed as a letter by default.
        combo, wanted = self.ui.attachment_kind_combo, self.ui.attachment_kind_combo.currentData()
        combo.clear()
        for kind in c.attach_kinds:
            combo.addItem(_(ATTACHMENT_KINDS[kind]), kind)
        combo.setCurrentIndex(c.attach_kinds.index(wanted) if wanted in c.attach_kinds else -1)
        self.kinds = [k for k in c.attach_kinds if k not in DOC_TYPES]
        self.kind_menu.clear()
        for kind in self.kinds:
            self.kind_menu.addAction(_(ATTACHMENT_KINDS[kind])).triggered.connect(
                lambda _c=False, k=kind: self.change_kind(k))
        group = self.ui.add_attachment_group
        group.setEnabled(bool(c.attach_kinds))
        group.setToolTip(c.write_refusal)
        tree = self.ui.attachments_tree
        tree.clear()
        for a in c.attachments:
            item = QTreeWidgetItem(tree, [a.filename, a.kind_label, str(a.step_no or "-"),
                                          wording.file_size(a.size),
                                          wording.short_datetime(a.created_at), a.created_by])
            item.setData(0, Qt.ItemDataRole.UserRole, a.id)
            item.setIcon(0, icon("fa5s.file-pdf" if a.filename.lower().endswith(".pdf")
                                 else "fa5s.file"))
            item.setToolTip(0, a.filename)
        fit_tree_columns(tree, {0: 320})  # the kind and the time whole; a long name elides
        self._offer_kind_change()

    def _offer_kind_change(self) -> None:
        self.change_kind_button.setEnabled(
            bool(self.kinds) and self._selected_attachment() is not None)
        self.change_kind_button.setToolTip(
            _("Ubah jenis lampiran yang dipilih") if self.kinds else
            self.ui.add_attachment_group.toolTip())

    def change_kind(self, kind: str) -> None:
        """File the selected attachment under `kind` (the service checks and audits)."""
        attachment_id = self._selected_attachment()
        if attachment_id is None:
            show_error(self.ui.message_label, _("Pilih lampiran terlebih dahulu."))
            return
        try:
            row = guarded(self.ui.message_label, stored_files.change_kind, self.session.user,
                          attachment_id, kind)
        except Failed:
            return
        self.stored.emit(_("Jenis lampiran {f} diubah menjadi {k}.").format(
            f=row.filename, k=_(ATTACHMENT_KINDS[kind])))

    def add_attachment(self, path: str | Path, kind: str) -> None:
        """Attach one file as if picked with `kind` chosen (checked like any other)."""
        combo = self.ui.attachment_kind_combo
        combo.setCurrentIndex(combo.findData(kind))
        self.panel.add_paths([path])

    def store_attachments(self, prepared: list) -> None:
        """Store the panel's checked files (one batch, one kind: all or nothing), say so."""
        if not prepared:
            return
        kind = prepared[0].kind
        if not kind:
            show_error(self.ui.message_label, _(
                "Pilih jenis berkas terlebih dahulu, lalu tambahkan berkasnya lagi."))
            return
        try:
            stored = guarded(self.ui.message_label, casefile.attach_files, self.session.user,
                             self.complaint_id, kind,
                             [(item.filename, item.content, item.info) for item in prepared])
        except Failed:
            return
        names = ", ".join(item.info.filename for item in stored)
        message = _("Lampiran {f} ditambahkan.").format(f=names)
        signed = [item.signed_document for item in stored if item.signed_document]
        if signed:
            message += " " + _("Dicatat sebagai pindaian bertanda tangan {t} versi {v}.").format(
                t=DOC_TYPES.get(signed[0].doc_type), v=signed[0].version)
        self.stored.emit(message)

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
        path, _filter = QFileDialog.getSaveFileName(self.dialog, _("Simpan salinan lampiran"),
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

            self.viewer = AttachmentViewer(self.dialog)
            self.viewer.setWindowFlag(Qt.WindowType.Window)
            self.viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.viewer.resize(1000, 760)
            self.viewer.open_attachment(attachment_id, self.session.user, self.session.runner)
            self.viewer.show()
            return
        if attachment_id is None:
            return
        try:
            filename, content = guarded(self.ui.message_label, casefile.attachment_file,
                                        attachment_id, self.session.user)
            target = Path(tempfile.mkdtemp(prefix="pengaduan-")) / filename
            target.write_bytes(content)
        except Failed:
            return
        open_file(self.dialog, self.ui.message_label, target, opener=open_in_default_app)
