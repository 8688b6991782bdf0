"""A workstation in a separate process, for the race tests (spawned, so it has its own
database connection like a real second computer)."""

from __future__ import annotations

import datetime as dt


def race(url: str, username: str, rounds: int, barrier, results) -> None:
    """Each round: read the oldest open complaint, wait until the rival has read it too,
    then both try to complete its current step. Reports (successes, stale) at the end."""
    from app.errors import StaleComplaint
    from app.services import workflow
    from app.store.db import open_database
    from app.store.models import STATUS_OPEN, Complaint, User

    open_database(url)
    user = User.get(User.username == username)
    won = lost = 0
    at = dt.datetime(2026, 11, 25, 9, 0)
    for _ in range(rounds):
        complaint = (Complaint.select().where(Complaint.status == STATUS_OPEN)
                     .order_by(Complaint.id).first())
        barrier.wait(timeout=60)
        at += dt.timedelta(seconds=1)
        try:
            workflow.forward(user, complaint.id, expected_version=complaint.row_version,
                             note="Segera proses.", at=at)
            won += 1
        except StaleComplaint:
            lost += 1
        barrier.wait(timeout=60)  # both attempts done before anyone reads again
    results.put((won, lost))
