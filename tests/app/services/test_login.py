"""Login under attack (issue 15, defect 8): parallel guesses from several processes verify
no more passwords than the lockout allows, a locked account verifies none, an unknown name
costs one password hash and is never stored as typed. On SQLite and PostgreSQL. (The timing
ratio of known and unknown names is printed by bench/bench_login.py, not asserted.)"""

from __future__ import annotations

import json
import multiprocessing

import pytest

from app.errors import AuthError
from app.services import accounts
from app.store.models import AuditEntry, User
from tests.app.login_worker import guess
from tests.conftest import PASSWORD

PROCESSES = 6
GUESSES = 6


@pytest.fixture
def counted(monkeypatch):
    """Counts the passwords verified in this process: calls[0] real hashes, calls[1] all."""
    calls = [0, 0]
    users_hash: dict[str, str] = {}
    real = accounts._password_matches

    def counting(password_hash, password):
        calls[1] += 1
        if password_hash == users_hash.get("hash"):
            calls[0] += 1
        return real(password_hash, password)

    monkeypatch.setattr(accounts, "_password_matches", counting)
    return calls, users_hash


@pytest.mark.slow
def test_parallel_guesses_from_six_processes_verify_at_most_the_limit(db_url, users):
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(PROCESSES), ctx.Queue()
    workers = [ctx.Process(target=guess, args=(db_url, "kadiv", GUESSES, barrier, results))
               for _ in range(PROCESSES)]
    for w in workers:
        w.start()
    reports = [results.get(timeout=300) for _ in workers]
    for w in workers:
        w.join(timeout=60)
    assert [r["crash"] for r in reports] == [None] * PROCESSES
    assert sum(r["refused"] for r in reports) == PROCESSES * GUESSES  # every guess wrong
    verified = sum(r["verified"] for r in reports)
    # Today's code verified 30 of 36: the count was read and written outside a transaction.
    assert 1 <= verified <= accounts.MAX_FAILED_LOGINS
    failures = (AuditEntry.select().where((AuditEntry.actor == "kadiv") & AuditEntry.action
                                          .in_(["login.gagal", "login.terkunci"])).count())
    assert failures == verified  # each verified guess audited, none lost
    with pytest.raises(AuthError, match="terkunci"):
        accounts.authenticate("kadiv", PASSWORD)  # the owner, too, waits out the lock


def test_a_locked_account_verifies_no_password(db, users, counted):
    calls, users_hash = counted
    users_hash["hash"] = User.get(User.username == "kadiv").password_hash
    for _attempt in range(accounts.MAX_FAILED_LOGINS):
        with pytest.raises(AuthError):
            accounts.authenticate("kadiv", "salah-sekali")
    assert calls[0] == accounts.MAX_FAILED_LOGINS
    with pytest.raises(AuthError, match="terkunci sampai pukul"):
        accounts.authenticate("kadiv", PASSWORD)
    assert calls[0] == accounts.MAX_FAILED_LOGINS  # refused before any check


def test_the_lockout_ends_and_counts_again(db, users):
    import datetime as dt

    from tests.conftest import T0

    for _attempt in range(accounts.MAX_FAILED_LOGINS):
        with pytest.raises(AuthError):
            accounts.authenticate("kadiv", "salah-sekali", at=T0)
    with pytest.raises(AuthError, match="terkunci"):
        accounts.authenticate("kadiv", PASSWORD, at=T0 + dt.timedelta(minutes=4))
    later = T0 + accounts.LOCKOUT + dt.timedelta(seconds=1)
    assert accounts.authenticate("kadiv", PASSWORD, at=later).username == "kadiv"
    row = User.get(User.username == "kadiv")
    assert (row.failed_logins, row.locked_until) == (0, None)


def test_a_password_typed_as_the_user_name_is_not_stored(db, users):
    typed = "Sandi-Rahasia-2026!"
    with pytest.raises(AuthError, match="Nama pengguna atau kata sandi salah"):
        accounts.authenticate(typed, "apa saja")
    entries = list(AuditEntry.select().where(AuditEntry.action == "login.gagal"))
    assert len(entries) == 1
    assert all(typed not in (e.actor or "") and typed not in e.detail for e in entries)
    assert "Sandi" not in entries[0].detail  # not even a long part of it
    detail = json.loads(entries[0].detail)
    assert detail["alasan"] == "tidak dikenal"
    assert detail["nama"] == "S\u2026 (19 karakter)"  # enough to notice a typo, no more


def test_an_unknown_or_deactivated_name_costs_one_password_hash(db, users, counted):
    calls, _hash = counted
    with pytest.raises(AuthError):
        accounts.authenticate("tidak_ada", "apa saja")
    assert calls[1] == 1  # today: none, so an unknown name answered ~150 times sooner
    User.update(active=False).where(User.username == "kadiv").execute()
    with pytest.raises(AuthError, match="Nama pengguna atau kata sandi salah"):
        accounts.authenticate("kadiv", PASSWORD)
    assert calls[1] == 2
    with pytest.raises(AuthError):
        accounts.authenticate("kabag_p2", "salah-sekali")
    assert calls[1] == 3  # a known name: one hash as well


def test_a_right_password_after_wrong_ones_resets_the_count(db, users):
    for _attempt in range(accounts.MAX_FAILED_LOGINS - 1):
        with pytest.raises(AuthError):
            accounts.authenticate("kadiv", "salah-sekali")
    assert accounts.authenticate("kadiv", PASSWORD).username == "kadiv"
    for _attempt in range(accounts.MAX_FAILED_LOGINS - 1):
        with pytest.raises(AuthError, match="salah"):
            accounts.authenticate("kadiv", "salah-sekali")
    assert accounts.authenticate("kadiv", PASSWORD).last_login is not None
