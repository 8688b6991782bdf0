"""Revoked rights stop at once (issue 15, defect 2): every service call reads the account
as it is now, in its own transaction, never the User loaded at login. The session object
below is what a workstation keeps from login on (lanes read once, then cached); the
administrator's change happens "elsewhere", through the service. SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from app.errors import AuthError, NotPermitted
from app.services import accounts, workflow
from app.services.permissions import can_see_reporter
from app.store.models import Complaint, User
from tests.app.elsewhere import committing_elsewhere
from tests.conftest import LANES, PASSWORD


def session_of(users, name: str) -> User:
    """The User a workstation holds after login, its lanes already read (the GUI shows
    them in the status bar)."""
    user = User.get_by_id(users[name].id)
    assert user.lanes is not None
    return user


def change(users, name: str, **changes) -> None:
    """An administrator changes the account on another workstation."""
    row = User.get_by_id(users[name].id)
    accounts.update_user(row.id, expected_version=row.row_version, valid_lanes=set(LANES),
                         actor=accounts.COMMAND_LINE, **changes)


def test_a_deactivated_user_cannot_act_with_the_session_from_login(registered, users):
    kakanwil = session_of(users, "kakanwil")
    change(users, "kakanwil", active=False)
    with pytest.raises(NotPermitted, match="tidak aktif lagi"):
        workflow.forward(kakanwil, registered.id, note="Tindak lanjuti.")
    assert Complaint.get_by_id(registered.id).current_step == 2


def test_a_lane_taken_away_stops_at_once(registered, users):
    kakanwil = session_of(users, "kakanwil")
    change(users, "kakanwil", lanes=["kadiv"])
    with pytest.raises(NotPermitted, match="Langkah 2 hanya"):
        workflow.forward(kakanwil, registered.id, note="Tindak lanjuti.")
    assert Complaint.get_by_id(registered.id).current_step == 2


def test_a_demoted_administrator_loses_the_override_at_once(registered, users):
    admin = session_of(users, "admin")
    change(users, "admin", lanes=["kabag_p2"])
    with pytest.raises(NotPermitted, match="Langkah 2 hanya"):
        workflow.forward(admin, registered.id, note="x", override_reason="Kakanwil cuti.")
    assert Complaint.get_by_id(registered.id).current_step == 2


def test_a_demoted_deactivated_administrator_creates_no_administrator(db, users):
    admin = session_of(users, "admin")
    change(users, "admin", lanes=["kabag_p2"], active=False)
    with pytest.raises(NotPermitted):
        accounts.create_user("admin_baru", "Admin Baru", PASSWORD, ["administrator"],
                             valid_lanes=set(LANES), actor=admin)
    with pytest.raises(NotPermitted):
        accounts.update_user(users["kadiv"].id, expected_version=1, valid_lanes=set(LANES),
                             lanes=["administrator"], actor=admin)
    assert not User.select().where(User.username == "admin_baru").exists()
    assert not User.get_by_id(users["kadiv"].id).is_admin


def test_a_deactivation_in_flight_is_waited_for_not_read_around(db, users):
    """The check runs inside the change's transaction: a deactivation another workstation
    is committing at that moment is waited for (SQLite's write lock, PostgreSQL's row
    lock), not read around. Today the check reads the old row before the transaction and
    the administrator, deactivated a moment before the write, still makes one."""
    admin = session_of(users, "admin")

    def deactivate_elsewhere():
        User.update(active=False, row_version=User.row_version + 1).where(
            User.id == admin.id).execute()

    with committing_elsewhere(deactivate_elsewhere), \
            pytest.raises(NotPermitted, match="tidak aktif lagi"):
        accounts.create_user("admin_baru", "Admin Baru", PASSWORD, ["administrator"],
                             valid_lanes=set(LANES), actor=admin)
    assert not User.select().where(User.username == "admin_baru").exists()


def test_a_viewer_taken_off_the_confidential_lanes_sees_no_reporter(db, users):
    pphti = session_of(users, "kasubag_pphti")
    assert can_see_reporter(pphti, "rahasia")
    change(users, "kasubag_pphti", lanes=["kabag_p2"])
    assert not can_see_reporter(pphti, "rahasia")
    change(users, "kasubag_pphti", lanes=["kasubag_pphti"], active=False)
    assert not can_see_reporter(pphti, "rahasia")


def test_a_deactivated_user_changes_no_password_not_even_their_own(db, users):
    kadiv = session_of(users, "kadiv")
    change(users, "kadiv", active=False)
    with pytest.raises(NotPermitted, match="tidak aktif lagi"):
        accounts.change_password(kadiv.id, "sandi-baru-123", old_password=PASSWORD,
                                 actor=kadiv)
    change(users, "kadiv", active=True)
    with pytest.raises(AuthError):
        accounts.authenticate("kadiv", "sandi-baru-123")


def test_current_reads_the_account_as_it_is_now(db, users):
    kadiv = session_of(users, "kadiv")
    assert accounts.current(kadiv).lanes == {"kadiv"}
    change(users, "kadiv", lanes=["kadiv", "kabag_p2"])
    assert kadiv.lanes == {"kadiv"}  # the kept instance is one reading, never re-read
    assert accounts.current(kadiv).lanes == {"kadiv", "kabag_p2"}
    User.delete().where(User.id == kadiv.id).execute()
    with pytest.raises(NotPermitted, match="tidak aktif lagi"):
        accounts.current(kadiv)
    with pytest.raises(TypeError):
        accounts.current("kadiv")


def test_tugas_saya_follows_the_lanes_held_now(registered, users):
    from app.services import tasks

    kakanwil = session_of(users, "kakanwil")
    assert len(tasks.my_task_items(kakanwil)) == 1
    change(users, "kakanwil", lanes=["kadiv"])
    assert tasks.my_task_items(kakanwil) == []
    change(users, "kakanwil", lanes=["kakanwil"], active=False)
    assert tasks.my_task_items(kakanwil) == []
