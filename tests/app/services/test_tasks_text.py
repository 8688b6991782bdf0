"""Tugas Saya says what to do: the action of every step and sub-step read from the SOP, who
handed the complaint on with what instruction (a disposition's text, a return's reason),
and the time left, on SQLite and PostgreSQL."""

import datetime as dt

from app.office.sop import load_sop
from app.office.task_text import action_text
from app.paths import default_sop_path
from app.services import tasks, workflow
from tests.conftest import T0, advance_to

MIN = dt.timedelta(minutes=1)

EXPECTED = {
    (1, 0): "Registrasikan pengaduan",
    (2, 0): "Beri disposisi tindak lanjut ke Kadiv",
    (4, 0): "Beri disposisi tindak lanjut ke Kasubag PPHTI",
    (5, 0): "Telaah dan buat hasil telaahan",
    (6, 0): "Buat konsep nota dinas",
    (7, 0): "Paraf konsep nota dinas, kirim ke Kabag P2",
    (8, 0): "Koreksi dan paraf nota dinas, kirim ke Kadiv",
    (9, 0): "Koreksi dan paraf nota dinas, kirim ke Kakanwil",
    (9, 1): "Koreksi dan tanda tangani nota dinas",
    (10, 0): "Buat jawaban (laporan/press release)",
    (11, 0): "Disposisi penyampaian jawaban ke Kadiv",
    (14, 0): "Sampaikan jawaban kepada pelapor",
}


def test_every_step_and_sub_step_has_an_action_from_the_sop():
    sop = load_sop(default_sop_path())
    for (no, part), text in EXPECTED.items():
        assert action_text(sop, no, part) == text
    assert action_text(sop, 6, pass_no=2) == "Perbaiki konsep nota dinas"
    # Never the bare step number or the button's label.
    for step in sop.steps:
        for part in range(len(step.parts) + 1):
            text = action_text(sop, step.no, part)
            assert "Langkah" not in text and text != step.label_of(part)


def test_a_task_says_what_to_do_who_sent_it_and_how_long_is_left(registered, users):
    c = advance_to(registered, users, 5, note="Disposisi langkah {no}: segera telaah.")
    at = T0 + 30 * MIN
    [item] = tasks.my_task_items(users["kasubag_pphti"], at=at)
    assert item.action == "Telaah dan buat hasil telaahan"
    assert item.instruction.lane == "Kabag P2"
    assert item.instruction.by == "Kabag P2"  # the test account's full name
    assert item.instruction.note == "Disposisi langkah 4: segera telaah."
    assert not item.instruction.returned
    assert tasks.instruction_text(item.instruction) == (
        "Dari Kabag P2 (Kabag P2): \u201cDisposisi langkah 4: segera telaah.\u201d")
    assert item.step_minutes_left is not None and item.step_minutes_left > 0
    assert tasks.instruction_of(users["kasubag_pphti"], c.id) == item.instruction
    assert tasks.current_action(c.id) == item.action
    # The Kakanwil's share of step 9 (9b): signing, sent on by the Kadiv.
    c = advance_to(c, users, 9, note="Paraf langkah {no}.")
    c = workflow.forward(users["kadiv"], c.id, expected_version=c.row_version,
                         note="Mohon ditandatangani.", at=T0 + 90 * MIN)
    [item] = tasks.my_task_items(users["kakanwil"], at=T0 + 91 * MIN)
    assert (item.row.step_no, item.action) == (9, "Koreksi dan tanda tangani nota dinas")
    assert tasks.instruction_text(item.instruction) == (
        "Dari Kadiv (Kadiv): \u201cMohon ditandatangani.\u201d")


def test_a_returned_draft_says_revise_with_the_reason(registered, users):
    c = advance_to(registered, users, 8, note="Langkah {no}.")
    c = workflow.return_for_revision(users["kabag_p2"], c.id, expected_version=c.row_version,
                                     note="Perbaiki dasar hukum\npada paragraf kedua.",
                                     at=T0 + 80 * MIN)
    [item] = [i for i in tasks.my_task_items(users["kasubag_pphti"], at=T0 + 81 * MIN)
              if i.row.id == c.id]
    assert item.action == "Perbaiki konsep nota dinas"
    assert item.instruction.returned
    assert tasks.instruction_text(item.instruction) == (
        "Dikembalikan oleh Kabag P2 (Kabag P2): \u201cPerbaiki dasar hukum pada paragraf "
        "kedua.\u201d")


def test_the_first_disposition_names_who_registered_it(registered, users):
    [item] = tasks.my_task_items(users["kakanwil"], at=T0 + MIN)
    assert item.action == "Beri disposisi tindak lanjut ke Kadiv"
    # Step 1 is the complainant's lane, acted for by the operator who registered it.
    assert item.instruction.lane == "Kasubag PPHTI" and item.instruction.note == ""
    assert tasks.instruction_text(item.instruction) == "Dari Kasubag PPHTI (Kasubag Pphti)"
