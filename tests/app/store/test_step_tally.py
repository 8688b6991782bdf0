"""The step tally behind the SOP compliance report: kept by every action, equal to the step
records, rebuilt on demand, and read with the partial months of a custom period. Expected
figures are computed here from the raw step records."""

from __future__ import annotations

import datetime as dt
import math
import statistics
import subprocess
import sys
from collections import defaultdict

import pytest

from app.reports.figures import compliance
from app.reports.periods import Period
from app.services import workflow
from app.store import step_tally
from app.store.models import Complaint, StepRecord, StepTally, User
from tests.app.attachment_files import named_pdf
from tests.conftest import act_as_owner, complaint_input, pelapor_input

DONE = ("diteruskan", "dikembalikan", "selesai")
ODD = dt.timedelta(minutes=7, seconds=23)  # action times off the whole minute


def _expected_tally():
    """month, step, actor, half-up whole minutes -> [passes, within, returned]."""
    received = {c.id: c.received_at for c in Complaint.select()}
    tally = defaultdict(lambda: [0, 0, 0])
    for r in StepRecord.select():
        if r.outcome not in DONE or r.working_minutes is None:
            continue
        month = received[r.complaint_id].strftime("%Y-%m")
        row = tally[(month, r.step_no, r.actor_id or 0, math.floor(r.working_minutes + 0.5))]
        row[0] += 1
        row[1] += r.working_minutes <= r.standard_minutes
        row[2] += r.outcome == "dikembalikan"
    return dict(tally)


def _register(users, received: dt.datetime):
    return workflow.register_complaint(
        users["kasubag_pphti"], complaint_input(received_at=received), pelapor_input(),
        attachments=[("surat", "surat-pengaduan.pdf", named_pdf("surat"))], at=received)


@pytest.fixture
def worked(users):
    """Three complaints received in October and November: one closed after a revision loop,
    one held and resumed, one in progress; every action at odd seconds."""
    complaints = []
    for received in (dt.datetime(2026, 10, 28, 9, 0), dt.datetime(2026, 11, 2, 10, 30),
                     dt.datetime(2026, 11, 16, 13, 15)):
        complaints.append(_register(users, received))
    first, second, third = complaints
    at = dt.datetime(2026, 11, 17, 8, 0)
    while first.current_step != 8:
        at += ODD
        first = act_as_owner(first, users, at)
    at += ODD
    first = workflow.return_for_revision(User.get_by_id(users["kabag_p2"].id), first.id,
                                         note="Perbaiki dasar hukum.",
                                         expected_version=first.row_version, at=at)
    while first.status == "proses":
        at += ODD
        first = act_as_owner(first, users, at)
    while second.current_step != 5:
        at += ODD
        second = act_as_owner(second, users, at)
    kasubag = User.get_by_id(users["kasubag_pphti"].id)
    second = workflow.hold(kasubag, second.id, reason="KTP pelapor belum ada.",
                           expected_version=second.row_version, at=at + ODD)
    second = workflow.resume(kasubag, second.id, expected_version=second.row_version,
                             at=at + 3 * ODD)
    second = act_as_owner(second, users, at + 4 * ODD)
    third = act_as_owner(third, users, at + 5 * ODD)
    return first, second, third


def test_every_action_keeps_the_tally_equal_to_the_step_records(worked):
    expected = _expected_tally()
    assert step_tally.stored() == expected
    assert step_tally.verify() == []
    # the data really exercises the rounding, the loop and both months
    minutes = [r.working_minutes for r in StepRecord.select() if r.working_minutes]
    assert any(m != int(m) for m in minutes)
    assert sum(row[2] for row in expected.values()) == 1
    assert {key[0] for key in expected} == {"2026-10", "2026-11"}


def test_a_hold_is_waiting_not_a_finished_pass(worked):
    held = StepRecord.get(StepRecord.outcome == "ditunda")
    counted = sum(row[0] for key, row in step_tally.stored().items() if key[1] == 5)
    done_at_5 = StepRecord.select().where((StepRecord.step_no == 5)
                                          & StepRecord.outcome.in_(DONE)).count()
    assert counted == done_at_5 and held.step_no == 5


def test_rebuild_repairs_a_tally_that_went_wrong(worked):
    expected = _expected_tally()
    StepTally.delete().where(StepTally.step_no == 2).execute()
    StepTally.update(passes=StepTally.passes + 5).where(StepTally.step_no == 3).execute()
    problems = step_tally.verify()
    assert len(problems) == sum(1 for key in expected if key[1] in (2, 3))
    assert "langkah 2" in " ".join(problems)
    assert step_tally.rebuild() == len(expected)
    assert step_tally.stored() == expected and step_tally.verify() == []


def test_half_a_minute_rounds_up_on_every_backend():
    assert [step_tally.whole_minutes(m) for m in (0.49, 0.5, 1.5, 2.5, 59.999)] == \
        [0, 1, 2, 3, 60]


@pytest.mark.parametrize(("start", "end", "whole", "partial"), [
    ("2026-01-01", "2026-12-31", ("2026-01", "2026-12"), []),
    ("2026-10-01", "2026-10-31", ("2026-10", "2026-10"), []),
    ("2026-03-15", "2026-07-20", ("2026-04", "2026-06"),
     [("2026-03-15", "2026-03-31"), ("2026-07-01", "2026-07-20")]),
    ("2026-06-05", "2026-06-20", None, [("2026-06-05", "2026-06-20")]),
    ("2026-05-31", "2026-06-01", None, [("2026-05-31", "2026-06-01")]),
    ("2025-12-10", "2026-02-28", ("2026-01", "2026-02"), [("2025-12-10", "2025-12-31")]),
    ("2026-02-01", "2026-03-30", ("2026-02", "2026-02"), [("2026-03-01", "2026-03-30")]),
])
def test_a_period_splits_into_whole_months_and_leftover_days(start, end, whole, partial):
    day = dt.date.fromisoformat
    got_whole, got_partial = step_tally._split(day(start), day(end))
    assert got_whole == whole
    assert got_partial == [(day(a), day(b)) for a, b in partial]


def _by_step(period):
    first = dt.datetime.combine(period.start, dt.time())
    last = dt.datetime.combine(period.end + dt.timedelta(days=1), dt.time())
    ids = {c.id for c in Complaint.select() if first <= c.received_at < last}
    minutes = defaultdict(list)
    for r in StepRecord.select():
        if r.complaint_id in ids and r.outcome in DONE and r.working_minutes is not None:
            minutes[r.step_no].append(math.floor(r.working_minutes + 0.5))
    return minutes


@pytest.mark.parametrize(("start", "end"), [
    ("2026-10-01", "2026-11-30"),  # whole months: the tally alone
    ("2026-10-20", "2026-11-10"),  # two partial months: the step records alone
    ("2026-09-15", "2026-11-10"),  # partial, whole, partial
    ("2026-11-02", "2026-11-02"),  # one day
])
def test_compliance_of_any_period_matches_the_step_records(worked, start, end):
    period = Period.between(dt.date.fromisoformat(start), dt.date.fromisoformat(end))
    steps, _officials = compliance(period)
    expected = _by_step(period)
    for figures in steps:
        values = sorted(expected.get(figures.step_no, []))
        assert figures.passes == len(values)
        if values:
            assert figures.median == pytest.approx(statistics.median(values))
        else:
            assert figures.median is None


def test_the_command_line_verifies_and_rebuilds(worked, db_url):
    def run(*args):
        return subprocess.run([sys.executable, "-m", "cli", "--db", db_url, "tally", *args],
                              capture_output=True, text=True, timeout=120)

    ok = run("verify")
    assert ok.returncode == 0, ok.stderr
    assert "sesuai" in ok.stdout
    StepTally.delete().execute()
    broken = run("verify")
    assert broken.returncode == 1 and "TIDAK sesuai" in broken.stdout
    rebuilt = run("rebuild")
    assert rebuilt.returncode == 0 and "dihitung ulang" in rebuilt.stdout
    assert step_tally.verify() == []
