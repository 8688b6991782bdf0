"""The SOP outputs that come with a naskah, each as one user intent in one transaction, so a
product never exists without its document (or the other way round):

- `save_draft`: the nota dinas fields of step 6 and the .docx filled from exactly them;
- `save_review`: the telaahan of step 5 and its Hasil Telaahan;
- `print_for_signing`: a nota dinas version from the latest fields for the Kakanwil (with
  the paraf given on the draft it repeats);
- `dispose`: a disposition action with the Lembar Disposisi of that level, filled from the
  disposition the action recorded.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.errors import DocumentError
from app.i18n import _
from app.naskah import versions
from app.services import casefile, outputs
from app.services.accounts import Actor
from app.store.models import Complaint, Document, User, database, now


def save_draft(actor: Actor, complaint_id: int, data: dict[str, Any], *,
               at: dt.datetime | None = None) -> Document:
    """Store the nota dinas fields `data` (see app.services.outputs.check, NOTA_DINAS) and
    generate the nota dinas version filled from them. Returns the Document. Raises what
    outputs.save raises (ValidationError with the field, NotPermitted) and what
    versions.generate raises (DocumentError, TemplateError); nothing is kept then."""
    at = at or now()
    with database.atomic():
        row = outputs.save(actor, complaint_id, outputs.NOTA_DINAS, data, at=at)
        return versions.generate(actor, complaint_id, outputs.NOTA_DINAS, output_id=row.id,
                                 at=at)


def save_review(actor: Actor, complaint_id: int, data: dict[str, Any], *,
                at: dt.datetime | None = None) -> Document:
    """Store the telaahan `data` (six parts, or {"pengecualian": reason}) and generate the
    Hasil Telaahan filled from it. Raises like save_draft."""
    at = at or now()
    with database.atomic():
        outputs.save(actor, complaint_id, outputs.TELAAHAN, data, at=at)
        return versions.generate(actor, complaint_id, "hasil_telaahan", at=at)


def print_for_signing(actor: Actor, complaint_id: int, *,
                      at: dt.datetime | None = None) -> Document:
    """A nota dinas version filled from the latest stored fields, for the Kakanwil to sign:
    it carries the paraf given on the draft it repeats (outputs.parafs_for). Raises
    DocumentError when no draft was written, NotPermitted, TemplateError."""
    draft = outputs.latest(complaint_id, outputs.NOTA_DINAS)
    if draft is None:
        raise DocumentError(_("Belum ada konsep nota dinas untuk dicetak."))
    return versions.generate(actor, complaint_id, outputs.NOTA_DINAS, output_id=draft.id,
                             at=at)


def dispose(actor: User, complaint_id: int, request: casefile.ActionRequest, *,
            sheet: bool = True,
            at: dt.datetime | None = None) -> tuple[Complaint, Document | None]:
    """Take the disposition action `request` (casefile.take_action) and with `sheet` make
    the Lembar Disposisi of this level first, filled from the disposition as the action
    records it ("kepada", "instruksi" of `request.disposition`, the instruction
    `request.note`): the disposition is written, the sheet made from it, then the action
    (which finds it already recorded). One transaction: a refused action keeps no sheet
    (and no number). Returns the complaint and the sheet. Raises what take_action and
    versions.generate raise."""
    at = at or now()
    with database.atomic():
        document = None
        complaint = Complaint.get_by_id(complaint_id)
        # Changed meanwhile, or no instruction: the action says so (StaleComplaint,
        # NoteRequired) before any sheet is made.
        if (sheet and complaint.row_version == request.expected_version
                and (request.note or "").strip()):
            outputs.save(actor, complaint_id, outputs.DISPOSITION,
                         {**(request.disposition or {}), "catatan": request.note,
                          "kepada": outputs.disposition_targets(complaint, request.disposition)},
                         at=at)
            document = versions.generate(actor, complaint_id, "lembar_disposisi",
                                         step_no=complaint.current_step, at=at)
        return casefile.take_action(actor, complaint_id, request, at=at), document
