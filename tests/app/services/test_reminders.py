"""Reminders (issue 18, point 9): each user's due today and late, at log-in and at the
office's reminder time; the superior of a lane sees what is late below them, per the SOP's
chain, one level further up for each further working day late. The clock is injected."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import ValidationError
from app.office.zones import as_instant
from app.services import accounts, reminders, settings, sop_versions, workflow
from app.store.models import User
from tests.app.attachment_files import named_pdf
from tests.conftest import LANES, T0, advance_to, complaint_input, pelapor_input

MIN = dt.timedelta(minutes=1)


def office_time_is(office_clock, wall: dt.datetime) -> None:
    """The time of record is `wall` (office time) from now on, on either database."""
    office_clock.set_offset(None)  # no server offset: the injected clock is the time
    office_clock.use_source(lambda: as_instant(wall).astimezone(dt.UTC))


def numbers(items):
    return [i.register_no for i in items]


def test_the_chain_of_command_is_read_from_the_sop(db):
    chain = reminders.chain_of(sop_versions.current_sop())
    assert chain == {"kadiv": "kakanwil", "kabag_p2": "kadiv", "kasubag_pphti": "kabag_p2",
                     "divisi_terkait": "kakanwil"}
    assert reminders.lanes_below(chain, {"kakanwil"}) == {
        "kadiv": 1, "divisi_terkait": 1, "kabag_p2": 2, "kasubag_pphti": 3}
    assert reminders.lanes_below(chain, {"kabag_p2"}) == {"kasubag_pphti": 1}
    assert reminders.lanes_below(chain, {"kasubag_pphti"}) == {}


def test_a_step_due_later_today_then_late_for_its_lane_only(registered, users, office_clock):
    kakanwil = users["kakanwil"]
    office_time_is(office_clock, T0 + 5 * MIN)  # step 2 (10 minutes) due 08:10
    seen = reminders.reminders_for(kakanwil)
    assert numbers(seen.due_today) == [registered.register_no] and not seen.late
    item = seen.due_today[0]
    assert (item.kind, item.due, item.minutes_left) == (reminders.STEP, T0 + 10 * MIN, 5)
    assert item.lane_name == "Kakanwil" and item.action.startswith("Beri disposisi")
    assert reminders.reminders_for(users["kadiv"]).empty  # not theirs, and not late
    office_time_is(office_clock, T0 + 25 * MIN)
    seen = reminders.reminders_for(kakanwil)
    assert numbers(seen.late) == [registered.register_no] and not seen.due_today
    assert seen.late[0].minutes_left == -15 and seen.late[0].late
    # the Kakanwil is at the top of the chain: the Kadiv is not shown what is late above
    assert reminders.reminders_for(users["kadiv"]).empty
    assert "Terlambat: 1" in seen.headline()


def test_late_work_escalates_one_level_per_working_day(registered, users, office_clock):
    c = advance_to(registered, users, 5)  # Kasubag PPHTI's telaah, 60 minutes
    started = c.step_started_at
    office_time_is(office_clock, started + 90 * MIN)  # 30 minutes late
    assert numbers(reminders.reminders_for(users["kasubag_pphti"]).late) == [c.register_no]
    assert numbers(reminders.reminders_for(users["kabag_p2"]).below) == [c.register_no]
    assert reminders.reminders_for(users["kadiv"]).empty
    assert reminders.reminders_for(users["kakanwil"]).empty
    # a working day later (Thursday, same time) the Kadiv sees it too, not yet the Kakanwil
    office_time_is(office_clock, started + dt.timedelta(days=1) + 90 * MIN)
    assert numbers(reminders.reminders_for(users["kadiv"]).below) == [c.register_no]
    assert reminders.reminders_for(users["kakanwil"]).empty
    office_time_is(office_clock, started + dt.timedelta(days=2) + 90 * MIN)  # Friday
    below = reminders.reminders_for(users["kakanwil"]).below
    assert numbers(below) == [c.register_no] and below[0].lane == "kasubag_pphti"


def test_the_kakanwil_sees_what_the_divisi_terkait_has_late(registered, users, office_clock):
    c = advance_to(registered, users, 10)  # the division's answer, 20 minutes
    office_time_is(office_clock, c.step_due_at + 5 * MIN)
    assert numbers(reminders.reminders_for(users["divisi_terkait"]).late) == [c.register_no]
    below = reminders.reminders_for(users["kakanwil"]).below
    assert numbers(below) == [c.register_no] and below[0].lane_name == "Divisi Terkait"
    assert reminders.reminders_for(users["kadiv"]).empty  # not in the Kadiv's chain


def test_the_statutory_deadline_due_today_is_reminded(users, office_clock):
    c = workflow.register_complaint(
        users["kasubag_pphti"], complaint_input(tier="sederhana"), pelapor_input(),
        attachments=[("surat", "s.pdf", named_pdf("surat"))], at=T0)
    assert c.due_at == dt.datetime(2026, 12, 2, 16, 0)  # 5 working days: Wednesday 16:00
    # taken up on that Wednesday afternoon: the telaah (60 minutes) runs into Thursday
    c = advance_to(c, users, 5, at=dt.datetime(2026, 12, 2, 15, 10))
    assert c.step_due_at.date() == dt.date(2026, 12, 3)
    office_time_is(office_clock, dt.datetime(2026, 12, 2, 15, 30))
    seen = reminders.reminders_for(users["kasubag_pphti"])
    assert [(i.register_no, i.kind, i.minutes_left) for i in seen.due_today] == [
        (c.register_no, reminders.STATUTORY, 30)]
    assert not seen.late and not seen.below
    office_time_is(office_clock, dt.datetime(2026, 12, 3, 7, 40))  # the next morning
    seen = reminders.reminders_for(users["kasubag_pphti"])
    assert [(i.kind, i.late) for i in seen.late] == [(reminders.STATUTORY, True)]
    assert numbers(reminders.reminders_for(users["kabag_p2"]).below) == [c.register_no]


def test_a_complaint_on_hold_reminds_nobody(registered, users, office_clock):
    c = advance_to(registered, users, 5)
    workflow.hold(users["kasubag_pphti"], c.id, reason="Data pelapor kurang.",
                  at=c.step_started_at + MIN)
    office_time_is(office_clock, c.step_started_at + dt.timedelta(days=3))
    for lane in ("kasubag_pphti", "kabag_p2", "kadiv", "kakanwil"):
        assert reminders.reminders_for(users[lane]).empty, lane


def test_a_deactivated_account_is_reminded_of_nothing(registered, users, office_clock):
    office_time_is(office_clock, T0 + 25 * MIN)
    row = User.get_by_id(users["kakanwil"].id)
    accounts.update_user(row.id, expected_version=row.row_version, active=False,
                         valid_lanes=set(LANES), actor=accounts.COMMAND_LINE)
    assert reminders.reminders_for(User.get_by_id(users["kakanwil"].id)).empty


def test_the_daily_reminder_comes_once_at_the_offices_time(db, users, office_clock):
    office = settings.current()
    assert (office.reminders_enabled, office.reminder_time) == (True, "07:30")
    day = dt.date(2026, 11, 30)
    at = dt.datetime.combine(day, dt.time(7, 29))
    assert not reminders.daily_due(at, None)
    assert reminders.daily_due(at + MIN, None)
    assert not reminders.daily_due(at + MIN, day)  # shown already today
    assert reminders.daily_due(at + dt.timedelta(days=1, minutes=1), day)
    settings.put("reminder_time", "13:00", actor=accounts.COMMAND_LINE)
    assert not reminders.daily_due(at + 60 * MIN, None)
    settings.put("reminders_enabled", False, actor=accounts.COMMAND_LINE)
    assert reminders.reminder_time() is None
    assert not reminders.daily_due(dt.datetime.combine(day, dt.time(15)), None)


@pytest.mark.parametrize("key, value, reason", [
    ("reminder_time", "7.30", "JJ:MM"),
    ("reminder_time", "24:00", "JJ:MM"),
    ("reminders_enabled", "ya", "tidak sesuai jenisnya"),
    ("reminders_enabled", 1, "tidak sesuai jenisnya"),
    ("due_soon_step_percent", 5, "harus angka dari 10 sampai 100"),
    ("due_soon_step_percent", 120, "harus angka dari 10 sampai 100"),
    ("due_soon_step_percent", True, "tidak sesuai jenisnya"),
    ("due_soon_step_minutes", 30, "tidak dipakai lagi"),
])
def test_the_reminder_and_threshold_settings_are_checked(db, key, value, reason):
    before = settings.current()
    with pytest.raises(ValidationError, match=reason):
        settings.put(key, value, actor=accounts.COMMAND_LINE)
    assert settings.current() == before
