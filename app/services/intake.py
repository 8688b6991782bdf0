"""What the intake form (step 1) gives and the rules it must meet: every field is checked
and every problem reported at once (a form shows them all, not one per save), each naming
its field. The registration itself is app.services.workflow.register_complaint."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from app.errors import InvalidFields, ValidationError
from app.i18n import _
from app.office.vocab import CATEGORIES, CHANNELS, CONFIDENTIAL, CONFIDENTIALITY, SUBJECT_KINDS
from app.services import fields, settings
from app.services.permissions import identity_in_text
from app.store.models import now


@dataclass
class PelaporInput:
    name: str = ""
    nik: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    anonymous: bool = False


@dataclass
class ComplaintInput:
    received_at: dt.datetime
    channel: str
    subject_kind: str
    subject_name: str
    category: str
    tier: str
    summary: str
    description: str
    confidentiality: str = "biasa"
    lapor_ticket: str = ""
    # The complainant's letter, as written on it (none for a walk-in or a telephone call).
    letter_number: str = ""
    letter_date: dt.date | None = None
    letter_subject: str = ""


def validate_intake(data: ComplaintInput, pelapor: PelaporInput,
                    at: dt.datetime | None = None) -> tuple[ComplaintInput, PelaporInput]:
    """Return the input cleaned as it is stored (app.services.fields: limits, kinds, text),
    or raise InvalidFields: a ValidationError naming the first field wrong (in the form's
    order), with every problem in `problems`."""
    at = at or now()
    problems: list[ValidationError] = []

    def clean(name: str, value: str, required: str | None = None) -> str:
        try:
            return fields.clean(name, value, required=required)
        except ValidationError as exc:
            problems.append(exc)
            return value

    data = dataclasses.replace(
        data, summary=clean("summary", data.summary, _("Ringkasan pengaduan wajib diisi.")),
        description=clean("description", data.description,
                          _("Uraian pengaduan wajib diisi.")),
        subject_name=clean("subject_name", data.subject_name,
                           _("Pihak yang diadukan wajib diisi.")))
    choices = [("channel", data.channel, CHANNELS, _("Saluran pengaduan tidak dikenal.")),
               ("subject_kind", data.subject_kind, SUBJECT_KINDS,
                _("Jenis terlapor tidak dikenal.")),
               ("category", data.category, CATEGORIES, _("Kategori tidak dikenal.")),
               ("tier", data.tier, settings.tiers(), _("Tingkat pengaduan tidak dikenal.")),
               ("confidentiality", data.confidentiality, CONFIDENTIALITY,
                _("Sifat kerahasiaan tidak dikenal."))]
    for field, value, allowed, message in choices:
        if value not in allowed:
            problems.append(ValidationError(message, field))
    data = dataclasses.replace(
        data, lapor_ticket=clean("lapor_ticket", data.lapor_ticket),
        letter_number=clean("letter_number", data.letter_number),
        letter_subject=clean("letter_subject", data.letter_subject))
    if data.received_at is None:
        problems.append(ValidationError(_("Tanggal diterima wajib diisi."), "received_at"))
    elif data.received_at > at + dt.timedelta(minutes=1):
        problems.append(ValidationError(_("Tanggal diterima tidak boleh di masa depan."),
                                        "received_at"))
    elif data.letter_date is not None and data.letter_date > data.received_at.date():
        problems.append(ValidationError(_("Tanggal surat tidak boleh sesudah tanggal "
                                          "diterima."), "letter_date"))
    anonymous = pelapor.anonymous or data.confidentiality == "anonim"
    pelapor = dataclasses.replace(pelapor, name=clean(
        "name", pelapor.name, None if anonymous else _(
            "Nama pelapor wajib diisi (atau pilih anonim).")), **{
        name: clean(name, getattr(pelapor, name))
        for name in ("nik", "address", "phone", "email")})
    if data.confidentiality in CONFIDENTIAL:
        # Every lane reads these (the register, Tugas Saya, reminders, search): they may not
        # name a reporter whom only some lanes may see.
        identity = identity_in_text(pelapor)
        for field, label in (("summary", _("Ringkasan")),
                             ("letter_subject", _("Perihal surat"))):
            if identity.reveals(getattr(data, field)):
                problems.append(ValidationError(_(
                    "{f} memuat identitas pelapor yang dirahasiakan; tuliskan \"pelapor\" "
                    "saja.").format(f=label), field))
    if problems:
        raise InvalidFields(problems)
    return data, pelapor
