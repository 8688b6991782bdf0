"""One workstation of the office load test, in its own process (spawned)."""

from __future__ import annotations

import datetime as dt
import random
import time
import traceback


def work(url: str, client: int, actions: int, seed: int, go, progress, results) -> None:
    """Take `actions` step actions on random open complaints as their lane's user. Each
    action carries a unique marker in its note, so the test can find it in the audit log.
    Reports markers that succeeded, races lost, and actions that died with the connection
    (ambiguous: committed or not, the test checks which). Always reports, even on a crash,
    so the test never waits for a dead workstation."""
    report = {"client": client, "done": [], "ambiguous": [], "stale": 0, "errors": 0,
              "crash": None}
    try:
        _work(url, client, actions, seed, go, progress, report)
    except BaseException:
        report["crash"] = traceback.format_exc()
    finally:
        results.put(report)


def _work(url, client, actions, seed, go, progress, report) -> None:
    from peewee import InterfaceError, OperationalError

    from app.errors import NotPermitted, StaleComplaint
    from app.services import outputs, settings, workflow
    from app.store.db import open_database
    from app.store.models import STATUS_CLOSED, STATUS_HOLD, Complaint, User

    open_database(url)
    users = {u.username: u for u in User.select()}
    division = settings.current().divisi_terkait[0]["kode"]
    rng = random.Random(seed)
    at = dt.datetime(2026, 11, 25, 8, 0) + dt.timedelta(seconds=client)
    go.wait(timeout=120)
    for i in range(actions):
        marker = f"[k{client}-a{i}]"
        at += dt.timedelta(seconds=20)
        try:
            ids = [c.id for c in Complaint.select(Complaint.id)
                   .where(Complaint.status != STATUS_CLOSED)]
            if not ids:
                break
            c = Complaint.get_by_id(rng.choice(ids))
            if c.status == STATUS_CLOSED:  # closed by a rival since we listed it
                continue
            user = users[c.current_lane]
            common = dict(expected_version=c.row_version, at=at)
            if c.status == STATUS_HOLD:
                workflow.resume(user, c.id, note=marker, **common)
            elif c.current_step in (8, 9) and rng.random() < 0.6:  # keeps drafts looping
                workflow.return_for_revision(user, c.id, note=marker, **common)
            elif c.current_step == 6 and c.current_pass > 1:
                # A returned draft moves up again only as a new version: write it first.
                outputs.save(user, c.id, "nota_dinas", {
                    "divisi": division, "hal": "Tindak Lanjut Pengaduan", "isi": marker},
                    at=at)
                workflow.forward(user, c.id, note=marker, **common)
            elif c.current_step == 5 and rng.random() < 0.2:
                workflow.hold(user, c.id, reason=marker, **common)
            else:
                workflow.forward(user, c.id, note=marker, **common)
            report["done"].append(marker)
        except (StaleComplaint, NotPermitted):  # NotPermitted: the step moved on meanwhile
            report["stale"] += 1
        except (OperationalError, InterfaceError):
            # The server went away: this action may or may not have committed.
            report["ambiguous"].append(marker)
            report["errors"] += 1
            time.sleep(0.3)
        finally:
            with progress.get_lock():
                progress.value += 1
