"""One workstation for the clock tests, in its own process (so TZ applies to everything):
at a given real moment it registers a complaint, forwards it once and prints what was
stored and what would be printed, as JSON.

    TZ=America/New_York python -m tests.app.clock_worker DB_URL 2026-11-25T01:00:00Z [ZONE]
"""

from __future__ import annotations

import datetime as dt
import json
import sys


def main(url: str, moment: str, zone: str | None = None) -> None:
    from app.office import wording
    from app.services import accounts, register, settings, sop_versions, workflow
    from app.store import clock
    from app.store.db import open_database
    from app.store.models import AuditEntry, Complaint, StepRecord
    from tests.conftest import complaint_input, named_pdf, pelapor_input

    real = dt.datetime.fromisoformat(moment.replace("Z", "+00:00"))
    clock.use_source(lambda: real)
    open_database(url)
    if zone:
        settings.put("office_zone", zone, actor=accounts.COMMAND_LINE)
    sop = sop_versions.current_sop()
    lanes = {lane.key for lane in sop.lanes}
    made = {lane: accounts.create_user(lane, lane, "rahasia-123", [lane], valid_lanes=lanes,
                                       actor=accounts.COMMAND_LINE)
            for lane in ("kasubag_pphti", "kakanwil")}
    received = clock.now()
    complaint = workflow.register_complaint(
        made["kasubag_pphti"], complaint_input(received_at=received), pelapor_input(),
        attachments=[("surat", "surat.pdf", named_pdf("surat"))])
    workflow.forward(made["kakanwil"], complaint.id, note="Mohon ditindaklanjuti.")
    c = Complaint.get_by_id(complaint.id)
    row = register.fetch_rows([c.id], made["kakanwil"])[c.id]
    print(json.dumps({
        "received_at": str(c.received_at), "step_started_at": str(c.step_started_at),
        "step_due_at": str(c.step_due_at), "due_at": str(c.due_at),
        "records": [[str(r.started_at), str(r.ended_at)] for r in
                    StepRecord.select().order_by(StepRecord.seq)],
        "audit": [str(e.at) for e in AuditEntry.select().order_by(AuditEntry.seq)],
        "state": row.state,
        "printed": wording.long_datetime(c.received_at),
    }))


if __name__ == "__main__":
    main(*sys.argv[1:])
