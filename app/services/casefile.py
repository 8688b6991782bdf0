"""The case screen's data, read in one place: a complaint with its reporter masked for the
viewing user, the history of every step pass (lane, actor, working time against the SOP
standard, notes, revision loops), holds, attachments, documents and the actions the user
may take. Also the one write per action the case screen triggers (an action with its
evidence, files attached later) and opening an attachment, so widgets never issue queries
of their own. The reads around the screens are in app.services.desk, the user's tasks in
app.services.tasks.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from app.i18n import _
from app.office import deadlines
from app.office.vocab import (
    ATTACHMENT_KINDS,
    CATEGORIES,
    CHANNELS,
    CONFIDENTIALITY,
    DOC_TYPES,
    OUTCOMES,
    STATUSES,
    label,
)
from app.services import outputs, register, settings, sop_versions, tasks, workflow
from app.services.attachments import Attached, add_attachment, attach_file, checked
from app.services.calendar import office_calendar
from app.services.permissions import (
    ATTACH,
    NASKAH,
    OUTPUT,
    SIGNED,
    attachment_reveals_reporter,
    can_see_reporter,
    prose_for,
    reporter_display,
    write_refusal,
)
from app.store.models import (
    STATUS_CLOSED,
    STATUS_OPEN,
    Attachment,
    Complaint,
    Document,
    Hold,
    StepRecord,
    User,
    database,
    now,
)


@dataclass
class Reporter:
    visible: bool  # False: the identity is protected from this user
    name: str
    nik: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    anonymous: bool = False


@dataclass
class HistoryEntry:
    seq: int
    step_no: int
    activity: str
    lane: str  # the lane's name as the SOP spells it
    pass_no: int
    started_at: dt.datetime
    ended_at: dt.datetime | None
    actor: str  # full name, "" while open
    outcome: str  # label, "" while open
    outcome_code: str | None
    note: str
    waiver: str
    override_reason: str
    working_minutes: float  # so far, for the open pass
    standard_minutes: int

    @property
    def over_standard(self) -> bool:
        return self.working_minutes > self.standard_minutes

    @property
    def is_revision(self) -> bool:
        return self.pass_no > 1


@dataclass
class HoldEntry:
    step_no: int
    reason: str
    started_at: dt.datetime
    started_by: str
    ended_at: dt.datetime | None
    working_minutes: float | None


@dataclass
class AttachmentEntry:
    id: int
    kind: str
    kind_label: str
    filename: str
    size: int
    step_no: int | None
    created_at: dt.datetime
    created_by: str


@dataclass
class DocumentEntry:
    id: int
    doc_type: str
    number: str
    version: int
    step_no: int | None
    created_at: dt.datetime
    created_by: str
    signed: bool


@dataclass
class KelengkapanInfo:
    """The current step's required input, for the action dialog."""

    name: str
    present: bool  # already on the complaint (an attachment or document of the right kind)
    by_note: bool  # the action's note itself satisfies it (a disposition)
    attachment_kind: str | None  # the attachment kind that would satisfy it


@dataclass
class CaseFile:
    id: int
    register_no: str
    row_version: int
    received_at: dt.datetime
    channel: str
    category: str
    subject_kind: str
    subject_name: str
    tier: str
    summary: str
    description: str
    confidentiality: str
    confidentiality_code: str
    lapor_ticket: str
    status: str
    status_code: str
    current_step: int | None
    current_activity: str
    current_lane: str
    current_pass: int
    step_due_at: dt.datetime | None
    due_at: dt.datetime | None
    closed_at: dt.datetime | None
    state: str  # app.office.deadlines state
    step_minutes_left: float | None
    reporter: Reporter
    sop_number: str
    history: list[HistoryEntry] = field(default_factory=list)
    holds: list[HoldEntry] = field(default_factory=list)
    attachments: list[AttachmentEntry] = field(default_factory=list)
    documents: list[DocumentEntry] = field(default_factory=list)
    actions: list[workflow.ActionInfo] = field(default_factory=list)
    may_act: bool = False  # the user holds the current step's lane (or is an administrator)
    kelengkapan: KelengkapanInfo | None = None
    step_count: int = 0
    standard_total: int = 0
    revision_loops: int = 0
    # What the user may write now (app.services.permissions), so the screen offers only that:
    naskah_types: list[str] = field(default_factory=list)  # naskah they may make now
    attach_kinds: list[str] = field(default_factory=list)  # kinds of file they may add
    write_refusal: str = ""  # why they may add nothing, when they may not
    # What the steps produced (app.services.outputs), schema v6:
    current_part: int = 0  # 1 in step 9's sub-step (the Kakanwil's signature)
    product: str | None = None  # what the current step (or sub-step) produces
    outputs: dict[str, outputs.Output | None] = field(default_factory=dict)  # latest by kind
    corrections: list[outputs.Correction] = field(default_factory=list)  # newest first
    may_write_output: bool = False  # the user may save the current product now
    division: str = ""  # the division the nota dinas goes to (its name)
    letter_number: str = ""
    letter_date: dt.date | None = None
    letter_subject: str = ""
    disposition_default: str | None = None  # the lane a disposition goes to by default
    previous_draft: outputs.Output | None = None  # the nota dinas version before the latest
    # What the current official does now and how it reached them (app.services.tasks).
    action: str = ""
    instruction: tasks.Instruction | None = None


def _writes(user: User, complaint: Complaint) -> dict:
    """The naskah and attachment kinds the user may write now, by the one rule the services
    enforce (app.services.permissions.write_refusal)."""
    naskah = [t for t in DOC_TYPES if write_refusal(user, complaint, NASKAH, t) is None]
    kinds = [k for k in ATTACHMENT_KINDS if write_refusal(
        user, complaint, SIGNED if k in DOC_TYPES else ATTACH, k) is None]
    refusal = "" if kinds else write_refusal(user, complaint, ATTACH) or ""
    return {"naskah_types": naskah, "attach_kinds": kinds, "write_refusal": refusal}


def _name(user: User | None) -> str:
    return (user.full_name or user.username) if user else ""


def load(user: User, complaint_id: int, *, at: dt.datetime | None = None,
         unmasked: bool = False) -> CaseFile:
    """Everything the case screen shows for `complaint_id`, as `user` may see it, or whole
    with `unmasked` (the office's own record: the yearly archive, which checks that an
    administrator makes it). Raises InvalidAction when the complaint does not exist."""
    from app.errors import InvalidAction

    at = at or now()
    complaint = Complaint.get_or_none(Complaint.id == complaint_id)
    if complaint is None:
        raise InvalidAction(_("Pengaduan tidak ditemukan."))
    sop = sop_versions.sop_of(complaint)
    calendar = office_calendar()
    users = {u.id: u for u in User.select()}
    pelapor = complaint.pelapor
    visible = unmasked or can_see_reporter(user, complaint.confidentiality)
    reporter = Reporter(
        visible=visible,
        name=reporter_display(user, complaint.confidentiality, pelapor.name,
                              may_see=visible),
        nik=(pelapor.nik or "") if visible else "", address=(pelapor.address or "") if visible
        else "", phone=(pelapor.phone or "") if visible else "",
        email=(pelapor.email or "") if visible else "", anonymous=pelapor.anonymous)
    # Notes, reasons and the description are officers' prose: they may name the reporter.
    hide = prose_for(user, complaint, may_see=visible) or str
    history = []
    for r in (StepRecord.select().where(StepRecord.complaint == complaint)
              .order_by(StepRecord.seq)):
        try:
            step = sop.step(r.step_no)
            activity = step.activity_of(r.part or 0)
        except (KeyError, IndexError):
            activity = ""
        try:
            lane = sop.lane(r.lane).name
        except KeyError:
            lane = r.lane
        worked = (r.working_minutes if r.ended_at is not None
                  else calendar.working_minutes_between(r.started_at, at)
                  if complaint.status == STATUS_OPEN else 0.0)
        history.append(HistoryEntry(
            r.seq, r.step_no, activity, lane, r.pass_no, r.started_at, r.ended_at,
            _name(users.get(r.actor_id)), label(OUTCOMES, r.outcome), r.outcome,
            hide(r.note or ""), hide(r.kelengkapan_waiver or ""), hide(r.override_reason or ""),
            float(worked or 0.0), r.standard_minutes))
    holds = [HoldEntry(h.step_no, hide(h.reason), h.started_at,
                       _name(users.get(h.started_by_id)), h.ended_at, h.working_minutes)
             for h in Hold.select().where(Hold.complaint == complaint).order_by(Hold.id)]
    attachments = [AttachmentEntry(a.id, a.kind, _(ATTACHMENT_KINDS.get(a.kind, a.kind)),
                                   # `visible` read once above, not the account per row
                                   a.filename if visible or not attachment_reveals_reporter(
                                       a.kind, a.step_no) else _("(dirahasiakan)"),
                                   a.size, a.step_no, a.created_at,
                                   _name(users.get(a.created_by_id)))
                   for a in Attachment.select(Attachment.id, Attachment.kind,
                                              Attachment.filename, Attachment.size,
                                              Attachment.step_no, Attachment.created_at,
                                              Attachment.created_by)
                   .where(Attachment.complaint == complaint).order_by(Attachment.id)]
    documents = [DocumentEntry(d.id, d.doc_type, d.number or "", d.version, d.step_no,
                               d.created_at, _name(users.get(d.created_by_id)),
                               d.signed_attachment_id is not None)
                 for d in Document.select(Document.id, Document.doc_type, Document.number,
                                          Document.version, Document.step_no,
                                          Document.created_at, Document.created_by,
                                          Document.signed_attachment)
                 .where(Document.complaint == complaint).order_by(Document.id)]
    cut = register.current_cutoffs(at)
    state = (deadlines.complaint_state(complaint.step_soon_at, complaint.step_due_at,
                                       complaint.due_at, cut)
             if complaint.status == STATUS_OPEN else deadlines.ON_TIME)
    left = (deadlines.minutes_left(calendar, at, complaint.step_due_at)
            if complaint.status == STATUS_OPEN and complaint.step_due_at else None)
    current = complaint.current_step
    part = complaint.current_part or 0
    kelengkapan, may_act, product = None, False, None
    if current is not None:
        step = sop.step(current)
        product = step.produces_of(part)
        may_act = sop.acting_lane(current, part) in user.lanes or user.is_admin
        kel = sop.kelengkapan[step.kelengkapan]
        kinds = [e.partition(":")[2] for e in kel.evidence if e.startswith("lampiran:")]
        kelengkapan = KelengkapanInfo(
            kel.name, workflow.kelengkapan_present(complaint, sop, step),
            "catatan" in kel.evidence,
            next((k for k in kinds if k != "*"), "lainnya" if kinds else None))
    return CaseFile(
        id=complaint.id, register_no=complaint.register_no, row_version=complaint.row_version,
        received_at=complaint.received_at, channel=label(CHANNELS, complaint.channel),
        category=label(CATEGORIES, complaint.category),
        subject_kind=complaint.subject_kind, subject_name=complaint.subject_name,
        tier=_(settings.tiers().get(complaint.tier, {}).get("nama", complaint.tier)),
        summary=complaint.summary, description=hide(complaint.description),
        confidentiality=label(CONFIDENTIALITY, complaint.confidentiality),
        confidentiality_code=complaint.confidentiality,
        lapor_ticket=complaint.lapor_ticket or "",
        status=label(STATUSES, complaint.status), status_code=complaint.status,
        current_step=current,
        current_activity=sop.step(current).activity_of(part) if current else "",
        current_lane=sop.lane(sop.acting_lane(current, part)).name if current else "",
        current_pass=complaint.current_pass, step_due_at=complaint.step_due_at,
        due_at=complaint.due_at, closed_at=complaint.closed_at, state=state,
        step_minutes_left=left, reporter=reporter, sop_number=sop.number, history=history,
        holds=holds, attachments=attachments, documents=documents,
        actions=workflow.available_actions(user, complaint), may_act=may_act,
        **_writes(user, complaint),
        kelengkapan=kelengkapan, step_count=len(sop.steps), standard_total=sop.total_minutes,
        revision_loops=sum(1 for h in history if h.outcome_code == "dikembalikan"),
        **_outputs(user, complaint, product, visible, hide))


def _outputs(user: User, complaint: Complaint, product: str | None, visible: bool,
             hide) -> dict:
    """The outputs as `user` may see them: the telaahan of a confidential complaint only
    for whoever may see the reporter; in every other text the reporter's identity hidden
    (`hide`) from them."""
    latest = {kind: outputs.latest(complaint.id, kind) for kind in outputs.KINDS}
    if not visible:
        latest[outputs.TELAAHAN] = None
    if hide is not str:
        latest = {kind: replace(o, fields=hide.deep(o.fields)) if o else None
                  for kind, o in latest.items()}
    writable = product in (outputs.TELAAHAN, outputs.NOTA_DINAS, outputs.ANSWER,
                           outputs.DELIVERY) and write_refusal(
        user, complaint, OUTPUT, product) is None
    division = outputs.division_of(complaint)
    drafts = [replace(d, fields=hide.deep(d.fields)) if hide is not str else d
              for d in outputs.history(complaint.id, outputs.NOTA_DINAS)[-2:]]
    default = None
    if product == outputs.DISPOSITION:  # the next step's official, by the complaint's SOP
        sop = sop_versions.sop_of(complaint)
        target = sop.forward_of(complaint.current_step).target
        default = sop.acting_lane(target) if target is not None else None
    return {"current_part": complaint.current_part or 0, "product": product,
            "disposition_default": default,
            "previous_draft": drafts[0] if len(drafts) == 2 else None,
            "action": tasks.current_action(complaint.id),
            "instruction": tasks.instruction_of(user, complaint.id),
            "outputs": latest, "corrections": [
                replace(c, note=hide(c.note)) for c in outputs.corrections(complaint.id)],
            "may_write_output": writable, "division": division["nama"] if division else "",
            "letter_number": complaint.letter_number or "",
            "letter_date": complaint.letter_date,
            "letter_subject": complaint.letter_subject or ""}


@dataclass
class ActionRequest:
    """What the user filled in the action dialog."""

    action: str  # workflow.FORWARD / RETURN / HOLD / RESUME
    expected_version: int
    note: str = ""
    waiver: str = ""
    override_reason: str = ""
    # (kind, filename, content), or with the FileInfo of an earlier check appended
    attachment: tuple | None = None
    # At a disposing step: the ticked targets ("kepada") and instructions ("instruksi").
    disposition: dict | None = None


def take_action(actor: User, complaint_id: int, request: ActionRequest,
                *, at: dt.datetime | None = None) -> Complaint:
    """One user intent on the case screen: attach the evidence (if any) and take the action,
    in one transaction, so a refused action leaves no stray attachment behind. The file is
    checked first: a bad one raises FileRejected and neither stores nor acts. Raises what
    the workflow raises (NotPermitted, NoteRequired, MissingKelengkapan, StaleComplaint, ...).
    """
    common = dict(expected_version=request.expected_version,
                  override_reason=request.override_reason or None, at=at)
    evidence = None
    if request.attachment is not None:
        kind, filename, content, *info = request.attachment
        evidence = (kind, filename, content, checked(filename, content, *info))
    with database.atomic():
        if evidence is not None:
            complaint = Complaint.get_by_id(complaint_id)
            kind, filename, content, info = evidence
            if kind in DOC_TYPES:  # a signed naskah's scan: linked as its signed version
                attach_file(complaint, kind, filename, content, actor=actor,
                            step_no=complaint.current_step, info=info)
            else:
                add_attachment(complaint, kind, filename, content, actor=actor,
                               step_no=complaint.current_step, info=info)
        if request.action == workflow.FORWARD:
            return workflow.forward(actor, complaint_id, note=request.note or None,
                                    waiver=request.waiver or None,
                                    disposition=request.disposition, **common)
        if request.action == workflow.RETURN:
            return workflow.return_for_revision(actor, complaint_id, note=request.note,
                                                **common)
        if request.action == workflow.HOLD:
            return workflow.hold(actor, complaint_id, reason=request.note, **common)
        if request.action == workflow.RESUME:
            return workflow.resume(actor, complaint_id, note=request.note or None, **common)
    raise ValueError(request.action)


def save_output(actor: User, complaint_id: int, kind: str, data: dict, *,
                files: list[tuple[str, bytes]] = (), file_kind: str = "lainnya",
                file_field: str = "lampiran", before: list[tuple[str, dict]] = (),
                at: dt.datetime | None = None):
    """One user intent on a step's form: the outputs `before` (kind, data), then the files
    (filename, content) attached as `file_kind` and added to `data[file_field]`, then
    `kind` itself, in one transaction (the division's answer with its report, the reply
    with the delivery and its proof). Every file is checked first: a refused file, field
    or permission leaves nothing stored. Returns the StepOutput of `kind`."""
    ready = [(filename, content, checked(filename, content)) for filename, content in files]
    with database.atomic():
        for other, other_data in before:
            outputs.save(actor, complaint_id, other, other_data, at=at)
        complaint = Complaint.get_by_id(complaint_id)
        ids = [attach_file(complaint, file_kind, filename, content, actor=actor,
                           info=info).attachment.id for filename, content, info in ready]
        data = dict(data)
        data[file_field] = [*data.get(file_field, []), *ids]
        return outputs.save(actor, complaint_id, kind, data, at=at)


def attach(actor: User, complaint_id: int, kind: str, filename: str, content: bytes, *,
           info=None) -> Attached:
    """Add a file to the complaint outside any action (e.g. a scan arriving later): checked,
    audited, and for a naskah dinas kind linked as its signed copy (attach_file). Raises
    FileRejected before anything is written."""
    return attach_files(actor, complaint_id, kind, [(filename, content, info)])[0]


def attach_files(actor: User, complaint_id: int, kind: str,
                 files: list[tuple]) -> list[Attached]:
    """Several files of one kind, all or nothing; `files` are (filename, content) or
    (filename, content, FileInfo-or-None). Every file is checked before any is stored."""
    ready = [(filename, content, checked(filename, content, *info))
             for filename, content, *info in files]
    with database.atomic():
        complaint = Complaint.get_by_id(complaint_id)
        step = None if complaint.status == STATUS_CLOSED else complaint.current_step
        return [attach_file(complaint, kind, filename, content, actor=actor, step_no=step,
                            info=info) for filename, content, info in ready]


def attachment_file(attachment_id: int, viewer: User | None) -> tuple[str, bytes]:
    """(filename, content) of an attachment for `viewer`; see app.services.attachments.load for what
    it refuses (NotPermitted, IntegrityError)."""
    from app.services.attachments import load

    row, content = load(attachment_id, actor=viewer)
    return row.filename, content
