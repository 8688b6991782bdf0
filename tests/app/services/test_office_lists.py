"""The office's lists as data an administrator maintains (app.services.office_lists through
app.services.settings): the divisions with their heads and keywords, the signatories and
the classification codes: checked when saved, read from the database by the documents, an
older stored form still read."""

from __future__ import annotations

import json

import pytest

from app.errors import NotPermitted, ValidationError
from app.naskah import versions
from app.services import accounts, office_lists, settings, workflow
from app.store.models import AuditEntry, Setting
from tests.app.attachment_files import named_pdf
from tests.app.naskah.reading import AT, field, texts
from tests.conftest import T0, advance_to, complaint_input, pelapor_input

CLI = accounts.COMMAND_LINE


def _nota_dinas(users, subject_kind, subject_name):
    complaint = workflow.register_complaint(
        users["kasubag_pphti"], complaint_input(subject_kind=subject_kind,
                                                subject_name=subject_name),
        pelapor_input(), attachments=[("surat", "s.pdf", named_pdf("surat"))], at=T0)
    complaint = advance_to(complaint, users, 6)  # where the nota dinas is drafted
    return versions.generate(users["kasubag_pphti"], complaint.id, "nota_dinas", at=AT)


def test_the_default_divisions_are_those_of_a_kanwil_kementerian_hukum(db):
    divisions = settings.current().divisi_terkait
    assert [(d["kode"], d["jabatan"]) for d in divisions] == [
        ("P3H", "Kepala Divisi Peraturan Perundang-undangan dan Pembinaan Hukum"),
        ("YANKUM", "Kepala Divisi Pelayanan Hukum"),
        ("TU", "Kepala Bagian Tata Usaha dan Umum")]
    joined = json.dumps(divisions)
    assert "Pemasyarakatan" not in joined and "Imigrasi" not in joined  # another ministry


@pytest.mark.parametrize("kind, subject, addressee", [
    ("upt", "Kantor Notaris Budi Santoso, S.H., M.Kn.", "Kepala Divisi Pelayanan Hukum"),
    ("lainnya", "Pendaftaran Merek dagang kopi", "Kepala Divisi Pelayanan Hukum"),
    ("lainnya", "Layanan KEKAYAAN INTELEKTUAL daring", "Kepala Divisi Pelayanan Hukum"),
    ("lainnya", "Pemerintah Kabupaten Bangka (Perda retribusi)",
     "Kepala Divisi Peraturan Perundang-undangan dan Pembinaan Hukum"),
    ("lainnya", "Penyuluh hukum Kecamatan Koba",
     "Kepala Divisi Peraturan Perundang-undangan dan Pembinaan Hukum"),
    ("divisi", "Divisi Pelayanan Hukum", "Kepala Divisi Pelayanan Hukum"),
    ("divisi", "Bagian Tata Usaha dan Umum", "Kepala Bagian Tata Usaha dan Umum"),
    ("divisi", "Subbagian Humas", "Kepala Subbagian Humas"),  # not in the list: as typed
    ("lainnya", "Koperasi Tahunan Sejahtera", "Kepala Divisi Terkait"),  # "AHU" is no word
    ("upt", "Lapas Kelas IIA Pangkalpinang", "Kepala Divisi Terkait"),  # another ministry
])
def test_the_nota_dinas_is_addressed_from_the_divisions_list(users, kind, subject, addressee):
    assert field(_nota_dinas(users, kind, subject), "Yth.") == addressee


def test_the_divisions_list_round_trips_and_feeds_the_nota_dinas(users):
    divisions = office_lists.default_divisions()
    divisions[1]["jabatan"] = "Plt. Kepala Divisi Pelayanan Hukum"
    divisions.append({"kode": "HAM", "nama": "Bidang Hak Asasi Manusia",
                      "jabatan": "Kepala Bidang HAM", "kata_kunci": ["Hak Asasi", "HAM"]})
    settings.put("divisi_terkait", divisions, actor=users["admin"])
    stored = json.loads(Setting.get(Setting.key == "divisi_terkait").value)
    assert stored == divisions == settings.current().divisi_terkait
    nd = _nota_dinas(users, "upt", "Kantor Notaris Rina")
    assert field(nd, "Yth.") == "Plt. Kepala Divisi Pelayanan Hukum"
    assert field(_nota_dinas(users, "lainnya", "Dugaan pelanggaran HAM"), "Yth.") == \
        "Kepala Bidang HAM"
    entry = AuditEntry.select().where(AuditEntry.action == "pengaturan.ubah").first()
    assert entry.actor == "admin" and "Plt. Kepala Divisi Pelayanan Hukum" in entry.detail
    with pytest.raises(NotPermitted):
        settings.put("divisi_terkait", [], actor=users["kasubag_pphti"])


def test_an_old_keyword_list_is_still_read_as_divisions(users):
    # As stored by an earlier version: [keyword, addressee] pairs.
    Setting.create(key="divisi_terkait", value=json.dumps([
        ["Lapas", "Kepala Divisi Pemasyarakatan"], ["Rutan", "Kepala Divisi Pemasyarakatan"],
        ["Notaris", "Kepala Divisi Pelayanan Hukum"]]))
    divisions = settings.current().divisi_terkait
    assert divisions == [
        {"kode": "PEMASYARAKATAN", "nama": "Divisi Pemasyarakatan",
         "jabatan": "Kepala Divisi Pemasyarakatan", "kata_kunci": ["Lapas", "Rutan"]},
        {"kode": "PELAYANAN-HUKUM", "nama": "Divisi Pelayanan Hukum",
         "jabatan": "Kepala Divisi Pelayanan Hukum", "kata_kunci": ["Notaris"]}]
    # The office's own list keeps addressing its nota dinas as before...
    assert field(_nota_dinas(users, "upt", "Rutan Kelas IIB Muntok"), "Yth.") == \
        "Kepala Divisi Pemasyarakatan"
    # ... and an administrator saves it in today's form as it reads.
    settings.put("divisi_terkait", divisions, actor=users["admin"])
    assert isinstance(json.loads(Setting.get(Setting.key == "divisi_terkait").value)[0], dict)


def test_a_damaged_stored_list_falls_back_to_the_default(db, caplog):
    Setting.create(key="divisi_terkait", value='[{"kode": 7, "nama": "Divisi X"}]')
    Setting.create(key="signatories", value='{"kakanwil": "Dr. Harun"}')
    office = settings.current()
    assert office.divisi_terkait == office_lists.default_divisions()
    assert office.signatories == settings.OfficeSettings().signatories
    assert "divisi_terkait ignored" in caplog.text


def test_an_entry_this_version_does_not_know_is_kept_when_read_refused_when_saved(db):
    # e.g. written by a newer version of the program
    newer = {"kakanwil": {"jabatan": "Kepala Kantor Wilayah", "nama": "Dr. Harun",
                          "nip": "", "pangkat": "Pembina Utama Muda"}}
    Setting.create(key="signatories", value=json.dumps(newer))
    assert settings.current().signatories == newer
    with pytest.raises(ValidationError, match="isian tidak dikenal: pangkat"):
        settings.put("signatories", newer, actor=CLI)


GOOD = {"kode": "YANKUM", "nama": "Divisi Pelayanan Hukum",
        "jabatan": "Kepala Divisi Pelayanan Hukum", "kata_kunci": ["Notaris"]}


@pytest.mark.parametrize("value, reason", [
    ({"kode": "YANKUM"}, "tidak sesuai jenisnya"),
    ([GOOD, "Divisi Pelayanan Hukum"], "divisi ke-2: harus berisi kode, nama, jabatan"),
    ([GOOD, ["Notaris", "Kepala Divisi Pelayanan Hukum"]], "divisi ke-2: harus berisi"),
    ([dict(GOOD, kode="")], "divisi ke-1: kode wajib diisi"),
    ([{k: v for k, v in GOOD.items() if k != "jabatan"}], "divisi ke-1: jabatan kepala wajib"),
    ([dict(GOOD, nama="Divisi\nPelayanan")], "divisi ke-1: nama wajib diisi (teks satu baris)"),
    ([dict(GOOD, kata_kunci="Notaris")], "divisi ke-1: kata_kunci harus berupa daftar"),
    ([dict(GOOD, kata_kunci=["Notaris", ""])], "kata_kunci harus berupa daftar teks"),
    ([GOOD, dict(GOOD, nama="Divisi Lain")], "divisi ke-2: kode YANKUM sudah dipakai"),
    ([dict(GOOD, kepala="Budi")], "divisi ke-1: isian tidak dikenal: kepala"),
])
def test_a_malformed_divisions_list_is_refused_with_its_reason(db, value, reason):
    before = AuditEntry.select().count()
    with pytest.raises(ValidationError) as refused:
        settings.put("divisi_terkait", value, actor=CLI)
    assert reason in str(refused.value)
    assert refused.value.field == "divisi_terkait"
    assert not Setting.select().exists() and AuditEntry.select().count() == before


@pytest.mark.parametrize("key, value, reason", [
    ("signatories", {"kakanwil": "Dr. Harun"}, "kakanwil: harus berisi jabatan, nama dan nip"),
    ("signatories", {"kakanwil": {"jabatan": "Kepala", "ttd": "x"}}, "isian tidak dikenal: ttd"),
    ("signatories", {"kakanwil": {"nama": 12}}, "kakanwil: nama harus berupa teks"),
    ("document_classification", {"nota_dinas": ["UM"]}, "kode klasifikasi nota_dinas harus"),
    ("document_classification", {"nota": "UM.01.01"}, "jenis naskah tidak dikenal: nota"),
])
def test_signatories_and_classification_codes_are_checked_when_saved(db, key, value, reason):
    with pytest.raises(ValidationError, match="tidak valid") as refused:
        settings.put(key, value, actor=CLI)
    assert reason in str(refused.value)
    assert not Setting.select().exists()


def test_documents_read_the_signatories_and_codes_from_the_database(users):
    signatories = settings.OfficeSettings().signatories
    signatories["kakanwil"] = {"jabatan": "Plh. Kepala Kantor Wilayah",
                               "nama": "Dr. Harun Sulianto, S.H., M.H.",
                               "nip": "197001011990031001"}
    settings.put("signatories", signatories, actor=users["admin"])
    settings.put("document_classification",
                 dict(settings.current().document_classification, nota_dinas="HM.01.02"),
                 actor=users["admin"])
    nd = _nota_dinas(users, "upt", "Kantor Notaris Rina")
    lines = texts(nd)
    assert nd.number == "W.7-HM.01.02-1"
    assert "Dr. Harun Sulianto, S.H., M.H." in lines
    assert "NIP. 197001011990031001" in lines
    assert field(nd, "Dari") == "Plh. Kepala Kantor Wilayah"
