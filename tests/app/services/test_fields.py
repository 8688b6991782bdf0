"""One validation layer for every typed field (app.services.fields), the same on SQLite and
PostgreSQL: over-long values, invisible text, non-ASCII digits, dirty notes and huge search
strings each get a ValidationError naming the field, and nothing is stored."""

import datetime as dt

import pytest

from app.errors import NoteRequired, ValidationError
from app.services import fields, register, workflow
from app.store.models import AuditEntry, Complaint, Hold, Pelapor, StepRecord, User
from tests.app.attachment_files import named_pdf
from tests.conftest import T0, act_as_owner, complaint_input, pelapor_input

MIN = dt.timedelta(minutes=1)
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00a0\u202f\u3000 \t\n\u200e"


def _register(users, complaint=None, pelapor=None, **kwargs):
    pphti = User.get_by_id(users["kasubag_pphti"].id)
    return workflow.register_complaint(
        pphti, complaint_input(**(complaint or {})), pelapor_input(**(pelapor or {})),
        attachments=[("surat", "surat.pdf", named_pdf("surat"))], at=T0, **kwargs)


def _nothing_stored():
    assert Complaint.select().count() == 0
    assert Pelapor.select().count() == 0
    assert StepRecord.select().count() == 0


@pytest.mark.parametrize("complaint, pelapor, field", [
    ({"subject_name": "L" * 256}, {}, "subject_name"),
    ({"summary": "R" * 501}, {}, "summary"),
    ({"description": "U" * (fields.DESCRIPTION_LIMIT + 1)}, {}, "description"),
    ({"description": "U" * 1_000_000}, {}, "description"),
    ({"lapor_ticket": "T" * 256}, {}, "lapor_ticket"),
    ({}, {"name": "N" * 256}, "name"),
    ({}, {"address": "A" * (fields.ADDRESS_LIMIT + 1)}, "address"),
    ({}, {"email": "b" * 250 + "@example.id"}, "email"),
], ids=["subject", "summary", "description", "description-1mb", "ticket", "name", "address",
        "email"])
def test_too_long_is_refused_by_name_on_both_databases(users, complaint, pelapor, field):
    with pytest.raises(ValidationError, match="paling banyak") as info:
        _register(users, complaint, pelapor)
    assert info.value.field == field
    _nothing_stored()


def test_the_limit_itself_is_accepted_on_both_databases(users):
    c = _register(users, {"subject_name": "L" * 255, "summary": "R" * 500,
                          "lapor_ticket": "T" * 255},
                  {"name": "N" * 255, "email": "b" * 244 + "@example.id"})
    c = Complaint.get_by_id(c.id)
    assert len(c.subject_name) == 255 and len(c.summary) == 500
    assert len(c.pelapor.email) == 255


@pytest.mark.parametrize("complaint, pelapor, field", [
    ({"summary": "\u200b"}, {}, "summary"),
    ({"summary": INVISIBLE}, {}, "summary"),
    ({"description": "\ufeff\u2060\u00a0"}, {}, "description"),
    ({"subject_name": "\u200d\u3164"}, {}, "subject_name"),
    ({}, {"name": "\u200b\u200b"}, "name"),
], ids=["zwsp", "mixed", "bom-nbsp", "joiner-filler", "name"])
def test_invisible_text_counts_as_empty(users, complaint, pelapor, field):
    with pytest.raises(ValidationError, match="wajib diisi") as info:
        _register(users, complaint, pelapor)
    assert info.value.field == field
    _nothing_stored()


@pytest.mark.parametrize("nik", [
    "\u0661\u0669\u0667\u0661" + "\u0660\u0661" * 6,  # Arabic-Indic digits
    "\uff11" * 16,  # full-width digits
    "\u0967" * 16,  # Devanagari digits
    "19710101\n01010001",  # a line break among the digits
    "1971010101010001\u0661",
], ids=["arabic-indic", "fullwidth", "devanagari", "newline", "seventeen"])
def test_nik_is_sixteen_ascii_digits(users, nik):
    with pytest.raises(ValidationError, match="NIK harus 16 digit") as info:
        _register(users, pelapor={"nik": nik})
    assert info.value.field == "nik"
    _nothing_stored()


def test_phone_with_non_ascii_digits_is_refused(users):
    with pytest.raises(ValidationError) as info:
        _register(users, pelapor={"phone": "\u0660\u0668\u0661\u0662" * 3})
    assert info.value.field == "phone"
    _nothing_stored()


def test_a_waiver_is_cleaned_and_limited_too(users):
    pphti = User.get_by_id(users["kasubag_pphti"].id)
    with pytest.raises(ValidationError) as info:
        workflow.register_complaint(pphti, complaint_input(), pelapor_input(),
                                    waiver="W" * (fields.NOTE_LIMIT + 1), at=T0)
    assert info.value.field == "waiver"
    _nothing_stored()


# --------------------------------------------------------------------------- action notes
def _state(complaint_id):
    c = Complaint.get_by_id(complaint_id)
    return (c.row_version, c.current_step, c.status, StepRecord.select().count(),
            AuditEntry.select().count(), Hold.select().count())


def test_an_invisible_instruction_does_not_satisfy_a_required_note(registered, users):
    kakanwil = User.get_by_id(users["kakanwil"].id)
    before = _state(registered.id)
    with pytest.raises(NoteRequired) as info:
        workflow.forward(kakanwil, registered.id, note=INVISIBLE,
                         expected_version=registered.row_version, at=T0 + 5 * MIN)
    assert info.value.field == "note"
    assert _state(registered.id) == before


def test_a_note_with_nul_bytes_is_cleaned_before_it_is_stored(registered, users):
    kakanwil = User.get_by_id(users["kakanwil"].id)
    c = workflow.forward(kakanwil, registered.id, note="Segera\x00 tindak\x07lanjuti\u200b",
                         expected_version=registered.row_version, at=T0 + 5 * MIN)
    record = (StepRecord.select().where((StepRecord.complaint == c.id)
                                        & (StepRecord.step_no == 2)).get())
    assert record.note == "Segera tindaklanjuti\u200b"
    assert "\\u0000" not in AuditEntry.select().order_by(AuditEntry.seq.desc()).get().detail


def test_an_over_long_note_is_refused_and_nothing_changes(registered, users):
    kakanwil = User.get_by_id(users["kakanwil"].id)
    before = _state(registered.id)
    with pytest.raises(ValidationError, match="paling banyak") as info:
        workflow.forward(kakanwil, registered.id, note="x" * (fields.NOTE_LIMIT + 1),
                         expected_version=registered.row_version, at=T0 + 5 * MIN)
    assert info.value.field == "note"
    assert _state(registered.id) == before


def test_hold_resume_and_return_clean_their_reasons(registered, users):
    c, at = registered, T0
    while c.current_step != 5:
        at += 5 * MIN
        c = act_as_owner(c, users, at)
    pphti = User.get_by_id(users["kasubag_pphti"].id)
    before = _state(c.id)
    with pytest.raises(NoteRequired):
        workflow.hold(pphti, c.id, reason="\u200b\u00a0", expected_version=c.row_version)
    with pytest.raises(ValidationError, match="paling banyak"):
        workflow.hold(pphti, c.id, reason="y" * (fields.NOTE_LIMIT + 1),
                      expected_version=c.row_version)
    assert _state(c.id) == before
    c = workflow.hold(pphti, c.id, reason="KTP\x00 belum ada", expected_version=c.row_version,
                      at=at + MIN)
    assert Hold.select().get().reason == "KTP belum ada"
    c = workflow.resume(pphti, c.id, note="Sudah\x00 lengkap", expected_version=c.row_version,
                        at=at + 2 * MIN)
    assert "\\u0000" not in AuditEntry.select().order_by(AuditEntry.seq.desc()).get().detail
    while c.current_step != 8:
        at += 5 * MIN
        c = act_as_owner(c, users, at)
    kabag = User.get_by_id(users["kabag_p2"].id)
    before = _state(c.id)
    with pytest.raises(NoteRequired):
        workflow.return_for_revision(kabag, c.id, note="\ufeff\u2060",
                                     expected_version=c.row_version)
    assert _state(c.id) == before


# --------------------------------------------------------------------------- search
@pytest.mark.parametrize("text", ["x" * 60_000, "Pungutan\x00", "Pungutan" + " " * 300],
                         ids=["60kb", "nul", "long-tail"])
def test_a_huge_or_dirty_search_string_is_no_database_error(registered, users, text):
    found = register.page(register.RegisterFilter(text=text), users["kasubag_pphti"])
    assert [row.id for row in found] == ([] if text.startswith("x") else [registered.id])
    assert register.count(register.RegisterFilter(text=text)) == len(found)


def test_forms_take_their_limits_from_the_same_table():
    assert fields.limit("subject_name") == Complaint.subject_name.max_length == 255
    assert fields.limit("summary") == Complaint.summary.max_length == 500
    assert fields.limit("nik") == 16
