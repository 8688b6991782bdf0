"""Qt's own dialogs speak the program's language: the file dialog, the standard buttons of
a message box and a text field's context menu in Indonesian through `app.i18n._`, and
Qt's English back for an English UI."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
)


@pytest.fixture
def app(qapp):
    from ui.main import make_application

    return make_application()


def _texts(widget) -> set[str]:
    found = {w.text() for w in widget.findChildren(QLabel)}
    found |= {w.text() for w in widget.findChildren(QPushButton)}
    return {t.replace("&", "") for t in found if t}


def _file_dialog(qtbot, mode=QFileDialog.AcceptMode.AcceptOpen):
    dialog = QFileDialog(None, "Pilih berkas lampiran")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, as on a bare PC
    dialog.setAcceptMode(mode)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_file_dialog_speaks_indonesian(qtbot, app):
    texts = _texts(_file_dialog(qtbot))
    assert {"Cari di:", "Nama berkas:", "Jenis berkas:", "Buka", "Batal"} <= texts
    assert not texts & {"Look in:", "File name:", "Open", "Cancel", "Files of type:"}
    save = _texts(_file_dialog(qtbot, QFileDialog.AcceptMode.AcceptSave))
    assert "Simpan" in save and "Save" not in save


def test_message_box_buttons_and_the_context_menu_speak_indonesian(qtbot, app):
    box = QMessageBox(QMessageBox.Icon.Question, "Judul", "Teks",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Ok)
    qtbot.addWidget(box)
    names = {b.text().replace("&", "") for b in box.buttons()}
    assert names == {"Ya", "Tidak", "Batal", "OK"}
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(buttons)
    assert {b.text().replace("&", "") for b in buttons.buttons()} == {"Simpan", "Tutup"}
    edit = QLineEdit()
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    entries = {a.text().split("\t")[0].replace("&", "") for a in menu.actions() if a.text()}
    assert {"Salin", "Tempel", "Potong", "Pilih Semua"} <= entries
    assert "Copy" not in entries


def test_an_english_ui_gets_qts_english_back(qtbot, app):
    from app.i18n import set_language

    set_language("en")
    try:
        texts = _texts(_file_dialog(qtbot))
        assert {"Look in:", "File name:", "Cancel"} <= texts
        assert "Cari di:" not in texts
    finally:
        set_language("id")
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Batal"


def test_the_designer_forms_still_go_through_the_one_mechanism(app):
    # A form's own (Indonesian) text passes through _() unchanged in Indonesian.
    assert QApplication.translate("IntakeDialog", "Pengaduan Baru") == "Pengaduan Baru"
