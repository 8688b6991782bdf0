"""A workstation whose clock is off the server's by more than two minutes is told so in the
main window, and the banner goes once the clock is right again (issue 16)."""

from __future__ import annotations

import datetime as dt

from app.store import clock


def test_the_main_window_warns_about_a_workstation_clock_off_the_servers(
        main_window, users, qtbot):
    clock.set_offset(dt.timedelta(minutes=-7))  # as measured: this PC runs 7 minutes fast
    window = main_window(users["kasubag_pphti"])
    assert window.clock_banner.isVisible()
    assert "terlalu cepat sekitar 7 menit" in window.clock_banner.text()

    clock.set_offset(dt.timedelta(seconds=30))  # corrected; measured again a while later
    window.check_for_changes()
    assert not window.clock_banner.isVisible()


def test_no_banner_without_a_server_clock(main_window, users):
    window = main_window(users["kasubag_pphti"])
    assert not window.clock_banner.isVisible()
