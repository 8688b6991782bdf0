"""The berkas pengaduan and the arsip tahunan in the GUI (issue 19): the case screen's
"Cetak Berkas" button and the administrator's "Arsip Tahunan" dialog. Both build off the
GUI thread with progress and a cancel button; the swimlane pages are drawn here, on the
GUI thread, by the same renderer as the swimlane's own print and export (ui.swimlane),
and handed to app.naskah.berkas, which knows no Qt."""

from __future__ import annotations

import datetime as dt
import logging
import tempfile
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import PengaduanError
from app.i18n import _
from ui.common import icon
from ui.worker import CancellableTask

log = logging.getLogger(__name__)


def swimlane_pdf(complaint_id: int, viewer, *, unmasked: bool = False) -> bytes:
    """The case's swimlane as PDF pages (A4 landscape), as its print and export draw it.
    Call on the GUI thread."""
    from app.services import swimlane
    from ui.swimlane import export_pdf

    with tempfile.TemporaryDirectory(prefix="bagan-") as tmp:
        path = Path(tmp) / "bagan.pdf"
        export_pdf(swimlane.complaint_chart(complaint_id, viewer=viewer, unmasked=unmasked),
                   path)
        return path.read_bytes()


class _ChartMaker(QObject):
    """Draws a swimlane on the GUI thread for a worker that asks (blocking until done)."""

    asked = Signal(int, object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.asked.connect(self._draw, Qt.ConnectionType.BlockingQueuedConnection)

    @Slot(int, object)
    def _draw(self, complaint_id: int, box: dict) -> None:
        try:
            box["pdf"] = swimlane_pdf(complaint_id, None, unmasked=True)  # the archive
        except Exception:  # noqa: BLE001 - a berkas without its chart, said on its page
            log.exception("bagan alir tidak dapat digambar")
            box["pdf"] = None

    def chart(self, complaint_id: int) -> bytes | None:
        if threading.current_thread() is threading.main_thread():
            self._draw(complaint_id, box := {})
        else:
            self.asked.emit(complaint_id, box := {})
        return box.get("pdf")


class ProgressDialog(QDialog):
    """A progress bar, a status line and Batal."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(360)
        layout = QVBoxLayout(self)
        self.status = QLabel(_("Menyiapkan..."))
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.cancel_button = QPushButton(_("Batal"))
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button, alignment=Qt.AlignmentFlag.AlignRight)

    def show_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.status.setText(_("{d} dari {t} bagian").format(d=done, t=total))


def _layout_holding(layout, widget):
    """The layout, `layout` or one nested in it, that holds `widget` itself."""
    if layout is None:
        return None
    if layout.indexOf(widget) >= 0:
        return layout
    for i in range(layout.count()):
        found = _layout_holding(layout.itemAt(i).layout(), widget)
        if found is not None:
            return found
    return None


def _message(widget, text: str, ok: bool) -> None:
    from ui.common import show_error, show_ok

    (show_ok if ok else show_error)(widget, text)


class BerkasPrinter(QObject):
    """The case screen's "Cetak Berkas": asks where to save, draws the swimlane, builds the
    berkas off the GUI thread as the signed-in user may see it, and reports in the case's
    message line."""

    finished = Signal(object)  # the Berkas, or the exception

    def __init__(self, dialog, *, synchronous: bool = False):
        super().__init__(dialog)
        self.dialog = dialog
        self.task = CancellableTask(self, synchronous=synchronous)
        self.progress: ProgressDialog | None = None
        self.button = QPushButton(icon("fa5s.book"), _("Cetak Berkas"))
        self.button.setObjectName("cetak_berkas_button")
        self.button.setToolTip(_("Seluruh berkas pengaduan ini sebagai satu PDF bermarkah: "
                                 "data, riwayat, bagan alir, naskah dan lampiran"))
        self.button.clicked.connect(lambda: self.print_berkas())
        refresh = dialog.ui.refresh_button
        layout = _layout_holding(refresh.parentWidget().layout(), refresh)
        if layout is not None and hasattr(layout, "insertWidget"):
            layout.insertWidget(layout.indexOf(refresh), self.button)  # beside "Muat Ulang"
        else:
            dialog.layout().addWidget(self.button)

    def ask_path(self) -> Path | None:
        case = self.dialog.case
        from app.naskah.berkas.arsip import safe_name

        default = str(Path.home() / f"berkas_{safe_name(case.register_no if case else '')}.pdf")
        path, _filter = QFileDialog.getSaveFileName(self.dialog, _("Simpan Berkas Pengaduan"),
                                                    default, _("PDF (*.pdf)"))
        return Path(path) if path else None

    def print_berkas(self, path: Path | None = None) -> None:
        path = path or self.ask_path()
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        complaint_id, user = self.dialog.complaint_id, self.dialog.session.user
        try:
            chart = swimlane_pdf(complaint_id, user)
        except Exception:  # noqa: BLE001 - the berkas says the chart is missing
            log.exception("bagan alir tidak dapat digambar")
            chart = None
        self.button.setEnabled(False)
        self.progress = ProgressDialog(_("Cetak Berkas"), self.dialog)
        self.progress.cancel_button.clicked.connect(self.task.cancel)
        if not self.task.synchronous:
            self.progress.show()

        def work(progress, cancelled):
            from app.naskah.berkas import build

            return build(complaint_id, user, path, swimlane_pdf=chart, progress=progress,
                         cancelled=cancelled)

        self.task.run(work, on_progress=self.progress.show_progress,
                      on_done=self._done, on_error=self._failed)

    def _close_progress(self) -> None:
        self.button.setEnabled(True)
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _done(self, berkas) -> None:
        self._close_progress()
        _message(self.dialog.ui.message_label, _(
            "Berkas disimpan ke {p} ({n} halaman).").format(p=berkas.path, n=berkas.pages),
            True)
        self.finished.emit(berkas)

    def _failed(self, exc: Exception) -> None:
        self._close_progress()
        if not isinstance(exc, PengaduanError | OSError):
            log.error("berkas gagal", exc_info=exc)
        _message(self.dialog.ui.message_label, str(exc) if isinstance(
            exc, PengaduanError | OSError) else _("Berkas tidak dapat dibuat: {e}").format(
                e=exc), False)
        self.finished.emit(exc)


class ArsipDialog(QDialog):
    """The administrator's yearly archive: year, folder, Buat / Lanjutkan, Periksa."""

    finished_work = Signal(object)

    def __init__(self, session, parent: QWidget | None = None, *, synchronous: bool = False):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(_("Arsip Tahunan Pengaduan"))
        self.task = CancellableTask(self, synchronous=synchronous)
        self.charts = _ChartMaker(self)
        layout = QVBoxLayout(self)
        intro = QLabel(_(
            "Setiap pengaduan yang selesai pada tahun ini: berkas PDF lengkap (tanpa "
            "penyamaran) dan berkas aslinya, dengan manifest CSV/JSON dan sidiknya. Bila "
            "terhenti, jalankan lagi dengan folder yang sama untuk melanjutkan."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.folder = QLineEdit()
        choose = QPushButton(_("Pilih..."))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.folder)
        row.addWidget(choose)
        form.addRow(_("Tahun selesai"), self.year)
        form.addRow(_("Folder arsip"), row)
        layout.addLayout(form)
        self.bar = QProgressBar()
        self.bar.setValue(0)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.start_button = QPushButton(icon("fa5s.archive"), _("Buat / Lanjutkan Arsip"))
        self.verify_button = QPushButton(icon("fa5s.check-double"), _("Periksa Arsip"))
        self.cancel_button = QPushButton(_("Hentikan"))
        self.cancel_button.setEnabled(False)
        close = QPushButton(_("Tutup"))
        for button in (self.start_button, self.verify_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.start_button.clicked.connect(self.start)
        self.verify_button.clicked.connect(self.check)
        self.cancel_button.clicked.connect(self.task.cancel)
        close.clicked.connect(self.close)
        self.resize(560, 240)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.task.cancel()  # a running archive stops after its complaint; run again to resume
        super().closeEvent(event)

    def _choose(self) -> None:
        path = QFileDialog.getExistingDirectory(self, _("Folder Arsip"), self.folder.text())
        if path:
            self.folder.setText(path)

    def _busy(self, busy: bool) -> None:
        self.start_button.setEnabled(not busy)
        self.verify_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)

    def _folder(self) -> Path | None:
        text = self.folder.text().strip()
        if not text:
            _message(self.status, _("Pilih folder arsip dahulu."), False)
            return None
        return Path(text)

    def start(self) -> None:
        folder = self._folder()
        if folder is None:
            return
        year, user, charts = self.year.value(), self.session.user, self.charts

        def work(progress, cancelled):
            from app.naskah.berkas.arsip import make_archive

            return make_archive(user, year, folder, swimlane=charts.chart, progress=progress,
                                cancelled=cancelled)

        self._busy(True)
        self.status.setText(_("Membuat arsip {y}...").format(y=year))
        self.task.run(work, on_progress=self._progress, on_done=self._made,
                      on_error=self._failed)

    def check(self) -> None:
        folder = self._folder()
        if folder is None:
            return

        def work(_progress, _cancelled):
            from app.naskah.berkas.arsip import verify

            return verify(folder)

        self._busy(True)
        self.task.run(work, on_progress=self._progress, on_done=self._verified,
                      on_error=self._failed)

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.status.setText(_("{d} dari {t} pengaduan").format(d=done, t=total))

    def _made(self, result) -> None:
        self._busy(False)
        _message(self.status, _("Arsip {y} selesai: {n} pengaduan, {b} berkas. Sidik manifest "
                                "{h}.").format(y=result.year, n=result.complaints,
                                               b=result.files, h=result.manifest_sha256[:16]),
                 True)
        self.finished_work.emit(result)

    def _verified(self, result) -> None:
        self._busy(False)
        if result.ok:
            _message(self.status, _("Arsip utuh: {n} berkas cocok dengan manifest.").format(
                n=result.checked), True)
        else:
            _message(self.status, _("Arsip TIDAK utuh ({n} masalah): {p}").format(
                n=len(result.problems), p="; ".join(result.problems[:5])), False)
        self.finished_work.emit(result)

    def _failed(self, exc: Exception) -> None:
        self._busy(False)
        _message(self.status, str(exc) if isinstance(exc, PengaduanError | OSError)
                 else _("Arsip gagal: {e}").format(e=exc), False)
        self.finished_work.emit(exc)


def install_archive_button(panel) -> QPushButton:
    """An "Arsip Tahunan..." button on the administrator's user panel (ui.admin)."""
    button = QPushButton(icon("fa5s.archive"), _("Arsip Tahunan..."))
    button.setObjectName("arsip_tahunan_button")

    def open_dialog():
        panel.arsip_dialog = ArsipDialog(panel.session, panel)
        panel.arsip_dialog.show()

    button.clicked.connect(open_dialog)
    layout = panel.ui.button_layout
    layout.insertWidget(max(layout.count() - 1, 0), button)
    return button
