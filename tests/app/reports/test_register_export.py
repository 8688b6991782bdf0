"""The register export, app-level (no Qt): the rows asked for, in the order asked, as CSV or
XLSX with the register's columns, read back from the file; a confidential reporter masked for
a lane that may not see them."""

from __future__ import annotations

import csv

import pytest

from app.reports import register_export
from app.services import workflow
from app.store.models import User
from tests.app.attachment_files import named_pdf
from tests.conftest import T0, complaint_input, pelapor_input

HEADER = ["Nomor Register", "Diterima", "Pelapor", "Terlapor", "Langkah / Posisi",
          "Batas Waktu", "Keadaan", "Ringkasan"]
MASKED = "(dirahasiakan)"


def _register(users, confidentiality: str, name: str, summary: str):
    return workflow.register_complaint(
        User.get_by_id(users["kasubag_pphti"].id),
        complaint_input(confidentiality=confidentiality, summary=summary),
        pelapor_input(name=name), attachments=[("surat", "s.pdf", named_pdf("surat"))], at=T0)


def _read(path) -> list[list[str]]:
    if path.suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return list(csv.reader(handle, delimiter=";"))
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    assert book.sheetnames == ["Register Pengaduan"]
    rows = [["" if v is None else v for v in r]
            for r in book.active.iter_rows(values_only=True)]
    book.close()
    return rows


@pytest.fixture
def complaints(users):
    """An ordinary complaint and a confidential one, both at step 2 (Kakanwil)."""
    return (_register(users, "biasa", "Budi Santoso", "Antrean paspor lama"),
            _register(users, "rahasia", "Pelapor Rahasia", "Pungutan pada kunjungan"))


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
@pytest.mark.parametrize(("lane", "sees_reporter"), [("kabag_p2", False),
                                                     ("kasubag_pphti", True)])
def test_export_view_writes_the_rows_asked_for_with_the_reporter_masked(
        users, sop, complaints, tmp_path, monkeypatch, suffix, lane, sees_reporter):
    ordinary, secret = complaints
    lanes = {s.key: s.name for s in sop.lanes}
    monkeypatch.setattr(register_export, "CHUNK", 2)  # two pages: the order must hold
    progress = []
    target = tmp_path / f"register.{suffix}"
    ids = [secret.id, 999_999, ordinary.id]  # a row deleted meanwhile is left out
    written = register_export.export_view(target, ids, User.get_by_id(users[lane].id), lanes,
                                          lambda done, total: progress.append((done, total)))
    assert written == 2
    assert progress == [(2, 3), (3, 3)]
    rows = _read(target)
    assert rows[0] == HEADER == register_export.header_titles()
    assert [r[0] for r in rows[1:]] == [secret.register_no, ordinary.register_no]
    by_summary = {r[7]: r for r in rows[1:]}
    hidden = by_summary["Pungutan pada kunjungan"]
    assert hidden[2] == ("Pelapor Rahasia" if sees_reporter else MASKED)
    assert by_summary["Antrean paspor lama"][2] == "Budi Santoso"
    for row in rows[1:]:
        assert row[1] == "Rab, 25-11-2026"  # the one date form, as on the screen
        assert row[3] == "Lapas Kelas IIA Pangkalpinang"
        assert row[4] == f"2 \u00b7 {lanes['kakanwil']}"
    if not sees_reporter:
        assert not any("Pelapor Rahasia" in str(value) for row in rows for value in row)


def test_the_columns_the_screen_treats_apart_are_where_they_say():
    titles = [c.title for c in register_export.REGISTER_COLUMNS]
    assert titles[register_export.SUMMARY_COLUMN] == "Ringkasan"
    assert [titles[i] for i in register_export.STATE_COLUMNS] == ["Batas Waktu", "Keadaan"]
