"""The step's "due soon" instant stored when it starts (schema v7) and kept by every action
and calendar change; the hold that moved a deadline at Friday's closing to "Monday 07:30",
in the register and in the printed receipt (issue 18, points 1 and 6)."""

from __future__ import annotations

import datetime as dt

from app.office import deadlines, timefmt
from app.services import accounts, calendar, casefile, register, settings, workflow
from app.store.models import Complaint, User
from tests.app.attachment_files import named_pdf
from tests.conftest import T0, advance_to, complaint_input, pelapor_input

MIN = dt.timedelta(minutes=1)
FRIDAY = dt.datetime(2026, 11, 27, 9, 0)


def test_every_step_stores_when_it_turns_due_soon(registered, users):
    c = registered  # step 2 opened 08:00, 10 minutes
    assert (c.step_soon_at, c.step_due_at) == (T0 + 8 * MIN, T0 + 10 * MIN)
    c = advance_to(c, users, 5)  # step 5 opened 08:15, 60 minutes
    assert c.step_soon_at == c.step_started_at + 48 * MIN
    stored = Complaint.get_by_id(c.id)
    assert (stored.step_soon_at, stored.step_due_at) == (c.step_soon_at, c.step_due_at)


def test_a_hold_clears_it_and_a_resume_keeps_the_standards_window(registered, users):
    c = advance_to(registered, users, 5)
    pphti = User.get_by_id(users["kasubag_pphti"].id)
    c = workflow.hold(pphti, c.id, reason="KTP belum ada.", at=c.step_started_at + 30 * MIN)
    assert (c.step_soon_at, c.step_due_at) == (None, None)
    resumed = c.step_started_at + dt.timedelta(days=1)
    c = workflow.resume(pphti, c.id, at=resumed)
    # 30 of 60 minutes left: due in 30, due soon 12 minutes (20 % of 60) before that
    assert (c.step_due_at, c.step_soon_at) == (resumed + 30 * MIN, resumed + 18 * MIN)


def test_the_share_applies_to_steps_started_after_a_change(registered, users):
    settings.put("due_soon_step_percent", 50, actor=accounts.COMMAND_LINE)
    assert Complaint.get_by_id(registered.id).step_soon_at == T0 + 8 * MIN  # kept
    c = advance_to(registered, users, 3)  # the Kadiv's 15 minutes, opened 08:05
    assert c.step_soon_at == c.step_started_at + 7.5 * MIN


def test_a_calendar_change_moves_the_due_soon_instant_with_the_deadline(users):
    friday_late = dt.datetime(2026, 11, 27, 16, 20)  # 10 minutes before Friday closes
    pphti = User.get_by_id(users["kasubag_pphti"].id)
    c = workflow.register_complaint(pphti, complaint_input(received_at=friday_late),
                                    pelapor_input(),
                                    attachments=[("surat", "s.pdf", named_pdf("s"))],
                                    at=friday_late)
    assert c.step_soon_at == dt.datetime(2026, 11, 27, 16, 28)
    calendar.set_office_day(dt.date(2026, 11, 27), "libur", "Libur kantor", "SK Kakanwil",
                            actor=accounts.COMMAND_LINE)  # Friday was a day off after all
    moved = Complaint.get_by_id(c.id)
    assert moved.step_due_at == dt.datetime(2026, 11, 30, 7, 40)
    assert moved.step_soon_at == dt.datetime(2026, 11, 30, 7, 38)


def _received_friday(users):
    pphti = User.get_by_id(users["kasubag_pphti"].id)
    c = workflow.register_complaint(pphti, complaint_input(received_at=FRIDAY,
                                                           tier="sederhana"),
                                    pelapor_input(),
                                    attachments=[("surat", "s.pdf", named_pdf("s"))],
                                    at=FRIDAY)
    assert c.due_at == dt.datetime(2026, 12, 4, 16, 30)  # 5 working days: Friday's closing
    return advance_to(c, users, 5, at=dt.datetime(2026, 11, 30, 15, 30))


def test_a_twelve_second_hold_leaves_the_deadline_at_fridays_closing(users):
    from app.naskah import versions
    from tests.app.naskah.reading import field

    c = _received_friday(users)
    pphti = User.get_by_id(users["kasubag_pphti"].id)
    held_at = dt.datetime(2026, 11, 30, 15, 54)
    c = workflow.hold(pphti, c.id, reason="Nomor KTP kurang satu angka.", at=held_at)
    c = workflow.resume(pphti, c.id, at=held_at + dt.timedelta(seconds=12))
    assert c.held_minutes == 0.2
    assert c.due_at == dt.datetime(2026, 12, 4, 16, 30)
    row = register.fetch_rows([c.id])[c.id]
    assert row.due_at == c.due_at and timefmt.day(row.due_at) == "Jum, 04-12-2026"
    view = casefile.load(pphti, c.id, at=held_at + MIN)  # what the case screen shows
    assert timefmt.moment(view.due_at) == "Jum, 04-12-2026 16.30 WIB"
    receipt = versions.generate(pphti, c.id, "tanda_terima", at=held_at + MIN)
    assert field(receipt, "Batas Penyelesaian") == "4 Desember 2026 pukul 16.30 WIB"


def test_a_hold_of_whole_working_days_moves_the_deadline_by_days(users):
    c = _received_friday(users)
    pphti = User.get_by_id(users["kasubag_pphti"].id)
    held_at = dt.datetime(2026, 11, 30, 15, 54)
    c = workflow.hold(pphti, c.id, reason="Menunggu surat kuasa.", at=held_at)
    c = workflow.resume(pphti, c.id, at=held_at + dt.timedelta(days=2))  # Wednesday
    assert c.held_minutes == 900 and deadlines.held_days(c.held_minutes) == 2
    assert c.due_at == dt.datetime(2026, 12, 8, 16, 0)  # Friday + 2 working days: Tuesday
