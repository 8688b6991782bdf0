"""Demo data obeys the engine's rules: numbers, history, kelengkapan, deadlines, audit, and
every SOP output of the steps passed (issue 14), as the engine would have stored it."""

import datetime as dt
import json
from collections import defaultdict

from peewee import fn

from app.services import audit, demo, outputs, sop_versions
from app.store.models import (
    Attachment,
    Complaint,
    Document,
    Hold,
    Paraf,
    StepOutput,
    StepRecord,
    User,
)

AT = dt.datetime(2026, 11, 27, 10, 0)
RETURNS = {(8, 0), (9, 0), (9, 1)}  # Kabag P2, the Kadiv, the Kakanwil in 9's sub-step


def test_demo_covers_every_situation_and_stays_consistent(db):
    summary = demo.generate(1500, seed=7, at=AT)
    assert summary.complaints == Complaint.select().count() == 1500
    open_ = Complaint.select().where(Complaint.status == "proses")
    steps = {c.current_step for c in open_}
    assert len(steps) >= 12  # complaints waiting at (nearly) every step
    assert (9, 1) in {(c.current_step, c.current_part) for c in open_}
    assert all(c.current_lane == "kakanwil" for c in open_ if c.current_part == 1)
    assert summary.looped > 0 and summary.on_hold > 0 and summary.overdue > 0
    assert Complaint.select().where(Complaint.status == "ditunda").count() == summary.on_hold
    assert Complaint.select().where(Complaint.confidentiality == "anonim").exists()
    assert (Complaint.select(fn.COUNT(fn.DISTINCT(Complaint.register_no))).scalar() == 1500)
    months = {c.received_at.month for c in Complaint.select(Complaint.received_at)}
    assert len(months) >= 8
    assert all(c.received_at < AT for c in Complaint.select(Complaint.received_at))
    returned = {(r.step_no, r.part) for r in StepRecord.select().where(
        StepRecord.outcome == "dikembalikan")}
    assert returned == RETURNS  # the Kakanwil returns some drafts too; step 7 never does
    assert audit.verify().ok


def test_demo_letters_are_on_the_complaints_that_came_by_letter(db):
    demo.generate(300, seed=11, at=AT)
    for c in Complaint.select():
        if c.channel in ("surat", "email"):
            assert c.letter_subject and c.letter_date <= c.received_at.date()
            assert c.letter_number is None or c.letter_number.endswith(str(c.letter_date.year))
        else:
            assert (c.letter_number, c.letter_date, c.letter_subject) == (None, None, None)
    numbered = Complaint.select().where(Complaint.letter_number.is_null(False)).first()
    from app.services import register

    assert numbered.id in register.complaint_ids(
        register.RegisterFilter(text=numbered.letter_number))


def test_demo_histories_have_no_gaps_and_loops_reopen_the_draft(db):
    demo.generate(300, seed=2, at=AT)
    sop = sop_versions.current_sop()
    signing = sop.step(9).parts[0]
    kakanwil_returns = 0
    for complaint in Complaint.select():
        records = list(StepRecord.select().where(StepRecord.complaint == complaint)
                       .order_by(StepRecord.seq))
        assert records[0].step_no == 1 and records[0].started_at == complaint.received_at
        for before, after in zip(records, records[1:], strict=False):
            assert after.started_at >= before.ended_at
            if before.outcome == "dikembalikan":
                assert (before.step_no, before.part) in RETURNS
                assert after.step_no == 6 and after.pass_no >= 2
                kakanwil_returns += before.part == 1
            elif before.outcome == "diteruskan" and before.step_no == 9 and before.part == 0:
                # The Kadiv hands the draft to the Kakanwil: the same step and pass.
                assert (after.step_no, after.part, after.pass_no) == (9, 1, before.pass_no)
            elif before.outcome == "diteruskan":
                assert after.step_no == sop.forward_of(before.step_no).target
                assert after.part == 0
        for r in records:
            step = sop.step(r.step_no)
            assert r.standard_minutes == step.minutes_of(r.part)
            assert r.lane == step.lane_of(r.part)
            if r.part:
                assert r.lane == signing.lane and r.standard_minutes == signing.minutes
        open_records = [r for r in records if r.ended_at is None]
        if complaint.status == "proses":
            assert len(open_records) == 1
            assert (open_records[0].step_no, open_records[0].part) == (
                complaint.current_step, complaint.current_part)
            assert complaint.current_lane == sop.acting_lane(complaint.current_step,
                                                             complaint.current_part)
            # A sub-step is timed within its step: the step's start and due time hold.
            first = next(r for r in records if r.step_no == complaint.current_step
                         and r.pass_no == complaint.current_pass)
            assert complaint.step_started_at == first.started_at
        if complaint.status == "selesai":
            assert records[-1].step_no == 14 and records[-1].outcome == "selesai"
        # Every draft sent back comes up again as a new nota dinas version.
        drafts = [r for r in records if r.step_no == 6 and r.ended_at is not None]
        versions = list(Document.select().where((Document.complaint == complaint)
                                                & (Document.doc_type == "nota_dinas"))
                        .order_by(Document.version))
        assert [d.version for d in versions] == list(range(1, len(drafts) + 1))
        for draft, document in zip(drafts, versions, strict=True):
            fields = StepOutput.get_by_id(document.output_id)
            assert (fields.kind, fields.step_no, fields.pass_no) == (
                "nota_dinas", 6, draft.pass_no)
            assert document.created_at == draft.ended_at
    assert kakanwil_returns > 0
    assert Hold.select().exists()


def _check_products(complaint, sop, records):
    """Every finished step (or sub-step) of `complaint` has the product the engine would
    have required before it finished."""
    outs = defaultdict(list)
    for row in StepOutput.select().where(StepOutput.complaint == complaint).order_by(
            StepOutput.version):
        outs[row.kind].append(row)
        clean = outputs.check(row.kind, json.loads(row.fields), complaint, sop, at=AT)
        assert clean == json.loads(row.fields), (row.kind, row.fields)
    for kind, rows in outs.items():
        assert [r.version for r in rows] == list(range(1, len(rows) + 1)), kind
    documents = list(Document.select().where(Document.complaint == complaint)
                     .order_by(Document.version))
    parafs = {(p.document_id, p.lane): p for p in
              Paraf.select().where(Paraf.document.in_([d.id for d in documents] or [0]))}
    for r in records:
        if r.outcome not in ("diteruskan", "selesai"):
            continue
        product = sop.step(r.step_no).produces_of(r.part)
        at_step = [o for o in outs.get(product, []) if o.step_no == r.step_no
                   and o.pass_no == r.pass_no and o.created_at <= r.ended_at]
        latest = [d for d in documents if d.created_at <= r.ended_at]
        if product == "disposisi":
            (row,) = at_step
            fields = json.loads(row.fields)
            assert fields["catatan"] == r.note and fields["instruksi"]
            assert fields["kepada"] == [sop.acting_lane(sop.forward_of(r.step_no).target)]
        elif product in ("telaahan", "nota_dinas", "jawaban"):
            assert at_step, (r.step_no, product)
        elif product == "paraf":
            paraf = parafs[(latest[-1].id, sop.acting_lane(r.step_no, r.part))]
            assert (paraf.at, paraf.step_no, paraf.actor_id) == (
                r.ended_at, r.step_no, r.actor_id)
        elif product == "tanda_tangan":
            scan = Attachment.get_by_id(latest[-1].signed_attachment_id)
            assert scan.kind == "nota_dinas" and scan.complaint_id == complaint.id
        elif product == "penyampaian":
            assert at_step and [o for o in outs["tanggapan"] if o.step_no == 14]
            delivered = json.loads(at_step[-1].fields)
            assert delivered["tanggal"] == r.ended_at.date().isoformat()
            assert delivered["tiket_ditutup"] == (complaint.lapor_ticket is not None)
    if outs.get("nota_dinas"):
        assert complaint.division_code == json.loads(outs["nota_dinas"][-1].fields)["divisi"]
    else:
        assert complaint.division_code is None
    # A version that went back before the Kakanwil signed it is never signed.
    for d in documents[:-1]:
        assert d.signed_attachment_id is None or d.output_id is not None


def test_demo_every_passed_step_has_its_product(db):
    demo.generate(150, seed=9, at=AT)
    sop = sop_versions.current_sop()
    for complaint in Complaint.select():
        records = list(StepRecord.select().where(StepRecord.complaint == complaint)
                       .order_by(StepRecord.seq))
        _check_products(complaint, sop, records)
    assert Paraf.select().where(Paraf.lane == "kadiv").exists()
    assert StepOutput.select().where(StepOutput.kind == "penyampaian").exists()


def test_demo_complaint_can_be_taken_further_by_the_engine(db):
    from app.services import workflow
    from tests.conftest import act_as_owner

    demo.generate(400, seed=3, at=AT)  # a seed with a complaint open at every step
    users = {u.username: u for u in User.select()}
    at = AT + dt.timedelta(minutes=5)
    firsts = {}
    for c in Complaint.select().where(Complaint.status == "proses").order_by(Complaint.id):
        firsts.setdefault((c.current_step, c.current_part), c)
    assert len(firsts) >= 12 and {(9, 0), (9, 1)} <= set(firsts)
    for (step_no, part), c in sorted(firsts.items()):
        moved = act_as_owner(c, users, at, note="Lanjutkan sesuai SOP.")
        assert (moved.current_step, moved.current_part) != (step_no, part), (step_no, part)
        assert moved.row_version == c.row_version + 1
        if (step_no, part) == (9, 0):  # the Kadiv's paraf, then the Kakanwil's share
            assert (moved.current_step, moved.current_part) == (9, 1)
            assert Paraf.select().where(Paraf.lane == "kadiv").exists()
        at += dt.timedelta(minutes=1)
    # The Kakanwil sends the draft the Kadiv just passed up back from the sub-step; the
    # drafter then writes the next version, and it goes up again.
    signing = Complaint.get_by_id(firsts[(9, 0)].id)
    back = workflow.return_for_revision(users["kakanwil"], signing.id,
                                        expected_version=signing.row_version,
                                        note="Perbaiki paragraf penutup.", at=at)
    assert (back.current_step, back.current_part, back.current_lane) == (6, 0, "kasubag_pphti")
    before = outputs.latest_nota_dinas(signing.id).version
    again = act_as_owner(back, users, at + dt.timedelta(minutes=5))
    assert again.current_step == 7
    assert outputs.latest_nota_dinas(signing.id).version == before + 1
    assert audit.verify().ok
