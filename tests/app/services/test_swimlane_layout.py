"""The swimlane chart as data (no Qt): table order, lanes, symbols, states, loops."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.office.sop import FORWARD, REVISION, load_sop
from app.paths import default_sop_path
from app.services import swimlane as sl
from app.services import workflow
from tests.app.swimlane_cases import advance_to, loop_case
from tests.conftest import T0, provide_kelengkapan

OTHER_SOP = Path(__file__).parents[1] / "data" / "sop_other.toml"


@pytest.fixture
def office_sop():
    return load_sop(default_sop_path())


# --------------------------------------------------------------------------- blank SOP

LABELS = [str(n) for n in range(1, 10)] + ["9b"] + [str(n) for n in range(10, 15)]


def test_rows_follow_the_sop_table_in_order(office_sop):
    chart = sl.blank_chart(office_sop)
    assert [row.step_no for row in chart.rows] == [*range(1, 10), 9, *range(10, 15)]
    assert [row.label for row in chart.rows] == LABELS
    assert [row.index for row in chart.rows] == list(range(15))
    assert all(row.state == sl.BLANK for row in chart.rows)


def test_the_kakanwils_share_of_step_9_is_a_row_of_its_own_timed_within_step_9(office_sop):
    chart = sl.blank_chart(office_sop)
    kadiv, kakanwil = chart.row_of(9), chart.row_of(9, 1)
    assert kakanwil.index == kadiv.index + 1 and kakanwil.part == 1
    assert chart.lane_column(kadiv.lane_index).key == "kadiv"
    assert chart.lane_column(kakanwil.lane_index).key == "kakanwil"
    assert kakanwil.activity == "Kakanwil mengoreksi dan menandatangani nota dinas"
    assert (kadiv.waktu, kakanwil.waktu) == ("5 menit", "10 menit")
    shares = "Waktu langkah 9: 15 menit (Kadiv 5, Kakanwil 10)"
    assert shares in kadiv.keterangan and shares in kakanwil.keterangan
    assert any(line.startswith("Langkah 9b — Kakanwil") for line in kakanwil.details)
    # The whole table still adds up to the SOP's 290 minutes.
    assert sum(int(row.waktu.split()[0]) for row in chart.rows) == office_sop.total_minutes


def test_each_step_sits_in_its_lanes_column(office_sop):
    chart = sl.blank_chart(office_sop)
    for row in chart.rows:
        column = chart.lane_column(row.lane_index)
        assert column.key == row.step.lane_of(row.part)
        assert column.group == sl.GROUP_LANES
    assert chart.lane_column(chart.row_of(1).lane_index).title == "Pelapor"
    assert chart.lane_column(chart.row_of(10).lane_index).title == "Divisi Terkait"


def test_columns_are_in_the_permenpan_order(office_sop):
    chart = sl.blank_chart(office_sop)
    keys = [c.key for c in chart.columns]
    lanes = [lane.key for lane in office_sop.lanes]
    assert keys == ["no", "aktivitas", *lanes, sl.TRACKS_KEY, "kelengkapan", "waktu",
                    "output", "keterangan"]
    for left, right in zip(chart.columns, chart.columns[1:], strict=False):
        assert left.right == pytest.approx(right.x)
    assert {c.key for c in chart.columns if c.group == sl.GROUP_MUTU} == {
        "kelengkapan", "waktu", "output"}


def test_symbols_are_capsules_rectangles_and_diamonds_where_the_sop_has_a_choice(office_sop):
    chart = sl.blank_chart(office_sop)
    symbols = {row.label: row.symbol for row in chart.rows}
    assert symbols["1"] == sl.START
    assert symbols["14"] == sl.END
    # The receiving official decides a return: Kabag P2 (8), the Kadiv (9), the Kakanwil
    # (9b); the drafter's own step 7 has no choice.
    assert [no for no, s in symbols.items() if s == sl.DECISION] == ["8", "9", "9b"]
    assert all(symbols[str(no)] == sl.PROCESS for no in (2, 3, 4, 5, 6, 7, 10, 11, 12, 13))


def test_mutu_baku_and_keterangan_come_from_the_sop(office_sop):
    chart = sl.blank_chart(office_sop)
    review = chart.row_of(5)
    assert (review.kelengkapan, review.waktu, review.output) == (
        "Berkas laporan", "60 menit", "Hasil telaahan")
    assert any("ditunda" in line for line in review.keterangan)
    assert chart.row_of(8).keterangan == ("Tidak (perlu perbaikan): kembali ke langkah 6",)
    assert chart.row_of(9, 1).keterangan[-1] == "Tidak (perlu perbaikan): kembali ke langkah 6"
    assert chart.row_of(2).keterangan == () and chart.row_of(7).keterangan == ()


def test_forward_arrows_join_consecutive_rows_and_loops_nest(office_sop):
    chart = sl.blank_chart(office_sop)
    forward = [(a.source, a.target) for a in chart.arrows if a.kind == FORWARD]
    assert forward == [(i, i + 1) for i in range(14)]  # 9 -> 9b -> 10 included
    loops = sorted((a.track, a.source, a.target) for a in chart.arrows if a.kind == REVISION)
    # Shortest loop innermost, so the three loops back to step 6 (from 8, 9 and 9b) never
    # cross.
    assert loops == [(0, 7, 5), (1, 8, 5), (2, 9, 5)]
    assert chart.loop_tracks == 3
    xs = [chart.track_x(t) for t in range(3)]
    tracks = chart.column(sl.TRACKS_KEY)
    assert tracks.x < xs[0] < xs[1] < xs[2] < tracks.right
    assert tracks.x >= max(c.right for c in chart.columns if c.lane_index is not None)


def test_identity_names_the_sop():
    chart = sl.blank_chart(load_sop(default_sop_path()))
    identity = dict(chart.identity)
    assert identity["Nomor SOP"] == "W.7-OT.01.02-566"
    assert identity["Tgl. efektif"] == "2 Januari 2020"
    assert chart.title == "Flowchart SOP Layanan Pengaduan Masyarakat"
    assert chart.register_no is None and chart.blank


def test_another_sop_file_draws_another_chart_with_no_code_change():
    other = load_sop(OTHER_SOP)
    chart = sl.blank_chart(other)
    assert [c.title for c in chart.columns if c.lane_index is not None] == [
        "Pemohon Informasi", "Petugas PPID", "Kasi Binadik", "Kalapas"]
    assert [row.step_no for row in chart.rows] == [1, 2, 3, 4, 5, 6]
    assert [row.symbol for row in chart.rows] == [
        sl.START, sl.PROCESS, sl.PROCESS, sl.PROCESS, sl.DECISION, sl.END]
    assert [(a.source, a.target, a.track) for a in chart.arrows if a.kind == REVISION] == [
        (4, 3, 0)]
    assert chart.title == "Flowchart SOP Layanan Permohonan Informasi Publik"
    # The loop leaves from the last lane: its column leaves room for the "Tidak" label.
    assert chart.column(sl.TRACKS_KEY).width >= sl.LABEL_ROOM


# --------------------------------------------------------------------------- a complaint

def test_halfway_steps_are_done_current_and_waiting(users, registered):
    opened = advance_to(users, registered.id, 4, T0)
    chart = sl.complaint_chart(registered.id, at=opened + dt.timedelta(minutes=5))
    states = [row.state for row in chart.rows]
    assert states == [sl.DONE] * 3 + [sl.CURRENT] + [sl.WAITING] * 11
    kakanwil = chart.row_of(2)
    assert kakanwil.waktu_note == "realisasi 10 mnt" and kakanwil.late_minutes == 0
    assert kakanwil.keterangan == ("Kakanwil, 25-11 08.00–08.10 (10 mnt)",)
    current = chart.row_of(4)
    assert current.remaining_minutes == pytest.approx(10)
    assert current.waktu_note == "sisa 10 mnt"
    assert chart.register_no == registered.register_no
    assert chart.summary[0] == "Status: Dalam proses — langkah 4"


def test_overdue_step_says_by_how_much_working_time(users, registered):
    # Step 2 (10 minutes) opened at 08:00 and nobody acted; at 08:45 it is 35 minutes late.
    chart = sl.complaint_chart(registered.id, at=T0 + dt.timedelta(minutes=45))
    row = chart.row_of(2)
    assert row.state == sl.OVERDUE
    assert row.late_minutes == pytest.approx(35)
    assert row.waktu_note == "lewat 35 mnt"
    assert "Terlambat 35 mnt (batas 25-11 08.10)" in row.keterangan
    assert any("Terlambat 35 mnt kerja" in line for line in row.details)


def test_lunch_break_does_not_count_as_late(users, registered):
    start = T0.replace(hour=11, minute=50)
    workflow.forward(users["kakanwil"], registered.id, note="Proses", at=start)
    # Step 3 (15 min): 10 minutes before the 12:00 break, 5 after 13:00; due 13:05.
    row = sl.complaint_chart(registered.id, at=T0.replace(hour=13, minute=20)).row_of(3)
    assert row.state == sl.OVERDUE
    assert row.late_minutes == pytest.approx(15)


def test_done_late_shows_the_time_taken_against_the_standard(users, registered):
    workflow.forward(users["kakanwil"], registered.id, note="Proses",
                     at=T0 + dt.timedelta(minutes=25))
    row = sl.complaint_chart(registered.id, at=T0 + dt.timedelta(minutes=26)).row_of(2)
    assert row.state == sl.DONE
    assert row.late_minutes == pytest.approx(15)
    assert row.waktu_note == "realisasi 25 mnt"
    assert any("lebih 15 mnt" in line for line in row.details)


def test_held_step_is_on_hold_and_the_wait_is_listed(users, registered):
    opened = advance_to(users, registered.id, 5, T0)
    held_at = opened + dt.timedelta(minutes=20)
    workflow.hold(users["kasubag_pphti"], registered.id, reason="Menunggu kronologi",
                  at=held_at)
    chart = sl.complaint_chart(registered.id, at=held_at + dt.timedelta(hours=3))
    row = chart.row_of(5)
    assert row.state == sl.ON_HOLD
    assert row.waktu_note == "jam berhenti"
    assert any(line.startswith("Ditunda 25-11") and "Menunggu kronologi" in line
               for line in row.keterangan)
    # Resumed next morning and finished: the night and the wait are not working time.
    resumed = T0.replace(day=26, hour=9)
    workflow.resume(users["kasubag_pphti"], registered.id, at=resumed)
    provide_kelengkapan(registered, 5, users["kasubag_pphti"], resumed.replace(minute=39))
    workflow.forward(users["kasubag_pphti"], registered.id, at=resumed.replace(minute=40))
    row = sl.complaint_chart(registered.id, at=resumed.replace(minute=41)).row_of(5)
    assert row.state == sl.DONE
    (review,) = row.passes
    assert review.working_minutes == pytest.approx(60)
    assert len(review.holds) == 1 and review.holds[0].ended_at == resumed


def test_revision_loops_are_counted_and_every_pass_listed(users, registered):
    opened = loop_case(users, registered.id, T0)
    chart = sl.complaint_chart(registered.id, at=opened + dt.timedelta(minutes=1))
    loops = {(chart.rows[a.source].label, chart.rows[a.target].label): a
             for a in chart.arrows if a.kind == REVISION}
    assert sorted(loops) == [("8", "6"), ("9", "6"), ("9b", "6")]
    assert loops[("8", "6")].count == 1 and loops[("8", "6")].taken
    assert loops[("9", "6")].count == 1 and loops[("9", "6")].taken
    assert loops[("9b", "6")].count == 0 and not loops[("9b", "6")].taken
    drafting = chart.row_of(6)
    assert [p.pass_no for p in drafting.passes] == [1, 2, 3]
    assert [line[:5] for line in drafting.keterangan] == ["Ke-1:", "Ke-2:", "Ke-3:"]
    assert drafting.waktu_note == "3 putaran, 1 j 15 mnt"
    kabag = chart.row_of(8)
    assert kabag.returns == 1
    assert "dikembalikan: Dasar hukum belum dicantumkan" in kabag.keterangan[0]
    assert [row.state for row in chart.rows[:11]] == [sl.DONE] * 11
    assert chart.row_of(11).state == sl.CURRENT


def test_steps_after_a_return_wait_again_with_their_first_pass_kept(users, registered):
    at = advance_to(users, registered.id, 8, T0) + dt.timedelta(minutes=10)
    workflow.return_for_revision(users["kabag_p2"], registered.id, note="Ulangi", at=at)
    chart = sl.complaint_chart(registered.id, at=at + dt.timedelta(minutes=1))
    assert chart.row_of(6).state == sl.CURRENT
    assert chart.row_of(7).state == sl.WAITING and len(chart.row_of(7).passes) == 1
    assert chart.row_of(8).state == sl.WAITING
    assert chart.row_of(8).keterangan[0].endswith("dikembalikan: Ulangi")


def test_closed_complaint_is_done_throughout(users, registered):
    from app.store.models import Complaint

    at = advance_to(users, registered.id, 14, T0)
    from tests.app.swimlane_cases import forward_current

    forward_current(users, registered.id, at + dt.timedelta(minutes=20))
    assert Complaint.get_by_id(registered.id).current_step is None
    chart = sl.complaint_chart(registered.id, at=at + dt.timedelta(hours=1))
    assert {row.state for row in chart.rows} == {sl.DONE}
    assert chart.summary[1].startswith("Selesai ")
    forward = [a for a in chart.arrows if a.kind == FORWARD]
    assert all(a.taken for a in forward)


def test_unknown_complaint_is_a_clear_error(db):
    from app.errors import InvalidAction

    with pytest.raises(InvalidAction):
        sl.complaint_chart(999999)


def test_register_number_lookup(users, registered):
    assert sl.find_register_no(registered.register_no) == registered.id
    assert sl.find_register_no("0000/TIDAK/ADA") is None


def test_the_chart_writes_minutes_as_every_screen_does():
    # One wording for working time (app.office.wording), not a chart's own "1 j 5 mnt".
    assert sl._waktu_note([], sl.OVERDUE, 65.4, None) == "lewat 1 j 05 mnt"
    assert sl._waktu_note([], sl.CURRENT, None, 45) == "sisa 45 mnt"


def test_the_kakanwils_share_is_current_within_step_9s_time(users, registered):
    opened = advance_to(users, registered.id, 9, T0)  # step 9 opens: 15 minutes in all
    signing = advance_to(users, registered.id, 9, opened, part=1)  # the Kadiv took 5
    chart = sl.complaint_chart(registered.id, at=signing + dt.timedelta(minutes=4))
    kadiv, kakanwil = chart.row_of(9), chart.row_of(9, 1)
    assert kadiv.state == sl.DONE and kadiv.waktu_note == "realisasi 5 mnt"
    assert kakanwil.state == sl.CURRENT
    assert kakanwil.remaining_minutes == pytest.approx(6)  # 15 - 5 - 4: the step's due time
    assert chart.row_of(10).state == sl.WAITING
    assert chart.summary[0] == "Status: Dalam proses — langkah 9b"
    forward = {(chart.rows[a.source].label, chart.rows[a.target].label): a
               for a in chart.arrows if a.kind == FORWARD}
    assert forward[("9", "9b")].taken and not forward[("9b", "10")].taken


def test_a_return_by_the_kakanwil_loops_from_the_sub_step(users, registered):
    opened = loop_case(users, registered.id, T0, kakanwil=True)
    chart = sl.complaint_chart(registered.id, at=opened + dt.timedelta(minutes=1))
    loops = {(chart.rows[a.source].label, chart.rows[a.target].label): a
             for a in chart.arrows if a.kind == REVISION}
    assert all(loops[key].count == 1 and loops[key].taken
               for key in (("8", "6"), ("9", "6"), ("9b", "6")))
    assert [p.pass_no for p in chart.row_of(6).passes] == [1, 2, 3, 4]
    signing = chart.row_of(9, 1)
    assert signing.returns == 1 and chart.row_of(9).returns == 1
    assert [p.pass_no for p in signing.passes] == [2, 3]  # step 9's passes that got there
    assert signing.keterangan[0].endswith("dikembalikan: Tegaskan batas waktu tindak lanjut")
    assert signing.passes[0].standard_minutes == 10 and signing.passes[0].part == 1
    assert signing.passes[0].label == "9b"
    assert [row.state for row in chart.rows[:11]] == [sl.DONE] * 11
