"""The user's tasks (Tugas Saya) with the working time left on each step, nearest step
deadline first: the desktop's first screen."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.errors import NotPermitted
from app.office import deadlines
from app.services import accounts, register
from app.services.calendar import office_calendar
from app.store.models import STATUS_OPEN, User, now


@dataclass
class TaskItem:
    row: register.RegisterRow
    step_minutes_left: float | None  # negative when overdue


def my_task_items(user: User, *, at: dt.datetime | None = None) -> list[TaskItem]:
    """The user's tasks (nearest step deadline first) with the working time left, by the
    lanes the account holds now (none once it is deactivated)."""
    try:
        user = accounts.current(user)
    except NotPermitted:
        return []
    at = at or now()
    calendar = office_calendar()
    items = []
    for row in register.my_tasks(user, at=at):
        step_left = (deadlines.minutes_left(calendar, at, row.step_due_at)
                     if row.status == STATUS_OPEN and row.step_due_at else None)
        items.append(TaskItem(row, step_left))
    return items
