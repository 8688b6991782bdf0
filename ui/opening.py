"""Opening a file in the desktop's program ("Buka"), and what happens when this computer has
none for its type: a clear Indonesian notice naming where the file is, with "Simpan
Sebagai..." to keep a copy elsewhere (to a USB stick, to another PC), never the system's
raw error."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QWidget

from app.errors import NoProgramToOpen
from app.i18n import _
from ui.common import Failed, guarded, icon, show_error, show_ok

# The notice shown last (tests press its buttons; nothing blocks).
last_notice: QMessageBox | None = None


def ask_save_path(parent: QWidget | None, suggested: str) -> str:
    """Where to keep a copy (the file dialog; tests replace it)."""
    path, _filter = QFileDialog.getSaveFileName(parent, _("Simpan Sebagai"), suggested)
    return path


def open_file(parent: QWidget | None, label: QLabel, path: str | Path, *,
              opener: Callable[[Path], object], ask_save=None) -> bool:
    """Open `path` with `opener` (app.naskah.pdf.open_in_default_app); errors are said in
    `label`. With no program for the file, a notice offers "Simpan Sebagai..." (`ask_save`
    (parent, suggested name) -> path or "", default: the file dialog). True when opened."""
    global last_notice
    try:
        guarded(label, opener, Path(path))
    except Failed as failure:
        cause = failure.__cause__
        if not isinstance(cause, NoProgramToOpen):
            return False
        box = QMessageBox(QMessageBox.Icon.Information, _("Tidak dapat membuka berkas"),
                          str(cause), parent=parent)
        save = box.addButton(_("Simpan Sebagai..."), QMessageBox.ButtonRole.ActionRole)
        save.setIcon(icon("fa5s.download"))
        box.addButton(_("Tutup"), QMessageBox.ButtonRole.RejectRole)
        save.clicked.connect(lambda: save_copy(parent, label, Path(cause.path),
                                               ask_save or ask_save_path))
        last_notice = box
        box.open()
        return False
    return True


def save_copy(parent: QWidget | None, label: QLabel, source: Path, ask_save) -> str:
    """Copy `source` where the user says; the path written, "" when cancelled or failed."""
    target = ask_save(parent, source.name)
    if not target:
        return ""
    try:
        shutil.copyfile(source, target)
    except OSError as exc:
        show_error(label, _("Salinan tidak dapat disimpan ke {p}: {e}").format(
            p=target, e=exc.strerror or exc))
        return ""
    show_ok(label, _("Salinan disimpan di {p}.").format(p=target))
    return target
