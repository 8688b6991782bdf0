"""The user's tasks (Tugas Saya): for each complaint waiting on the user's lanes, what to do
(app.office.task_text), who sent it with what instruction (the note of the pass that handed
it on: a disposition's text, a return's reason), and the working time left on the step,
nearest step deadline first: the desktop's first screen. The case screen reads the same
instruction (`instruction_of`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from peewee import JOIN, fn

from app.errors import NotPermitted
from app.i18n import _
from app.office import deadlines
from app.office.sop import Sop
from app.office.task_text import action_text
from app.office.vocab import CONFIDENTIAL
from app.services import accounts, register, sop_versions
from app.services.calendar import office_calendar
from app.services.permissions import can_see_reporter, identity_in_prose, prose_for
from app.store.db import as_datetime
from app.store.models import (
    OUTCOME_FORWARDED,
    OUTCOME_RETURNED,
    STATUS_OPEN,
    Complaint,
    Pelapor,
    StepRecord,
    User,
    database,
    now,
)


@dataclass(frozen=True)
class Instruction:
    """How the complaint reached the current step: who handed it on (or sent it back),
    from which lane, when, and the note they gave ("" when none)."""

    by: str  # full name, "" when not recorded
    lane: str  # the sender's lane, as the SOP names it (the operator for the complainant)
    at: dt.datetime
    note: str
    returned: bool  # sent back for revision

    @property
    def sender(self) -> str:
        """'Kabag P2 (Budi Santoso)', or the lane alone when no name is recorded."""
        return f"{self.lane} ({self.by})" if self.by else self.lane


@dataclass
class TaskItem:
    row: register.RegisterRow
    step_minutes_left: float | None  # negative when overdue
    action: str = ""  # what to do now, imperative (app.office.task_text)
    instruction: Instruction | None = None


def my_task_items(user: User, *, at: dt.datetime | None = None) -> list[TaskItem]:
    """The user's tasks (nearest step deadline first) with what to do, who sent each with
    what instruction and the working time left, by the lanes the account holds now (none
    once it is deactivated). Three queries, whatever the number of tasks."""
    try:
        user = accounts.current(user)
    except NotPermitted:
        return []
    at = at or now()
    calendar = office_calendar()
    rows = register.my_tasks(user, at=at)
    places = _places([row.id for row in rows])
    sent = _instructions([row.id for row in rows], {cid: p[0] for cid, p in places.items()})
    _hide_identity(user, rows, sent)
    items = []
    for row in rows:
        step_left = (deadlines.minutes_left(calendar, at, row.step_due_at)
                     if row.status == STATUS_OPEN and row.step_due_at else None)
        sop, part, pass_no = places.get(row.id, (None, 0, 1))
        action = (action_text(sop, row.step_no, part, pass_no=pass_no)
                  if sop is not None and row.step_no is not None else "")
        items.append(TaskItem(row, step_left, action, sent.get(row.id)))
    return items


def instruction_of(user: User | None, complaint_id: int) -> Instruction | None:
    """How the complaint reached its current step (None before anyone handed it on), its
    note as `user` may read it."""
    complaint = Complaint.get_or_none(Complaint.id == complaint_id)
    if complaint is None:
        return None
    sent = _instructions([complaint_id], {complaint_id: sop_versions.sop_of(complaint)}
                         ).get(complaint_id)
    hide = prose_for(user, complaint)
    return replace(sent, note=hide(sent.note)) if sent and hide else sent


def current_action(complaint_id: int) -> str:
    """What the official of the complaint's current step does now ("" once closed)."""
    complaint = Complaint.get_or_none(Complaint.id == complaint_id)
    if complaint is None or complaint.current_step is None:
        return ""
    return action_text(sop_versions.sop_of(complaint), complaint.current_step,
                       complaint.current_part or 0, pass_no=complaint.current_pass)


def instruction_text(instruction: Instruction | None) -> str:
    """One line for a screen: 'Dari Kabag P2 (Budi Santoso): "Mohon segera ditelaah."'."""
    if instruction is None:
        return ""
    if instruction.returned:
        head = _("Dikembalikan oleh {who}").format(who=instruction.sender)
    else:
        head = _("Dari {who}").format(who=instruction.sender)
    if not instruction.note:
        return head
    return _("{head}: \u201c{note}\u201d").format(head=head, note=" ".join(
        instruction.note.split()))


def _hide_identity(user: User, rows: list[register.RegisterRow],
                   sent: dict[int, Instruction]) -> None:
    """A note may name the reporter: for the confidential complaints whose reporter `user`
    may not see, their identity is taken out of it (one query, only when there are some)."""
    if can_see_reporter(user, "rahasia"):
        return
    ids = [row.id for row in rows if row.confidentiality in CONFIDENTIAL
           and sent.get(row.id) and sent[row.id].note]
    if not ids:
        return
    for cid, pelapor in ((c.id, c.pelapor) for c in Complaint.select(Complaint, Pelapor)
                         .join(Pelapor).where(Complaint.id.in_(ids))):
        hide = identity_in_prose(pelapor)
        sent[cid] = replace(sent[cid], note=hide(sent[cid].note))


def _places(ids: list[int]) -> dict[int, tuple[Sop, int, int]]:
    """complaint id -> (its SOP version, current part, current pass), one query of plain
    numbers (peewee's model rows cost more than the query on a screen of tasks)."""
    if not ids:
        return {}
    query = Complaint.select(Complaint.id, Complaint.sop_version, Complaint.current_part,
                             Complaint.current_pass).where(Complaint.id.in_(ids))
    sops: dict[int, Sop] = {}
    result = {}
    for cid, version, part, pass_no in query.tuples():
        if version not in sops:
            sops[version] = sop_versions.sop_of(Complaint(id=cid, sop_version=version))
        result[cid] = (sops[version], part or 0, pass_no or 1)
    return result


def _instructions(ids: list[int], sops: dict[int, Sop]) -> dict[int, Instruction]:
    """complaint id -> the last pass that handed it on or sent it back, one query (the
    (complaint, seq) index: a hold and its resumption are not instructions), read straight
    from the cursor as app.services.register does."""
    if not ids:
        return {}
    handed = (StepRecord.outcome.in_([OUTCOME_FORWARDED, OUTCOME_RETURNED])
              & StepRecord.complaint.in_(ids))
    last = (StepRecord.select(StepRecord.complaint.alias("cid"),
                              fn.MAX(StepRecord.seq).alias("last_seq"))
            .where(handed).group_by(StepRecord.complaint))
    query = (StepRecord.select(StepRecord.complaint, StepRecord.lane, StepRecord.ended_at,
                               StepRecord.note, StepRecord.outcome, User.full_name,
                               User.username)
             .join(last, on=((StepRecord.complaint == last.c.cid)
                             & (StepRecord.seq == last.c.last_seq)))
             .switch(StepRecord).join(User, JOIN.LEFT_OUTER, on=(StepRecord.actor == User.id)))
    sql, params = query.sql()
    result = {}
    for cid, lane_key, ended, note, outcome, full_name, username in database.execute_sql(
            sql, params).fetchall():
        sop = sops.get(cid)
        try:
            lane = sop.lane(sop.lane(lane_key).acting_lane).name if sop else lane_key
        except KeyError:
            lane = lane_key
        result[cid] = Instruction(full_name or username or "", lane, as_datetime(ended),
                                  note or "", outcome == OUTCOME_RETURNED)
    return result

