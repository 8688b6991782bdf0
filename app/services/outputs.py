"""What each SOP step produces, kept as fields with their history (schema v6): the
disposition of every level, the telaahan's six parts, each version of the nota dinas, the
division's answer, the answer letter's text and the delivery record. The naskah are filled
from these (app.naskah.context), so nothing has to be finished or retyped in Word.

Each save appends a version (StepOutput rows are never changed), in one transaction with
its audit entry, by the official of the step that produces it, at that step
(app.services.permissions, OUTPUT). The workflow (app.services.workflow) does not finish a
step without its product: `missing()` says what is missing.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
from dataclasses import dataclass
from typing import Any

from app.errors import InvalidAction, ValidationError
from app.i18n import _
from app.office.sop import Sop, Step
from app.office.vocab import DELIVERY_CHANNELS, DISPOSITION_INSTRUCTIONS
from app.services import audit, fields, settings, sop_versions
from app.services.accounts import Actor, audit_name
from app.services.office_lists import division_for
from app.services.permissions import OUTPUT, identity_in_text, naskah_masked, require_write
from app.store import search_index
from app.store.db import locked_complaint
from app.store.models import (
    OUTCOME_RETURNED,
    Attachment,
    Complaint,
    Document,
    Paraf,
    StepOutput,
    StepRecord,
    User,
    database,
    now,
)

DISPOSITION = "disposisi"
TELAAHAN = "telaahan"
NOTA_DINAS = "nota_dinas"
ANSWER = "jawaban"  # the related division's answer (step 10)
REPLY = "tanggapan"  # the answer letter's text to the complainant (step 14)
DELIVERY = "penyampaian"  # how and when the answer went out (step 14)
KINDS = (DISPOSITION, TELAAHAN, NOTA_DINAS, ANSWER, REPLY, DELIVERY)
# An output kind -> the SOP product (`hasil`) of the step that writes it.
_PRODUCT = {REPLY: DELIVERY}

TELAAHAN_PARTS = ("persoalan", "praanggapan", "fakta", "analisis", "kesimpulan", "saran")
# Field labels for the screen, the diff and messages.
LABELS = {
    "persoalan": "Persoalan", "praanggapan": "Praanggapan",
    "fakta": "Fakta-fakta yang mempengaruhi", "analisis": "Analisis",
    "kesimpulan": "Kesimpulan", "saran": "Saran", "pengecualian": "Alasan tanpa telaahan",
    "divisi": "Divisi tujuan", "yth": "Yth.", "hal": "Hal", "isi": "Isi",
    "tembusan": "Tembusan", "lampiran": "Lampiran", "sifat": "Sifat",
    "kepada": "Diteruskan kepada", "instruksi": "Dengan hormat harap", "catatan": "Catatan",
    "saluran": "Cara penyampaian", "tanggal": "Tanggal disampaikan", "bukti": "Bukti",
    "dipublikasikan": "Dipublikasikan di laman", "tiket_ditutup": "Tiket SP4N-LAPOR! ditutup",
}
SIFAT = ("biasa", "segera", "sangat_segera")
MAX_LIST = 20  # tembusan, targets, files sent with a nota dinas


@dataclass(frozen=True)
class Output:
    """One version of an output, as the case screen and the naskah read it."""

    id: int
    kind: str
    version: int
    step_no: int
    pass_no: int
    fields: dict[str, Any]
    by: str
    at: dt.datetime


def _as_output(row: StepOutput) -> Output:
    user = User.get_or_none(User.id == row.created_by_id) if row.created_by_id else None
    return Output(row.id, row.kind, row.version, row.step_no, row.pass_no,
                  json.loads(row.fields), user.full_name if user else "-", row.created_at)


def latest(complaint_id: int, kind: str, *, step_no: int | None = None) -> Output | None:
    query = StepOutput.select().where((StepOutput.complaint == complaint_id)
                                      & (StepOutput.kind == kind))
    if step_no is not None:
        query = query.where(StepOutput.step_no == step_no)
    row = query.order_by(StepOutput.version.desc()).first()
    return _as_output(row) if row else None


def history(complaint_id: int, kind: str) -> list[Output]:
    """Every version of `kind`, oldest first."""
    return [_as_output(row) for row in StepOutput.select().where(
        (StepOutput.complaint == complaint_id) & (StepOutput.kind == kind))
        .order_by(StepOutput.version)]


def get(output_id: int) -> Output:
    return _as_output(StepOutput.get_by_id(output_id))


# --------------------------------------------------------------------------- checking

def _text(data: dict, name: str, required: str | None = None) -> str:
    value = data.get(name, "")
    if value is not None and not isinstance(value, str):
        raise ValidationError(_("{f} harus berupa teks.").format(f=_(LABELS[name])), name)
    return fields.clean(name, value, required=required)


def _list(data: dict, name: str, kind: type) -> list:
    value = data.get(name) or []
    if not isinstance(value, list | tuple) or not all(
            isinstance(v, kind) and not isinstance(v, bool) for v in value):
        raise ValidationError(_("{f} harus berupa daftar.").format(f=_(LABELS[name])), name)
    if len(value) > MAX_LIST:
        raise ValidationError(_("{f} paling banyak {n}.").format(f=_(LABELS[name]),
                                                                  n=MAX_LIST), name)
    return list(dict.fromkeys(value))  # in order, once each


def _own_files(complaint: Complaint, ids: list[int], name: str) -> list[int]:
    found = {a.id for a in Attachment.select(Attachment.id).where(
        (Attachment.complaint == complaint) & Attachment.id.in_(ids or [0]))}
    if set(ids) - found:
        raise ValidationError(_("Lampiran yang dipilih bukan berkas pengaduan ini."), name)
    return ids


def _no_identity(complaint: Complaint, data: dict, names: tuple[str, ...],
                 doc_type: str) -> None:
    """A naskah that hides a confidential reporter from its readers cannot carry them in
    typed text either: the reporter's name, NIK, phone or e-mail in a field is refused
    (masking follows what the text is, not who typed it)."""
    if not naskah_masked(complaint.confidentiality, doc_type):
        return
    identity = identity_in_text(complaint.pelapor)
    for name in names:
        value = data.get(name)
        text = " ".join(value) if isinstance(value, list | tuple) else str(value or "")
        if identity.reveals(text):
            raise ValidationError(_("{f} memuat identitas pelapor yang dirahasiakan; "
                                    "tuliskan \"pelapor\" saja.").format(
                                        f=_(LABELS.get(name, name))), name)


def check(kind: str, data: dict[str, Any], complaint: Complaint, sop: Sop,
          at: dt.datetime | None = None) -> dict[str, Any]:
    """`data` cleaned as it is stored, or ValidationError naming the first field wrong."""
    if not isinstance(data, dict):
        raise ValidationError(_("Isian tidak valid."), "")
    if kind == DISPOSITION:
        lanes = {lane.key for lane in sop.lanes}
        targets = _list(data, "kepada", str)
        if set(targets) - lanes:
            raise ValidationError(_("Tujuan disposisi tidak dikenal."), "kepada")
        instructions = _list(data, "instruksi", str)
        if set(instructions) - set(DISPOSITION_INSTRUCTIONS):
            raise ValidationError(_("Instruksi disposisi tidak dikenal."), "instruksi")
        return {"kepada": targets, "instruksi": instructions, "catatan": _text(
            data, "catatan", _("Isi disposisi wajib diisi."))}
    if kind == TELAAHAN:
        _no_identity(complaint, data, (*TELAAHAN_PARTS, "pengecualian"), "hasil_telaahan")
        waiver = _text(data, "pengecualian")
        if waiver:
            return {"pengecualian": waiver}
        return {part: _text(data, part, _("{f} pada telaahan wajib diisi.").format(
            f=_(LABELS[part]))) for part in TELAAHAN_PARTS}
    if kind == NOTA_DINAS:
        _no_identity(complaint, data, ("hal", "isi", "yth", "tembusan"), "nota_dinas")
        office = settings.current()
        code = data.get("divisi") or ""
        division = next((d for d in office.divisi_terkait if d["kode"] == code), None)
        if division is None:
            raise ValidationError(_("Pilih divisi tujuan nota dinas dari daftar divisi "
                                    "kantor."), "divisi")
        sifat = data.get("sifat") or "segera"
        if sifat not in SIFAT:
            raise ValidationError(_("Sifat nota dinas tidak dikenal."), "sifat")
        tembusan = [fields.clean("tembusan", t) for t in _list(data, "tembusan", str)]
        return {"divisi": code, "yth": _text(data, "yth") or division["jabatan"],
                "hal": _text(data, "hal", _("Hal nota dinas wajib diisi.")),
                "isi": _text(data, "isi", _("Isi nota dinas wajib diisi.")),
                "tembusan": [t for t in tembusan if t], "sifat": sifat,
                "lampiran": _own_files(complaint, _list(data, "lampiran", int), "lampiran")}
    if kind in (ANSWER, REPLY):
        result = {"isi": _text(data, "isi", _("Isi jawaban wajib diisi."))}
        if kind == ANSWER:
            result["lampiran"] = _own_files(complaint, _list(data, "lampiran", int),
                                            "lampiran")
        return result
    if kind == DELIVERY:
        channel = data.get("saluran")
        if channel not in DELIVERY_CHANNELS:
            raise ValidationError(_("Pilih cara jawaban disampaikan."), "saluran")
        day = data.get("tanggal")
        try:
            day = dt.date.fromisoformat(day) if isinstance(day, str) else day
        except ValueError:
            day = None
        if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
            raise ValidationError(_("Tanggal disampaikan wajib diisi."), "tanggal")
        if day > (at or now()).date() or day < complaint.received_at.date():
            raise ValidationError(_("Tanggal disampaikan harus antara tanggal pengaduan "
                                    "diterima dan hari ini."), "tanggal")
        for flag in ("dipublikasikan", "tiket_ditutup"):
            if not isinstance(data.get(flag, False), bool):
                raise ValidationError(_("{f}: ya atau tidak.").format(f=_(LABELS[flag])), flag)
        return {"saluran": channel, "tanggal": day.isoformat(),
                "bukti": _own_files(complaint, _list(data, "bukti", int), "bukti"),
                "dipublikasikan": bool(data.get("dipublikasikan")),
                "tiket_ditutup": bool(data.get("tiket_ditutup")) if complaint.lapor_ticket
                else False,
                "catatan": _text(data, "catatan")}
    raise InvalidAction(_("Jenis hasil langkah tidak dikenal: {k}").format(k=kind))


# --------------------------------------------------------------------------- writing

def product_of(kind: str) -> str:
    """The SOP product (`hasil`) whose step writes outputs of `kind`."""
    return _PRODUCT.get(kind, kind)


def save(actor: Actor, complaint_id: int, kind: str, data: dict[str, Any], *,
         at: dt.datetime | None = None) -> StepOutput:
    """Store `data` as the next version of the complaint's `kind` (checked first), at the
    current step and pass; the caller's transaction or its own. NotPermitted when the
    actor may not write it now; ValidationError for a wrong field."""
    if kind not in KINDS:
        raise InvalidAction(_("Jenis hasil langkah tidak dikenal: {k}").format(k=kind))
    at = at or now()
    with database.atomic():
        complaint = _locked(complaint_id)
        require_write(actor, complaint, OUTPUT, product_of(kind))
        sop = sop_versions.sop_of(complaint)
        clean = check(kind, data, complaint, sop, at)
        previous = latest(complaint.id, kind)
        row = StepOutput.create(
            complaint=complaint, kind=kind, version=(previous.version + 1) if previous else 1,
            step_no=complaint.current_step, pass_no=complaint.current_pass,
            fields=json.dumps(clean, ensure_ascii=False, sort_keys=True),
            created_by=actor if isinstance(actor, User) else None, created_at=at)
        if kind == NOTA_DINAS and complaint.division_code != clean["divisi"]:
            Complaint.update(division_code=clean["divisi"]).where(
                Complaint.id == complaint.id).execute()
        search_index.refresh(complaint.id)  # the new version is searched at once
        audit.record("hasil.simpan", actor=audit_name(actor), complaint_id=complaint.id,
                     at=at, detail={"jenis": kind, "versi": row.version,
                                    "langkah": complaint.current_step,
                                    "kolom": sorted(k for k, v in clean.items() if v)})
        return row


def _locked(complaint_id: int) -> Complaint:
    complaint = locked_complaint(complaint_id)
    if complaint is None:
        raise InvalidAction(_("Pengaduan tidak ditemukan."))
    return complaint


# --------------------------------------------------------------------------- the engine's needs

def missing(complaint: Complaint, step: Step, part: int, record: StepRecord) -> str | None:
    """Why the step (its `part`) cannot finish yet for want of its product, or None. Read
    in the action's transaction. Old SOP versions name no product: nothing is required."""
    product = step.produces_of(part)
    if product in (DISPOSITION, None):
        return None  # a disposition is written by the action itself (its instruction)
    if product == TELAAHAN:
        if latest(complaint.id, TELAAHAN) is None:
            return _("Hasil telaahan belum ditulis: isi keenam bagiannya (atau alasan bila "
                     "tanpa telaahan) sebelum menyelesaikan telaah.")
        return None
    if product == NOTA_DINAS:
        new_fields = StepOutput.select().where(
            (StepOutput.complaint == complaint) & (StepOutput.kind == NOTA_DINAS)
            & (StepOutput.step_no == step.no) & (StepOutput.pass_no == record.pass_no))
        uploaded = Document.select().where(
            (Document.complaint == complaint) & (Document.doc_type == NOTA_DINAS)
            & (Document.created_at >= record.started_at))
        if not (new_fields.exists() or uploaded.exists()):
            if record.pass_no > 1:
                return _("Nota dinas dikembalikan untuk perbaikan: simpan konsep versi baru "
                         "sebelum meneruskannya.")
            return _("Konsep nota dinas belum dibuat: isi tujuan, hal dan isinya.")
        return None
    if product == "paraf":
        if latest_nota_dinas(complaint.id) is None:
            return _("Belum ada nota dinas untuk diparaf.")
        return None
    if product == "tanda_tangan":
        document = latest_nota_dinas(complaint.id)
        if document is None or document.signed_attachment_id is None:
            return _("Lampirkan pindaian nota dinas yang telah ditandatangani Kakanwil "
                     "(versi terakhir) sebelum meneruskannya.")
        return None
    if product == ANSWER:
        if latest(complaint.id, ANSWER, step_no=step.no) is None:
            return _("Jawaban divisi terkait belum ditulis.")
        return None
    if product == DELIVERY:
        if latest(complaint.id, DELIVERY, step_no=step.no) is None:
            return _("Catat penyampaian jawaban (cara, tanggal, bukti) sebelum menutup "
                     "pengaduan.")
        return None
    return None


def latest_nota_dinas(complaint_id: int) -> Document | None:
    return (Document.select().where((Document.complaint == complaint_id)
                                    & (Document.doc_type == NOTA_DINAS))
            .order_by(Document.version.desc()).first())


def record_disposition(actor: Actor, complaint: Complaint, sop: Sop, step: Step,
                       note: str, data: dict[str, Any] | None, at: dt.datetime) -> None:
    """The disposition of a disposing step, from the action: its instruction (`note`), the
    targets (default: the next step's lane) and the ticked instructions."""
    data = dict(data or {}, kepada=disposition_targets(complaint, data, sop), catatan=note)
    clean = check(DISPOSITION, data, complaint, sop, at)
    previous = latest(complaint.id, DISPOSITION)
    if (previous is not None and (previous.step_no, previous.pass_no)
            == (step.no, complaint.current_pass) and previous.fields == clean):
        return  # written already, as its sheet was made (app.naskah.drafts.dispose)
    StepOutput.create(complaint=complaint, kind=DISPOSITION,
                      version=(previous.version + 1) if previous else 1, step_no=step.no,
                      pass_no=complaint.current_pass,
                      fields=json.dumps(clean, ensure_ascii=False, sort_keys=True),
                      created_by=actor if isinstance(actor, User) else None, created_at=at)
    search_index.refresh(complaint.id)


def disposition_targets(complaint: Complaint, data: dict[str, Any] | None,
                        sop: Sop | None = None) -> list[str]:
    """The lanes a disposition goes to: those ticked, else the next step's official."""
    if data and data.get("kepada"):
        return list(data["kepada"])
    sop = sop or sop_versions.sop_of(complaint)
    target = sop.forward_of(complaint.current_step).target
    return [sop.acting_lane(target)] if target is not None else []


def record_paraf(actor: Actor, complaint: Complaint, lane: str, step_no: int,
                 at: dt.datetime) -> Paraf | None:
    """The acting official's paraf on the latest nota dinas version (once per lane)."""
    document = latest_nota_dinas(complaint.id)
    if document is None:
        return None
    existing = Paraf.get_or_none((Paraf.document == document) & (Paraf.lane == lane))
    if existing is not None:
        return existing
    return Paraf.create(document=document, lane=lane, at=at, step_no=step_no,
                        actor=actor if isinstance(actor, User) else None)


def parafs_for(document: Document) -> dict[str, Paraf]:
    """The paraf that hold for `document`: those on it and, when it was filled from stored
    fields, those on every version filled from the same fields (a print for signing
    carries the paraf of the draft it repeats). By lane, the earliest."""
    if document.output_id is not None:
        documents = Document.select(Document.id).where(Document.output == document.output_id)
    else:
        documents = [document.id]
    result: dict[str, Paraf] = {}
    for paraf in Paraf.select().where(Paraf.document.in_(documents)).order_by(Paraf.at):
        result.setdefault(paraf.lane, paraf)
    return result


def division_of(complaint: Complaint,
                office: settings.OfficeSettings | None = None) -> dict[str, Any] | None:
    """The division the complaint's nota dinas goes to: the one chosen in its draft, else
    the one the office's list points it to. `office`: the settings already read, if any."""
    office = office or settings.current()
    if complaint.division_code:
        chosen = next((d for d in office.divisi_terkait
                       if d["kode"] == complaint.division_code), None)
        if chosen is not None:
            return chosen
    return division_for(complaint.subject_kind, complaint.subject_name,
                        office.divisi_terkait)


@dataclass(frozen=True)
class Correction:
    """A return for revision: who sent the nota dinas back, when, and what to correct."""

    step_no: int
    lane: str
    by: str
    at: dt.datetime
    note: str


def corrections(complaint_id: int) -> list[Correction]:
    """Every return for revision, newest first, with its full note."""
    complaint = Complaint.get_by_id(complaint_id)
    sop = sop_versions.sop_of(complaint)
    rows = (StepRecord.select().where((StepRecord.complaint == complaint_id)
                                      & (StepRecord.outcome == OUTCOME_RETURNED))
            .order_by(StepRecord.seq.desc()))
    result = []
    for row in rows:
        user = User.get_or_none(User.id == row.actor_id) if row.actor_id else None
        result.append(Correction(row.step_no, sop.lane(row.lane).name,
                                 user.full_name if user else "-", row.ended_at,
                                 row.note or ""))
    return result


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, list[str]]]:
    """What changed between two versions' fields: (label, lines) per changed field, the
    lines marked '- ' (removed) and '+ ' (added), word by word within a line."""
    result = []
    for name in dict.fromkeys([*old, *new]):
        before, after = old.get(name), new.get(name)
        if before == after:
            continue
        lines = []
        for line in difflib.ndiff(_lines(before), _lines(after)):
            if line[:1] in "-+":
                lines.append(line.rstrip("\n"))
        result.append((_(LABELS.get(name, name)), lines))
    return result


def _lines(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v) for v in value]
    return str(value).splitlines() or [""]
