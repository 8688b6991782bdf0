"""Who may see what. Enforced here, in the core, not only by hiding widgets."""

from __future__ import annotations

from app.errors import NotPermitted
from app.i18n import _
from app.office.masking import HiddenIdentity
from app.office.sop import Sop
from app.office.vocab import CONFIDENTIAL, DOC_READERS, DOC_SIGNERS, DOC_TYPES
from app.services import settings
from app.services.accounts import SystemActor, current, lanes_now
from app.services.sop_versions import sop_of
from app.store.models import STATUS_CLOSED, Complaint, Pelapor, User


def can_see_reporter(user: User | None, confidentiality: str) -> bool:
    """A confidential complainant's identity is for the configured lanes only (default:
    Kasubag PPHTI and Kakanwil); whistle-blowers are protected (Perpres 76/2013)."""
    if confidentiality not in CONFIDENTIAL:
        return True
    if user is None:
        return False
    # The lanes the account holds now, not at login; none once deactivated.
    return bool(lanes_now(user) & set(settings.current().confidential_viewers))


def reporter_display(user: User | None, confidentiality: str, name: str | None, *,
                     may_see: bool | None = None) -> str:
    """The reporter's name as this user may see it. `may_see`: can_see_reporter(user,
    "rahasia") when the caller already knows it (lists ask once, not per row)."""
    if confidentiality == "anonim" or name is None:
        return _("Anonim")
    if confidentiality in CONFIDENTIAL and not (
            may_see if may_see is not None else can_see_reporter(user, confidentiality)):
        return _("(dirahasiakan)")
    return name


def identity_in_prose(pelapor: Pelapor) -> HiddenIdentity:
    """What takes this reporter's identity out of officers' free text (notes, reasons, the
    description) for a reader who may not see them."""
    return HiddenIdentity(_("(dirahasiakan)"), name=pelapor.name, nik=pelapor.nik,
                          phone=pelapor.phone, email=pelapor.email, address=pelapor.address)


def identity_in_text(pelapor) -> HiddenIdentity:
    """What tells whether a typed text names this reporter (a Pelapor row or the intake's
    input), by their whole values only: refusing a text for a first name an official shares
    would stop the work."""
    return HiddenIdentity("", name=pelapor.name, nik=pelapor.nik, phone=pelapor.phone,
                          email=pelapor.email, parts=False)


def prose_for(user: User | None, complaint: Complaint, *,
              may_see: bool | None = None) -> HiddenIdentity | None:
    """The mask for free text about `complaint` as `user` reads it: None when they may see
    the reporter. `may_see` as in reporter_display."""
    if complaint.confidentiality not in CONFIDENTIAL or (
            may_see if may_see is not None
            else can_see_reporter(user, complaint.confidentiality)):
        return None
    return identity_in_prose(complaint.pelapor)


def naskah_masked(confidentiality: str, doc_type: str) -> bool:
    """Whether a naskah of `doc_type` hides the reporter of a complaint of this
    confidentiality: it does when any of its readers (DOC_READERS) may not see them."""
    if confidentiality not in CONFIDENTIAL:
        return False
    viewers = set(settings.current().confidential_viewers)
    return not set(DOC_READERS.get(doc_type, ("divisi_terkait",))) <= viewers


def attachment_reveals_reporter(kind: str, step_no: int | None) -> bool:
    """Whether a file carries the complainant's identity, by what it is: their own material
    (the letter, whatever came in at registration, any file of an unspecific kind: a scan is
    often named after its sender and may show a KTP), the signed scan of a naskah that shows
    the reporter (the receipt, the answer). The division's answer and the scans of masked
    naskah do not."""
    if kind in DOC_TYPES:
        return step_no == 1 or not naskah_masked("rahasia", kind)
    return kind != "jawaban" or step_no == 1


def can_open_attachment(user: User | None, confidentiality: str, kind: str,
                        step_no: int | None) -> bool:
    return (not attachment_reveals_reporter(kind, step_no)
            or can_see_reporter(user, confidentiality))


# --------------------------------------------------------------------------- writes
# One rule for every write on a complaint (naskah, revisions, attachments, signed scans),
# asked by the services before they write and by the screens before they offer a control:
# who may, at which step, in which state. The step actions keep their own rule in
# app.services.workflow (the step's lane, or an administrator with a reason).

ATTACH = "lampiran"  # add a file of an ordinary kind
NASKAH = "naskah"  # generate a naskah, or store an edited version of it
SIGNED = "tanda_tangan"  # a scan of a naskah's signed paper (attachment kind = its type)
OUTPUT = "hasil"  # what a step produces (app.services.outputs), `doc_type` = the product


def operator_lanes(sop: Sop) -> frozenset[str]:
    """The lanes that act for a lane which is not a user (the operator who registers what
    the complainant delivers, prints and scans for the officials)."""
    return frozenset(lane.represented_by for lane in sop.lanes if lane.represented_by)


def naskah_steps(sop: Sop, doc_type: str) -> frozenset[int]:
    """The steps at which the SOP makes `doc_type`, read from the SOP's own data: a step
    whose kelengkapan asks for it ("dokumen:<type>"); the disposition sheet at every step
    that needs an instruction, the telaahan at the review (the step that may wait on the
    complainant); the receipt at any step (it records the registration)."""
    if doc_type == "tanda_terima":
        return frozenset(s.no for s in sop.steps)
    wanted = f"dokumen:{doc_type}"
    steps = {s.no for s in sop.steps
             if s.kelengkapan in sop.kelengkapan
             and wanted in sop.kelengkapan[s.kelengkapan].evidence}
    if doc_type == "lembar_disposisi":
        steps |= {s.no for s in sop.steps if s.note_required}
    if doc_type == "hasil_telaahan":
        steps |= {s.no for s in sop.steps if s.can_hold}
    return frozenset(steps)


def write_refusal(actor: User | SystemActor | None, complaint: Complaint, what: str,
                  doc_type: str | None = None) -> str | None:
    """Why `actor` may not make the write `what` (ATTACH, NASKAH, SIGNED with `doc_type`) on
    the complaint now; None when they may. The account is read as it is now."""
    if complaint.status == STATUS_CLOSED:
        return _("Pengaduan {no} sudah selesai; berkasnya hanya dapat dibaca.").format(
            no=complaint.register_no)
    sop = sop_of(complaint)
    step = complaint.current_step
    part = complaint.current_part or 0
    if what == OUTPUT:
        return _output_refusal(actor, complaint, sop, doc_type)
    steps = naskah_steps(sop, doc_type) if what != ATTACH else frozenset()
    title = _(DOC_TYPES.get(doc_type, doc_type or ""))
    # When in the SOP a naskah is made or signed binds everyone, administrators too: a
    # nota dinas numbered at step 2 would use up an official number and fake step 6's input.
    if what == NASKAH and step not in steps:
        return _("{t} dibuat pada langkah {s}, bukan pada langkah {no}.").format(
            t=title, s=_steps_text(steps), no=step)
    if what == SIGNED and (not steps or step < min(steps)):
        return _("{t} belum dibuat pada langkah {no}; pindaiannya yang ditandatangani belum "
                 "dapat dilampirkan.").format(t=title, no=step)
    if isinstance(actor, SystemActor):
        return None  # the command line on the database's machine, the demo, the first start
    if not isinstance(actor, User):
        return _("Tidak ada pengguna yang masuk.")
    try:
        user = current(actor)  # as the account is now, in the write's transaction
    except NotPermitted as revoked:
        return str(revoked)
    shows_reporter = what == NASKAH and not naskah_masked(complaint.confidentiality, doc_type)
    if shows_reporter and not can_see_reporter(user, complaint.confidentiality):
        return _("{t} memuat identitas pelapor yang dirahasiakan; hanya pejabat yang "
                 "berwenang yang dapat membuatnya.").format(t=title)
    if user.is_admin:
        return None
    held = user.lanes
    step_lane = sop.acting_lane(step, part)
    operator = bool(held & operator_lanes(sop))
    if what == ATTACH:
        if step_lane in held or operator:
            return None
        return _("Pada langkah {no} hanya {lane} (atau operator) yang dapat menambah "
                 "lampiran.").format(no=step, lane=sop.lane(step_lane).name)
    if what == NASKAH:
        if step_lane in held or operator:
            return None
        return _("{t} pada langkah {no} dibuat oleh {lane} atau operator.").format(
            t=title, no=step, lane=sop.lane(step_lane).name)
    # SIGNED: scanned by the operator, an official of the naskah's steps or its signer,
    # never by a lane the naskah only reaches (the division the nota dinas goes to).
    if operator or held & ({sop.acting_lane(no) for no in steps} | {DOC_SIGNERS[doc_type]}):
        return None
    return _("Pindaian {t} yang ditandatangani tidak dapat dilampirkan oleh Anda pada "
             "langkah {no}.").format(t=title, no=step)


def _output_refusal(actor, complaint: Complaint, sop, product: str | None) -> str | None:
    """A step's product is written by the official acting at that step (or sub-step),
    while it is the current one; an administrator may write it for them."""
    step = sop.step(complaint.current_step)
    part = complaint.current_part or 0
    if step.produces_of(part) != product:
        owner = sop.step_of_output(product or "")
        return _("Isian ini dibuat pada langkah {s}, bukan pada langkah {no}.").format(
            s=owner.no if owner else "-", no=step.no)
    if isinstance(actor, SystemActor):
        return None
    if not isinstance(actor, User):
        return _("Tidak ada pengguna yang masuk.")
    try:
        user = current(actor)
    except NotPermitted as revoked:
        return str(revoked)
    lane = sop.acting_lane(step.no, part)
    if user.is_admin or lane in user.lanes:
        return None
    return _("Pada langkah {no} isian ini dibuat oleh {lane}.").format(
        no=step.no, lane=sop.lane(lane).name)


def require_write(actor: User | SystemActor | None, complaint: Complaint, what: str,
                  doc_type: str | None = None) -> None:
    """NotPermitted with the reason when write_refusal() finds one."""
    reason = write_refusal(actor, complaint, what, doc_type)
    if reason is not None:
        raise NotPermitted(reason)


def _steps_text(steps: frozenset[int]) -> str:
    return ", ".join(str(no) for no in sorted(steps)) or "-"
