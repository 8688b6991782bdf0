"""The Word round trip of the case screen: the working copies of naskah versions opened in
Word (or LibreOffice), watched until the case screen closes, and the bar in the documents
part that offers to store a saved copy as the next version. What is stored, and whether, is
app.naskah.versions' decision; this module only notices that a copy changed."""

from __future__ import annotations

import hashlib
import html
import logging
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.i18n import _
from app.naskah.templates import is_docx
from app.office import wording
from app.office.vocab import DOC_TYPES
from app.store.clock import now
from ui.common import icon

log = logging.getLogger(__name__)


def digest(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


@dataclass
class WorkingCopy:
    """A version written to the user's temp folder for Word. `version`: the version its
    content last matched (the one opened, then each one stored from it); `known`: the
    SHA-256 of the content the program has already dealt with (written, stored, ignored)."""

    path: Path
    doc_type: str
    version: int
    known: str
    offered: str = ""  # the content last reported, so one save is reported once


class WordWatch(QObject):
    """Watches working copies; emits `saved(WorkingCopy, bytes)` once per new content a
    copy was saved with. Editors save by writing a new file and renaming it over the old
    one, which ends a file watch: the path is watched again after every change, the folder
    too, and the copy is read once the saving has been quiet for DEBOUNCE_MS."""

    saved = Signal(object, bytes)
    DEBOUNCE_MS = 1000
    # A copy read mid-save (not yet a complete zip) is read again this many times.
    RETRIES = 5

    def __init__(self, parent: QObject, user_name: str):
        super().__init__(parent)
        self.user_name = user_name
        self.copies: dict[Path, WorkingCopy] = {}
        self._folder: Path | None = None
        self._retries = 0
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._changed)
        self.watcher.directoryChanged.connect(self._changed)
        self.quiet = QTimer(self, singleShot=True, interval=self.DEBOUNCE_MS)
        self.quiet.timeout.connect(self.check)

    @property
    def folder(self) -> Path:
        """This case screen's folder in the user's temp folder (private to the user: mkdtemp
        makes it readable by its owner only)."""
        if self._folder is None:
            safe = "".join(ch for ch in self.user_name if ch.isalnum()) or "pengguna"
            self._folder = Path(tempfile.mkdtemp(prefix=f"pengaduan-{safe}-"))
        return self._folder

    def watch(self, path: Path, doc_type: str, version: int) -> WorkingCopy:
        """Watch the copy just written at `path` (its content is the version's)."""
        copy = WorkingCopy(path, doc_type, version, digest(path.read_bytes()))
        self.copies[path] = copy
        if str(path.parent) not in self.watcher.directories():
            self.watcher.addPath(str(path.parent))  # catches a save that replaces the file
        self.watcher.addPath(str(path))
        return copy

    def dealt_with(self, copy: WorkingCopy, content: bytes, version: int | None = None) -> None:
        """The program has stored (as `version`) or the user ignored `content`."""
        copy.known = digest(content)
        if version is not None:
            copy.version = version

    def stop(self) -> None:
        """The case screen closed: nothing is watched any more (the copies stay on disk)."""
        self.quiet.stop()
        watched = self.watcher.files() + self.watcher.directories()
        if watched:
            self.watcher.removePaths(watched)
        self.copies.clear()

    def _changed(self, _path: str) -> None:
        watched = set(self.watcher.files())
        for path in self.copies:
            if str(path) not in watched and path.exists():
                self.watcher.addPath(str(path))  # replaced by the editor: watch the new file
        self._retries = 0
        self.quiet.start()  # restarts: read once the editor has finished writing

    def check(self) -> None:
        """Read every copy; report those saved with content not dealt with yet."""
        for copy in list(self.copies.values()):
            try:
                content = copy.path.read_bytes()
            except OSError as exc:  # being replaced, or locked for a moment
                log.info("salinan kerja belum dapat dibaca: %s (%s)", copy.path, exc)
                self._again()
                continue
            found = digest(content)
            if found in (copy.known, copy.offered):
                continue
            if not is_docx(content) and self._again():
                continue  # half written; a later look sees it whole
            copy.offered = found
            self.saved.emit(copy, content)

    def _again(self) -> bool:
        if self._retries >= self.RETRIES:
            return False
        self._retries += 1
        self.quiet.start()
        return True


class SavedCopyBar(QFrame):
    """The bar above the document list: "you saved this in Word; store it as the next
    version?" with Simpan sebagai versi baru / Abaikan, or why it cannot be stored. Emits
    `store(WorkingCopy, bytes)` or `ignore(WorkingCopy, bytes)`; holds no rule itself."""

    store = Signal(object, bytes)
    ignore = Signal(object, bytes)

    OFFER_STYLE = ("#saved_copy_bar { background: #fff8e1; border: 1px solid #e0b252; "
                   "border-radius: 4px; }")
    REFUSAL_STYLE = ("#saved_copy_bar { background: #fdecea; border: 1px solid #d9827a; "
                     "border-radius: 4px; }")

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("saved_copy_bar")
        self.copy: WorkingCopy | None = None
        self.content = b""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.icon_label = QLabel(self)
        self.text_label = QLabel(self)
        self.text_label.setObjectName("saved_copy_text")
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.store_button = QPushButton(icon("fa5s.save"), _("Simpan sebagai versi baru"), self)
        self.store_button.setObjectName("store_saved_copy_button")
        self.ignore_button = QPushButton(_("Abaikan"), self)
        self.ignore_button.setObjectName("ignore_saved_copy_button")
        layout.addWidget(self.icon_label)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.store_button)
        layout.addWidget(self.ignore_button)
        self.store_button.clicked.connect(lambda: self.store.emit(self.copy, self.content))
        self.ignore_button.clicked.connect(lambda: self.ignore.emit(self.copy, self.content))
        self.hide()

    def offer(self, copy: WorkingCopy, content: bytes, next_version: int) -> None:
        title = _(DOC_TYPES.get(copy.doc_type, copy.doc_type))
        self._show(copy, content, _(
            "<b>{t} versi {v} telah Anda ubah di Word</b> (disimpan pukul {j}). Simpan "
            "perubahan itu di sini sebagai versi {n}? Versi yang sudah ada tidak berubah.")
            .format(t=title, v=copy.version, j=wording.clock(now()), n=next_version),
            self.OFFER_STYLE, "fa5s.file-word", "#8a5a00")
        self.store_button.show()
        self.ignore_button.setText(_("Abaikan"))

    def refuse(self, copy: WorkingCopy, content: bytes, reason: str) -> None:
        title = _(DOC_TYPES.get(copy.doc_type, copy.doc_type))
        self._show(copy, content, _(
            "<b>Perubahan {t} yang Anda simpan di Word tidak dapat disimpan sebagai versi "
            "baru.</b> {r}").format(t=title, r=html.escape(reason, quote=False)),
            self.REFUSAL_STYLE, "fa5s.exclamation-triangle", "#b3261e")
        self.store_button.hide()
        self.ignore_button.setText(_("Tutup"))

    def _show(self, copy: WorkingCopy, content: bytes, text: str, style: str,
              icon_name: str, color: str) -> None:
        self.copy, self.content = copy, content
        self.setStyleSheet(style)
        self.text_label.setText(text)
        self.setToolTip(_("Salinan kerja: {p}").format(p=copy.path))
        self.icon_label.setPixmap(icon(icon_name, color).pixmap(24, 24))
        self.show()

