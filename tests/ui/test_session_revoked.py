"""A session ends when its account is deactivated on another workstation (issue 15,
defect 2): the periodic check tells the user and logs out; a change to someone else's
account, or a lane change, keeps the session."""

from __future__ import annotations

import pytest

from tests.conftest import LANES

pytestmark = pytest.mark.usefixtures("db")


def _change(users, name, **changes):
    from app.services import accounts
    from app.store.models import User

    row = User.get_by_id(users[name].id)
    accounts.update_user(row.id, expected_version=row.row_version, valid_lanes=set(LANES),
                         actor=accounts.COMMAND_LINE, **changes)


def test_the_periodic_check_logs_out_an_account_deactivated_elsewhere(main_window, users):
    from app.store.models import User

    window = main_window(User.get_by_id(users["kadiv"].id))
    _change(users, "kabag_p2", active=False)  # someone else's account
    window.check_for_changes()
    assert not window.logout_requested and window.isVisible()
    _change(users, "kadiv", lanes=["kadiv", "kabag_p2"])  # still active
    window.check_for_changes()
    assert not window.logout_requested
    _change(users, "kadiv", active=False)
    window.check_for_changes()  # what the timer, the live feed and regaining focus call
    assert window.logout_requested and not window.isVisible()
    notice = window.last_notice
    assert notice.windowTitle() == "Sesi berakhir"
    assert "kadiv tidak aktif lagi" in notice.text()
    notice.close()
