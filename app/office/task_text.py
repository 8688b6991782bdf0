"""What to do at a step, as an order to the official whose turn it is ("Koreksi dan paraf
nota dinas, sampaikan ke Kadiv"): the one place that says it, for Tugas Saya, the case
screen and the reminders. Read from the SOP's data (what the step or sub-step produces,
where the work goes next, whether it is a returned draft), so another office's SOP gets
sensible texts without code; a step that produces nothing known keeps its button label."""

from __future__ import annotations

from app.i18n import _
from app.office.sop import Sop


def _next_lane(sop: Sop, no: int, part: int) -> str | None:
    """The name of the lane the work goes to after step `no` (its `part`): the step's next
    sub-step, else the forward step's first official; None at the end of the SOP."""
    step = sop.step(no)
    if part < len(step.parts):
        return sop.lane(sop.acting_lane(no, part + 1)).name
    target = sop.forward_of(no).target
    return sop.lane(sop.acting_lane(target)).name if target is not None else None


def action_text(sop: Sop, no: int, part: int = 0, *, pass_no: int = 1) -> str:
    """The imperative Indonesian text of what the official of step `no` (sub-step `part`)
    does now; `pass_no` > 1 is a draft that came back for revision."""
    step = sop.step(no)
    product = step.produces_of(part)
    onward = _next_lane(sop, no, part)
    if product == "disposisi":
        answered = sop.step_of_output("jawaban")
        if answered is not None and answered.no < no:
            return _("Disposisi penyampaian jawaban ke {lane}").format(lane=onward)
        return _("Beri disposisi tindak lanjut ke {lane}").format(lane=onward)
    if product == "telaahan":
        return _("Telaah dan buat hasil telaahan")
    if product == "nota_dinas":
        return (_("Perbaiki konsep nota dinas") if pass_no > 1
                else _("Buat konsep nota dinas"))
    if product == "paraf":
        # The official who received the draft may send it back: they correct it first.
        if sop.revision_targets(no):
            return _("Koreksi dan paraf nota dinas, kirim ke {lane}").format(lane=onward)
        return _("Paraf konsep nota dinas, kirim ke {lane}").format(lane=onward)
    if product == "tanda_tangan":
        return _("Koreksi dan tanda tangani nota dinas")
    if product == "jawaban":
        return _("Buat jawaban (laporan/press release)")
    if product == "penyampaian":
        return _("Sampaikan jawaban kepada pelapor")
    if step is sop.first_step:
        return _("Registrasikan pengaduan")
    return _(step.label_of(part))
