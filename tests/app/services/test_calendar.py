"""The working calendar is shared data: every workstation counts the days the database
holds, whatever its own `holidays` package says, and an administrator's change moves the
deadlines of open complaints on every workstation (issue 16)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.errors import NotPermitted, ValidationError
from app.office import deadlines
from app.services import calendar, workflow
from app.store.models import AuditEntry, CalendarDay, CalendarYear, Complaint
from tests.conftest import complaint_input, named_pdf, pelapor_input

ROOT = Path(__file__).parents[3]
THURSDAY = dt.date(2026, 11, 26)
DECREE = "Keputusan Kakanwil Nomor 7/2026"


def other_workstation(url: str, *args: str) -> dict:
    """Run tests/app/calendar_worker.py as a second workstation; its JSON answer."""
    done = subprocess.run([sys.executable, "-m", "tests.app.calendar_worker", url, *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture
def late_wednesday(users):
    """Registered at 15:55 on Wednesday 25 November: step 2's 10 minutes end on Thursday."""
    return workflow.register_complaint(
        users["kasubag_pphti"], complaint_input(received_at=dt.datetime(2026, 11, 25, 15, 55)),
        pelapor_input(), attachments=[("surat", "surat.pdf", named_pdf("surat"))],
        at=dt.datetime(2026, 11, 25, 15, 55))


def test_a_year_is_loaded_once_and_then_read_from_the_database(db):
    assert calendar.office_calendar().holiday_name(dt.date(2026, 8, 17))
    year = CalendarYear.get_by_id(2026)
    assert year.source.startswith("holidays ")
    national = CalendarDay.select().where(CalendarDay.origin == "nasional").count()
    assert national >= 10  # national holidays and cuti bersama of 2026
    assert calendar.ensure_year(2026) is False  # stored: not loaded again
    assert CalendarDay.select().where(CalendarDay.origin == "nasional").count() == national


def test_every_workstation_counts_the_days_the_database_holds(db_url, users, late_wednesday):
    ours = calendar.office_calendar()
    assert ours.is_working_day(THURSDAY) and not ours.is_working_day(dt.date(2026, 8, 17))
    # A second PC whose holidays package disagrees counts the office's days, not its own.
    seen = other_workstation(db_url, "show", "--other-package")
    assert seen["working"] == {"2026-08-17": False, "2026-11-26": True, "2026-11-27": True}


def test_a_year_first_needed_by_a_disagreeing_workstation_is_then_shared(db_url, users):
    seen = other_workstation(db_url, "show", "--other-package")  # it loads 2026 first
    assert seen["working"]["2026-11-26"] is False
    # ... and this workstation, whose package differs, counts what that one stored.
    assert not calendar.office_calendar().is_working_day(THURSDAY)


def test_an_office_day_off_moves_open_deadlines_on_every_workstation(db_url, users,
                                                                      late_wednesday):
    before = Complaint.get_by_id(late_wednesday.id)
    assert before.step_due_at == dt.datetime(2026, 11, 26, 7, 35)
    assert calendar.office_calendar().is_working_day(THURSDAY)  # cached on this workstation

    seen = other_workstation(db_url, "set", "2026-11-26", "libur")
    assert seen["working"]["2026-11-26"] is False
    after = Complaint.get_by_id(late_wednesday.id)
    assert seen["due"][str(after.id)] == [str(after.step_due_at), str(after.due_at)]
    # This workstation notices the change at its next reading of the calendar.
    assert not calendar.office_calendar().is_working_day(THURSDAY)
    assert after.step_due_at == dt.datetime(2026, 11, 27, 7, 35)  # Friday, same 10 minutes
    # The statutory deadline (14 working days) is counted again: one working day later.
    assert after.due_at == deadlines.statutory_due(calendar.office_calendar(),
                                                   after.received_at, 14) > before.due_at
    assert after.due_at.date() == dt.date(2026, 12, 16)
    entry = AuditEntry.select().where(AuditEntry.action == "kalender.ubah").get()
    detail = json.loads(entry.detail)
    assert detail["sumber"] == DECREE and detail["tenggat_digeser"] == 1

    seen = other_workstation(db_url, "remove", "2026-11-26")
    assert seen["working"]["2026-11-26"] is True
    assert calendar.office_calendar().is_working_day(THURSDAY)
    back = Complaint.get_by_id(late_wednesday.id)
    assert (back.step_due_at, back.due_at) == (before.step_due_at, before.due_at)


def test_an_office_working_day_cancels_a_national_holiday(db, users):
    holiday = dt.date(2026, 8, 17)
    calendar.set_office_day(holiday, "kerja", "Upacara dan layanan tetap buka", DECREE,
                            actor=users["admin"])
    office = calendar.office_calendar()
    assert office.is_working_day(holiday) and office.holiday_name(holiday) is None
    listed = {(e.day, e.origin): e for e in calendar.entries(2026)}
    assert not listed[(holiday, "nasional")].in_force
    assert listed[(holiday, "kantor")].in_force


def test_reloading_a_year_from_the_package_reports_what_changed(db_url, users):
    calendar.ensure_year(2026)
    seen = other_workstation(db_url, "refresh", "2026", "--other-package")
    assert any(a.startswith("2026-11-26") for a in seen["added"])
    assert any(r.startswith("2026-08-17") for r in seen["removed"])
    assert not calendar.office_calendar().is_working_day(THURSDAY)


def test_reloading_a_year_moves_open_deadlines_the_right_way(db_url, users, late_wednesday):
    # A fresh process measures what each step was given before the new days go in.
    other_workstation(db_url, "refresh", "2026", "--other-package")
    after = Complaint.get_by_id(late_wednesday.id)
    assert after.step_due_at == dt.datetime(2026, 11, 27, 7, 35)  # not back on Wednesday


def test_a_year_loaded_in_a_transaction_that_rolls_back_is_loaded_again(db, users):
    from app.store.models import database

    with pytest.raises(RuntimeError), database.atomic():
        assert calendar.office_calendar().holiday_name(dt.date(2027, 8, 17))
        raise RuntimeError("the action failed")
    assert CalendarYear.get_or_none(CalendarYear.year == 2027) is None
    assert calendar.office_calendar().holiday_name(dt.date(2027, 8, 17))
    assert CalendarYear.get_or_none(CalendarYear.year == 2027) is not None  # stored now


@pytest.mark.parametrize("year", [1, 1999, 2101, 10000])
def test_a_year_outside_the_calendar_is_refused(db, users, year):
    with pytest.raises(ValidationError, match="di luar kalender kantor"):
        calendar.refresh_national(year, actor=users["admin"])
    assert not CalendarYear.select().where(CalendarYear.year == year).exists()


@pytest.mark.parametrize("field, value", [("name", "  "), ("source", ""),
                                          ("source", "x" * 201), ("kind", "cuti")])
def test_an_incomplete_change_is_refused_and_changes_nothing(db, users, field, value):
    args = {"kind": "libur", "name": "Libur kantor", "source": DECREE, field: value}
    with pytest.raises(ValidationError) as refused:
        calendar.set_office_day(THURSDAY, args["kind"], args["name"], args["source"],
                                actor=users["admin"])
    assert refused.value.field == field
    assert not CalendarDay.select().where(CalendarDay.origin == "kantor").exists()


def test_only_an_administrator_changes_the_calendar(db, users):
    with pytest.raises(NotPermitted):
        calendar.set_office_day(THURSDAY, "libur", "Libur", DECREE,
                                actor=users["kasubag_pphti"])
    with pytest.raises(NotPermitted):
        calendar.refresh_national(2026, actor=users["kakanwil"])
    assert calendar.office_calendar().is_working_day(THURSDAY)
