"""The workflow engine: one function per user intent, each one transaction with its audit
entry. The SOP data decides the steps, lanes, times and transitions; this module enforces who
may act, what must be at hand, and that two workstations never both move the same step.

Every action takes the complaint's `expected_version` (what the user was looking at). A
concurrent change makes the conditional UPDATE match no row, and the action raises
StaleComplaint with no trace left: exactly one of two racing users succeeds.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass

from peewee import fn

from app.errors import (
    InvalidAction,
    MissingKelengkapan,
    MissingOutput,
    NotPermitted,
    StaleComplaint,
)
from app.i18n import _
from app.office import deadlines, wording
from app.office.sop import Sop, Step
from app.services import accounts, audit, fields, outputs, settings, sop_versions
from app.services.calendar import office_calendar
from app.services.intake import (  # the form's input and its rules, named here as before
    ComplaintInput,
    PelaporInput,
    validate_intake,
)
from app.store import search_index, step_tally
from app.store.db import locked_complaint
from app.store.models import (
    OUTCOME_COMPLETED,
    OUTCOME_FORWARDED,
    OUTCOME_HELD,
    OUTCOME_RETURNED,
    STATUS_CLOSED,
    STATUS_HOLD,
    STATUS_OPEN,
    Attachment,
    AuditEntry,
    Complaint,
    Document,
    Hold,
    Pelapor,
    StepRecord,
    User,
    database,
    now,
)
from app.store.numbering import format_number, next_value
from app.store.search_columns import search_columns

# Action names, stable for the GUI and the audit log.
FORWARD = "teruskan"
RETURN = "kembalikan"
HOLD = "tunda"
RESUME = "lanjutkan"


# --------------------------------------------------------------------------- intake

def register_complaint(actor: User, data: ComplaintInput, pelapor: PelaporInput, *,
                       attachments: list[tuple] = (),
                       waiver: str | None = None, override_reason: str | None = None,
                       sop: Sop | None = None, at: dt.datetime | None = None) -> Complaint:
    """Step 1: register what the complainant delivered, give it its register number, and
    forward it to step 2. `attachments` are (kind, filename, content) or, already checked
    (the intake dialog's panel), (kind, filename, content, FileInfo); the letter (kind
    "surat") is step 1's kelengkapan, else `waiver` must say why there is none. Every file
    is checked before anything is written: a bad one raises FileRejected and neither the
    complaint nor a register number is used."""
    from app.services.attachments import add_attachment, checked

    at = at or now()
    data, pelapor = validate_intake(data, pelapor, at)
    waiver = fields.note(waiver, name="waiver")
    files = [(kind, filename, content, checked(filename, content, *info))
             for kind, filename, content, *info in attachments]
    sop = sop or sop_versions.current_sop()
    first = sop.first_step
    anonymous = pelapor.anonymous or data.confidentiality == "anonim"
    with database.atomic():
        # The account as it is now, serialised with a deactivation committing meanwhile.
        override = _authorize(actor, sop, first, override_reason)
        calendar = office_calendar()  # in the transaction: a calendar edit commits whole
        version_row = sop_versions.register_sop(sop)
        reporter = Pelapor.create(
            name=None if anonymous else pelapor.name.strip(),
            nik=None if anonymous else (pelapor.nik.strip() or None),
            address=None if anonymous else (pelapor.address.strip() or None),
            # Anonymous means no way back to the person: no phone, no email either.
            phone=None if anonymous else (pelapor.phone.strip() or None),
            email=None if anonymous else (pelapor.email.strip() or None),
            anonymous=anonymous)
        seq = next_value("pengaduan", data.received_at.year)
        office = settings.current()
        register_no = format_number(office.register_pattern, seq, data.received_at.date(),
                                    office_code=office.office_code)
        complaint = Complaint.create(
            register_no=register_no, received_at=data.received_at, channel=data.channel,
            pelapor=reporter, subject_kind=data.subject_kind,
            subject_name=data.subject_name.strip(), category=data.category, tier=data.tier,
            summary=data.summary.strip(), description=data.description,
            confidentiality=data.confidentiality, lapor_ticket=data.lapor_ticket or None,
            letter_number=data.letter_number or None, letter_date=data.letter_date,
            letter_subject=data.letter_subject or None,
            **search_columns(register_no, data.subject_name.strip(), data.summary.strip(),
                             data.lapor_ticket, reporter.name, data.confidentiality,
                             letter=(data.letter_number, data.letter_subject)),
            sop_version=version_row, current_step=first.no,
            current_lane=sop.acting_lane(first.no), status=STATUS_OPEN,
            step_started_at=data.received_at,
            due_at=deadlines.statutory_due(calendar, data.received_at,
                                           settings.tier_days(data.tier, office)),
            created_by=actor)
        record = StepRecord.create(complaint=complaint, seq=1, step_no=first.no,
                                   lane=first.lane, started_at=data.received_at,
                                   standard_minutes=first.own_minutes)
        for kind, filename, content, info in files:
            add_attachment(complaint, kind, filename, content, actor=actor, step_no=first.no,
                           info=info)
        audit.record("pengaduan.registrasi", actor=actor.username, complaint_id=complaint.id,
                     at=at, detail={"nomor": register_no, "saluran": data.channel,
                                    "sop": sop.version})
        complaint = _advance(actor, complaint, sop, record, OUTCOME_FORWARDED, at,
                             note=None, waiver=waiver, override=override,
                             target=sop.forward_of(first.no).target)
        search_index.refresh(complaint.id)  # findable from the moment it is registered
    return complaint


# --------------------------------------------------------------------------- actions

@dataclass(frozen=True)
class ActionInfo:
    """What the case screen shows for one action at the current step."""

    name: str
    label: str
    allowed: bool
    reason: str = ""  # why not, for the tooltip
    note_required: bool = False
    needs_override: bool = False


def available_actions(actor: User, complaint: Complaint) -> list[ActionInfo]:
    """The actions of the complaint's current step, each allowed or not with the reason."""
    if complaint.status == STATUS_CLOSED:
        return []
    sop = sop_versions.sop_of(complaint)
    step = sop.step(complaint.current_step)
    part = complaint.current_part or 0
    lane_name = sop.lane(sop.acting_lane(step.no, part)).name
    mine = sop.acting_lane(step.no, part) in actor.lanes
    why = "" if mine else (
        _("Hanya {lane} yang dapat bertindak pada langkah {no}.").format(lane=lane_name,
                                                                          no=step.no)
        + (_(" Administrator dapat bertindak dengan alasan.") if actor.is_admin else ""))
    allowed = mine or actor.is_admin
    held = complaint.status == STATUS_HOLD
    held_why = _("Pengaduan sedang ditunda; lanjutkan dulu.")
    result = [ActionInfo(FORWARD, _(step.label_of(part)), allowed and not held,
                         held_why if held else why, step.note_required,
                         not mine and actor.is_admin)]
    if sop.revision_targets(step.no):
        result.append(ActionInfo(RETURN, _("Kembalikan untuk Perbaikan"), allowed and not held,
                                 held_why if held else why, True, not mine and actor.is_admin))
    if step.can_hold:
        if held:
            result.append(ActionInfo(RESUME, _("Lanjutkan"), allowed, why, False,
                                     not mine and actor.is_admin))
        else:
            result.append(ActionInfo(HOLD, _("Tunda (menunggu pelapor)"), allowed, why, True,
                                     not mine and actor.is_admin))
    return result


def forward(actor: User, complaint_id: int, *, expected_version: int | None = None,
            note: str | None = None, waiver: str | None = None,
            override_reason: str | None = None, disposition: dict | None = None,
            at: dt.datetime | None = None) -> Complaint:
    """Complete the current step (or sub-step) and open the next (or close the complaint
    after the last). At a disposing step `disposition` holds the ticked targets ("kepada",
    lane keys) and instructions ("instruksi"); the note is its text. The step's product
    (app.services.outputs) must be there: a paraf is recorded by the forward itself.
    Raises NotPermitted, NoteRequired, MissingKelengkapan, MissingOutput, InvalidAction,
    StaleComplaint."""
    at = at or now()
    with _action(complaint_id, expected_version) as (complaint, sop, record):
        _require_status(complaint, STATUS_OPEN)
        step = sop.step(complaint.current_step)
        part = complaint.current_part or 0
        override = _authorize(actor, sop, step, override_reason, part)
        note = fields.note(note, required=step.note_required and not part and _(
            "Langkah {no} memerlukan catatan/instruksi disposisi.").format(no=step.no))
        waiver = fields.note(waiver, name="waiver")
        reason = outputs.missing(complaint, step, part, record)
        if reason:
            raise MissingOutput(reason)
        product = step.produces_of(part)
        if product == outputs.DISPOSITION:
            outputs.record_disposition(actor, complaint, sop, step, note, disposition, at)
        elif product == "paraf":
            outputs.record_paraf(actor, complaint, sop.acting_lane(step.no, part), step.no, at)
        if part < len(step.parts):  # the next official's share of the same step
            return _advance(actor, complaint, sop, record, OUTCOME_FORWARDED, at, note=note,
                            waiver=waiver, override=override, target=step.no,
                            next_part=part + 1)
        target = sop.forward_of(step.no).target
        outcome = OUTCOME_COMPLETED if target is None else OUTCOME_FORWARDED
        return _advance(actor, complaint, sop, record, outcome, at, note=note, waiver=waiver,
                        override=override, target=target)


def return_for_revision(actor: User, complaint_id: int, *, note: str,
                        expected_version: int | None = None, target: int | None = None,
                        override_reason: str | None = None,
                        at: dt.datetime | None = None) -> Complaint:
    """Send the draft back to the drafter (steps 7-9 -> 6). The reason is required."""
    at = at or now()
    with _action(complaint_id, expected_version) as (complaint, sop, record):
        _require_status(complaint, STATUS_OPEN)
        step = sop.step(complaint.current_step)
        targets = sop.revision_targets(step.no)
        if not targets:
            raise InvalidAction(_("Langkah {no} tidak dapat dikembalikan untuk perbaikan.")
                                .format(no=step.no))
        target = target if target is not None else targets[0]
        if target not in targets:
            raise InvalidAction(_("Langkah {no} hanya dapat dikembalikan ke langkah {t}.")
                                .format(no=step.no, t=", ".join(map(str, targets))))
        override = _authorize(actor, sop, step, override_reason, complaint.current_part or 0)
        note = fields.note(note, required=_("Alasan pengembalian untuk perbaikan wajib diisi."))
        return _advance(actor, complaint, sop, record, OUTCOME_RETURNED, at, note=note,
                        waiver=None, override=override, target=target, check_kelengkapan=False)


def hold(actor: User, complaint_id: int, *, reason: str, expected_version: int | None = None,
         override_reason: str | None = None, at: dt.datetime | None = None) -> Complaint:
    """The complainant's data is incomplete: wait for them. Clocks stop until `resume`."""
    at = at or now()
    with _action(complaint_id, expected_version) as (complaint, sop, record):
        _require_status(complaint, STATUS_OPEN)
        step = sop.step(complaint.current_step)
        if not step.can_hold:
            raise InvalidAction(_("Pengaduan tidak dapat ditunda pada langkah {no}.")
                                .format(no=step.no))
        override = _authorize(actor, sop, step, override_reason)
        reason = fields.note(reason, required=_(
            "Alasan penundaan wajib diisi (data apa yang kurang)."))
        calendar = office_calendar()
        _close_record(complaint, record, actor, OUTCOME_HELD, at, reason, None, override,
                      calendar)
        Hold.create(complaint=complaint, step_no=step.no, reason=reason.strip(),
                    started_at=at, started_by=actor)
        updated = _bump(complaint, status=STATUS_HOLD, step_soon_at=None, step_due_at=None)
        audit.record("pengaduan.tunda", actor=actor.username, complaint_id=complaint.id, at=at,
                     detail={"langkah": step.no, "alasan": reason, "override": override})
        return updated


def resume(actor: User, complaint_id: int, *, note: str | None = None,
           expected_version: int | None = None, override_reason: str | None = None,
           at: dt.datetime | None = None) -> Complaint:
    """The complainant answered: the step reopens with the standard time it had left, and
    the statutory deadline moves back by the working time spent waiting."""
    at = at or now()
    with _action(complaint_id, expected_version) as (complaint, sop, _record):
        _require_status(complaint, STATUS_HOLD)
        step = sop.step(complaint.current_step)
        override = _authorize(actor, sop, step, override_reason)
        note = fields.note(note)
        calendar = office_calendar()
        pending = (Hold.select().where((Hold.complaint == complaint) & Hold.ended_at.is_null())
                   .order_by(Hold.id.desc()).first())
        held = calendar.working_minutes_between(pending.started_at, at) if pending else 0.0
        if pending:
            Hold.update(ended_at=at, ended_by=actor, working_minutes=held).where(
                Hold.id == pending.id).execute()
        used = (StepRecord.select(fn.COALESCE(fn.SUM(StepRecord.working_minutes), 0))
                .where((StepRecord.complaint == complaint) & (StepRecord.step_no == step.no)
                       & (StepRecord.pass_no == complaint.current_pass)).scalar())
        remaining = max(0.0, step.minutes - float(used))
        _open_record(complaint, step, complaint.current_pass, at)
        held_total = complaint.held_minutes + held
        updated = _bump(
            complaint, status=STATUS_OPEN, step_started_at=at,
            **_step_clock(calendar, at, remaining, step.minutes), held_minutes=held_total,
            due_at=deadlines.statutory_due(calendar, complaint.received_at,
                                           settings.tier_days(complaint.tier), held_total))
        audit.record("pengaduan.lanjutkan", actor=actor.username, complaint_id=complaint.id,
                     at=at, detail={"langkah": step.no, "catatan": note,
                                    "menit_tunda": round(held, 1), "override": override})
        return updated


def reopen(actor: User, complaint_id: int, *, reason: str,
           at: dt.datetime | None = None) -> Complaint:
    """An administrator reopens a closed complaint (e.g. the answer must go out again): it
    returns to the last step in a new pass, its clocks restarted; the reason is audited.
    A closed complaint is otherwise read-only (app.services.permissions)."""
    at = at or now()
    with database.atomic():
        complaint = locked_complaint(complaint_id)
        if complaint is None:
            raise InvalidAction(_("Pengaduan tidak ditemukan."))
        if not accounts.current(actor).is_admin:
            raise NotPermitted(_("Hanya administrator yang dapat membuka kembali pengaduan "
                                 "yang sudah selesai."))
        if complaint.status != STATUS_CLOSED:
            raise InvalidAction(_("Pengaduan {no} belum selesai.").format(
                no=complaint.register_no))
        reason = fields.note(reason, required=_(
            "Alasan membuka kembali pengaduan wajib diisi."), name="override")
        sop = sop_versions.sop_of(complaint)
        last = sop.steps[-1]
        calendar = office_calendar()
        pass_no = (StepRecord.select(fn.MAX(StepRecord.pass_no))
                   .where((StepRecord.complaint == complaint)
                          & (StepRecord.step_no == last.no)).scalar() or 0) + 1
        _open_record(complaint, last, pass_no, at)
        updated = _bump(complaint, status=STATUS_OPEN, current_step=last.no,
                        current_lane=sop.acting_lane(last.no), current_pass=pass_no,
                        current_part=0, step_started_at=at, closed_at=None,
                        **_step_clock(calendar, at, last.minutes, last.minutes))
        audit.record("pengaduan.buka_kembali", actor=actor.username,
                     complaint_id=complaint.id, at=at,
                     detail={"langkah": last.no, "alasan": reason})
    return updated


# --------------------------------------------------------------------------- internals

class _action:
    """Context manager: one transaction around an action on one complaint.

    Loads the complaint and its open step record, checks the caller saw the latest version,
    and turns a lost race into StaleComplaint after the rollback."""

    def __init__(self, complaint_id: int, expected_version: int | None):
        self.complaint_id, self.expected = complaint_id, expected_version
        self.txn = None

    def __enter__(self):
        self.txn = database.atomic()
        self.txn.__enter__()
        try:
            # Lock the row first: everything read below then belongs to one state of the
            # complaint (a rival's commit cannot slip in between our reads).
            complaint = locked_complaint(self.complaint_id)
            if complaint is None:
                raise InvalidAction(_("Pengaduan tidak ditemukan."))
            if self.expected is not None and complaint.row_version != self.expected:
                raise StaleComplaint(_stale_message(complaint))
            if complaint.status == STATUS_CLOSED:
                raise InvalidAction(_("Pengaduan {no} sudah selesai.")
                                    .format(no=complaint.register_no))
            record = (StepRecord.select().where((StepRecord.complaint == complaint)
                                                & StepRecord.ended_at.is_null())
                      .order_by(StepRecord.seq.desc()).first())
            if record is None and complaint.status != STATUS_HOLD:
                # Only possible if the complaint changed under us (no row lock): stale.
                raise StaleComplaint(_stale_message(complaint))
            return complaint, sop_versions.sop_of(complaint), record
        except BaseException:
            self.txn.__exit__(*sys.exc_info())
            raise

    def __exit__(self, exc_type, exc, tb):
        self.txn.__exit__(exc_type, exc, tb)
        if isinstance(exc, _Lost):
            complaint = Complaint.get_by_id(self.complaint_id)
            raise StaleComplaint(_stale_message(complaint)) from None
        return False


class _Lost(Exception):
    """The conditional UPDATE matched no row: another workstation won the race."""


def _bump(complaint: Complaint, **changes) -> Complaint:
    """Write `changes` only if nobody changed the complaint since we read it."""
    matched = (Complaint.update(row_version=Complaint.row_version + 1, **changes)
               .where((Complaint.id == complaint.id)
                      & (Complaint.row_version == complaint.row_version)).execute())
    if matched != 1:
        raise _Lost()
    for key, value in changes.items():
        setattr(complaint, key, value)
    complaint.row_version += 1
    return complaint


def _stale_message(complaint: Complaint) -> str:
    last = (AuditEntry.select().where(AuditEntry.complaint_id == complaint.id)
            .order_by(AuditEntry.seq.desc()).first())
    if last is None:
        return _("Pengaduan {no} telah diubah di komputer lain. Muat ulang lalu coba lagi.")\
            .format(no=complaint.register_no)
    return _("Pengaduan {no} telah diubah oleh {who} pukul {t}. Muat ulang lalu coba lagi.")\
        .format(no=complaint.register_no, who=last.actor or "-", t=wording.clock(last.at))


def _require_status(complaint: Complaint, status: str) -> None:
    if complaint.status != status:
        if complaint.status == STATUS_HOLD:
            raise InvalidAction(_("Pengaduan sedang ditunda menunggu pelapor; "
                                  "lanjutkan dulu."))
        raise InvalidAction(_("Pengaduan tidak sedang ditunda."))


def _authorize(actor: User, sop: Sop, step: Step, override_reason: str | None,
               part: int = 0) -> str | None:
    """None when the actor holds the lane of the step (or its sub-step `part`); the
    override reason for an administrator acting for the lane; NotPermitted otherwise
    (also for an account deactivated since)."""
    actor = accounts.current(actor)  # the account as it is now, in the action's transaction
    lane = sop.acting_lane(step.no, part)
    if lane in actor.lanes:
        return None
    lane_name = sop.lane(lane).name
    if actor.is_admin:
        if (override_reason or "").strip():
            return override_reason.strip()
        raise NotPermitted(_("Administrator yang bertindak atas nama {lane} harus menuliskan "
                             "alasannya.").format(lane=lane_name))
    raise NotPermitted(_("Langkah {no} hanya dapat dilakukan oleh {lane}.")
                       .format(no=step.no, lane=lane_name))


def kelengkapan_present(complaint: Complaint, sop: Sop, step: Step,
                        note: str | None = None) -> bool:
    """Whether the step's required input is on the complaint (see the SOP's `bukti`)."""
    for evidence in sop.kelengkapan[step.kelengkapan].evidence:
        if evidence == "catatan":
            if (note or "").strip():
                return True
            continue
        source, _sep, kind = evidence.partition(":")
        model = Attachment if source == "lampiran" else Document
        query = model.select().where(model.complaint == complaint)
        if kind != "*":
            query = query.where((model.kind if model is Attachment else model.doc_type) == kind)
        if query.exists():
            return True
    return False


def _advance(actor, complaint, sop, record, outcome, at, *, note, waiver, override, target,
             check_kelengkapan=True, next_part=0) -> Complaint:
    step = sop.step(complaint.current_step)
    if check_kelengkapan and not kelengkapan_present(complaint, sop, step, note):
        if not (waiver or "").strip():
            kel = sop.kelengkapan[step.kelengkapan]
            raise MissingKelengkapan(_(
                "Kelengkapan langkah {no} ({k}) belum ada. Lampirkan berkasnya, atau isi "
                "alasan bila kelengkapan ini dikecualikan.").format(no=step.no, k=kel.name))
    else:
        waiver = None  # nothing to waive
    calendar = office_calendar()
    _close_record(complaint, record, actor, outcome, at, note, waiver, override, calendar)
    if target is None:
        updated = _bump(complaint, status=STATUS_CLOSED, current_step=None, current_lane=None,
                        current_part=0, step_started_at=None, step_soon_at=None,
                        step_due_at=None, closed_at=at)
    elif next_part:
        # A sub-step: the same step and pass in the next official's lane, still timed by
        # the step's standard (its due time stays).
        _open_record(complaint, step, complaint.current_pass, at, next_part)
        updated = _bump(complaint, current_lane=sop.acting_lane(step.no, next_part),
                        current_part=next_part)
    else:
        nxt = sop.step(target)
        pass_no = (StepRecord.select(fn.MAX(StepRecord.pass_no))
                   .where((StepRecord.complaint == complaint) & (StepRecord.step_no == target))
                   .scalar() or 0) + 1
        _open_record(complaint, nxt, pass_no, at)
        updated = _bump(complaint, current_step=target, current_lane=sop.acting_lane(target),
                        current_pass=pass_no, current_part=0, step_started_at=at,
                        **_step_clock(calendar, at, nxt.minutes, nxt.minutes))
    audit.record({OUTCOME_RETURNED: "pengaduan.kembalikan",
                  OUTCOME_COMPLETED: "pengaduan.selesai"}.get(outcome, "pengaduan.teruskan"),
                 actor=actor.username, complaint_id=complaint.id, at=at,
                 detail={"langkah": step.no, "ke": target, "catatan": note,
                         "pengecualian": waiver, "override": override}
                 | ({"bagian": next_part} if next_part else {}))
    return updated


def _step_clock(calendar, at: dt.datetime, remaining: float, standard: float) -> dict:
    """The step's "due soon" and due instants, stored when it (re)starts: the register
    filters by them as index ranges (app.office.deadlines.step_clock)."""
    soon, due = deadlines.step_clock(calendar, at, remaining, standard,
                                     settings.current().due_soon_step_percent)
    return {"step_soon_at": soon, "step_due_at": due}


def _open_record(complaint: Complaint, step: Step, pass_no: int, at: dt.datetime,
                 part: int = 0) -> StepRecord:
    seq = (StepRecord.select(fn.MAX(StepRecord.seq))
           .where(StepRecord.complaint == complaint).scalar() or 0) + 1
    return StepRecord.create(complaint=complaint, seq=seq, step_no=step.no,
                             lane=step.lane_of(part), pass_no=pass_no, part=part,
                             started_at=at, standard_minutes=step.minutes_of(part))


def _close_record(complaint, record, actor, outcome, at, note, waiver, override,
                  calendar) -> None:
    minutes = calendar.working_minutes_between(record.started_at, at)
    # Conditional on still being open: a racing action that got here first wins.
    matched = (StepRecord.update(
        ended_at=at, actor=actor, outcome=outcome, note=(note or "").strip() or None,
        kelengkapan_waiver=(waiver or "").strip() or None, override_reason=override,
        working_minutes=minutes)
        .where((StepRecord.id == record.id) & StepRecord.ended_at.is_null()).execute())
    if matched != 1:
        raise _Lost()
    step_tally.count_pass(complaint.received_at, record.step_no, actor.id, minutes,
                          record.standard_minutes, outcome)
