"""Deadlines in working time: per step (the SOP's standard minutes) and per complaint (the
statutory tier, in working days). Pure functions over a WorkingCalendar; a complaint on hold
does not age, because the time held pushes its deadlines back.

"Due soon" means something different for the two: a step is due soon once a share of its
own standard time is used (`due_soon_step_percent`, e.g. 80 %: a 10-minute step after 8
minutes, a 60-minute one after 48), an instant fixed when the step starts and stored with
it (Complaint.step_soon_at) so the register filters by an index range; the statutory
deadline is due soon within a window of working days before it (`due_soon_days`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.office.working_time import WORKING_DAY_MINUTES, WorkingCalendar

ON_TIME = "tepat_waktu"
DUE_SOON = "segera"
OVERDUE = "terlambat"
STATES = (ON_TIME, DUE_SOON, OVERDUE)
_SEVERITY = {ON_TIME: 0, DUE_SOON: 1, OVERDUE: 2}

#: Share of a step's standard time used when it turns "due soon", by default.
DEFAULT_SOON_PERCENT = 80.0


def step_due(calendar: WorkingCalendar, started_at: dt.datetime, minutes: float) -> dt.datetime:
    return calendar.add_working_minutes(started_at, minutes)


def step_soon(calendar: WorkingCalendar, started_at: dt.datetime, due: dt.datetime,
              standard_minutes: float, percent: float) -> dt.datetime:
    """When a step started at `started_at` and due at `due` turns "due soon": once
    `percent` % of its `standard_minutes` are used, i.e. when (100 - percent) % of the
    standard is left before `due`; never before the start. A step resumed after a hold
    with part of its time used turns due soon as early as the full step would have."""
    allowed = calendar.working_minutes_between(started_at, due)
    window = standard_minutes * (100.0 - percent) / 100.0
    return calendar.add_working_minutes(started_at, max(0.0, allowed - window))


def step_clock(calendar: WorkingCalendar, at: dt.datetime, remaining: float,
               standard_minutes: float, percent: float) -> tuple[dt.datetime, dt.datetime]:
    """(due soon, due) of a step opened at `at` with `remaining` working minutes of its
    `standard_minutes` left (all of them on a fresh step)."""
    due = calendar.add_working_minutes(at, remaining)
    return step_soon(calendar, at, due, standard_minutes, percent), due


def held_days(held_minutes: float) -> int:
    """The whole working days a complaint spent on hold: what its statutory deadline, kept
    in working days, is moved by (a hold of seconds or hours moves no day)."""
    if held_minutes <= 0:
        return 0
    # A micro-minute of slack: sums of measured holds are floats.
    return int((held_minutes + 1e-6) // WORKING_DAY_MINUTES)


def statutory_due(calendar: WorkingCalendar, received_at: dt.datetime, days: int,
                  held_minutes: float = 0) -> dt.datetime:
    """Closing time of the `days`-th working day after receipt, moved by each whole
    working day spent on hold. The deadline is a day's closing time and stays one: adding
    the held minutes themselves turned a 12-second hold of a deadline at Friday's closing
    into Monday 07:30 (Friday 16:30 plus 12 working seconds), which the receipt printed."""
    return calendar.add_working_days(received_at, days + held_days(held_minutes))


def minutes_left(calendar: WorkingCalendar, now: dt.datetime, due: dt.datetime) -> float:
    """Working minutes until `due`; negative when overdue (by that much working time)."""
    if now <= due:
        return calendar.working_minutes_between(now, due)
    return -calendar.working_minutes_between(due, now)


@dataclass(frozen=True)
class Cutoffs:
    """Wall-clock instants that turn the state into plain comparisons (and SQL ranges):
    `now`, and the statutory deadline's "due soon" edge (a deadline before it is due
    soon). A step's own "due soon" instant is stored with it (step_soon_at)."""

    now: dt.datetime
    statutory_soon: dt.datetime


def cutoffs(calendar: WorkingCalendar, now: dt.datetime, soon_days: float) -> Cutoffs:
    return Cutoffs(now, calendar.add_working_minutes(now, soon_days * WORKING_DAY_MINUTES))


def state_of(due: dt.datetime | None, now: dt.datetime, soon: dt.datetime | None) -> str:
    """OVERDUE after `due`, DUE_SOON from `soon` (an instant before `due`) on, else ON_TIME;
    ON_TIME without a deadline."""
    if due is None:
        return ON_TIME
    if due < now:
        return OVERDUE
    if soon is not None and soon <= now:
        return DUE_SOON
    return ON_TIME


def step_state(step_soon_at: dt.datetime | None, step_due_at: dt.datetime | None,
               c: Cutoffs) -> str:
    """The state of the step's own deadline (its stored "due soon" instant)."""
    return state_of(step_due_at, c.now, step_soon_at)


def statutory_state(due_at: dt.datetime | None, c: Cutoffs) -> str:
    """The state of the statutory deadline: due soon when it falls before the window's
    edge (Cutoffs.statutory_soon)."""
    if due_at is None:
        return ON_TIME
    if due_at < c.now:
        return OVERDUE
    return DUE_SOON if due_at < c.statutory_soon else ON_TIME


def worse(*states: str) -> str:
    return max(states, key=_SEVERITY.__getitem__)


def complaint_state(step_soon_at: dt.datetime | None, step_due_at: dt.datetime | None,
                    due_at: dt.datetime | None, c: Cutoffs) -> str:
    """The worse of the step's and the statutory state."""
    return worse(step_state(step_soon_at, step_due_at, c), statutory_state(due_at, c))
