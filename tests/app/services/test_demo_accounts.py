"""Demo accounts share a password everybody knows (issue 15, defect 8): they are never made
in a database that has a real account, and no real account is made in a try-out database
that has them. Through the service, the command line and the first-start dialog's
service calls. SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import AuthError, NotPermitted
from app.services import accounts, demo
from app.store.models import ADMIN_ROLE, Complaint, User
from tests.conftest import LANES

AT = dt.datetime(2026, 11, 27, 10, 0)


def _first_administrator() -> None:
    accounts.create_user("pranata", "Pranata Komputer", "sandi-awal-1", [ADMIN_ROLE],
                         valid_lanes=set(LANES), actor=accounts.FIRST_RUN)


def test_no_demo_account_next_to_a_real_administrator(db):
    _first_administrator()
    summary = demo.generate(20, seed=3, at=AT)
    assert [u.username for u in User.select()] == ["pranata"]
    assert summary.users_created == [] and summary.users_refused
    assert "tidak dibuat" in summary.text() and "'pengaduan'" not in summary.text()
    for name, *_rest in demo.DEMO_USERS:
        with pytest.raises(AuthError):
            accounts.authenticate(name, demo.DEMO_PASSWORD)


def test_a_try_out_database_gets_the_demo_accounts_and_no_real_one(db):
    summary = demo.generate(20, seed=3, at=AT)
    assert sorted(summary.users_created) == sorted(u[0] for u in demo.DEMO_USERS)
    assert demo.real_accounts() == []
    admin = accounts.authenticate("admin", demo.DEMO_PASSWORD)
    for actor in (admin, accounts.COMMAND_LINE):
        with pytest.raises(NotPermitted, match="uji coba"):
            accounts.create_user("pranata", "Pranata Komputer", "sandi-awal-1", [ADMIN_ROLE],
                                 valid_lanes=set(LANES), actor=actor)
    assert not User.select().where(User.username == "pranata").exists()
    demo.generate(5, seed=4, at=AT)  # more demo data on a try-out database stays possible
    assert Complaint.select().count() == 25


def test_the_demo_command_refuses_a_database_with_real_accounts(db_url, db, capsys):
    from cli.main import main

    _first_administrator()
    assert main(["--db", db_url, "demo", "--complaints", "10"]) == 1
    assert "akun sungguhan (pranata)" in capsys.readouterr().err
    assert Complaint.select().count() == 0
    assert [u.username for u in User.select()] == ["pranata"]
