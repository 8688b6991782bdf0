"""GUI test helpers: a session for a user with a synchronous task runner, window state in a
temporary QSettings file, and message boxes that never block."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")


def activate(qtbot, window):
    """Shortcuts (Ctrl+N, F5, ...) only reach the active window."""
    from PySide6.QtWidgets import QApplication

    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def drop_files(widget, paths):
    """Drop `paths` on `widget` as the file manager would; returns the event."""
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(event)
    return event


@pytest.fixture
def qsettings(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_session(qapp, db_url):
    """session_for(user) -> ui.main_window.Session on the test database."""
    from app.services import desk
    from ui.main import make_application
    from ui.main_window import Session
    from ui.worker import TaskRunner

    make_application()

    def session_for(user):
        return Session(user=user, db_url=db_url, runner=TaskRunner(synchronous=True),
                       lanes=desk.lane_choices(), sop_text="SOP", log_path="-")

    return session_for


@pytest.fixture
def main_window(qtbot, make_session, qsettings):
    """main_window(user) -> a shown MainWindow for `user`."""
    from ui.main_window import MainWindow

    def open_for(user):
        window = MainWindow(make_session(user), qsettings)
        qtbot.addWidget(window)
        window.show()
        activate(qtbot, window)
        return window

    return open_for


def click(qtbot, button):
    from PySide6.QtCore import Qt

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def open_case(qtbot, make_session, monkeypatch):
    """Open a complaint's case screen as `user`. A naskah made there is not opened in
    Word (the case screen's products and the disposition sheet)."""
    from ui.case_view import CaseDialog

    monkeypatch.setattr("ui.case.product_forms.open_in_default_app", lambda path: None)

    def opener(user, complaint_id):
        dialog = CaseDialog(make_session(user), complaint_id)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return opener
