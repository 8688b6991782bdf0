"""Several workstations at once: a change committed by another process reaches the open
main window by itself (SQLite data_version poll, PostgreSQL NOTIFY), a lost database shows a
banner and not a dialog, the administrator's account screen, and the connection dialog."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

OTHER_WORKSTATION = """
import sys
from app.db import open_database
from app.models import User
from app import workflow
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
    from app.models import User

    window = main_window(User.get_by_id(users["kakanwil"].id))
    window.timer.stop()  # prove it is the live feed, not the 30 s check
    window.start_live(poll_seconds=0.2)
    window.ui.nav_list.setCurrentRow(1)  # Semua Pengaduan
    model = window.register_page.model
    before = model.rowCount()
    qtbot.waitUntil(lambda: window.live_connected, timeout=5000)
    number = register_elsewhere(db_url, "Pungutan di loket kunjungan")
    qtbot.waitUntil(lambda: model.rowCount() == before + 1, timeout=5000)
    # It now waits on Kakanwil (step 2): this workstation is told so.
    qtbot.waitUntil(lambda: window.last_tray_message is not None, timeout=5000)
    assert number in window.last_tray_message[1]
    window.close()


def test_someone_elses_lane_gets_no_notification(qtbot, db_url, users, main_window):
    from app.models import User

    window = main_window(User.get_by_id(users["divisi_terkait"].id))
    window.timer.stop()
    window.start_live(poll_seconds=0.2)
    window.ui.nav_list.setCurrentRow(1)
    qtbot.waitUntil(lambda: window.live_connected, timeout=5000)
    before = window.register_page.model.rowCount()
    register_elsewhere(db_url, "Antrean paspor")
    qtbot.waitUntil(lambda: window.register_page.model.rowCount() == before + 1, timeout=5000)
    assert window.last_tray_message is None
    window.close()


def test_the_banner_shows_while_the_database_is_away(qtbot, users, main_window):
    from app.models import User

    window = main_window(User.get_by_id(users["kasubag_pphti"].id))
    window.start_live(poll_seconds=0.2)
    qtbot.waitUntil(lambda: window.live_connected, timeout=5000)
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

    from app.models import User

    window = main_window(User.get_by_id(users["kasubag_pphti"].id))
    window.on_live_connection(False)
    assert window.banner.isVisible()
    assert QApplication.activeModalWidget() is None
    window.ui.nav_list.setCurrentRow(1)
    window.register_page.ui.search_edit.setText("Lapas")
    assert window.register_page.ui.search_edit.text() == "Lapas"
    window.close()


