"""Intake validation, field by field, with the Indonesian message the form shows."""

import datetime as dt

import pytest

from app.errors import ValidationError
from app.services.workflow import validate_intake
from tests.app.attachment_files import named_pdf
from tests.conftest import T0, complaint_input, pelapor_input


@pytest.mark.parametrize("complaint, pelapor, field, message", [
    ({"summary": "  "}, {}, "summary", "Ringkasan pengaduan wajib diisi"),
    ({"description": ""}, {}, "description", "Uraian pengaduan wajib diisi"),
    ({"subject_name": ""}, {}, "subject_name", "Pihak yang diadukan wajib diisi"),
    ({"channel": "merpati"}, {}, "channel", "Saluran pengaduan tidak dikenal"),
    ({"tier": "kilat"}, {}, "tier", "Tingkat pengaduan tidak dikenal"),
    ({"summary": "x" * 501}, {}, "summary", "paling banyak 500"),
    ({"received_at": T0 + dt.timedelta(days=1)}, {}, "received_at", "masa depan"),
    ({}, {"name": ""}, "name", "Nama pelapor wajib diisi"),
    ({}, {"nik": "12345"}, "nik", "NIK harus 16 digit"),
    ({}, {"nik": "197101010101000X"}, "nik", "NIK harus 16 digit"),
    ({}, {"phone": "telepon saya"}, "phone", "Nomor telepon tidak valid"),
    ({}, {"email": "budi@"}, "email", "Alamat email tidak valid"),
], ids=["summary", "description", "subject", "channel", "tier", "summary-long", "future",
        "name", "nik-short", "nik-letter", "phone", "email"])
def test_each_field_is_checked(db, complaint, pelapor, field, message):
    with pytest.raises(ValidationError, match=message) as info:
        validate_intake(complaint_input(**complaint), pelapor_input(**pelapor), at=T0)
    assert info.value.field == field


def test_anonymous_complaint_needs_no_name(db):
    validate_intake(complaint_input(confidentiality="anonim"),
                    pelapor_input(name="", nik="", email=""), at=T0)


def test_nik_is_optional(db):
    validate_intake(complaint_input(), pelapor_input(nik=""), at=T0)


def test_pasted_control_characters_are_dropped_and_the_rest_kept(users):
    from app.services import workflow
    from app.store.models import User

    pphti = User.get_by_id(users["kasubag_pphti"].id)
    text = "Baris satu\r\nBaris\x00 dua\x07 & <b>\"kutip\"</b> 'Ä'\tselesai"
    c = workflow.register_complaint(pphti, complaint_input(description=text),
                                    pelapor_input(name="Budi\x07 Santoso"),
                                    attachments=[("surat", "s.pdf", named_pdf("surat"))], at=T0)
    c = type(c).get_by_id(c.id)
    assert c.description == "Baris satu\nBaris dua & <b>\"kutip\"</b> 'Ä'\tselesai"
    assert c.pelapor.name == "Budi Santoso"


def test_anonymous_reporter_keeps_no_contact_either(users):
    from app.services import workflow
    from app.store.models import User

    pphti = User.get_by_id(users["kasubag_pphti"].id)
    c = workflow.register_complaint(pphti, complaint_input(confidentiality="anonim"),
                                    pelapor_input(),
                                    attachments=[("surat", "s.pdf", named_pdf("surat"))],
                                    at=T0)
    p = c.pelapor
    assert (p.name, p.nik, p.address, p.phone, p.email, p.anonymous) == (
        None, None, None, None, None, True)


@pytest.mark.parametrize("field, text", [
    ("summary", "Budi Santoso dimintai uang di loket"),
    ("summary", "Pungli; hubungi 0812 7788 9900"),  # pelapor_input's phone, grouped anew
    ("letter_subject", "Surat dari budi@example.id"),
])
def test_what_every_lane_reads_may_not_name_a_confidential_reporter(db, field, text):
    with pytest.raises(ValidationError, match="memuat identitas pelapor yang dirahasiakan"
                       ) as info:
        validate_intake(complaint_input(confidentiality="rahasia", **{field: text}),
                        pelapor_input(), at=T0)
    assert info.value.field == field
    # An ordinary complaint's reporter is no secret; a first name alone is not the reporter
    # (an official may share it).
    validate_intake(complaint_input(**{field: text}), pelapor_input(), at=T0)
    validate_intake(complaint_input(confidentiality="rahasia", **{field: "Budi menolak"}),
                    pelapor_input(), at=T0)
