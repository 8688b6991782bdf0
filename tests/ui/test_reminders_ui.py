"""The reminder window (issue 18, point 9): at log-in and at the office's reminder time, a
window beside the main one (never modal), listing register number, action and time left or
late; double-click opens the case, Escape closes it. The clock is injected."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.office.zones import as_instant
from tests.conftest import T0, advance_to

pytestmark = pytest.mark.usefixtures("db")
MIN = dt.timedelta(minutes=1)


def office_time_is(office_clock, wall):
    office_clock.set_offset(None)
    office_clock.use_source(lambda: as_instant(wall).astimezone(dt.UTC))


def test_at_login_the_late_work_and_the_work_below_are_listed(qtbot, main_window, users,
                                                             registered, office_clock):
    c = advance_to(registered, users, 5)  # the Kasubag's telaah, 60 minutes
    office_time_is(office_clock, c.step_due_at + 30 * MIN)
    window = main_window(users["kabag_p2"])
    window.start_reminders()
    qtbot.waitUntil(lambda: window.reminders.dialog is not None
                    and window.reminders.dialog.isVisible())
    dialog = window.reminders.dialog
    assert not dialog.isModal() and QApplication.activeModalWidget() is None
    rows = dialog.rows()
    assert rows[0] == ["Terlambat di bagian di bawah Anda (1)"]
    number, action, lane, kind, due, left = rows[1]
    assert (number, lane, kind, left) == (c.register_no, "Kasubag PPHTI", "Langkah",
                                          "terlambat 30 mnt")
    assert action == "Telaah dan buat hasil telaahan"
    assert due.endswith(" WIB") and due.startswith("Rab, 25-11-2026")
    assert "Terlambat di bawah Anda: 1" in dialog.summary.text()
    # the main window stays usable: its pages still switch
    window.show_page(1)
    assert window.ui.page_stack.currentIndex() == 1
    # double-click opens the complaint
    child = dialog.tree.topLevelItem(0).child(0)
    dialog.tree.itemDoubleClicked.emit(child, 0)
    assert c.id in window.case_dialogs
    window.case_dialogs[c.id].close()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_owner_sees_due_today_and_nobody_is_bothered_with_nothing(qtbot, main_window,
                                                                     users, registered,
                                                                     office_clock):
    office_time_is(office_clock, T0 + 5 * MIN)  # step 2 due 08:10, 5 minutes left
    window = main_window(users["kakanwil"])
    shown = []
    window.start_reminders()
    window.reminders.shown.connect(shown.append)
    qtbot.waitUntil(lambda: bool(shown))
    rows = window.reminders.dialog.rows()
    assert rows[0] == ["Jatuh tempo hari ini (1)"]
    assert rows[1][0] == registered.register_no and rows[1][5] == "sisa 5 mnt"
    other = main_window(users["divisi_terkait"])
    seen = []
    other.start_reminders()
    other.reminders.shown.connect(seen.append)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0].empty and other.reminders.dialog is None  # no window for nothing


def test_the_daily_reminder_comes_at_the_offices_time_once(qtbot, main_window, users,
                                                           registered, office_clock):
    from app.services import accounts, settings

    settings.put("reminder_time", "09:00", actor=accounts.COMMAND_LINE)
    office_time_is(office_clock, dt.datetime(2026, 11, 26, 8, 59))  # Thursday; step 2 late
    window = main_window(users["kakanwil"])
    shown = []
    window.start_reminders()
    window.reminders.shown.connect(shown.append)
    qtbot.waitUntil(lambda: len(shown) == 1)  # at log-in
    window.reminders.dialog.close()
    window.reminders.check()
    assert len(shown) == 1  # 08:59: not yet the day's time
    office_time_is(office_clock, dt.datetime(2026, 11, 26, 9, 0))
    window.reminders.check()
    assert len(shown) == 2 and window.reminders.dialog.isVisible()
    window.reminders.check()
    assert len(shown) == 2  # once a day
    office_time_is(office_clock, dt.datetime(2026, 11, 27, 9, 1))
    window.reminders.check()
    assert len(shown) == 3


def test_reminders_switched_off_show_nothing(qtbot, main_window, users, registered,
                                             office_clock):
    from app.services import accounts, settings

    settings.put("reminders_enabled", False, actor=accounts.COMMAND_LINE)
    office_time_is(office_clock, T0 + 30 * MIN)
    window = main_window(users["kakanwil"])
    shown = []
    window.start_reminders()
    window.reminders.shown.connect(shown.append)
    qtbot.wait(50)
    window.reminders.check()
    assert not shown and window.reminders.dialog is None
