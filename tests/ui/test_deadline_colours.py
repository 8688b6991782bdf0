"""Warnings that mean something (issue 18, point 1): a step turns amber at 80 % of its own
standard time, not the moment it arrives, and each deadline column is coloured by its own
deadline: the step's by the step, Batas Waktu / Batas Penyelesaian by the statutory one.
Dates in the cells are the one form (point 6). The clock is injected."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from app.office import timefmt
from app.office.zones import as_instant
from tests.app.attachment_files import named_pdf
from tests.conftest import PASSWORD, T0, advance_to, complaint_input, pelapor_input

pytestmark = pytest.mark.usefixtures("db")

FG = Qt.ItemDataRole.ForegroundRole
AMBER, RED = "#8a5300", "#b3261e"
WEDNESDAY = dt.datetime(2026, 12, 2, 9, 0)


def office_time_is(office_clock, wall):
    office_clock.set_offset(None)
    office_clock.use_source(lambda: as_instant(wall).astimezone(dt.UTC))


def colour(model, row, column):
    value = model.data(model.index(row, column), FG)
    return value.name() if value is not None else None


@pytest.fixture
def two_complaints(users):
    """A: received a week ago, its statutory deadline today 16:00, at the Kadiv's step 3
    since 09:05 (15 minutes). B: received today 09:00, at the Kakanwil's step 2 (10
    minutes, due 09:10), 14 working days to go."""
    from app.services import workflow

    pphti = users["kasubag_pphti"]
    a = workflow.register_complaint(pphti, complaint_input(tier="sederhana"), pelapor_input(),
                                    attachments=[("surat", "s.pdf", named_pdf("a"))], at=T0)
    a = advance_to(a, users, 3, at=WEDNESDAY)
    b = workflow.register_complaint(pphti, complaint_input(received_at=WEDNESDAY),
                                    pelapor_input(name="Siti Aminah"),
                                    attachments=[("surat", "s.pdf", named_pdf("b"))],
                                    at=WEDNESDAY)
    assert a.due_at == dt.datetime(2026, 12, 2, 16, 0)
    assert a.step_due_at == dt.datetime(2026, 12, 2, 9, 20)
    assert b.step_due_at == dt.datetime(2026, 12, 2, 9, 10)
    return a, b


def test_a_step_is_not_amber_the_moment_it_arrives(users, two_complaints, office_clock):
    from app.services import desk
    from ui.register_model import REGISTER_STATE_COLUMNS, RegisterModel

    a, b = two_complaints
    step_col = next(c for c, which in REGISTER_STATE_COLUMNS.items() if which == "step_state")
    office_time_is(office_clock, WEDNESDAY + dt.timedelta(minutes=1))  # B just arrived
    model = RegisterModel(users["kasubag_pphti"], desk.lane_choices())
    model.reload()
    assert colour(model, model.row_of(b.id), step_col) is None
    office_time_is(office_clock, WEDNESDAY + dt.timedelta(minutes=8))  # 80 % of 10 minutes
    model.reload()
    assert colour(model, model.row_of(b.id), step_col) == AMBER
    office_time_is(office_clock, WEDNESDAY + dt.timedelta(minutes=11))
    model.reload()
    assert colour(model, model.row_of(b.id), step_col) == RED


def test_each_register_column_is_coloured_by_its_own_deadline(users, two_complaints,
                                                             office_clock):
    from app.reports.register_export import REGISTER_COLUMNS
    from app.services import desk
    from ui.register_model import RegisterModel

    a, b = two_complaints
    office_time_is(office_clock, WEDNESDAY + dt.timedelta(minutes=9))
    model = RegisterModel(users["kasubag_pphti"], desk.lane_choices())
    model.reload()
    titles = [c.title for c in REGISTER_COLUMNS]
    step, due, state = (titles.index(t) for t in ("Langkah / Posisi", "Batas Waktu",
                                                  "Keadaan"))
    ra, rb = model.row_of(a.id), model.row_of(b.id)
    # A: step 3 has 11 of its 15 minutes left; the statutory deadline is today
    assert (colour(model, ra, step), colour(model, ra, due), colour(model, ra, state)) == \
        (None, AMBER, AMBER)
    # B: step 2 has 1 of its 10 minutes left; 14 working days to its deadline
    assert (colour(model, rb, step), colour(model, rb, due), colour(model, rb, state)) == \
        (AMBER, None, AMBER)
    for column in range(len(titles)):
        if column not in (step, due, state):
            assert colour(model, ra, column) is None and colour(model, rb, column) is None
    # the cells carry the one date form
    assert model.data(model.index(ra, due)) == timefmt.day(a.due_at) == "Rab, 02-12-2026"
    assert model.data(model.index(rb, titles.index("Diterima"))) == "Rab, 02-12-2026"


def test_each_task_column_is_coloured_by_its_own_deadline(users, two_complaints,
                                                         office_clock):
    from app.services import accounts, sop_versions, tasks
    from ui.register_model import TASK_DUE, TASK_STEP_LEFT, TaskModel

    a, b = two_complaints
    lanes = {lane.key for lane in sop_versions.current_sop().lanes}
    both = accounts.create_user("pimpinan", "Pimpinan", PASSWORD, ["kakanwil", "kadiv"],
                                valid_lanes=lanes, actor=accounts.COMMAND_LINE)
    office_time_is(office_clock, WEDNESDAY + dt.timedelta(minutes=9))
    model = TaskModel()
    model.set_items(tasks.my_task_items(both))
    rows = {model.complaint_id(r): r for r in range(model.rowCount())}
    assert set(rows) == {a.id, b.id}
    assert (colour(model, rows[a.id], TASK_STEP_LEFT), colour(model, rows[a.id], TASK_DUE)) \
        == (None, AMBER)
    assert (colour(model, rows[b.id], TASK_STEP_LEFT), colour(model, rows[b.id], TASK_DUE)) \
        == (AMBER, None)
    assert colour(model, rows[a.id], 0) is None  # the register number is not a deadline
    assert model.data(model.index(rows[a.id], TASK_DUE)) == timefmt.day(a.due_at)


def test_the_due_soon_filter_finds_the_step_in_its_last_fifth(users, two_complaints,
                                                             office_clock):
    from app.office import deadlines
    from app.services import register

    a, b = two_complaints
    office_time_is(office_clock, WEDNESDAY + dt.timedelta(minutes=9))
    soon = register.complaint_ids(register.RegisterFilter(deadline_state=deadlines.DUE_SOON))
    assert set(soon) == {a.id, b.id}  # A by its statutory deadline, B by its step
    office_time_is(office_clock, WEDNESDAY + dt.timedelta(minutes=2))
    soon = register.complaint_ids(register.RegisterFilter(deadline_state=deadlines.DUE_SOON))
    on_time = register.complaint_ids(register.RegisterFilter(
        deadline_state=deadlines.ON_TIME))
    assert soon == [a.id] and on_time == [b.id]
