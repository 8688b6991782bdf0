"""Naskah numbers per type and year across the year's end: a number is unique within its
type's year, so the ministry's patterns without a year (`W.7-UM.01.01-1`) restart at 1 in
January instead of being refused; a number typed from the agenda obeys the same rule; a
true duplicate within a year is refused and leaves the counter as it was."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import DocumentError, ValidationError
from app.naskah import versions
from app.services import accounts, settings, workflow
from app.store.models import Complaint, Counter
from tests.app.attachment_files import named_pdf
from tests.app.naskah.reading import texts
from tests.conftest import T0, advance_to, complaint_input, pelapor_input

CLI = accounts.COMMAND_LINE

DEC_31 = dt.datetime(2026, 12, 31, 10, 0)
JAN_2 = dt.datetime(2027, 1, 2, 9, 0)
JAN_4 = dt.datetime(2027, 1, 4, 9, 0)
TYPES = ("nota_dinas", "surat_tanggapan", "tanda_terima")
# Where the SOP makes each type (the nota dinas is drafted at 6, the answer from 10; the
# receipt at any step), and when the complaints are moved there.
WHERE = {"nota_dinas": (6, T0 + dt.timedelta(hours=1)),
         "surat_tanggapan": (10, T0 + dt.timedelta(days=1)),
         "tanda_terima": (10, T0 + dt.timedelta(days=1))}


def _complaints(users, n):
    return [workflow.register_complaint(
        users["kasubag_pphti"], complaint_input(received_at=T0 + dt.timedelta(minutes=i)),
        pelapor_input(), attachments=[("surat", "s.pdf", named_pdf("surat"))],
        at=T0 + dt.timedelta(minutes=i)).id for i in range(n)]


def _at_step(users, ids, step_no, at):
    """Move each complaint forward to `step_no` (from `at` on); their ids."""
    return [advance_to(Complaint.get_by_id(cid), users, step_no, at).id for cid in ids]


def _across_the_years_end(users):
    """Two documents of each type on 31 December, the first one revised on 2 January
    (keeping December's number), then two of each type in the new year."""
    ids = _complaints(users, 4)
    made = {}
    for doc_type in TYPES:
        a, b, c, d = ids = _at_step(users, ids, *WHERE[doc_type])
        december = [versions.generate(CLI, cid, doc_type, at=DEC_31) for cid in (a, b)]
        revised = versions.generate(CLI, a, doc_type, at=JAN_2)
        assert (revised.version, revised.number) == (2, december[0].number)
        january = [versions.generate(CLI, cid, doc_type, at=at)
                   for cid, at in ((c, JAN_2), (d, JAN_4))]
        made[doc_type] = [x.number for x in december + january]
    return made


def test_each_types_first_number_of_the_new_year_is_one_with_the_default_patterns(users):
    assert settings.current().document_patterns["nota_dinas"] == \
        "{office_code}-{classification}-{seq}"  # as the ministry writes it: no year
    made = _across_the_years_end(users)
    assert made["nota_dinas"] == ["W.7-UM.01.01-1", "W.7-UM.01.01-2",
                                  "W.7-UM.01.01-1", "W.7-UM.01.01-2"]
    assert made["surat_tanggapan"] == ["W.7-HM.02.01-1", "W.7-HM.02.01-2",
                                       "W.7-HM.02.01-1", "W.7-HM.02.01-2"]
    assert made["tanda_terima"] == ["0001/TT-PENGADUAN/XII/2026", "0002/TT-PENGADUAN/XII/2026",
                                    "0001/TT-PENGADUAN/I/2027", "0002/TT-PENGADUAN/I/2027"]
    counters = {(c.name, c.year): c.value for c in Counter.select()
                if c.name.startswith("dok:")}
    assert counters == {(f"dok:{t}", y): 2 for t in TYPES for y in (2026, 2027)}


def test_a_custom_pattern_without_a_year_restarts_at_one_each_year(users):
    patterns = dict(settings.current().document_patterns, nota_dinas="ND-{seq:03d}",
                    surat_tanggapan="{office_code}/ST/{seq}", tanda_terima="TT.{seq}")
    settings.put("document_patterns", patterns, actor=accounts.COMMAND_LINE)
    made = _across_the_years_end(users)
    assert made == {"nota_dinas": ["ND-001", "ND-002", "ND-001", "ND-002"],
                    "surat_tanggapan": ["W.7/ST/1", "W.7/ST/2", "W.7/ST/1", "W.7/ST/2"],
                    "tanda_terima": ["TT.1", "TT.2", "TT.1", "TT.2"]}


def test_a_number_from_the_agenda_obeys_the_same_rule(users):
    a, b, c, d = _at_step(users, _complaints(users, 4), *WHERE["nota_dinas"])
    # Last year's number may come again this year; the printed number is the stored one.
    old = versions.generate(CLI, a, "nota_dinas", at=DEC_31, number="W.7-UM.01.01-1473")
    again = versions.generate(CLI, b, "nota_dinas", at=JAN_4,
                              extra={"nomor": "W.7-UM.01.01-1473"})
    assert old.number == again.number == "W.7-UM.01.01-1473"
    assert "NOMOR W.7-UM.01.01-1473" in texts(again)
    # Within the same year it is a duplicate, whoever has it.
    with pytest.raises(DocumentError, match="W.7-UM.01.01-1473 sudah dipakai oleh Nota "
                                            "Dinas lain pada tahun 2027"):
        versions.generate(CLI, c, "nota_dinas", at=JAN_4, number="W.7-UM.01.01-1473")
    # A revision keeps its number; another number is refused.
    with pytest.raises(DocumentError, match="sudah bernomor W.7-UM.01.01-1473"):
        versions.generate(CLI, b, "nota_dinas", at=JAN_4, number="W.7-UM.01.01-9")
    assert versions.generate(CLI, b, "nota_dinas", at=JAN_4).number == "W.7-UM.01.01-1473"
    # The counter skips a number the agenda gave out by hand.
    versions.generate(CLI, c, "nota_dinas", at=JAN_4, number="W.7-UM.01.01-1")
    assert versions.generate(CLI, d, "nota_dinas", at=JAN_4).number == "W.7-UM.01.01-2"
    with pytest.raises(DocumentError, match="satu baris"):  # the receipt: any step
        versions.generate(CLI, d, "tanda_terima", at=JAN_4, number="W.7\nHM")


def test_a_true_duplicate_within_a_year_is_refused_and_the_counter_stays_usable(users):
    # a at step 6 (the nota dinas), b at step 5 (the telaahan, then its nota dinas at 6).
    a, b = _complaints(users, 2)
    (a,) = _at_step(users, [a], *WHERE["nota_dinas"])
    (b,) = _at_step(users, [b], 5, T0 + dt.timedelta(hours=1))
    first = versions.generate(CLI, a, "nota_dinas", at=JAN_2)
    assert first.number == "W.7-UM.01.01-1"
    # Two types made to print the same numbers: refused, nothing stored, nothing counted.
    patterns = dict(settings.current().document_patterns,
                    hasil_telaahan=settings.current().document_patterns["nota_dinas"])
    classes = dict(settings.current().document_classification, hasil_telaahan="UM.01.01")
    settings.put("document_patterns", patterns, actor=accounts.COMMAND_LINE)
    settings.put("document_classification", classes, actor=accounts.COMMAND_LINE)
    for _attempt in range(3):
        with pytest.raises(DocumentError, match="W.7-UM.01.01-1 sudah dipakai oleh Nota Dinas "
                                                "lain pada tahun 2027"):
            versions.generate(CLI, b, "hasil_telaahan", at=JAN_4)
    assert Counter.get_or_none(name="dok:hasil_telaahan", year=2027) is None
    # Put right, the type's numbering starts where it should, and the other type's too.
    patterns["hasil_telaahan"] = "{seq:04d}/TELAAH-PENGADUAN/{month_roman}/{year}"
    settings.put("document_patterns", patterns, actor=accounts.COMMAND_LINE)
    assert versions.generate(CLI, b, "hasil_telaahan", at=JAN_4).number == \
        "0001/TELAAH-PENGADUAN/I/2027"
    (b,) = _at_step(users, [b], 6, T0 + dt.timedelta(hours=2))
    assert versions.generate(CLI, b, "nota_dinas", at=JAN_4).number == "W.7-UM.01.01-2"


@pytest.mark.parametrize("key, value, reason", [
    ("document_patterns", {"nota_dinas": "{office_code}-{classification}"}, "tidak memuat {seq}"),
    ("document_patterns", {"nota_dinas": "{seq}/{nomor_surat}"}, "tidak dikenal: {nomor_surat}"),
    ("document_patterns", {"nota_dinas": "{seq"}, "tidak dapat dibaca"),
    ("document_patterns", {"nota_dinas": "{seq:abc}"}, "tidak dapat diisi"),
    ("document_patterns", {"nota_dinas": "{}-{seq}"}, "tidak dikenal: {}"),
    ("document_patterns", {"surat_cinta": "{seq}"}, "jenis naskah tidak dikenal: surat_cinta"),
    ("document_patterns", {"nota_dinas": 12}, "harus berupa teks"),
    ("register_pattern", "{seq:04d}/PENGADUAN", "tidak memuat {year}"),
    ("register_pattern", "{seq:04d}/{register_no}/{year}", "tidak dikenal: {register_no}"),
])
def test_a_pattern_that_cannot_number_is_refused_when_saved(db, key, value, reason):
    with pytest.raises(ValidationError, match="tidak valid") as refused:
        settings.put(key, value, actor=accounts.COMMAND_LINE)
    assert reason in str(refused.value)
    assert refused.value.field == key
    assert settings.current() == settings.OfficeSettings()  # nothing stored
