"""The naskah masking rules (app.naskah.context.build_context): a naskah hides a rahasia or
anonim reporter when any of its readers may not see them (the nota dinas goes to the
division), and shows them in the naskah that goes only to the complainant's own desk and
to them (the receipt); by what the naskah is, never by who makes it. Hidden means every
field of their identity, who the letter is addressed to, and the names of the attached files
(a scan is often named after its sender)."""

from __future__ import annotations

import pytest

from app.naskah.context import build_context
from app.services import accounts, workflow
from app.store.models import User
from tests.app.quick_accounts import hash_each_password_once  # noqa: F401
from tests.conftest import T0, complaint_input, named_pdf, pelapor_input

IDENTITY = dict(name="Siti Rahmawati", nik="1971010101010002", address="Jl. Melati 3",
                phone="0812-1111-2222", email="siti@example.id")
FIELDS = ("pelapor_nama", "pelapor_nik", "pelapor_alamat", "pelapor_telepon", "pelapor_email")


def register(users, confidentiality: str, **pelapor):
    return workflow.register_complaint(
        users["kasubag_pphti"], complaint_input(confidentiality=confidentiality,
                                                channel="email"),
        pelapor_input(**{**IDENTITY, **pelapor}),
        attachments=[("surat", "surat Siti Rahmawati.pdf", named_pdf("surat"))], at=T0)


def identity(context) -> tuple:
    return tuple(context[f] for f in FIELDS)


SHOWN = (IDENTITY["name"], IDENTITY["nik"], IDENTITY["address"], IDENTITY["phone"],
         IDENTITY["email"])


@pytest.mark.parametrize("confidentiality", ["rahasia", "anonim"])
def test_a_naskah_that_reaches_the_division_hides_every_field_of_the_reporter(
        users, confidentiality):
    context = build_context(register(users, confidentiality), "nota_dinas",
                            actor=accounts.COMMAND_LINE)
    assert identity(context) == ("Dirahasiakan",) * 5
    assert context["pelapor_dirahasiakan"] is True
    assert context["penerima"] == "Pelapor (dirahasiakan)"
    assert context["penerima_alamat"] == "melalui Email"
    assert context["lampiran_berkas"] == [{"nama": "Berkas 1", "jenis": "Surat pengaduan"}]
    assert context["sifat_kode"] == "rahasia"


def test_the_receipt_shows_a_confidential_reporter_whoever_makes_it(users):
    complaint = register(users, "rahasia")
    for actor in (accounts.COMMAND_LINE, User.get_by_id(users["kadiv"].id)):
        context = build_context(complaint, "tanda_terima", actor=actor)
        assert identity(context) == SHOWN
        assert context["pelapor_dirahasiakan"] is False
        assert context["penerima"] == "Sdr. Siti Rahmawati"
        assert context["penerima_alamat"] == "Jl. Melati 3"
        assert context["lampiran_berkas"][0]["nama"] == "surat Siti Rahmawati.pdf"
        assert context["sifat_kode"] == "rahasia"  # still a confidential matter


def test_an_ordinary_reporter_is_shown_in_every_naskah(users):
    complaint = register(users, "biasa")
    for doc_type in ("nota_dinas", "lembar_disposisi", "hasil_telaahan", "tanda_terima"):
        context = build_context(complaint, doc_type, actor=accounts.COMMAND_LINE)
        assert identity(context) == SHOWN, doc_type
        assert context["pelapor_dirahasiakan"] is False
        assert context["penerima"] == "Sdr. Siti Rahmawati"
    assert build_context(complaint, "nota_dinas")["sifat_kode"] != "rahasia"


def test_a_reporter_who_gave_no_name_is_anonymous_not_blank(users):
    complaint = register(users, "biasa", name="", phone="", email="", anonymous=True)
    context = build_context(complaint, "tanda_terima", actor=accounts.COMMAND_LINE)
    assert context["pelapor_nama"] == "Anonim"
    assert (context["pelapor_telepon"], context["pelapor_email"]) == ("-", "-")
    assert context["penerima"] == "Pelapor (anonim)"


def test_an_anonymous_reporter_is_not_addressed_by_name_or_address(users):
    complaint = register(users, "anonim", anonymous=True)
    context = build_context(complaint, "tanda_terima", actor=accounts.COMMAND_LINE)
    assert context["pelapor_nama"] == "Anonim"
    assert context["penerima"] == "Pelapor (anonim)"
    assert context["penerima_alamat"] == "melalui Email"


NAMING = "Bu Siti (0812 1111 2222) minta dikabari"  # a note as an officer would write it


def test_a_masked_naskah_takes_the_reporter_out_of_every_note_and_text(users):
    complaint = workflow.register_complaint(
        users["kasubag_pphti"], complaint_input(
            confidentiality="rahasia", description=f"Pelapor {IDENTITY['name']} melapor."),
        pelapor_input(**IDENTITY), attachments=[("surat", "surat.pdf", named_pdf("surat"))],
        at=T0)
    complaint = workflow.forward(User.get_by_id(users["kakanwil"].id), complaint.id,
                                 note=NAMING, at=T0)
    typed = {"catatan": NAMING, "hal": NAMING, "isi": [NAMING]}
    context = build_context(complaint, "lembar_disposisi", actor=accounts.COMMAND_LINE,
                            extra=typed)
    hidden = "Bu (dirahasiakan) ((dirahasiakan)) minta dikabari"
    assert context["uraian"] == "Pelapor (dirahasiakan) melapor."
    assert [row["isi"] for row in context["disposisi"]] == [hidden]
    assert (context["catatan"], context["hal"], context["isi"]) == (hidden, hidden, [hidden])
    # The officials named in it are not the reporter.
    assert context["disposisi"][0]["oleh"] == User.get_by_id(users["kakanwil"].id
                                                             ).full_name
    # The receipt goes to the reporter: their own words stay as written.
    receipt = build_context(complaint, "tanda_terima", actor=accounts.COMMAND_LINE,
                            extra={"catatan": NAMING})
    assert receipt["uraian"] == f"Pelapor {IDENTITY['name']} melapor."
    assert receipt["catatan"] == NAMING
