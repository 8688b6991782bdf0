"""The scan dialog: collect pages from a scanner (or from files), put them in order, turn
and delete them, and save them as one PDF. Finding scanners, scanning, importing and making
the PDF run on the worker thread; the dialog only shows pages and their order."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QImageReader, QPixmap, QTransform
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QListView,
    QListWidgetItem,
    QWidget,
)

from app.errors import PengaduanError
from app.files import scanning
from app.files.filetypes import FILE_DIALOG_FILTER
from app.i18n import _, ngettext
from app.office import timefmt
from app.services.attachments import max_bytes, read_upload
from app.store import clock
from ui.common import icon, show_error, show_ok
from ui.forms.ui_scan_dialog import Ui_ScanDialog

THUMB = QSize(120, 170)
RESOLUTIONS = (150, 200, 300)
COLORS = (("gray", "Abu-abu (surat biasa)"), ("color", "Warna (foto, stempel berwarna)"),
          ("lineart", "Hitam putih (ukuran terkecil)"))
PAGE_ROLE = Qt.ItemDataRole.UserRole


def thumbnail(page: scanning.ScanPage) -> QImage:
    """A small picture of the page, decoded at reduced size (safe off the GUI thread)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(page.data))
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if page.rotation:
        image = image.transformed(QTransform().rotate(page.rotation))
    return image


def _with_thumbnails(pages: list[scanning.ScanPage]) -> list[tuple[scanning.ScanPage, QImage]]:
    return [(page, thumbnail(page)) for page in pages]


class ScanDialog(QDialog):
    """After `accept()`, `pdf` holds the assembled PDF and `filename` its name. `backends`
    defaults to what this machine has (app.files.scanning.backends())."""

    def __init__(self, runner, parent: QWidget | None = None, *,
                 backends: list[scanning.ScanBackend] | None = None,
                 filename: str | None = None):
        super().__init__(parent)
        self.ui = Ui_ScanDialog()
        self.ui.setupUi(self)
        self.runner = runner
        self.backends = backends
        self.limit = max_bytes()  # the office's size limit, for files from the scan folder
        self.pdf: bytes | None = None
        self.filename = ""
        self._inbox_scans: list[scanning.InboxBackend] = []
        self._setup_widgets(filename)
        self._update_buttons()
        self.refresh_devices()

    def _setup_widgets(self, filename: str | None) -> None:
        ui = self.ui
        for dpi in RESOLUTIONS:
            ui.resolution_combo.addItem(f"{dpi} dpi", dpi)
        ui.resolution_combo.setCurrentIndex(RESOLUTIONS.index(scanning.DEFAULT_DPI))
        for key, text in COLORS:
            ui.color_combo.addItem(_(text), key)
        pages = ui.page_list
        pages.setViewMode(QListView.ViewMode.IconMode)
        pages.setIconSize(THUMB)
        pages.setGridSize(QSize(THUMB.width() + 24, THUMB.height() + 34))
        pages.setMovement(QListView.Movement.Snap)
        pages.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        pages.setDefaultDropAction(Qt.DropAction.MoveAction)
        pages.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        pages.setResizeMode(QListView.ResizeMode.Adjust)
        pages.setWrapping(True)
        pages.model().rowsMoved.connect(lambda *_a: self._renumber())
        pages.itemSelectionChanged.connect(self._update_buttons)
        for button, name in ((ui.scan_button, "fa5s.print"),
                             (ui.import_button, "fa5s.file-import"),
                             (ui.refresh_button, "fa5s.sync"),
                             (ui.move_left_button, "fa5s.arrow-left"),
                             (ui.move_right_button, "fa5s.arrow-right"),
                             (ui.rotate_left_button, "fa5s.undo"),
                             (ui.rotate_right_button, "fa5s.redo")):
            button.setIcon(icon(name))
        ui.delete_button.setIcon(icon("fa5s.trash-alt", "#b3261e"))
        ui.scan_button.clicked.connect(self.scan)
        ui.import_button.clicked.connect(lambda: self.import_files())
        ui.refresh_button.clicked.connect(self.refresh_devices)
        ui.device_combo.currentIndexChanged.connect(lambda _i: self._update_sources())
        ui.feeder_check.toggled.connect(lambda _on: self._update_sources())
        ui.move_left_button.clicked.connect(lambda: self.move_selected(-1))
        ui.move_right_button.clicked.connect(lambda: self.move_selected(+1))
        ui.rotate_left_button.clicked.connect(lambda: self.rotate_selected(-90))
        ui.rotate_right_button.clicked.connect(lambda: self.rotate_selected(90))
        ui.delete_button.clicked.connect(self.delete_selected)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        save = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setText(_("Simpan sebagai PDF"))
        ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Batal"))
        ui.filename_edit.setText(filename or f"pindaian-{timefmt.file_stamp(clock.now())}.pdf")

    # -- devices
    def refresh_devices(self) -> None:
        self.ui.device_combo.clear()
        self.ui.device_combo.setEnabled(False)
        self.ui.scan_button.setEnabled(False)
        self.ui.status_label.setStyleSheet("")
        self.ui.status_label.setText(_("Mencari pemindai di komputer ini..."))
        self.runner.run(lambda _progress: scanning.discover(self.backends, limit=self.limit),
                        on_done=self._devices_found, on_error=self._failed)

    def _devices_found(self, found: scanning.Discovery) -> None:
        combo = self.ui.device_combo
        combo.clear()
        for device in found.devices:
            combo.addItem(icon("fa5s.folder-open" if device.backend == "inbox"
                               else "fa5s.print"), device.label, device)
        has_any = bool(found.devices)
        combo.setEnabled(has_any)
        self.ui.scan_button.setEnabled(has_any)
        self._update_sources()
        if not has_any:
            combo.addItem(_("(tidak ada pemindai)"))
            text = _("Tidak ada pemindai yang terpasang di komputer ini. Halaman tetap dapat "
                     "ditambahkan dengan Impor Berkas (PDF, JPEG, PNG, TIFF).")
            if found.problems:
                text += " " + "; ".join(found.problems)
            show_error(self.ui.status_label, text)
        else:
            show_ok(self.ui.status_label, ngettext(
                "{n} pemindai ditemukan. Letakkan dokumen lalu tekan Pindai Halaman.",
                "{n} pemindai ditemukan. Letakkan dokumen lalu tekan Pindai Halaman.",
                len(found.devices)).format(n=len(found.devices)))

    def _update_sources(self) -> None:
        """The feeder and duplex choices follow what the chosen device offers."""
        device = self.ui.device_combo.currentData()
        feeder = device is not None and device.offers(scanning.FEEDER)
        self.ui.feeder_check.setEnabled(feeder)
        duplex = feeder and device.offers(scanning.DUPLEX) and self.ui.feeder_check.isChecked()
        self.ui.duplex_check.setEnabled(duplex)

    # -- adding pages
    def options(self) -> scanning.ScanOptions:
        ui = self.ui
        feeder = ui.feeder_check.isEnabled() and ui.feeder_check.isChecked()
        return scanning.ScanOptions(resolution=ui.resolution_combo.currentData(),
                                    color=ui.color_combo.currentData(), feeder=feeder,
                                    duplex=feeder and ui.duplex_check.isEnabled()
                                    and ui.duplex_check.isChecked())

    def scan(self) -> None:
        device = self.ui.device_combo.currentData()
        if device is None:
            return
        backend = scanning.backend_for(device, self.backends, limit=self.limit)
        options = self.options()

        def work(progress):
            try:
                return _with_thumbnails(backend.scan(device, options, progress=progress)), None
            except scanning.ScanInterrupted as exc:  # a jam: keep the pages before it
                return _with_thumbnails(exc.pages), exc

        self.runner.run(work, on_done=lambda result: self._scanned(backend, *result),
                        on_error=self._failed, label=_("Memindai..."), parent=self)

    def _scanned(self, backend: scanning.ScanBackend, pages,
                 interrupted: scanning.ScanInterrupted | None = None) -> None:
        self.add_pages(pages)
        if interrupted is not None:
            show_error(self.ui.status_label, str(interrupted))
        if isinstance(backend, scanning.InboxBackend):
            # The scan folder's files stay where they are until the PDF is stored.
            self._inbox_scans.append(backend)
            if backend.problems:
                show_error(self.ui.status_label, "\n".join(backend.problems))

    def inbox_files(self) -> list[Path]:
        """The scan folder's files behind the pages now in the dialog."""
        sources = [page.source for page in self.pages()]
        return list(dict.fromkeys(
            path for backend in self._inbox_scans for path in backend.files
            if any(s == path.name or s.startswith(path.name + " [") for s in sources)))

    def take_inbox_files(self) -> list[str]:
        """After the PDF was stored: its scan-folder files move to `dilampirkan/`.
        Returns a message per file that could not be moved."""
        problems = []
        for path in self.inbox_files():
            try:
                scanning.InboxBackend(path.parent).take([path])
            except scanning.ScanError as exc:
                problems.append(str(exc))
        return problems

    def import_files(self, paths: list[str] | None = None) -> None:
        if paths is None:
            paths, _filter = QFileDialog.getOpenFileNames(
                self, _("Impor halaman dari berkas"), "",
                _("Berkas pindaian ({p})").format(p=FILE_DIALOG_FILTER))
        if not paths:
            return
        dpi = self.ui.resolution_combo.currentData()

        def work(progress):
            pages = []
            for path in paths:
                pages += scanning.pages_from_file(Path(path).name, read_upload(path), dpi=dpi,
                                                  limit=max_bytes())
            return _with_thumbnails(pages)

        self.runner.run(work, on_done=self.add_pages, on_error=self._failed,
                        label=_("Mengimpor halaman..."), parent=self)

    def add_pages(self, pages: list[tuple[scanning.ScanPage, QImage]]) -> None:
        for page, image in pages:
            item = QListWidgetItem(QIcon(QPixmap.fromImage(image)), "")
            item.setData(PAGE_ROLE, page)
            item.setToolTip(page.source)
            self.ui.page_list.addItem(item)
        self._renumber()
        if pages:
            show_ok(self.ui.status_label, ngettext(
                "{n} halaman ditambahkan.", "{n} halaman ditambahkan.", len(pages)).format(
                n=len(pages)))

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, PengaduanError):
            show_error(self.ui.status_label, str(exc))
        elif isinstance(exc, OSError):
            show_error(self.ui.status_label, _("Berkas tidak dapat dibaca: {e}").format(e=exc))
        else:
            show_error(self.ui.status_label, _("Terjadi kesalahan: {e}").format(e=exc))

    # -- arranging pages
    def pages(self) -> list[scanning.ScanPage]:
        """The pages in their current order, with their rotations."""
        return [self.ui.page_list.item(i).data(PAGE_ROLE)
                for i in range(self.ui.page_list.count())]

    def _selected_rows(self) -> list[int]:
        return sorted(self.ui.page_list.row(item) for item in self.ui.page_list.selectedItems())

    def select_rows(self, rows: list[int]) -> None:
        self.ui.page_list.clearSelection()
        for row in rows:
            self.ui.page_list.item(row).setSelected(True)
        if rows:
            self.ui.page_list.setCurrentRow(rows[0], self.ui.page_list.selectionModel()
                                            .SelectionFlag.Current)

    def move_selected(self, step: int) -> None:
        rows = self._selected_rows()
        count = self.ui.page_list.count()
        if not rows or (step < 0 and rows[0] == 0) or (step > 0 and rows[-1] == count - 1):
            return
        for row in (rows if step < 0 else reversed(rows)):
            item = self.ui.page_list.takeItem(row)
            self.ui.page_list.insertItem(row + step, item)
        self._renumber()
        self.select_rows([row + step for row in rows])

    def rotate_selected(self, degrees: int) -> None:
        for item in self.ui.page_list.selectedItems():
            page = item.data(PAGE_ROLE).rotated(degrees)
            item.setData(PAGE_ROLE, page)
            item.setIcon(QIcon(QPixmap.fromImage(thumbnail(page))))

    def delete_selected(self) -> None:
        for row in reversed(self._selected_rows()):
            self.ui.page_list.takeItem(row)
        self._renumber()

    def _renumber(self) -> None:
        count = self.ui.page_list.count()
        for row in range(count):
            self.ui.page_list.item(row).setText(_("Hal. {n}").format(n=row + 1))
        self.ui.page_count_label.setText(ngettext("{n} halaman", "{n} halaman", count)
                                         .format(n=count))
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = bool(self.ui.page_list.selectedItems())
        for button in (self.ui.move_left_button, self.ui.move_right_button,
                       self.ui.rotate_left_button, self.ui.rotate_right_button,
                       self.ui.delete_button):
            button.setEnabled(selected)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            self.ui.page_list.count() > 0)

    # -- saving
    def accept(self) -> None:
        pages = self.pages()
        if not pages:
            show_error(self.ui.status_label, _("Belum ada halaman untuk disimpan."))
            return
        name = self.ui.filename_edit.text().strip() or "pindaian.pdf"
        if not name.lower().endswith(".pdf"):
            name += ".pdf"

        def done(pdf: bytes) -> None:
            self.pdf, self.filename = pdf, name
            super(ScanDialog, self).accept()

        self.runner.run(lambda _progress: scanning.assemble_pdf(pages), on_done=done,
                        on_error=self._failed, label=_("Menyusun PDF..."), parent=self)
