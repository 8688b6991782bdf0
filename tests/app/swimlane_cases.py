"""Complaints driven through the SOP for the swimlane tests (real workflow calls, explicit
times). Each step (and each official's share of a step with a sub-step) is done in exactly
its standard time unless said otherwise."""

from __future__ import annotations

import datetime as dt

from app.services import sop_versions, workflow
from app.services.calendar import office_calendar
from app.store.models import Complaint
from tests.conftest import provide_kelengkapan

NOTES = {2: "Tindak lanjuti", 3: "Proses", 4: "Telaah", 11: "Sampaikan", 12: "Sampaikan",
         13: "Sampaikan"}


def lane_user(users, sop, step_no, part=0):
    return users[sop.acting_lane(step_no, part)]


def forward_current(users, complaint_id: int, at: dt.datetime) -> Complaint:
    """Complete the current step (or sub-step) at `at`, providing its kelengkapan and its
    product as the office would (tests.conftest.provide_kelengkapan)."""
    complaint = Complaint.get_by_id(complaint_id)
    sop = sop_versions.sop_of(complaint)
    step, part = complaint.current_step, complaint.current_part
    user = lane_user(users, sop, step, part)
    provide_kelengkapan(complaint, step, user, at)
    return workflow.forward(user, complaint_id, note=NOTES.get(step), at=at)


def advance_to(users, complaint_id: int, target: int, at: dt.datetime,
               part: int = 0) -> dt.datetime:
    """Forward until the complaint stands at step `target` (its sub-step `part`), each
    step or share taking its standard working time from `at`. Returns the time the target
    opened."""

    calendar = office_calendar()
    complaint = Complaint.get_by_id(complaint_id)
    sop = sop_versions.sop_of(complaint)
    while (complaint.current_step, complaint.current_part) != (target, part):
        step = sop.step(complaint.current_step)
        at = calendar.add_working_minutes(at, step.minutes_of(complaint.current_part))
        complaint = forward_current(users, complaint_id, at)
    return at


def loop_case(users, complaint_id: int, start: dt.datetime, *,
              kakanwil: bool = False) -> dt.datetime:
    """Kabag P2 sends the draft back once from step 8, then Kadiv once from step 9 (and,
    with `kakanwil`, the Kakanwil once from step 9's sub-step, before signing); the
    complaint ends up at step 11. Returns the time step 11 opened."""
    at = advance_to(users, complaint_id, 8, start)
    at += dt.timedelta(minutes=10)
    workflow.return_for_revision(users["kabag_p2"], complaint_id,
                                 note="Dasar hukum belum dicantumkan", at=at)
    at = advance_to(users, complaint_id, 9, at)
    at += dt.timedelta(minutes=5)
    workflow.return_for_revision(users["kadiv"], complaint_id, note="Perbaiki hal", at=at)
    if kakanwil:
        at = advance_to(users, complaint_id, 9, at, part=1)
        at += dt.timedelta(minutes=8)
        workflow.return_for_revision(users["kakanwil"], complaint_id,
                                     note="Tegaskan batas waktu tindak lanjut", at=at)
    return advance_to(users, complaint_id, 11, at)
