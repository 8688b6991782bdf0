"""Deadlines in working time: per step (the SOP's standard minutes) and per complaint (the
statutory tier, in working days). Pure functions over a WorkingCalendar; a complaint on hold
does not age, because the held working minutes push its deadline back."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.office.working_time import WORKING_DAY_MINUTES, WorkingCalendar

ON_TIME = "tepat_waktu"
DUE_SOON = "segera"
OVERDUE = "terlambat"
STATES = (ON_TIME, DUE_SOON, OVERDUE)
_SEVERITY = {ON_TIME: 0, DUE_SOON: 1, OVERDUE: 2}


def step_due(calendar: WorkingCalendar, started_at: dt.datetime, minutes: float) -> dt.datetime:
    return calendar.add_working_minutes(started_at, minutes)


def statutory_due(calendar: WorkingCalendar, received_at: dt.datetime, days: int,
                  held_minutes: float = 0) -> dt.datetime:
    """End of the `days`-th working day after receipt, pushed back by time spent on hold."""
    due = calendar.add_working_days(received_at, days)
    if held_minutes > 0:
        due = calendar.add_working_minutes(due, held_minutes)
    return due


def minutes_left(calendar: WorkingCalendar, now: dt.datetime, due: dt.datetime) -> float:
    """Working minutes until `due`; negative when overdue (by that much working time)."""
    if now <= due:
        return calendar.working_minutes_between(now, due)
    return -calendar.working_minutes_between(due, now)


@dataclass(frozen=True)
class Cutoffs:
    """Wall-clock instants that turn the state into plain comparisons (and SQL ranges)."""

    now: dt.datetime
    step_soon: dt.datetime
    statutory_soon: dt.datetime


def cutoffs(calendar: WorkingCalendar, now: dt.datetime, soon_step_minutes: float,
            soon_days: float) -> Cutoffs:
    return Cutoffs(now, calendar.add_working_minutes(now, soon_step_minutes),
                   calendar.add_working_minutes(now, soon_days * WORKING_DAY_MINUTES))


def state_of(due: dt.datetime | None, now: dt.datetime, soon: dt.datetime) -> str:
    if due is None:
        return ON_TIME
    if due < now:
        return OVERDUE
    if due < soon:
        return DUE_SOON
    return ON_TIME


def complaint_state(step_due_at: dt.datetime | None, due_at: dt.datetime | None,
                    c: Cutoffs) -> str:
    """The worse of the step's and the statutory state."""
    states = (state_of(step_due_at, c.now, c.step_soon),
              state_of(due_at, c.now, c.statutory_soon))
    return max(states, key=_SEVERITY.__getitem__)
