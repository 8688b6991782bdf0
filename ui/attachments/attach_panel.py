"""The attach panel: pick files, drop them, scan, or take what the scanner left in the scan
folder. Every file is checked by app.services.attachments.inspect on the worker thread before the
panel hands it on (`files_ready`); a bad file gets its Indonesian message and goes nowhere.
The host (intake dialog, case screen) decides what storing means for it; `kind_source`
gives the attachment kind chosen when the user picked, dropped or scanned (the check runs
on a worker thread, and the choice may have changed by the time it is done)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from app.errors import PengaduanError
from app.files import scanning
from app.files.filetypes import FILE_DIALOG_FILTER, FileInfo
from app.i18n import _, ngettext
from app.services.attachments import inspect, read_upload
from ui.attachments.inbox import InboxWatcher
from ui.common import icon, show_error, show_ok
from ui.forms.ui_attach_panel import Ui_AttachPanel

DROP_IDLE = ("QLabel { border: 2px dashed #9aa7b8; border-radius: 6px; color: #44505f;"
             " background: #f6f8fb; }")
DROP_HOVER = ("QLabel { border: 2px dashed #1f3b63; border-radius: 6px; color: #1f3b63;"
              " background: #e3ecf7; }")


@dataclass(frozen=True)
class PreparedFile:
    """A file that passed the checks, ready to store."""

    filename: str  # corrected to its real type
    content: bytes
    info: FileInfo
    kind: str | None = None  # the host's attachment kind when the file was given


def prepare(paths: list[str | Path], kind: str | None = None
            ) -> tuple[list[PreparedFile], list[str]]:
    """Read and check files (worker thread). Returns the good ones and one message per bad
    one; a bad file never stops the others."""
    good, problems = [], []
    for path in paths:
        path = Path(path)
        try:
            content = read_upload(path)
            info = inspect(path.name, content)
        except PengaduanError as exc:
            problems.append(str(exc))
        except OSError as exc:
            problems.append(_("Berkas '{f}' tidak dapat dibaca: {e}").format(
                f=path.name, e=exc.strerror or exc))
        else:
            good.append(PreparedFile(info.filename, content, info, kind))
    return good, problems


class AttachPanel(QWidget):
    """`files_ready(list[PreparedFile])` for checked files; `scan_dialog_factory(parent)`
    may be replaced (tests construct the dialog themselves and never wait on it).
    `kind_source()`, when given, names the attachment kind each file is meant as."""

    files_ready = Signal(list)

    def __init__(self, runner, parent: QWidget | None = None, *,
                 inbox_folder: str | Path | None = None, scan_backends=None,
                 settle_seconds: float = 2.0, kind_source=None):
        super().__init__(parent)
        self.kind_source = kind_source
        self.ui = Ui_AttachPanel()
        self.ui.setupUi(self)
        self.runner = runner
        self.scan_backends = scan_backends
        self.setAcceptDrops(True)
        self.ui.drop_label.setStyleSheet(DROP_IDLE)
        self.ui.choose_button.setIcon(icon("fa5s.paperclip"))
        self.ui.scan_button.setIcon(icon("fa5s.print"))
        self.ui.inbox_attach_button.setIcon(icon("fa5s.file-import"))
        self.ui.choose_button.clicked.connect(self.choose_files)
        self.ui.scan_button.clicked.connect(self.open_scan_dialog)
        self.ui.inbox_attach_button.clicked.connect(self.attach_inbox_files)
        self.ui.inbox_dismiss_button.clicked.connect(self.dismiss_inbox_files)
        self.ui.inbox_frame.hide()
        self.ui.message_label.hide()
        self.inbox_files: list[Path] = []
        self.watcher: InboxWatcher | None = None
        folder = Path(inbox_folder) if inbox_folder else scanning.inbox_folder()
        if folder is not None and folder.is_dir():
            self.watcher = InboxWatcher(folder, self, settle_seconds=settle_seconds)
            self.watcher.arrived.connect(self._inbox_arrived)
            self.watcher.check()

    # -- choosing and dropping
    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, _("Pilih berkas lampiran"), "",
            _("Berkas pindaian ({p})").format(p=FILE_DIALOG_FILTER))
        if paths:
            self.add_paths(paths)

    def add_paths(self, paths: list[str | Path], *, on_added=None) -> None:
        """Check `paths` off the GUI thread, then emit the good ones."""
        kind = self.current_kind()

        def done(result):
            good, problems = result
            if problems:
                show_error(self.ui.message_label, "\n".join(problems))
                self.ui.message_label.show()
            else:
                self.ui.message_label.hide()
            if good:
                self.files_ready.emit(good)
            if on_added is not None:
                on_added(good, problems)

        self.runner.run(lambda _progress: prepare(paths, kind), on_done=done,
                        on_error=self._failed, label=_("Memeriksa berkas..."), parent=self)

    def current_kind(self) -> str | None:
        return self.kind_source() if self.kind_source is not None else None

    def _failed(self, exc: Exception) -> None:
        show_error(self.ui.message_label, str(exc))
        self.ui.message_label.show()

    def show_message(self, text: str, *, error: bool = False) -> None:
        (show_error if error else show_ok)(self.ui.message_label, text)
        self.ui.message_label.show()

    @staticmethod
    def _local_paths(mime) -> list[str]:
        if not mime.hasUrls():
            return []
        return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event):  # noqa: N802 - Qt override
        if self._local_paths(event.mimeData()):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self.ui.drop_label.setStyleSheet(DROP_HOVER)
        else:
            event.ignore()

    def dragLeaveEvent(self, event):  # noqa: N802 - Qt override
        self.ui.drop_label.setStyleSheet(DROP_IDLE)
        super().dragLeaveEvent(event)

    def dropEvent(self, event):  # noqa: N802 - Qt override
        self.ui.drop_label.setStyleSheet(DROP_IDLE)
        paths = self._local_paths(event.mimeData())
        if paths:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self.add_paths(paths)

    # -- scanning
    def scan_dialog_factory(self, parent):
        from ui.attachments.scan_dialog import ScanDialog

        return ScanDialog(self.runner, parent, backends=self.scan_backends)

    def open_scan_dialog(self):
        """Open the scan dialog without blocking; its PDF comes back as a checked file."""
        dialog = self.scan_dialog_factory(self)
        kind = self.current_kind()
        dialog.accepted.connect(lambda: self.take_scan(dialog.filename, dialog.pdf, kind=kind,
                                                       dialog=dialog))
        dialog.open()
        return dialog

    def take_scan(self, filename: str, pdf: bytes | None, *, kind: str | None = None,
                  dialog=None) -> None:
        """Hand the scan's PDF on; only then do the scan-folder files behind its pages
        leave the folder (a refused PDF leaves them all where they were)."""
        if not pdf:
            return
        kind = kind if kind is not None else self.current_kind()
        try:
            info = inspect(filename, pdf)
        except PengaduanError as exc:
            self._failed(exc)
            return
        self.ui.message_label.hide()
        self.files_ready.emit([PreparedFile(info.filename, pdf, info, kind)])
        problems = dialog.take_inbox_files() if dialog is not None else []
        if problems:
            self.show_message("\n".join(problems), error=True)

    # -- scan folder
    def _inbox_arrived(self, paths: list[Path]) -> None:
        self.inbox_files += [p for p in paths if p not in self.inbox_files]
        names = ", ".join(p.name for p in self.inbox_files[:3])
        if len(self.inbox_files) > 3:
            names += ", ..."
        self.ui.inbox_label.setText(ngettext(
            "{n} berkas baru di folder pindaian: {f}",
            "{n} berkas baru di folder pindaian: {f}", len(self.inbox_files)).format(
            n=len(self.inbox_files), f=names))
        self.ui.inbox_frame.show()

    def attach_inbox_files(self) -> None:
        paths = list(self.inbox_files)

        def added(good, _problems):
            # Attached files leave the folder (kept in dilampirkan/); refused ones stay
            # for the user to see, and are not offered again.
            taken = {item.info.sha256 for item in good}
            for path in paths:
                try:
                    if path.exists() and _sha256(path) in taken:
                        self.watcher.inbox.take(path)
                except (OSError, PengaduanError) as exc:
                    self._failed(exc)

        self._clear_inbox()
        self.add_paths(paths, on_added=added)

    def dismiss_inbox_files(self) -> None:
        for path in self.inbox_files:
            try:
                self.watcher.inbox.dismiss(path)
            except PengaduanError as exc:
                self._failed(exc)
        self._clear_inbox()

    def _clear_inbox(self) -> None:
        self.inbox_files = []
        self.ui.inbox_frame.hide()


def _sha256(path: Path) -> str:
    from app.store import blobs

    return blobs.digest(path.read_bytes())
