"""A workstation whose installation carries its own SOP file, in a separate process
(spawned, so it has its own database connection and caches like a real second computer)."""

from __future__ import annotations

import traceback
from pathlib import Path


def _install(bundled: str) -> None:
    """Make `bundled` this process's bundled SOP file, as an installation's own copy."""
    from app.services import sop_versions

    sop_versions.default_sop_path = lambda: Path(bundled)


def workstation(url: str, bundled: str, commands, results) -> None:
    """Run commands from `commands` until "stop", answering each on `results`:
    "register" registers a complaint as the operator and reports the SOP it started under;
    "status" reports the bundled file against the SOP in force. Always answers, even after
    a crash, so the test never waits for a dead workstation."""
    try:
        from app.services import desk, sop_versions, workflow
        from app.store.db import open_database
        from app.store.models import User
        from tests.app.attachment_files import named_pdf
        from tests.conftest import T0, complaint_input, pelapor_input

        _install(bundled)
        open_database(url)
        while True:
            command = commands.get(timeout=120)
            if command == "stop":
                results.put(("stopped",))
                return
            if command == "register":
                operator = User.get(User.username == "kasubag_pphti")
                complaint = workflow.register_complaint(
                    operator, complaint_input(), pelapor_input(),
                    attachments=[("surat", "surat.pdf", named_pdf("surat"))], at=T0)
                sop = sop_versions.sop_of(complaint)
                results.put(("registered", complaint.id, sop.version, sop.step(2).minutes,
                             complaint.step_due_at))
            elif command == "status":
                status = sop_versions.bundled_sop_status()
                admin = User.get(User.username == "admin")
                operator = User.get(User.username == "kasubag_pphti")
                results.put(("status", status.same, status.adopted.version,
                             status.bundled.version, desk.sop_notice(admin),
                             desk.sop_notice(operator)))
    except BaseException:
        results.put(("crash", traceback.format_exc()))


def start(url: str, bundled: str, rounds: int, barrier, results) -> None:
    """Each round: wait until every workstation (and the test) is ready, then start as the
    program does (ask for the SOP in force); report the version seen."""
    try:
        from app.services import sop_versions
        from app.store.db import open_database

        _install(bundled)
        open_database(url)
        for _round in range(rounds):
            barrier.wait(timeout=60)
            results.put(("started", sop_versions.current_sop().version))
            barrier.wait(timeout=60)  # the test looks, and empties the database again
    except BaseException:
        results.put(("crash", traceback.format_exc()))
