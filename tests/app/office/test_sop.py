"""The SOP file: the office's transcription loads, and every mistake is reported precisely."""

import pytest

from app.errors import SopError
from app.office.sop import load_sop, parse_sop
from app.paths import default_sop_path

SMALL = """
[identitas]
nomor = "X-1"
nama = "UJI"
[[pelaksana]]
kode = "a"
nama = "A"
[[pelaksana]]
kode = "b"
nama = "B"
[kelengkapan.surat]
nama = "Surat"
bukti = ["catatan"]
[[langkah]]
no = 1
pelaksana = "a"
aktivitas = "Satu"
kelengkapan = "surat"
menit = 10
[[langkah]]
no = 2
pelaksana = "b"
aktivitas = "Dua"
kelengkapan = "surat"
menit = 20
[[alur]]
dari = 1
ke = 2
[[alur]]
dari = 2
ke = "selesai"
"""

UNREACHABLE = """
[[langkah]]
no = 3
pelaksana = "a"
aktivitas = "Tiga"
kelengkapan = "surat"
menit = 5
[[alur]]
dari = 3
ke = "selesai"
"""


def test_office_sop_has_fourteen_steps_and_290_minutes():
    sop = load_sop(default_sop_path())
    assert [s.no for s in sop.steps] == list(range(1, 15))
    assert sop.total_minutes == 290
    assert sop.number == "W.7-OT.01.02-566"
    assert sop.identity["disahkan_nip"] == "196202191986031002"
    assert [lane.name for lane in sop.lanes] == [
        "Divisi Terkait", "Kakanwil", "Kadiv", "Kabag P2", "Kasubag PPHTI", "Pelapor"]
    assert sop.step(5).minutes == 60 and sop.step(5).can_hold
    assert sop.acting_lane(1) == "kasubag_pphti"  # the operator registers for the Pelapor


def test_the_official_who_receives_the_draft_returns_it_never_its_sender():
    sop = load_sop(default_sop_path())
    for no in (8, 9):  # Kabag P2 receives it at 8, the Kadiv at 9 (the Kakanwil within 9)
        assert sop.revision_targets(no) == (6,)
    assert all(sop.revision_targets(no) == () for no in (1, 2, 5, 6, 7, 10, 14))
    assert sop.forward_of(14).target is None


def test_the_kakanwil_signs_in_a_sub_step_of_step_9_within_its_standard():
    sop = load_sop(default_sop_path())
    step = sop.step(9)
    assert [(p.lane, p.minutes, p.produces) for p in step.parts] == [
        ("kakanwil", 10, "tanda_tangan")]
    assert step.minutes == 15 and step.own_minutes == 5  # the Kadiv's share
    assert (sop.acting_lane(9), sop.acting_lane(9, 1)) == ("kadiv", "kakanwil")
    assert sop.total_minutes == 290  # the SOP's times are unchanged


def test_every_step_names_what_it_produces():
    sop = load_sop(default_sop_path())
    assert {s.no: s.produces for s in sop.steps} == {
        1: None, 2: "disposisi", 3: "disposisi", 4: "disposisi", 5: "telaahan",
        6: "nota_dinas", 7: "paraf", 8: "paraf", 9: "paraf", 10: "jawaban",
        11: "disposisi", 12: "disposisi", 13: "disposisi", 14: "penyampaian"}
    assert sop.step_of_output("tanda_tangan").no == 9


def test_a_wrong_sub_step_or_product_is_reported():
    text = SMALL.replace('[[alur]]', '[[langkah.bagian]]\npelaksana = "tidak_ada"\n'
                         'aktivitas = "x"\nmenit = 99\nhasil = "puisi"\n\n[[alur]]', 1)
    reasons = " | ".join(reason for _source, _key, reason in _problems(text))
    assert "tidak_ada" in reasons and "puisi" in reasons
    assert "lebih kecil" in reasons


def test_small_sop_is_valid():
    assert parse_sop(SMALL, "kecil.toml").total_minutes == 30


def _problems(text):
    with pytest.raises(SopError) as info:
        parse_sop(text, "rusak.toml")
    assert "rusak.toml" in str(info.value)
    return info.value.problems


@pytest.mark.parametrize("broken, key, reason", [
    (SMALL.replace('pelaksana = "b"', 'pelaksana = "x"'), "langkah[1].pelaksana", "tidak dikenal"),
    (SMALL.replace("no = 2", "no = 1"), "langkah[1].no", "ganda"),
    (SMALL.replace("menit = 20", "menit = -5"), "langkah[1].menit", "negatif"),
    (SMALL.replace("menit = 20\n", ""), "langkah[1].menit", "wajib"),
    (SMALL.replace('ke = "selesai"', "ke = 9"), "alur[1].ke", "tidak ada"),
    (SMALL + UNREACHABLE, "langkah[2]", "tidak dapat dicapai"),
    (SMALL.replace('kelengkapan = "surat"\nmenit = 20', 'kelengkapan = "foto"\nmenit = 20'),
     "langkah[1].kelengkapan", "tidak dikenal"),
    (SMALL.replace('nomor = "X-1"\n', ""), "identitas.nomor", "wajib"),
    ("[identitas\n", "", "TOML"),
], ids=["unknown-lane", "duplicate-step", "negative-time", "missing-time",
        "transition-to-nowhere", "unreachable-step", "unknown-kelengkapan", "missing-identity",
        "not-toml"])
def test_each_mistake_names_file_key_and_reason(broken, key, reason):
    problems = _problems(broken)
    assert any(p[0] == "rusak.toml" and p[1] == key and reason in p[2] for p in problems), \
        problems


def test_entries_that_are_not_tables_are_problems_not_crashes():
    text = 'pelaksana = ["a"]\nlangkah = [1]\nalur = ["x"]\nkelengkapan = 3\n'
    problems = {key: reason for _source, key, reason in _problems(text)}
    for key in ("pelaksana[0]", "langkah[0]", "alur[0]", "kelengkapan"):
        assert "harus berupa tabel" in problems[key]
    broken = SMALL.replace("[kelengkapan.surat]", "[kelengkapan]\nsurat = 1\n[kelengkapan.x]")
    assert any(key == "kelengkapan.surat" for _s, key, _r in _problems(broken))


def test_every_problem_is_reported_at_once():
    broken = SMALL.replace("menit = 20", "menit = -5").replace('pelaksana = "b"',
                                                                'pelaksana = "x"')
    keys = {p[1] for p in _problems(broken)}
    assert {"langkah[1].menit", "langkah[1].pelaksana"} <= keys


def test_unreadable_file_is_reported(tmp_path):
    with pytest.raises(SopError, match="tidak dapat dibaca"):
        load_sop(tmp_path / "tidak-ada.toml")
