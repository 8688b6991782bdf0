"""Every lane against every step: only the step's owner may act."""

import datetime as dt

import pytest

from app.errors import NotPermitted
from app.services import workflow
from app.store.models import Complaint, StepRecord, User
from tests.app.attachment_files import named_pdf
from tests.conftest import LANES, T0, act_as_owner, complaint_input, pelapor_input


def test_only_the_operator_registers_for_the_pelapor(users):
    for lane in LANES:
        user = User.get_by_id(users[lane].id)
        attempt = lambda u=user: workflow.register_complaint(  # noqa: E731
            u, complaint_input(), pelapor_input(),
            attachments=[("surat", "s.pdf", named_pdf("surat"))], at=T0)
        if lane == "kasubag_pphti":
            assert attempt().current_step == 2
        else:
            with pytest.raises(NotPermitted, match="Kasubag PPHTI"):
                attempt()
    assert Complaint.select().count() == 1


def test_role_matrix_every_lane_against_every_step(registered, users, sop):
    c, at = registered, T0
    checked = 0
    while c.status == "proses":
        owner = sop.acting_lane(c.current_step, c.current_part)  # 9: Kadiv, then Kakanwil
        for lane in LANES:
            if lane == owner:
                continue
            user = User.get_by_id(users[lane].id)
            with pytest.raises(NotPermitted, match=f"Langkah {c.current_step} hanya"):
                workflow.forward(user, c.id, expected_version=c.row_version, note="x",
                                 waiver="x", at=at)
            if sop.revision_targets(c.current_step):
                with pytest.raises(NotPermitted):
                    workflow.return_for_revision(user, c.id, note="x",
                                                 expected_version=c.row_version, at=at)
            checked += 1
        at += dt.timedelta(minutes=3)
        c = act_as_owner(c, users, at)
    assert checked == 14 * 4
    # Every completed step was done by its owner.
    for record in StepRecord.select().where(StepRecord.complaint == c.id):
        assert (sop.acting_lane(record.step_no, record.part)
                in User.get_by_id(record.actor_id).lanes)


def test_kabag_cannot_sign_for_kakanwil(registered, users):
    kabag = User.get_by_id(users["kabag_p2"].id)
    with pytest.raises(NotPermitted, match="Kakanwil"):
        workflow.forward(kabag, registered.id, note="Disposisi palsu")


def test_inactive_account_cannot_act(registered, users):
    User.update(active=False).where(User.username == "kakanwil").execute()
    kakanwil = User.get(User.username == "kakanwil")
    with pytest.raises(NotPermitted, match="tidak aktif"):
        workflow.forward(kakanwil, registered.id, note="x")
