"""The "Tentang" dialog: the program's version and the third-party notices the build put in
the `notices` folder next to the program (build/notices.py), a list and the chosen
component's texts. The self-test checks the same folder with `notice_problems()`."""

from __future__ import annotations

import json
import platform
import sys
from pathlib import Path

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from app import __version__
from app.i18n import _
from ui.common import icon, style_title
from ui.forms.ui_about_dialog import Ui_AboutDialog

NOTICES_FOLDER = "notices"
INDEX = "index.json"
# Component (its key in index.json) -> phrases one of its files must hold: the licence texts
# the bundle is obliged to carry. build/notices.py's REQUIRED names the same keys.
LGPL3 = ("GNU LESSER GENERAL PUBLIC LICENSE", "Version 3, 29 June 2007")
REQUIRED_NOTICES: dict[str, tuple[str, ...]] = {
    "PySide6": LGPL3,
    "shiboken6": LGPL3,
    "Qt": LGPL3,
    "docxtpl": ("GNU LESSER GENERAL PUBLIC LICENSE", "Version 2.1, February 1999"),
    "img2pdf": LGPL3,
    "psycopg2": LGPL3,
    "PDFium": ("The PDFium Authors",),
    "OpenSSL": ("Apache License", "Version 2.0"),
    "libpq": ("PostgreSQL Global Development Group",),
    "Pillow": ("LIBJPEG", "LIBTIFF", "OPENJPEG"),  # the codecs' own notices
    "Font Awesome": ("SIL OPEN FONT LICENSE", "Version 1.1"),
    "Python": ("PYTHON SOFTWARE FOUNDATION LICENSE",),
}


def notices_dir() -> Path:
    """Where the notices are: next to the executable in the bundle; from source, where
    `python build/notices.py` (and the spec) writes them, build/work/notices."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent / NOTICES_FOLDER
    return Path(__file__).resolve().parent.parent / "build" / "work" / NOTICES_FOLDER


def read_index(folder: Path) -> list[dict]:
    """The components listed in `folder`/index.json (key, name, version, licence, files).
    Raises OSError when it cannot be read, ValueError when it is not an index."""
    data = json.loads((folder / INDEX).read_text(encoding="utf-8"))
    components = data.get("components") if isinstance(data, dict) else None
    if not isinstance(components, list):
        raise ValueError(_("{p} bukan daftar pemberitahuan").format(p=folder / INDEX))
    return components


def notice_problems(folder: Path) -> list[str]:
    """What is wrong with the notices in `folder`: missing folder, index, listed files, or a
    required component or licence text; empty when all is there."""
    if not folder.is_dir():
        return [_("folder pemberitahuan lisensi tidak ada: {p}").format(p=folder)]
    try:
        components = read_index(folder)
    except (OSError, ValueError) as exc:
        return [_("daftar pemberitahuan lisensi tidak terbaca: {e}").format(e=exc)]
    problems = []
    texts: dict[str, list[str]] = {}
    for component in components:
        for relative in component.get("files", []):
            path = folder / relative
            if not path.is_file():
                problems.append(_("berkas pemberitahuan hilang: {p}").format(p=relative))
                continue
            texts.setdefault(component.get("key", ""), []).append(
                path.read_text(encoding="utf-8", errors="replace").casefold())
    for key, phrases in REQUIRED_NOTICES.items():
        if key not in texts:
            problems.append(_("pemberitahuan {k} tidak ada").format(k=key))
        elif not any(all(p.casefold() in text for p in phrases) for text in texts[key]):
            problems.append(_("teks lisensi {k} tidak ada ({t})").format(
                k=key, t=", ".join(phrases)))
    return problems


def component_text(folder: Path, component: dict) -> str:
    """Every file of `component`, each under a header line with its name."""
    parts = []
    for relative in component.get("files", []):
        try:
            body = (folder / relative).read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            body = _("(tidak terbaca: {e})").format(e=exc)
        parts.append(f"===== {relative} =====\n\n{body.rstrip()}\n")
    return "\n".join(parts)


class AboutDialog(QDialog):
    """Version, components and their licence texts; read-only, closed with Tutup."""

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None):
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.folder = folder or notices_dir()
        style_title(self.ui.title_label)
        self.ui.logo_label.setPixmap(icon("fa5s.balance-scale").pixmap(56, 56))
        self.ui.version_label.setText(_("Versi {v} \u00b7 Qt {q} \u00b7 Python {p}").format(
            v=__version__, q=qVersion(), p=platform.python_version()))
        self.ui.button_box.rejected.connect(self.reject)
        close = self.ui.button_box.button(self.ui.button_box.StandardButton.Close)
        close.setText(_("Tutup"))
        self.ui.notices_splitter.setStretchFactor(1, 1)
        self.ui.notices_splitter.setSizes([340, 500])
        self.components: list[dict] = []
        try:
            self.components = read_index(self.folder)
        except (OSError, ValueError):
            self.ui.folder_label.setText(_(
                "Pemberitahuan lisensi tidak ditemukan di {p}. Pasang ulang program; dari "
                "sumber, buat dengan: python build/notices.py").format(p=self.folder))
        else:
            self.ui.folder_label.setText(_("Teks lengkapnya juga ada di folder {p}").format(
                p=self.folder))
        for component in self.components:
            name = f"{component.get('name', '')} {component.get('version', '')}".strip()
            item = QListWidgetItem(f"{name} \u2014 {component.get('licence', '')}")
            item.setToolTip(component.get("licence", ""))
            item.setData(Qt.ItemDataRole.UserRole, component.get("key"))
            self.ui.component_list.addItem(item)
        self.ui.component_list.currentRowChanged.connect(self.show_component)
        if self.components:
            self.ui.component_list.setCurrentRow(0)

    def show_component(self, row: int) -> None:
        if 0 <= row < len(self.components):
            self.ui.notice_text.setPlainText(component_text(self.folder, self.components[row]))
            self.ui.notice_text.moveCursor(self.ui.notice_text.textCursor().MoveOperation.Start)

    def select(self, key: str) -> bool:
        """Show the component `key`; False when it is not listed."""
        for row, component in enumerate(self.components):
            if component.get("key") == key:
                self.ui.component_list.setCurrentRow(row)
                return True
        return False
