"""One workstation guessing a password, in its own process (spawned), for the lockout race
test: it counts how many of its guesses reached the password check."""

from __future__ import annotations

import traceback


def guess(url: str, username: str, guesses: int, barrier, results) -> None:
    """Each round: wait until every guesser is ready, then try one wrong password. Reports
    {"verified": passwords checked, "refused": AuthErrors, "crash": traceback or None};
    always reports, so the test never waits for a dead process."""
    report = {"verified": 0, "refused": 0, "crash": None}
    try:
        from app.errors import AuthError
        from app.services import accounts
        from app.store.db import open_database

        open_database(url)
        real = accounts._password_matches
        dummy = accounts._dummy_hash() if hasattr(accounts, "_dummy_hash") else None

        def counting(password_hash: str, password: str) -> bool:
            if password_hash != dummy:
                report["verified"] += 1
            return real(password_hash, password)

        accounts._password_matches = counting
        for round_no in range(guesses):
            barrier.wait(timeout=120)
            try:
                accounts.authenticate(username, f"tebakan-{round_no}")
            except AuthError:
                report["refused"] += 1
    except BaseException:
        report["crash"] = traceback.format_exc()
    finally:
        results.put(report)
