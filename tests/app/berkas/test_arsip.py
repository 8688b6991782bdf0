"""The arsip tahunan (issue 19): a demo year archived, verified, tampered with, interrupted
and resumed."""

from __future__ import annotations

import csv
import json
import re

import pytest
from pypdf import PdfReader

from app.errors import NotPermitted
from app.naskah.berkas import BerkasCancelled
from app.naskah.berkas.arsip import ArchiveError, closed_in, make_archive, verify
from app.services import workflow
from tests.app.attachment_files import named_pdf
from tests.app.berkas.cases import HOLD_REASON, REPORTER, full_case
from tests.conftest import T0, complaint_input, pelapor_input


@pytest.fixture
def year(users):
    """Three closed complaints (one confidential) and one still open."""
    closed = [full_case(users, confidentiality=c, naskah=False)
              for c in ("rahasia", "biasa", "biasa")]
    workflow.register_complaint(users["kasubag_pphti"], complaint_input(), pelapor_input(),
                                attachments=[("surat", "surat.pdf", named_pdf("terbuka"))],
                                at=T0)
    return closed


def manifest_rows(folder):
    with open(folder / "manifest.csv", encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def test_archive_of_a_demo_year_is_complete_and_verifies(year, users, tmp_path, converter,
                                                          chart_pdf):
    folder = tmp_path / "arsip"
    result = make_archive(users["admin"], 2026, folder,
                          swimlane=lambda cid: chart_pdf(cid, unmasked=True),
                          converter=converter)
    assert result.complaints == 3 and result.written == 3
    rows = manifest_rows(folder)
    registers = {c.register_no for c in year}
    assert {r["nomor_register"] for r in rows} == registers
    berkas = [r for r in rows if r["jenis"] == "berkas"]
    assert len(berkas) == 3
    for row in berkas:
        assert int(row["halaman"]) == len(PdfReader(folder / row["berkas"]).pages)
    # Originals: the letter, JPEG, TIFF (3 pages), PDF (2), signed nota dinas, answer.
    first = [r for r in rows if r["nomor_register"] == year[0].register_no]
    assert {r["halaman"] for r in first if r["berkas"].endswith("kuitansi.tif")} == {"3"}
    assert len(first) == 7
    data = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert data["jumlah_pengaduan"] == 3 and data["jumlah_berkas"] == len(rows)
    assert (folder / "manifest.sha256").read_text().count("manifest.") == 2
    # The archive is the office's record: unmasked.
    confidential = next(r for r in berkas if r["nomor_register"] == year[0].register_no)
    text = "".join(p.extract_text() for p in PdfReader(folder / confidential["berkas"]).pages)
    assert REPORTER in text and "tanpa penyamaran" in text
    assert HOLD_REASON in re.sub(r"\s+", " ", text)  # officers' notes whole too
    assert verify(folder).ok and verify(folder).checked == len(rows)


def test_verify_catches_a_changed_byte_a_missing_and_an_added_file(year, users, tmp_path,
                                                                    converter):
    folder = tmp_path / "arsip"
    make_archive(users["admin"], 2026, folder, converter=converter)
    target = folder / manifest_rows(folder)[2]["berkas"]
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x01
    target.write_bytes(bytes(data))
    result = verify(folder)
    assert not result.ok and any(target.name in p and "berubah" in p for p in result.problems)
    data[len(data) // 2] ^= 0x01
    target.write_bytes(bytes(data))
    assert verify(folder).ok
    (folder / "tambahan.txt").write_text("x")
    assert any("tambahan.txt" in p for p in verify(folder).problems)
    (folder / "tambahan.txt").unlink()
    manifest = folder / "manifest.csv"
    manifest.write_text(manifest.read_text().replace(",berkas,", ",lampiran,", 1))
    assert any("manifest.csv" in p for p in verify(folder).problems)


def test_interrupted_archive_resumes_without_duplicates(year, users, tmp_path, converter):
    folder = tmp_path / "arsip"
    calls = []

    def stop_after_one():
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(BerkasCancelled):
        make_archive(users["admin"], 2026, folder, converter=converter,
                     cancelled=stop_after_one)
    assert len((folder / ".jurnal.jsonl").read_text().splitlines()) == 1
    assert not (folder / "manifest.csv").exists()
    # A crash mid-complaint leaves a staging folder, a folder without its journal line
    # and half a journal line: all cleared by the next run.
    (folder / ".tmp-setengah").mkdir()
    (folder / "0002-PENGADUAN-XI-2026").mkdir(exist_ok=True)
    (folder / "0002-PENGADUAN-XI-2026" / "berkas.pdf").write_bytes(b"%PDF-1.7 setengah")
    with open(folder / ".jurnal.jsonl", "a") as journal:
        journal.write('{"nomor_register": "0002/PENG')
    result = make_archive(users["admin"], 2026, folder, converter=converter)
    assert result.complaints == 3 and result.written == 2
    rows = manifest_rows(folder)
    berkas = [r["nomor_register"] for r in rows if r["jenis"] == "berkas"]
    assert sorted(berkas) == sorted(c.register_no for c in year)
    assert len({r["berkas"] for r in rows}) == len(rows)
    assert not list(folder.glob(".tmp-*"))
    assert verify(folder).ok
    again = make_archive(users["admin"], 2026, folder, converter=converter)
    assert again.written == 0 and manifest_rows(folder) == rows


def test_only_an_administrator_archives_checked_at_each_write(year, users, tmp_path,
                                                              converter):
    with pytest.raises(NotPermitted):
        make_archive(users["kasubag_pphti"], 2026, tmp_path / "a", converter=converter)
    admin = users["admin"]  # the object as loaded at login: still says is_admin

    def demote(done, _total):
        if done == 1:  # another workstation takes the right away mid-run
            _demote(admin)

    with pytest.raises(NotPermitted):
        make_archive(admin, 2026, tmp_path / "b", converter=converter, progress=demote)
    assert len((tmp_path / "b" / ".jurnal.jsonl").read_text().splitlines()) == 1


def _demote(user):
    from app.store.models import User

    User.update(is_admin=False).where(User.id == user.id).execute()


def test_a_folder_of_something_else_is_refused(year, users, tmp_path, converter):
    other = tmp_path / "dokumen"
    other.mkdir()
    (other / "dokumen-lain.txt").write_text("jangan dihapus")
    with pytest.raises(ArchiveError):
        make_archive(users["admin"], 2026, other, converter=converter)
    assert [p.name for p in other.iterdir()] == ["dokumen-lain.txt"]  # nothing added
    make_archive(users["admin"], 2026, tmp_path / "arsip", converter=converter)
    with pytest.raises(ArchiveError):
        make_archive(users["admin"], 2025, tmp_path / "arsip", converter=converter)


def test_closed_in_reads_the_year_in_batches(year, monkeypatch):
    from app.naskah.berkas import arsip

    monkeypatch.setattr(arsip, "BATCH", 1)
    assert list(closed_in(2026)) == [c.id for c in year]
    assert list(closed_in(2025)) == []


def test_a_folder_in_use_by_another_run_is_refused_and_left_alone(year, users, tmp_path,
                                                                  converter):
    from app.files.exclusive import exclusive

    folder = tmp_path / "arsip"
    folder.mkdir()
    (folder / ".arsip-pengaduan").write_text('{"tahun": 2026}')  # the other run's archive
    (folder / "setengah").mkdir()  # what the other run is writing: not to be cleaned up
    with exclusive(folder), pytest.raises(ArchiveError, match="sedang dipakai"):
        make_archive(users["admin"], 2026, folder, converter=converter)
    assert (folder / "setengah").is_dir()
