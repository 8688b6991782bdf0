"""Start-up and the main window: login with lockout, first start on an empty database,
status bar, refresh of changes made elsewhere, saved window state, the exception hook."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import Qt

from tests.conftest import PASSWORD

pytestmark = pytest.mark.usefixtures("db")


def test_login_locks_after_five_wrong_passwords(qtbot, db_url, users):
    from app.store.models import AuditEntry
    from ui.login import LoginDialog

    dialog = LoginDialog(db_url)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.username_edit.setText("kadiv")
    for _attempt in range(4):
        dialog.ui.password_edit.setText("salah")
        qtbot.mouseClick(dialog.ui.login_button, Qt.MouseButton.LeftButton)
        assert dialog.ui.error_label.text() == "Nama pengguna atau kata sandi salah."
    dialog.ui.password_edit.setText("salah")
    qtbot.mouseClick(dialog.ui.login_button, Qt.MouseButton.LeftButton)
    assert "dikunci 5 menit" in dialog.ui.error_label.text()
    dialog.ui.password_edit.setText(PASSWORD)
    qtbot.mouseClick(dialog.ui.login_button, Qt.MouseButton.LeftButton)
    assert "terkunci sampai pukul" in dialog.ui.error_label.text()
    assert dialog.user is None and dialog.isVisible()
    actions = [e.action for e in AuditEntry.select().where(AuditEntry.actor == "kadiv")]
    assert actions.count("login.gagal") == 4 and actions.count("login.terkunci") == 1


def test_first_start_creates_the_administrator(qtbot, db):
    from app.services import desk
    from app.store.models import Complaint, User
    from ui.login import SetupDialog
    from ui.worker import TaskRunner

    assert not desk.has_users()
    dialog = SetupDialog(TaskRunner(synchronous=True))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.full_name_edit.setText("Pranata Komputer")
    dialog.ui.password_edit.setText("sandi-awal-1")
    dialog.ui.password_confirm_edit.setText("sandi-awal-2")
    qtbot.mouseClick(dialog.ui.create_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.error_label.text() == "Kedua kata sandi tidak sama."
    dialog.ui.password_confirm_edit.setText("sandi-awal-1")
    with qtbot.waitSignal(dialog.setup_finished) as finished:
        qtbot.mouseClick(dialog.ui.create_button, Qt.MouseButton.LeftButton)
    assert [(u.username, u.is_admin) for u in User.select()] == [("admin", True)]
    assert Complaint.select().count() == 0
    assert "admin" in finished.args[0]


def test_first_start_demo_makes_a_try_out_database_without_a_real_account(qtbot, db):
    """Issue 15: the demo option made its accounts, with the well-known password, next to
    the real administrator just typed in. Now it makes a try-out database: the demo's
    accounts only, the administrator form set aside."""
    from app.services import demo
    from app.store.models import Complaint, User
    from ui.login import SetupDialog
    from ui.worker import TaskRunner

    dialog = SetupDialog(TaskRunner(synchronous=True))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.username_edit.setText("pranata")
    dialog.ui.password_edit.setText("sandi-awal-1")
    dialog.ui.password_confirm_edit.setText("sandi-awal-1")
    dialog.ui.demo_check.setChecked(True)
    assert not dialog.ui.admin_group.isEnabled()
    dialog.ui.demo_count_spin.setValue(30)
    with qtbot.waitSignal(dialog.setup_finished) as finished:
        qtbot.mouseClick(dialog.ui.create_button, Qt.MouseButton.LeftButton)
    assert sorted(u.username for u in User.select()) == sorted(u[0] for u in demo.DEMO_USERS)
    assert Complaint.select().count() == 30
    assert "uji coba" in finished.args[0] and "kakanwil" in finished.args[0]


def test_status_bar_shows_user_lane_database_and_connection(main_window, users, db_url):
    window = main_window(users["kabag_p2"])
    assert "kabag_p2" in window.user_status.text()
    assert "Kabag P2" in window.lane_status.text()
    assert window.database_status.text().strip().startswith(("SQLite:", "PostgreSQL:"))
    assert "Terhubung" in window.connection_status.text()


def test_changes_elsewhere_show_up_on_the_periodic_check_and_f5(qtbot, main_window, users,
                                                                registered):
    from app.services import workflow

    window = main_window(users["kadiv"])
    assert window.tasks_page.model.rowCount() == 0
    workflow.forward(users["kakanwil"], registered.id, note="Tindak lanjuti.")  # elsewhere
    window.check_for_changes()  # what the timer and regaining focus call
    assert window.tasks_page.model.rowCount() == 1
    workflow.forward(users["kadiv"], registered.id, note="Proses.")
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.tasks_page.model.rowCount() == 0


def test_open_case_refreshes_when_changed_elsewhere(main_window, users, registered):
    from app.services import workflow

    window = main_window(users["kakanwil"])
    case = window.open_case(registered.id)
    assert "teruskan" in case.action_buttons
    workflow.forward(users["kakanwil"], registered.id, note="Sudah.")
    window.check_for_changes()
    assert case.action_buttons == {}
    assert "Langkah 3" in case.ui.position_label.text()


def test_lost_connection_is_shown_and_recovers(main_window, users, monkeypatch):
    from peewee import OperationalError

    from app.services import desk

    window = main_window(users["kakanwil"])
    real = desk.change_token

    def offline():
        raise OperationalError("server closed the connection")

    monkeypatch.setattr(desk, "change_token", offline)
    window.check_for_changes()
    assert "Terputus" in window.connection_status.text()
    monkeypatch.setattr(desk, "change_token", real)
    window.check_for_changes()
    assert "Terhubung" in window.connection_status.text()


def test_window_and_splitter_state_are_restored(qtbot, main_window, users, qsettings):
    window = main_window(users["kakanwil"])
    window.resize(900, 580)  # within the offscreen screen, which clamps restored geometry
    window.ui.main_splitter.setSizes([260, 640])
    window.close()
    assert qsettings.value("main_window/geometry") is not None
    again = main_window(users["kakanwil"])
    assert again.size().height() == 580
    assert again.ui.main_splitter.sizes()[0] == 260


def test_navigation_pages(main_window, users, registered):
    window = main_window(users["admin"])
    for row, title in enumerate(["Tugas Saya", "Semua Pengaduan", "Laporan", "Pengaturan"]):
        window.ui.nav_list.setCurrentRow(row)
        assert window.ui.page_stack.currentWidget().widget().ui.title_label.text() == title
    assert window.reports_page.ui.total_value.text() == "1"
    assert window.settings_page.ui.lanes_value.text() == "Administrator"


def test_enter_opens_the_selected_complaint(qtbot, main_window, users, registered):
    window = main_window(users["kakanwil"])
    table = window.tasks_page.ui.tasks_table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert registered.id in window.case_dialogs


def test_exception_hook_logs_the_trace_and_shows_a_short_message(tmp_path, monkeypatch):
    from ui import main

    shown = []
    log_file = main.setup_logging(tmp_path / "pengaduan.log")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    main.install_excepthook(log_file, show=shown.append)
    try:
        raise RuntimeError("rahasia teknis")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert shown and "kesalahan yang tidak terduga" in shown[0]
    assert "rahasia teknis" not in shown[0]
    assert str(log_file) in shown[0]
    assert "RuntimeError: rahasia teknis" in log_file.read_text(encoding="utf-8")
    for handler in [h for h in logging.getLogger().handlers if h.get_name() == "pengaduan"]:
        logging.getLogger().removeHandler(handler)
        handler.close()


def test_designer_texts_go_through_the_translation_function(qapp, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from app import i18n
    from ui.forms.ui_login_dialog import Ui_LoginDialog
    from ui.main import make_application

    make_application()
    monkeypatch.setattr(i18n._translation, "gettext", lambda text: {"Masuk": "Log in"}.get(
        text, text))
    dialog = QDialog()
    form = Ui_LoginDialog()
    form.setupUi(dialog)
    assert form.login_button.text() == "Log in"


def test_main_window_fits_an_office_screen(main_window, users, registered):
    window = main_window(users["admin"])
    size = window.minimumSizeHint()
    assert size.width() <= 1024 and size.height() <= 600


def test_an_administrator_is_told_when_the_bundled_sop_is_not_in_force(
        qtbot, make_session, qsettings, users, tmp_path, monkeypatch):
    from app.paths import default_sop_path
    from app.services import desk, sop_versions
    from ui.main_window import MainWindow

    sop_versions.current_sop()
    edited = tmp_path / "sop.toml"
    edited.write_text(default_sop_path().read_text(encoding="utf-8").replace(
        "menit = 10\n", "menit = 45\n", 1), encoding="utf-8")
    monkeypatch.setattr(sop_versions, "default_sop_path", lambda: edited)
    windows = {}
    for name in ("admin", "kasubag_pphti"):
        session = make_session(users[name])
        session.sop_notice = desk.sop_notice(users[name])
        windows[name] = MainWindow(session, qsettings)
        qtbot.addWidget(windows[name])
    label = windows["admin"].sop_status
    assert label is not None and "pengaduan sop adopsi --user admin" in label.toolTip()
    assert "berbeda" in windows["admin"].ui.status_bar.currentMessage()
    assert windows["kasubag_pphti"].sop_status is None
