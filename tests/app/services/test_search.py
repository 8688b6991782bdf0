"""One search over every field and every output (issue 20), on SQLite (FTS5 trigram) and
PostgreSQL (pg_trgm): each field found by a piece of it, as typed or normalised; the
fields that may name a confidential reporter found only by the lanes that may see them,
and never shown to the others in a snippet; the index consistent after every kind of
write, after a rolled-back transaction and after the upgrade from v5."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import ValidationError
from app.services import outputs, register, search, workflow
from app.store import search_index
from app.store.models import Complaint, SearchDoc, database
from tests.app.attachment_files import named_pdf
from tests.conftest import (
    T0,
    act_as_owner,
    advance_to,
    complaint_input,
    nota_dinas_fields,
    pelapor_input,
)

pytestmark = pytest.mark.usefixtures("db")

REPORTER = dict(name="Çahyani Kusumawardhani", nik="1971020203030404",
                address="Jl. Merdeka Timur 45, Sungailiat", phone="0812-3456-7788",
                email="ckusuma@contoh.id")
LETTER = dict(lapor_ticket="LAPOR-2611-88123", letter_number="W.7-UM.01.01-1473",
              letter_date=dt.date(2026, 11, 20),
              letter_subject="Permohonan penertiban loket kunjungan",
              summary="Pungutan pada layanan kunjungan keluarga",
              subject_name="Rutan Kelas IIB Muntok",
              description="Petugas loket meminta uang rokok kepada keluarga warga binaan.")


def _register(users, confidentiality="biasa", **overrides):
    data = {**LETTER, **overrides}
    return workflow.register_complaint(
        users["kasubag_pphti"], complaint_input(confidentiality=confidentiality, **data),
        pelapor_input(**REPORTER), attachments=[("surat", "surat.pdf", named_pdf("surat"))],
        at=T0)


def _walk_to_the_end(users, complaint):
    """Every step, each product written with words found nowhere else."""
    kasubag = users["kasubag_pphti"]
    complaint = advance_to(complaint, users, 6, note="Disposisi wajib dikawal ketat {no}")
    outputs.save(kasubag, complaint.id, "nota_dinas", {
        **nota_dinas_fields("Mohon klarifikasi petugas loket bersama atasannya."),
        "hal": "Klarifikasi Pungli Loket Muntok", "yth": "Kepala Divisi Pemasyarakatan",
        "tembusan": ["Inspektorat Jenderal Kementerian"]})
    complaint = advance_to(Complaint.get_by_id(complaint.id), users, 14)
    outputs.save(kasubag, complaint.id, "tanggapan",
                 {"isi": "Terima kasih atas laporan yang telah disampaikan."})
    outputs.save(kasubag, complaint.id, "penyampaian", {
        "saluran": "email", "tanggal": T0.date().isoformat(), "dipublikasikan": False,
        "catatan": "Dikirim melalui surel resmi kantor."})
    return act_as_owner(Complaint.get_by_id(complaint.id), users, T0 + dt.timedelta(hours=6))


# What to type -> the field it must be found in (conftest's TELAAHAN and answer included).
PIECES = {
    "0001/": "register_no",
    "lapor-2611": "lapor_ticket",
    "um.01.01-14": "letter_number",
    "20/11/2026": "letter_date",
    "20 november 2026": "letter_date",
    "penertiban loket": "letter_subject",
    "rutan kelas iib": "subject_name",
    "layanan kunjungan kel": "summary",
    "uang rokok": "description",
    "wajib dikawal": "disposisi.catatan",
    "pungutan liar oleh": "telaahan.persoalan",
    "keadaan yang dialaminya": "telaahan.praanggapan",
    "bukti kuitansi": "telaahan.fakta",
    "termasuk kewenangan": "telaahan.analisis",
    "dapat ditindaklanjuti": "telaahan.kesimpulan",
    "melalui nota dinas": "telaahan.saran",
    "pungli loket muntok": "nota_dinas.hal",
    "divisi pemasyarakatan": "nota_dinas.yth",
    "bersama atasannya": "nota_dinas.isi",
    "inspektorat jenderal": "nota_dinas.tembusan",
    "diberi pembinaan": "jawaban.isi",
    "atas laporan yang telah": "tanggapan.isi",
    "surel resmi": "penyampaian.catatan",
    # the reporter, and the normalisation: case, accents, punctuation in numbers
    "cahyani kusuma": "name",
    "ÇAHYANI": "name",
    "1971020203": "nik",
    "7102 0203": "nik",
    "0812 3456": "phone",
    "081234567788": "phone",
    "ma@contoh": "email",
    "merdeka timur": "address",
}


@pytest.fixture
def walked(users):
    return _walk_to_the_end(users, _register(users))


def test_each_field_is_found_by_a_piece_of_it(walked, users):
    for piece, field in PIECES.items():
        found = search.search(piece, users["kabag_p2"])
        assert [m.complaint_id for m in found] == [walked.id], piece
        match = found[0]
        assert match.field == field, piece
        assert match.register_no == walked.register_no
        assert search_index.normalise(match.hit) == search_index.normalise_query(piece)
        assert match.label and match.hit in match.snippet


def test_the_snippet_shows_the_text_as_typed_around_the_match(walked, users):
    match = search.search("cahyani", users["kakanwil"])[0]
    assert (match.before, match.hit) == ("", "Çahyani")
    assert match.after.startswith(" Kusumawardhani")
    phone = search.search("34567788", users["kakanwil"])[0]
    assert phone.hit == "3456-7788" and phone.before == "0812-"
    long = search.search("atasannya", users["kakanwil"])[0]
    assert long.before.startswith("\u2026") and len(long.snippet) < 120


def test_short_queries_scan_and_still_find(walked, users):
    assert [m.complaint_id for m in search.search("iib", users["kabag_p2"])] == [walked.id]
    assert [m.complaint_id for m in search.search("mu", users["kabag_p2"])] == [walked.id]
    assert search.search(" ", users["kabag_p2"]) == []


def test_results_are_ranked_numbers_first_then_newest(users):
    older = _register(users, description="Disebut juga nomor 8812 dalam uraian.")
    newer = _register(users, lapor_ticket="LAPOR-8812", letter_number="",
                      description="Uraian lain.")
    assert [m.complaint_id for m in search.search("8812", users["kakanwil"])] == \
        [newer.id, older.id]  # the ticket (a number) before a word in a description
    both = [m.complaint_id for m in search.search("kunjungan", users["kakanwil"])]
    assert both == [newer.id, older.id]  # same field: the newest first
    assert search.search("kunjungan", users["kakanwil"], limit=1)[0].complaint_id == newer.id


# --------------------------------------------------------------------------- confidentiality

SECRET_PIECES = ["cahyani", "1971 0202", "081234567788", "contoh.id", "merdeka timur",
                 "uang rokok", "pungutan liar oleh", "wajib dikawal", "atas laporan yang",
                 "surel resmi"]


@pytest.mark.parametrize("confidentiality", ["rahasia", "anonim"])
def test_a_lane_that_may_not_see_the_reporter_cannot_find_them(users, confidentiality):
    complaint = _walk_to_the_end(users, _register(users, confidentiality))
    for lane in ("kadiv", "kabag_p2", "divisi_terkait"):
        for piece in SECRET_PIECES:
            assert search.search(piece, users[lane]) == [], (lane, piece)
            ids = register.complaint_ids(register.RegisterFilter(text=piece), users[lane])
            assert complaint.id not in ids, (lane, piece)
        # the public fields still find it, and no snippet shows the hidden ones
        for piece in ("0001/", "rutan kelas", "layanan kunjungan", "bersama atasannya"):
            (match,) = search.search(piece, users[lane])
            assert not FIELD_IS_PRIVATE(match.field)
            assert "ahyani" not in match.snippet and "rokok" not in match.snippet
    if confidentiality == "rahasia":  # an anonymous complaint keeps no name at all
        assert [m.field for m in search.search("cahyani", users["kakanwil"])] == ["name"]
    assert [m.field for m in search.search("uang rokok", users["kasubag_pphti"])] == [
        "description"]


def FIELD_IS_PRIVATE(key: str) -> bool:  # noqa: N802 - reads as the rule it checks
    return search_index.FIELDS[key].private


def test_the_register_snippet_of_a_hidden_reporter_is_never_shown(users):
    secret = _register(users, "rahasia")
    rows = register.fetch_rows([secret.id], users["kabag_p2"], text="0001/")
    assert rows[secret.id].match.field == "register_no"
    page = register.page(register.RegisterFilter(text="ahyani"), users["kabag_p2"])
    assert page == []
    mine = register.page(register.RegisterFilter(text="ahyani"), users["kakanwil"])
    assert [r.match.hit for r in mine] == ["ahyani"]


def test_an_unconfidential_reporter_is_found_by_everyone(users):
    complaint = _register(users)
    for lane in ("kadiv", "divisi_terkait"):
        assert [m.complaint_id for m in search.search("cahyani", users[lane])] == [
            complaint.id]


# --------------------------------------------------------------------------- the register

def test_the_register_filter_finds_every_field_and_keeps_its_other_filters(walked, users):
    f = register.RegisterFilter(text="surel resmi")
    assert register.complaint_ids(f, users["kakanwil"]) == [walked.id]
    assert register.count(f, users["kakanwil"]) == 1
    closed = register.RegisterFilter(text="surel resmi", status="proses")
    assert register.complaint_ids(closed, users["kakanwil"]) == []
    (row,) = register.page(f, users["kakanwil"])
    assert (row.match.field, row.match.hit) == ("penyampaian.catatan", "surel resmi")


def test_the_register_orders_by_relevance_on_request(users):
    older = _register(users, description="Nomor 8812 di uraian.")
    newer = _register(users, lapor_ticket="LAPOR-8812", description="Lain.")
    f = register.RegisterFilter(text="8812")
    assert register.complaint_ids(f, users["kakanwil"], sort=register.RELEVANCE,
                                  descending=False) == [newer.id, older.id]
    assert register.complaint_ids(f, users["kakanwil"], sort=register.RELEVANCE,
                                  descending=True) == [older.id, newer.id]


# --------------------------------------------------------------------------- consistency

def test_the_index_follows_every_kind_of_write(users):
    complaint = _register(users, "rahasia")
    assert search_index.verify() == []
    kasubag = users["kasubag_pphti"]
    checked = 0
    while complaint.status != "selesai":
        step = complaint.current_step
        if step == 6:
            outputs.save(kasubag, complaint.id, "nota_dinas", nota_dinas_fields("Versi awal."))
            assert search_index.verify() == []
            assert search.search("versi awal", users["kabag_p2"])
        if step == 5 and complaint.status == "proses":  # on hold and back
            at = T0 + dt.timedelta(minutes=20)
            complaint = workflow.hold(kasubag, complaint.id, reason="KTP belum ada.",
                                      expected_version=complaint.row_version, at=at)
            complaint = workflow.resume(kasubag, complaint.id, note="KTP diterima.",
                                        expected_version=complaint.row_version, at=at)
            assert search_index.verify() == []
        if step == 8 and complaint.current_pass == 1:  # back for revision, once
            complaint = workflow.return_for_revision(
                users["kabag_p2"], complaint.id, note="Perbaiki hal.",
                expected_version=complaint.row_version, at=T0 + dt.timedelta(minutes=45))
            assert search_index.verify() == []
            continue
        complaint = act_as_owner(complaint, users, T0 + dt.timedelta(minutes=5 * step),
                                 note=f"Catatan disposisi nomor {step}")
        assert search_index.verify() == [], step
        checked += 1
    assert checked >= 13
    versions = search.search("versi awal", users["kakanwil"])
    assert [m.field for m in versions] == ["nota_dinas.isi"]  # every version stays found
    assert search.search("catatan disposisi nomor 13", users["kakanwil"])


def test_a_rolled_back_write_leaves_the_index_as_it_was(users, monkeypatch):
    complaint = advance_to(_register(users), users, 5)
    before = search_index.stored_rows([complaint.id])
    # refused after the index was written
    with pytest.raises(ValidationError), database.atomic():
        outputs.save(users["kasubag_pphti"], complaint.id, "telaahan", {
            "pengecualian": "Telaah khusus zirkonia."})
        raise ValidationError("batal", "")
    assert search_index.stored_rows([complaint.id]) == before
    assert search_index.verify() == []
    assert search.search("zirkonia", users["kakanwil"]) == []

    from app.services import audit

    def broken(*_args, **_kwargs):
        raise RuntimeError("audit tidak dapat ditulis")

    monkeypatch.setattr(audit, "record", broken)
    with pytest.raises(RuntimeError):
        outputs.save(users["kasubag_pphti"], complaint.id, "telaahan",
                     {"pengecualian": "Telaah khusus zirkonia."})
    with pytest.raises(RuntimeError):
        workflow.register_complaint(users["kasubag_pphti"],
                                    complaint_input(summary="Ringkasan zirkonia"),
                                    pelapor_input(), waiver="lisan", at=T0)
    assert search_index.verify() == []
    assert search.search("zirkonia", users["kakanwil"]) == []


def test_a_deleted_complaint_leaves_no_rows(users):
    complaint = _register(users)
    assert SearchDoc.select().where(SearchDoc.complaint == complaint.id).exists()
    Complaint.delete().where(Complaint.id == complaint.id).execute()
    assert search_index.verify() == []
    assert search.search("cahyani", users["kakanwil"]) == []


def test_demo_data_is_indexed(users):
    from app.services import demo

    demo.generate(40, seed=5)
    assert search_index.verify() == []
    some = Complaint.select().order_by(Complaint.id.desc()).first()
    assert search.search(some.register_no, users["kakanwil"])[0].complaint_id == some.id


def test_an_upgrade_from_v5_builds_the_index(tmp_path, db_url):
    from app.store.db import open_database
    from tests.app.store.test_upgrades import FIXTURES, _load

    backend = "sqlite" if db_url.startswith("sqlite") else "postgres"
    if (5, backend) not in FIXTURES:
        pytest.skip("no v5 snapshot")
    database.close()
    url, counts, _overrides, _file = _load(5, backend, tmp_path)
    upgraded = open_database(url)
    try:
        assert search_index.verify() == []
        complaints = list(Complaint.select())
        assert len(complaints) == counts["complaint"]
        rows = SearchDoc.select().count()
        assert rows >= len(complaints)
        for complaint in complaints:
            found = search.search(complaint.register_no, None, limit=5)
            assert found[0].complaint_id == complaint.id
            assert found[0].field == "register_no"
    finally:
        upgraded.close()
