"""Start-up builds what the first screen shows, Tugas Saya with its rows, and nothing more:
the other pages are built when first shown, the heavy libraries load when first used, and
the icons are drawn without qtawesome."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.usefixtures("db")

ROOT = Path(__file__).resolve().parents[2]


def test_only_tugas_saya_is_built_and_it_shows_its_rows(main_window, users, registered):
    from ui.main_window import PAGE_REGISTER, PAGE_REPORTS, PAGE_SETTINGS, PAGE_TASKS

    window = main_window(users["kakanwil"])
    assert window.is_built(PAGE_TASKS)
    assert window.ui.page_stack.currentIndex() == PAGE_TASKS
    assert window.tasks_page.model.rowCount() == 1
    assert window.tasks_page.model.complaint_id(0) == registered.id
    assert "1 pengaduan menunggu" in window.tasks_page.ui.summary_label.text()
    assert not any(window.is_built(i) for i in (PAGE_REGISTER, PAGE_REPORTS, PAGE_SETTINGS))


def test_a_page_is_built_and_loaded_when_first_shown(main_window, users, registered):
    from ui.main_window import PAGE_REGISTER, PAGE_SETTINGS

    window = main_window(users["admin"])
    window.ui.nav_list.setCurrentRow(PAGE_REGISTER)
    assert window.is_built(PAGE_REGISTER)
    assert window.ui.page_stack.currentWidget().widget() is window.register_page
    assert window.register_page.model.rowCount() == 1
    assert "1 pengaduan ditampilkan" in window.register_page.ui.count_label.text()
    window.ui.nav_list.setCurrentRow(PAGE_SETTINGS)
    assert window.settings_page.ui.user_value.text() == "Administrator (admin)"


def test_the_register_opens_a_complaint_from_a_lazily_built_page(qtbot, main_window, users,
                                                                   registered):
    from ui.main_window import PAGE_REGISTER

    window = main_window(users["kakanwil"])
    window.ui.nav_list.setCurrentRow(PAGE_REGISTER)
    window.register_page.open_requested.emit(registered.id)
    assert registered.id in window.case_dialogs


def test_ctrl_f_builds_the_register_and_focuses_its_search(main_window, users):
    from ui.main_window import PAGE_REGISTER

    window = main_window(users["kakanwil"])
    window.focus_search()
    assert window.ui.page_stack.currentIndex() == PAGE_REGISTER
    assert window.register_page.ui.search_edit.hasFocus()


def test_register_columns_are_kept_whether_or_not_the_register_was_opened(
        main_window, users, qsettings):
    from ui.main_window import PAGE_REGISTER

    window = main_window(users["kakanwil"])
    window.ui.nav_list.setCurrentRow(PAGE_REGISTER)
    window.register_page.ui.register_table.setColumnWidth(2, 321)
    window.close()
    unopened = main_window(users["kakanwil"])  # the register is not opened this time
    assert not unopened.is_built(PAGE_REGISTER)
    unopened.close()  # must not forget the saved columns
    again = main_window(users["kakanwil"])
    again.ui.nav_list.setCurrentRow(PAGE_REGISTER)
    assert again.register_page.ui.register_table.columnWidth(2) == 321


def test_icons_are_drawn_as_qtawesome_draws_them(qapp):
    import qtawesome
    from PySide6.QtGui import QIcon

    from ui.common import icon

    for name, color in (("fa5s.inbox", "white"), ("fa5s.balance-scale", "#1f3b63"),
                        ("fa5s.file-excel", "#1d6f42")):
        for size, mode in ((22, QIcon.Mode.Normal), (16, QIcon.Mode.Disabled)):
            mine = icon(name, color).pixmap(size, size, mode).toImage()
            theirs = qtawesome.icon(name, color=color).pixmap(size, size, mode).toImage()
            assert not mine.isNull() and mine == theirs, (name, size, mode)


def test_a_name_the_font_lacks_falls_back_to_qtawesome(qapp):
    from ui.common import icon

    assert not icon("mdi6.home").pixmap(16, 16).isNull()


STARTUP = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QSettings
from app.services import desk
from app.office import holidays
from app.store.db import open_database
from app.store.models import User
from ui.main import make_application
from ui.main_window import MainWindow, Session
from ui.worker import TaskRunner

url, folder, heavy = sys.argv[1:4]
holidays.holiday_cache_path = lambda: Path(folder) / "hari-libur-nasional.json"
app = make_application()
open_database(url)
session = Session(user=User.get(User.username == "kakanwil"), db_url=url,
                  runner=TaskRunner(synchronous=True), lanes=desk.lane_choices())
window = MainWindow(session, QSettings(folder + "/gui.ini", QSettings.Format.IniFormat))
window.show()
app.processEvents()
window.grab()
loaded = sorted(name for name in sys.modules if name.split(".")[0] in heavy.split())
print(window.tasks_page.model.rowCount(), *loaded)
"""
HEAVY = ("qtawesome qtpy holidays docxtpl docx pypdf pypdfium2 openpyxl PIL lxml img2pdf jinja2 "
         "argon2")


def test_the_painted_first_screen_loads_no_heavy_library(tmp_path, db_url, registered):
    """Documents, PDF, spreadsheets, images, the icon font package and the holidays package
    are not needed to show Tugas Saya with its rows: the year's holidays are in the database
    (loaded when the complaint was registered), so even a workstation whose own holiday
    cache is cold never imports the package."""

    def start() -> list[str]:
        out = subprocess.run([sys.executable, "-c", STARTUP, db_url, str(tmp_path), HEAVY],
                             capture_output=True, text=True, cwd=ROOT, timeout=300)
        assert out.returncode == 0, out.stderr
        return out.stdout.strip().splitlines()[-1].split()

    tasks, *loaded = start()  # this workstation's first start: its holiday cache is empty
    assert tasks == "1" and loaded == []
