"""Demo data obeys the engine's rules: numbers, history, kelengkapan, deadlines, audit."""

import datetime as dt

from peewee import fn

from app.services import audit, demo, sop_versions
from app.store.models import Complaint, Hold, StepRecord

AT = dt.datetime(2026, 11, 27, 10, 0)


def test_demo_covers_every_situation_and_stays_consistent(db):
    summary = demo.generate(1500, seed=7, at=AT)
    assert summary.complaints == Complaint.select().count() == 1500
    steps = {c.current_step for c in Complaint.select().where(Complaint.status == "proses")}
    assert len(steps) >= 12  # complaints waiting at (nearly) every step
    assert summary.looped > 0 and summary.on_hold > 0 and summary.overdue > 0
    assert Complaint.select().where(Complaint.status == "ditunda").count() == summary.on_hold
    assert Complaint.select().where(Complaint.confidentiality == "anonim").exists()
    assert (Complaint.select(fn.COUNT(fn.DISTINCT(Complaint.register_no))).scalar() == 1500)
    months = {c.received_at.month for c in Complaint.select(Complaint.received_at)}
    assert len(months) >= 8
    assert all(c.received_at < AT for c in Complaint.select(Complaint.received_at))
    assert audit.verify().ok


def test_demo_histories_have_no_gaps_and_loops_reopen_the_draft(db):
    demo.generate(300, seed=2, at=AT)
    sop = sop_versions.current_sop()
    for complaint in Complaint.select().limit(300):
        records = list(StepRecord.select().where(StepRecord.complaint == complaint)
                       .order_by(StepRecord.seq))
        assert records[0].step_no == 1 and records[0].started_at == complaint.received_at
        for before, after in zip(records, records[1:], strict=False):
            assert after.started_at >= before.ended_at
            if before.outcome == "dikembalikan":
                assert after.step_no == 6 and after.pass_no >= 2
            elif before.outcome == "diteruskan":
                assert after.step_no == sop.forward_of(before.step_no).target
        open_records = [r for r in records if r.ended_at is None]
        if complaint.status == "proses":
            assert len(open_records) == 1 and open_records[0].step_no == complaint.current_step
        if complaint.status == "selesai":
            assert records[-1].step_no == 14 and records[-1].outcome == "selesai"
    assert Hold.select().exists()


def test_demo_complaint_can_be_taken_further_by_the_engine(db):
    demo.generate(300, seed=5, at=AT)
    from app.store.models import User
    from tests.conftest import act_as_owner

    users = {u.username: u for u in User.select()}
    c = (Complaint.select().where(Complaint.status == "proses").order_by(Complaint.id).first())
    before = c.current_step
    moved = act_as_owner(c, users, AT + dt.timedelta(minutes=5))
    assert moved.current_step != before and moved.row_version == c.row_version + 1
    assert audit.verify().ok
