"""Every typed field in one table: its limit, its kind and its cleaning, the same on SQLite
and PostgreSQL. Services check input here before it reaches the database (which would
otherwise store a megabyte in SQLite and refuse with a raw error on PostgreSQL), and forms
take their length limits from the same table.

Cleaning is app.office.text.clean_text (line breaks normalised, characters XML and
PostgreSQL cannot hold removed). A value that is blank once invisible characters are
removed (zero-width spaces and joiners, BOM, no-break and other spaces, direction marks,
soft hyphens) counts as empty. Limits come from the models' max_length where a column has
one (a CharField without one is 255 characters); text columns get the limit written here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from app.errors import NoteRequired, ValidationError
from app.i18n import _
from app.office.text import clean_text
from app.store.models import Complaint, Pelapor

LINE = "line"  # one line of text (a form's line edit, with the limit as its maxLength)
TEXT = "text"  # several lines
NIK = "nik"  # 16 ASCII digits
PHONE = "phone"
EMAIL = "email"

# Text columns (no length in the database): what a person can sensibly type.
DESCRIPTION_LIMIT = 20_000
NOTE_LIMIT = 4_000
ADDRESS_LIMIT = 500
# What a step produces (app.services.outputs): a telaahan's part, a nota dinas's body, an
# answer. Several pages of a naskah, not a book.
OUTPUT_TEXT_LIMIT = 20_000
# The register's search matches part of the register number, the subject, the summary,
# the LAPOR! ticket or the reporter's name: nothing longer can match.
SEARCH_LIMIT = 200

_NIK = re.compile(r"[0-9]{16}", re.ASCII)
_PHONE = re.compile(r"\+?[0-9][0-9 \-]{6,18}", re.ASCII)
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


@dataclass(frozen=True)
class Field:
    name: str  # the input's name, as ValidationError.field carries it
    label: str  # Indonesian, for messages (translated when shown)
    kind: str
    limit: int


def _limit(column) -> int:
    return getattr(column, "max_length", None) or 255


FIELDS: dict[str, Field] = {f.name: f for f in (
    Field("subject_name", "Pihak yang diadukan", LINE, _limit(Complaint.subject_name)),
    Field("summary", "Ringkasan", LINE, _limit(Complaint.summary)),
    Field("description", "Uraian", TEXT, DESCRIPTION_LIMIT),
    Field("lapor_ticket", "Nomor tiket SP4N-LAPOR!", LINE, _limit(Complaint.lapor_ticket)),
    Field("name", "Nama pelapor", LINE, _limit(Pelapor.name)),
    Field("nik", "NIK", NIK, 16),
    Field("address", "Alamat", LINE, ADDRESS_LIMIT),
    Field("phone", "Nomor telepon", PHONE, _limit(Pelapor.phone)),
    Field("email", "Alamat email", EMAIL, _limit(Pelapor.email)),
    Field("note", "Catatan", TEXT, NOTE_LIMIT),
    Field("waiver", "Alasan kelengkapan dikecualikan", TEXT, NOTE_LIMIT),
    Field("override", "Alasan administrator", TEXT, NOTE_LIMIT),
    Field("search", "Teks pencarian", LINE, SEARCH_LIMIT),
    Field("letter_number", "Nomor surat pelapor", LINE, _limit(Complaint.letter_number)),
    Field("letter_subject", "Perihal surat pelapor", LINE, _limit(Complaint.letter_subject)),
    # Step outputs (app.services.outputs): one line each, or a text.
    *(Field(name, label, TEXT, OUTPUT_TEXT_LIMIT) for name, label in (
        ("persoalan", "Persoalan"), ("praanggapan", "Praanggapan"),
        ("fakta", "Fakta-fakta yang mempengaruhi"), ("analisis", "Analisis"),
        ("kesimpulan", "Kesimpulan"), ("saran", "Saran"), ("isi", "Isi"),
        ("catatan", "Catatan"), ("pengecualian", "Alasan tanpa telaahan"))),
    Field("hal", "Hal", LINE, 500),
    Field("yth", "Yth.", LINE, 255),
    Field("tembusan", "Tembusan", LINE, 255),
)}


def limit(name: str) -> int:
    """The most characters field `name` takes (for a form's maxLength)."""
    return FIELDS[name].limit


# Letters and symbols that draw nothing (Hangul fillers, the blank Braille pattern, the
# combining grapheme joiner): invisible although Unicode files them as visible.
_DRAW_NOTHING = frozenset("\u034f\u115f\u1160\u2800\u3164\uffa0")
# Spaces and separators, controls, format characters (ZWSP, joiners, BOM, bidi marks).
_INVISIBLE = frozenset(("Zs", "Zl", "Zp", "Cc", "Cf", "Cs"))


def is_blank(text: str | None) -> bool:
    """True when nothing visible is left: only spaces, line breaks, controls and invisible
    format characters (zero-width space, joiners, BOM, NBSP, direction marks...)."""
    return all(ch in _DRAW_NOTHING or unicodedata.category(ch) in _INVISIBLE
               for ch in text or "")


def clean(name: str, value: str | None, *, required: str | None = None) -> str:
    """`value` of field `name` cleaned and checked: returns the cleaned text ("" when
    blank) or raises ValidationError naming the field. `required` is the message for a
    blank value when the field must be filled."""
    field = FIELDS[name]
    text = clean_text(value)
    if is_blank(text):
        if required:
            raise ValidationError(required, name)
        return ""
    if field.kind != TEXT:  # a text keeps its layout exactly as typed
        text = text.strip()
    if field.kind == NIK and not _NIK.fullmatch(text):
        raise ValidationError(_("NIK harus 16 digit angka."), name)
    if field.kind == PHONE and not _PHONE.fullmatch(text):
        raise ValidationError(_("Nomor telepon tidak valid (contoh: 0812-3456-7890)."), name)
    if field.kind == EMAIL and not _EMAIL.fullmatch(text):
        raise ValidationError(_("Alamat email tidak valid."), name)
    if len(text) > field.limit:
        raise ValidationError(_("{label} paling banyak {n} karakter (sekarang {m}).").format(
            label=_(field.label), n=field.limit, m=len(text)), name)
    return text


def note(value: str | None, *, required: str | None = None, name: str = "note") -> str | None:
    """An action's note or reason, cleaned and checked; None when blank. A required one
    that is blank (invisible characters included) raises NoteRequired with `required`."""
    if required and is_blank(clean_text(value)):
        raise NoteRequired(required, name)  # the field the form marks
    # Stored and audited alike: without the spaces around it.
    return (clean(name, value) or "").strip() or None
