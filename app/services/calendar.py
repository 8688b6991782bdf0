"""The office's working calendar, kept in the shared database so every workstation counts
working time alike: national holidays and cuti bersama, and the office's own days off and
extra working days."""

from __future__ import annotations

import datetime as dt

from app.office.working_time import WorkingCalendar
from app.services import audit
from app.services.accounts import Actor, require_admin
from app.store.models import HolidayOverride, database

_calendar_cache: dict[int, tuple[tuple, WorkingCalendar]] = {}


def office_calendar() -> WorkingCalendar:
    """The working calendar with this office's overrides; rebuilt when the overrides change."""
    rows = list(HolidayOverride.select().order_by(HolidayOverride.day).tuples())
    key = tuple(rows)
    cached = _calendar_cache.get(id(database.obj))
    if cached and cached[0] == key:
        return cached[1]
    days_off = {r[1]: r[3] for r in rows if r[2] == "libur"}
    extra = [r[1] for r in rows if r[2] == "kerja"]
    calendar = WorkingCalendar(days_off=days_off, extra_working_days=extra)
    _calendar_cache[id(database.obj)] = (key, calendar)
    return calendar


def add_holiday_override(day: dt.date, kind: str, name: str, *, actor: Actor):
    """An office day off ("libur") or extra working day ("kerja"); administrators only."""
    actor_name = require_admin(actor)
    if kind not in ("libur", "kerja"):
        raise ValueError(kind)
    with database.atomic():
        HolidayOverride.delete().where(HolidayOverride.day == day).execute()
        HolidayOverride.create(day=day, kind=kind, name=name)
        audit.record("kalender.ubah", actor=actor_name,
                     detail={"tanggal": day.isoformat(), "jenis": kind, "nama": name})
