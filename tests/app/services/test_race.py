"""Two workstations racing to complete the same steps 200 times: exactly one wins each
round, and no step is ever lost or duplicated. On SQLite and PostgreSQL."""

import multiprocessing

import pytest

from app.services import audit
from app.store.models import STATUS_CLOSED, Complaint, StepRecord, User, UserLane
from tests.app.attachment_files import named_pdf
from tests.app.race_worker import race
from tests.conftest import LANES, T0, complaint_input, pelapor_input, provide_all_products

ROUNDS = 200
STEPS_PER_COMPLAINT = 14  # steps 2..14 after registration, 9 twice (the Kakanwil's share)


@pytest.mark.slow
def test_two_processes_race_200_times_without_lost_or_duplicated_steps(db_url, users):
    from app.services import workflow

    # Both racers hold every lane, so each round is a real conflict over the same step.
    for name in ("racer_a", "racer_b"):
        racer = User.create(username=name, full_name=name, password_hash="x")
        for lane in LANES:
            UserLane.create(user=racer, lane=lane)
    pphti = User.get_by_id(users["kasubag_pphti"].id)
    complaints = -(-ROUNDS // STEPS_PER_COMPLAINT)
    for _ in range(complaints):
        c = workflow.register_complaint(pphti, complaint_input(), pelapor_input(),
                                        attachments=[("surat", "s.pdf", named_pdf("surat"))], at=T0)
        provide_all_products(c)

    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    workers = [ctx.Process(target=race, args=(db_url, name, ROUNDS, barrier, results))
               for name in ("racer_a", "racer_b")]
    for w in workers:
        w.start()
    outcomes = [results.get(timeout=300) for _ in workers]
    for w in workers:
        w.join(timeout=60)
        assert w.exitcode == 0

    won = sum(o[0] for o in outcomes)
    lost = sum(o[1] for o in outcomes)
    assert (won, lost) == (ROUNDS, ROUNDS)  # exactly one winner per round

    records = list(StepRecord.select().order_by(StepRecord.complaint, StepRecord.seq))
    completed = [r for r in records if r.ended_at is not None and r.step_no != 1]
    assert len(completed) == ROUNDS  # nothing lost
    by_complaint = {}
    for r in records:
        by_complaint.setdefault(r.complaint_id, []).append(r)
    for rows in by_complaint.values():
        assert [r.seq for r in rows] == list(range(1, len(rows) + 1))
        steps = [(r.step_no, r.part) for r in rows]
        path = [(no, 0) for no in range(1, 10)] + [(9, 1)] + [(no, 0) for no in range(10, 15)]
        assert steps == path[:len(rows)]  # nothing duplicated, in order
        assert sum(r.ended_at is None for r in rows) <= 1
    closed = Complaint.select().where(Complaint.status == STATUS_CLOSED).count()
    assert closed == ROUNDS // STEPS_PER_COMPLAINT
    assert audit.verify().ok
