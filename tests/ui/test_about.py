"""The "Tentang" dialog: reached from the main window, it shows the program's version and
every third-party component with its notice and licence texts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app import __version__


@pytest.fixture(scope="module")
def notices_folder(tmp_path_factory):
    from tests.test_packaging import load_notices

    folder = tmp_path_factory.mktemp("bundle") / "notices"
    notices = load_notices()
    notices.write_notices(folder, notices.requirement_closure(), __version__)
    return folder


def test_about_shows_the_version_and_every_required_notice(qtbot, notices_folder):
    from ui.about import REQUIRED_NOTICES, AboutDialog

    dialog = AboutDialog(folder=notices_folder)
    qtbot.addWidget(dialog)
    assert f"Versi {__version__}" in dialog.ui.version_label.text()
    keys = {dialog.ui.component_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(dialog.ui.component_list.count())}
    assert set(REQUIRED_NOTICES) <= keys
    assert dialog.select("Qt")
    text = dialog.ui.notice_text.toPlainText()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "Qt/LGPL-3.0.txt" in text
    assert dialog.select("Font Awesome")
    assert "SIL OPEN FONT LICENSE" in dialog.ui.notice_text.toPlainText()
    assert str(notices_folder) in dialog.ui.folder_label.text()


def test_about_without_notices_says_where_they_should_be(qtbot, tmp_path):
    from ui.about import AboutDialog

    dialog = AboutDialog(folder=tmp_path / "notices")
    qtbot.addWidget(dialog)
    assert dialog.ui.component_list.count() == 0
    assert "tidak ditemukan" in dialog.ui.folder_label.text()


@pytest.mark.usefixtures("db")
def test_tentang_opens_from_the_main_window_with_f1(qtbot, main_window, users, notices_folder,
                                                    monkeypatch):
    from ui import about

    monkeypatch.setattr(about, "notices_dir", lambda: notices_folder)
    window = main_window(users["kasubag_pphti"])
    assert window.ui.action_about in window.ui.main_toolbar.actions()
    assert window.ui.action_about.text() == "Tentang"
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.about_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    assert dialog.ui.component_list.count() > 10
