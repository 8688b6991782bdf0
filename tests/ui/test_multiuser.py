"""Several workstations at once: a change committed by another process reaches the open
main window by itself (SQLite data_version poll, PostgreSQL NOTIFY), a lost database shows a
banner and not a dialog, the administrator's account screen, and the connection dialog."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

ROOT = Path(__file__).resolve().parents[2]
PG_URL = os.environ.get("PENGADUAN_TEST_PG_URL")

OTHER_WORKSTATION = """
import sys
from app.store.db import open_database
from app.store.models import User
from app.services import workflow
from tests.app.attachment_files import pdf_bytes
from tests.conftest import complaint_input, pelapor_input, T0
open_database(sys.argv[1])
user = User.get(User.username == "kasubag_pphti")
c = workflow.register_complaint(user, complaint_input(summary=sys.argv[2]), pelapor_input(),
                                attachments=[("surat", "s.pdf", pdf_bytes(1))], at=T0)
print(c.register_no)
"""


def register_elsewhere(db_url: str, summary: str) -> str:
    """Another workstation (its own process and connection) registers a complaint."""
    done = subprocess.run([sys.executable, "-c", OTHER_WORKSTATION, db_url, summary],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def from_feed_thread(callback, *args) -> None:
    """Call a feed callback from another thread, as ChangeFeed does."""
    thread = threading.Thread(target=callback, args=args)
    thread.start()
    thread.join()


def test_a_complaint_registered_elsewhere_appears_without_f5(qtbot, db_url, users,
                                                             main_window):
    from app.store.models import User

    window = main_window(User.get_by_id(users["kakanwil"].id))
    window.timer.stop()  # prove it is the live feed, not the 30 s check
    window.start_live(poll_seconds=0.2)
    window.ui.nav_list.setCurrentRow(1)  # Semua Pengaduan
    model = window.register_page.model
    before = model.rowCount()
    qtbot.waitUntil(lambda: window.live_connected is True, timeout=5000)
    number = register_elsewhere(db_url, "Pungutan di loket kunjungan")
    qtbot.waitUntil(lambda: model.rowCount() == before + 1, timeout=5000)
    # It now waits on Kakanwil (step 2): this workstation is told so.
    qtbot.waitUntil(lambda: window.last_tray_message is not None, timeout=5000)
    assert number in window.last_tray_message[1]
    window.close()


def test_someone_elses_lane_gets_no_notification(qtbot, db_url, users, main_window):
    from app.store.models import User

    window = main_window(User.get_by_id(users["divisi_terkait"].id))
    window.timer.stop()
    window.start_live(poll_seconds=0.2)
    window.ui.nav_list.setCurrentRow(1)
    qtbot.waitUntil(lambda: window.live_connected is True, timeout=5000)
    before = window.register_page.model.rowCount()
    register_elsewhere(db_url, "Antrean paspor")
    qtbot.waitUntil(lambda: window.register_page.model.rowCount() == before + 1, timeout=5000)
    assert window.last_tray_message is None
    window.close()


def test_the_banner_shows_while_the_database_is_away(qtbot, users, main_window):
    from app.store.models import User

    window = main_window(User.get_by_id(users["kasubag_pphti"].id))
    window.start_live(poll_seconds=0.2)
    qtbot.waitUntil(lambda: window.live_connected is True, timeout=5000)
    assert not window.banner.isVisible()
    # The feed reports from its own thread, as it does when the server goes away.
    from_feed_thread(window.live.on_connection, False)
    qtbot.waitUntil(window.banner.isVisible, timeout=3000)
    assert "terputus" in window.banner_label.text()
    from_feed_thread(window.live.on_connection, True)
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=3000)
    assert window.connected
    window.close()


def test_the_banner_does_not_block_typing(qtbot, users, main_window):
    """The banner is part of the window, not a dialog: the window stays usable."""
    from PySide6.QtWidgets import QApplication

    from app.store.models import User

    window = main_window(User.get_by_id(users["kasubag_pphti"].id))
    window.on_live_connection(False)
    assert window.banner.isVisible()
    assert QApplication.activeModalWidget() is None
    window.ui.nav_list.setCurrentRow(1)
    window.register_page.ui.search_edit.setText("Lapas")
    assert window.register_page.ui.search_edit.text() == "Lapas"
    window.close()




# ------------------------------------------------------------------ user administration

def open_settings(window):
    window.ui.nav_list.setCurrentRow(3)
    return window.settings_page


def test_administrator_adds_a_user_on_the_settings_page(qtbot, users, main_window):
    from app.store.models import AuditEntry, User

    window = main_window(User.get_by_id(users["admin"].id))
    page = open_settings(window)
    panel = page.user_admin
    assert panel is not None and panel.ui.users_table.rowCount() == len(users)
    dialog = panel.add_user()
    dialog.ui.username_edit.setText("rina")
    dialog.ui.full_name_edit.setText("Rina Marlina")
    dialog.ui.nip_edit.setText("198801012010012001")
    dialog.ui.jabatan_edit.setText("Analis Pengaduan")
    dialog.ui.password_edit.setText("pendek")
    dialog.ui.lanes_list.item(3).setCheckState(Qt.CheckState.Checked)
    dialog.save()
    assert dialog.isVisible() and "minimal 8" in dialog.ui.error_label.text()
    dialog.ui.password_edit.setText("sandi-rina-2026")
    dialog.save()
    assert not dialog.isVisible()
    rina = User.get(User.username == "rina")
    assert rina.nip == "198801012010012001" and rina.lanes
    assert panel.ui.users_table.rowCount() == len(users) + 1
    assert AuditEntry.select().where(AuditEntry.action == "akun.buat").count() == len(users) + 1


def test_a_stale_edit_says_who_changed_the_account(qtbot, users, main_window):
    from app.services import accounts, desk
    from app.store.models import User

    window = main_window(User.get_by_id(users["admin"].id))
    page = open_settings(window)
    panel = page.user_admin
    panel.ui.users_table.selectRow([r.username for r in panel.rows].index("kadiv"))
    dialog = panel.edit_user()
    # Meanwhile another administrator changes the same account on another workstation.
    pranata = accounts.create_user("pranata", "Pranata Komputer", "sandi-pranata-1",
                                   ["administrator"], valid_lanes=set(desk.lane_choices()),
                                   actor=accounts.COMMAND_LINE)
    accounts.update_user(users["kadiv"].id, expected_version=dialog.row.row_version,
                         valid_lanes=set(desk.lane_choices()), jabatan="Plt. Kadiv",
                         actor=pranata)
    dialog.ui.jabatan_edit.setText("Kepala Divisi Administrasi")
    dialog.save()
    assert dialog.isVisible()
    text = dialog.ui.error_label.text()
    assert "diubah oleh pranata pukul" in text and "Muat ulang" in text
    assert dialog.ui.jabatan_edit.text() == "Kepala Divisi Administrasi"  # nothing lost
    assert User.get_by_id(users["kadiv"].id).jabatan == "Plt. Kadiv"  # never overwritten


def test_unlock_and_password_reset(qtbot, users, main_window):
    import datetime as dt

    from app.services import accounts
    from app.store.models import User

    User.update(locked_until=accounts.now() + dt.timedelta(minutes=5)).where(
        User.id == users["kabag_p2"].id).execute()
    window = main_window(User.get_by_id(users["admin"].id))
    page = open_settings(window)
    panel = page.user_admin
    panel.ui.users_table.selectRow([r.username for r in panel.rows].index("kabag_p2"))
    assert panel.ui.users_table.item(panel.ui.users_table.currentRow(), 5).text() == "Terkunci"
    panel.unlock()
    assert User.get_by_id(users["kabag_p2"].id).locked_until is None
    dialog = panel.reset_password()
    dialog.ui.new_password_edit.setText("sandi-baru-123")
    dialog.ui.confirm_edit.setText("sandi-baru-123")
    dialog.save()
    assert accounts.authenticate("kabag_p2", "sandi-baru-123").username == "kabag_p2"


def test_a_clerk_changes_their_own_password_but_sees_no_user_list(qtbot, users, main_window):
    from app.errors import NotPermitted
    from app.services import accounts
    from app.store.models import User
    from tests.conftest import PASSWORD

    kadiv = User.get_by_id(users["kadiv"].id)
    window = main_window(kadiv)
    page = open_settings(window)
    assert page.user_admin is None
    with pytest.raises(NotPermitted):
        accounts.list_accounts(kadiv)
    dialog = page.open_password_dialog()
    dialog.ui.old_password_edit.setText("salah-sekali")
    dialog.ui.new_password_edit.setText("sandi-kadiv-2")
    dialog.ui.confirm_edit.setText("sandi-kadiv-2")
    dialog.save()
    assert dialog.ui.error_label.text() == "Kata sandi lama salah."
    dialog.ui.old_password_edit.setText(PASSWORD)
    dialog.save()
    assert not dialog.isVisible()
    assert accounts.authenticate("kadiv", "sandi-kadiv-2")


# ------------------------------------------------------------------ connection dialog

@pytest.fixture
def connection_env(tmp_path, monkeypatch):
    import keyring

    from tests.app.store.test_connection import MemoryKeyring

    monkeypatch.setenv("PENGADUAN_CONFIG", str(tmp_path / "config.json"))
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def pg_dialog(qtbot, runner):
    from urllib.parse import urlparse

    from ui.connection_dialog import ConnectionDialog

    if not PG_URL:
        pytest.skip("PENGADUAN_TEST_PG_URL not set")
    dialog = ConnectionDialog(runner)
    qtbot.addWidget(dialog)
    dialog.show()
    parsed = urlparse(PG_URL)
    dialog.ui.postgres_radio.setChecked(True)
    dialog.ui.host_edit.setText(parsed.hostname)
    dialog.ui.port_spin.setValue(parsed.port or 5432)
    dialog.ui.database_edit.setText(parsed.path.lstrip("/"))
    dialog.ui.user_edit.setText(parsed.username)
    dialog.ui.password_edit.setText(parsed.password)
    return dialog


def test_tes_koneksi_reaches_the_server_off_the_gui_thread(qtbot, qapp, connection_env,
                                                           tmp_path):
    import json
    from urllib.parse import urlparse

    from ui.worker import TaskRunner

    dialog = pg_dialog(qtbot, TaskRunner(qapp))
    with qtbot.waitSignal(dialog.tested, timeout=10000) as result:
        qtbot.mouseClick(dialog.ui.test_button, Qt.MouseButton.LeftButton)
    assert result.args[0], result.args[1]
    assert "Koneksi berhasil: PostgreSQL" in dialog.ui.result_label.text()
    with qtbot.waitSignal(dialog.saved):
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    url = json.loads((tmp_path / "config.json").read_text())["database_url"]
    assert url.startswith("postgresql://") and urlparse(url).password is None
    assert list(connection_env.secrets.values()) == [dialog.ui.password_edit.text()]


def test_a_wrong_password_is_said_plainly(qtbot, connection_env):
    from ui.worker import TaskRunner

    dialog = pg_dialog(qtbot, TaskRunner(synchronous=True))
    dialog.ui.password_edit.setText("bukan-ini")
    qtbot.mouseClick(dialog.ui.test_button, Qt.MouseButton.LeftButton)
    assert dialog.last_result == (False, f"Kata sandi atau nama pengguna "
                                         f"'{dialog.ui.user_edit.text()}' salah.")


def test_sqlite_on_a_network_share_cannot_be_saved(qtbot, connection_env, tmp_path):
    from ui.connection_dialog import ConnectionDialog
    from ui.worker import TaskRunner

    dialog = ConnectionDialog(TaskRunner(synchronous=True))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.sqlite_path_edit.setText("//fileserver/bersama/pengaduan.db")
    dialog.save()
    assert dialog.isVisible() and "folder jaringan" in dialog.ui.result_label.text()
    assert not (tmp_path / "config.json").exists()
