"""Complaints driven through the SOP for the swimlane tests (real workflow calls, explicit
times). Each step is done in exactly its standard time unless said otherwise."""

from __future__ import annotations

import datetime as dt

from app.services import sop_versions, workflow
from app.services.attachments import add_attachment
from app.services.calendar import office_calendar
from app.store.models import Complaint, Document
from tests.app.attachment_files import named_pdf

NOTES = {2: "Tindak lanjuti", 3: "Proses", 4: "Telaah", 11: "Sampaikan", 12: "Sampaikan",
         13: "Sampaikan"}


def lane_user(users, sop, step_no):
    return users[sop.acting_lane(step_no)]


def forward_current(users, complaint_id: int, at: dt.datetime) -> Complaint:
    """Complete the current step at `at`, providing its kelengkapan as the office would."""
    complaint = Complaint.get_by_id(complaint_id)
    sop = sop_versions.sop_of(complaint)
    step = complaint.current_step
    if step == 6:
        version = Document.select().where((Document.complaint == complaint_id)
                                          & (Document.doc_type == "nota_dinas")).count() + 1
        Document.create(complaint=complaint_id, doc_type="nota_dinas", version=version,
                        step_no=6)
    if step == 10:
        add_attachment(complaint, "jawaban", "jawaban.pdf", named_pdf("jawaban"), step_no=10)
    return workflow.forward(lane_user(users, sop, step), complaint_id, note=NOTES.get(step),
                            at=at)


def advance_to(users, complaint_id: int, target: int, at: dt.datetime) -> dt.datetime:
    """Forward until the complaint stands at step `target`, each step taking its standard
    working time from `at`. Returns the time the target step opened."""

    calendar = office_calendar()
    complaint = Complaint.get_by_id(complaint_id)
    sop = sop_versions.sop_of(complaint)
    while complaint.current_step != target:
        at = calendar.add_working_minutes(at, sop.step(complaint.current_step).minutes)
        complaint = forward_current(users, complaint_id, at)
    return at


def loop_case(users, complaint_id: int, start: dt.datetime) -> dt.datetime:
    """Kabag P2 sends the draft back once from step 8, then Kadiv once from step 9; the
    complaint ends up at step 11. Returns the time step 11 opened."""
    at = advance_to(users, complaint_id, 8, start)
    at += dt.timedelta(minutes=10)
    workflow.return_for_revision(users["kabag_p2"], complaint_id,
                                 note="Dasar hukum belum dicantumkan", at=at)
    at = advance_to(users, complaint_id, 9, at)
    at += dt.timedelta(minutes=5)
    workflow.return_for_revision(users["kadiv"], complaint_id, note="Perbaiki hal", at=at)
    return advance_to(users, complaint_id, 11, at)
