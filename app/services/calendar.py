"""The office's working calendar, kept in the shared database so every workstation counts
working time alike (schema v5).

A year's national holidays and cuti bersama are loaded from the `holidays` package by the
first workstation that needs that year, and from then on read from the database by all, so
a PC with another package version counts the same days. An administrator keeps the office's
own days on top (days off, extra working days, a cuti bersama moved by joint decree), each
with the source it rests on, and may reload a year from the package. Every change moves the
deadlines of the open complaints in the same transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from weakref import WeakKeyDictionary

from peewee import fn

from app.errors import ValidationError
from app.i18n import _
from app.office import deadlines
from app.office.holidays import holidays_version, national_holidays
from app.office.text import clean_text
from app.office.working_time import WorkingCalendar
from app.services import audit, settings
from app.services.accounts import Actor, require_admin
from app.store.models import (
    CALENDAR_NATIONAL,
    CALENDAR_OFFICE,
    DAY_OFF,
    STATUS_CLOSED,
    STATUS_OPEN,
    WORKING_DAY,
    CalendarDay,
    CalendarYear,
    Complaint,
    database,
    now,
)

KINDS = {DAY_OFF: "Hari libur", WORKING_DAY: "Hari kerja"}
ORIGINS = {CALENDAR_NATIONAL: "Nasional", CALENDAR_OFFICE: "Kantor"}
_NAME_MAX = 120
_SOURCE_MAX = 200
YEARS = range(2000, 2101)  # what an office's calendar can sensibly hold


@dataclass(frozen=True)
class CalendarEntry:
    day: dt.date
    origin: str  # CALENDAR_NATIONAL | CALENDAR_OFFICE
    kind: str  # DAY_OFF | WORKING_DAY
    name: str
    source: str
    updated_by: str | None
    in_force: bool  # False: a national day the office overrides


# --------------------------------------------------------------------------- reading

# Per database object (a workstation may switch databases; ids of freed objects recur).
_cache: WeakKeyDictionary = WeakKeyDictionary()


_revision_sql: dict[type, tuple[str, list]] = {}  # per kind of database: built once


def _revision() -> tuple:
    """Changes whenever a year is loaded or any day edited, also by an upgrade that brought
    office days without their year (one small query; asked by every service call)."""
    kind = type(database.obj)
    if kind not in _revision_sql:
        office = CalendarDay.select(fn.COUNT(CalendarDay.id)).where(
            CalendarDay.origin == CALENDAR_OFFICE)
        _revision_sql[kind] = CalendarYear.select(
            fn.COUNT(CalendarYear.year), fn.SUM(CalendarYear.revision), office,
            office.select(fn.MAX(CalendarDay.id))).sql()
    sql, params = _revision_sql[kind]
    return tuple(database.execute_sql(sql, params).fetchone())


def office_calendar() -> WorkingCalendar:
    """The working calendar as the database holds it now; rebuilt when it changed."""
    key = _revision()
    cached = _cache.get(database.obj)
    if cached and cached[0] == key:
        return cached[1]
    office = list(CalendarDay.select(CalendarDay.day, CalendarDay.kind, CalendarDay.name)
                  .where(CalendarDay.origin == CALENDAR_OFFICE).tuples())
    calendar = WorkingCalendar(
        national_holidays=_NationalDays(),
        days_off={day: name for day, kind, name in office if kind == DAY_OFF},
        extra_working_days=[day for day, kind, _name in office if kind == WORKING_DAY])
    _cache[database.obj] = (key, calendar)
    return calendar


class _NationalDays:
    """year -> the national days the database holds, loading the year on first need."""

    def __init__(self) -> None:
        self._years: dict[int, Mapping[dt.date, str]] = {}

    def __call__(self, year: int) -> Mapping[dt.date, str]:
        table = self._years.get(year)
        if table is None:
            ensure_year(year)
            table = self._years[year] = MappingProxyType(dict(
                CalendarDay.select(CalendarDay.day, CalendarDay.name)
                .where((CalendarDay.origin == CALENDAR_NATIONAL)
                       & CalendarDay.day.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
                .tuples()))
        return table


def checked_year(year: int) -> int:
    if year not in YEARS:
        raise ValidationError(_("Tahun {y} di luar kalender kantor ({a}-{b}).").format(
            y=year, a=YEARS.start, b=YEARS.stop - 1), "year")
    return year


def ensure_year(year: int) -> bool:
    """Load `year`'s national days from the package unless the database has them; True
    when this call loaded them. Two workstations racing store the year once."""
    if CalendarYear.get_or_none(CalendarYear.year == year) is not None:
        return False
    table = national_holidays(year)
    if database.in_transaction():
        # The caller's transaction may roll back and take the year with it: no calendar
        # built on it may outlive the transaction in the cache.
        _cache.pop(database.obj, None)
    with database.atomic():
        CalendarYear.insert(year=year, source=_package_source(), loaded_at=now()
                            ).on_conflict_ignore().execute()
        # A workstation that lost the race waited for the winner's commit: its days are in.
        if not _year_is_empty(year):
            return False
        _insert_national(table, by=None)
    return True


def _year_is_empty(year: int) -> bool:
    return not (CalendarDay.select().where(
        (CalendarDay.origin == CALENDAR_NATIONAL)
        & CalendarDay.day.between(dt.date(year, 1, 1), dt.date(year, 12, 31))).exists())


def _package_source() -> str:
    return f"holidays {holidays_version() or '?'}"


def _insert_national(table: Mapping[dt.date, str], by: str | None) -> None:
    at, source = now(), _package_source()
    rows = [{"day": day, "origin": CALENDAR_NATIONAL, "kind": DAY_OFF, "name": name[:_NAME_MAX],
             "source": source, "updated_at": at, "updated_by": by}
            for day, name in sorted(table.items())]
    if rows:
        CalendarDay.insert_many(rows).execute()


def entries(year: int) -> list[CalendarEntry]:
    """Every stored day of `year` (loading the national ones if needed), by date; a national
    day the office overrides is listed too, marked not in force."""
    ensure_year(checked_year(year))
    rows = list(CalendarDay.select().where(
        CalendarDay.day.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
        .order_by(CalendarDay.day, CalendarDay.origin.desc()))
    office_days = {r.day for r in rows if r.origin == CALENDAR_OFFICE}
    return [CalendarEntry(r.day, r.origin, r.kind, r.name, r.source, r.updated_by,
                          r.origin == CALENDAR_OFFICE or r.day not in office_days)
            for r in rows]


# --------------------------------------------------------------------------- changing

def set_office_day(day: dt.date, kind: str, name: str, source: str, *, actor: Actor) -> None:
    """Declare `day` an office day off or an extra working day (replacing the office's own
    entry for that day, if any). `source`: the decree or decision it rests on."""
    if kind not in KINDS:
        raise ValidationError(_("Jenis hari '{k}' tidak dikenal (libur atau kerja).")
                              .format(k=kind), "kind")
    name = _required(name, _NAME_MAX, _("Nama/keterangan hari"), "name")
    source = _required(source, _SOURCE_MAX, _("Dasar (sumber) perubahan"), "source")
    ensure_year(checked_year(day.year))
    with database.atomic():
        by = require_admin(actor)  # as the account is now, in this transaction
        allowed = _open_steps()
        old = CalendarDay.get_or_none((CalendarDay.day == day)
                                      & (CalendarDay.origin == CALENDAR_OFFICE))
        CalendarDay.delete().where((CalendarDay.day == day)
                                   & (CalendarDay.origin == CALENDAR_OFFICE)).execute()
        CalendarDay.create(day=day, origin=CALENDAR_OFFICE, kind=kind, name=name,
                           source=source, updated_at=now(), updated_by=by)
        moved = _changed(day.year, allowed)
        audit.record("kalender.ubah", actor=by, detail={
            "tanggal": day.isoformat(), "jenis": kind, "nama": name, "sumber": source,
            "sebelumnya": _describe(old), "tenggat_digeser": moved})


def remove_office_day(day: dt.date, *, actor: Actor) -> None:
    """Take back the office's own entry for `day` (the national calendar applies again)."""
    with database.atomic():
        by = require_admin(actor)  # as the account is now, in this transaction
        allowed = _open_steps()
        old = CalendarDay.get_or_none((CalendarDay.day == day)
                                      & (CalendarDay.origin == CALENDAR_OFFICE))
        if old is None:
            raise ValidationError(_("Tanggal {d} tidak ada dalam kalender kantor.")
                                  .format(d=day.isoformat()), "day")
        old.delete_instance()
        moved = _changed(day.year, allowed)
        audit.record("kalender.hapus", actor=by, detail={
            "tanggal": day.isoformat(), "sebelumnya": _describe(old), "tenggat_digeser": moved})


def refresh_national(year: int, *, actor: Actor) -> tuple[list[str], list[str]]:
    """Reload `year`'s national days from the installed `holidays` package (after a joint
    decree changed the cuti bersama, and the package was updated). Returns the days added
    and removed, as "YYYY-MM-DD name"."""
    table = national_holidays(checked_year(year), use_cache=False)
    ensure_year(year)
    with database.atomic():
        by = require_admin(actor)  # as the account is now, in this transaction
        allowed = _open_steps()
        span = CalendarDay.day.between(dt.date(year, 1, 1), dt.date(year, 12, 31))
        old = dict(CalendarDay.select(CalendarDay.day, CalendarDay.name)
                   .where((CalendarDay.origin == CALENDAR_NATIONAL) & span).tuples())
        CalendarDay.delete().where((CalendarDay.origin == CALENDAR_NATIONAL) & span).execute()
        _insert_national(table, by=by)
        CalendarYear.update(source=_package_source(), loaded_at=now()).where(
            CalendarYear.year == year).execute()
        added = [f"{d.isoformat()} {n}" for d, n in sorted(table.items()) if old.get(d) != n]
        removed = [f"{d.isoformat()} {n}" for d, n in sorted(old.items())
                   if table.get(d) != n]
        moved = _changed(year, allowed)
        audit.record("kalender.perbarui", actor=by, detail={
            "tahun": year, "sumber": _package_source(), "ditambah": added,
            "dihapus": removed, "tenggat_digeser": moved})
    return added, removed


def _required(value: str, limit: int, label: str, field: str) -> str:
    text = " ".join(clean_text(value).split())
    if not text:
        raise ValidationError(_("{f} wajib diisi.").format(f=label), field)
    if len(text) > limit:
        raise ValidationError(_("{f} terlalu panjang (paling banyak {n} karakter).")
                              .format(f=label, n=limit), field)
    return text


def _describe(row: CalendarDay | None) -> dict | None:
    if row is None:
        return None
    return {"jenis": row.kind, "nama": row.name, "sumber": row.source}


def _open_steps() -> dict[int, tuple[float, float | None]]:
    """The working minutes each open step was given, and those until it turns "due soon",
    measured on the calendar as it is before a change (every year it spans loaded first),
    by complaint id."""
    before = office_calendar()
    return {cid: (before.working_minutes_between(started, due),
                  before.working_minutes_between(started, soon) if soon else None)
            for cid, started, soon, due in Complaint.select(
                Complaint.id, Complaint.step_started_at, Complaint.step_soon_at,
                Complaint.step_due_at)
            .where((Complaint.status == STATUS_OPEN) & Complaint.step_started_at.is_null(False)
                   & Complaint.step_due_at.is_null(False)).tuples().iterator()}


def _changed(year: int, allowed: dict[int, tuple[float, float | None]]) -> int:
    """Record the change (other workstations see the revision move) and move the deadlines
    of the open complaints to the new calendar; returns how many complaints moved."""
    CalendarYear.update(revision=CalendarYear.revision + 1).where(
        CalendarYear.year == year).execute()
    return move_open_deadlines(allowed, office_calendar())


def move_open_deadlines(allowed: dict[int, tuple[float, float | None]],
                        after: WorkingCalendar) -> int:
    """Lay the working time each open step had (`allowed`, by complaint id, measured before
    the change) out again on `after`, and count each statutory deadline again from
    receipt. A complaint changed meanwhile by an action (its row_version moved) is left as
    that action set it: the action already used the new calendar. Returns how many moved."""
    office = settings.current()
    moved = 0
    query = (Complaint.select(Complaint.id, Complaint.status, Complaint.received_at,
                              Complaint.tier, Complaint.held_minutes,
                              Complaint.step_started_at, Complaint.step_soon_at,
                              Complaint.step_due_at, Complaint.due_at, Complaint.row_version)
             .where(Complaint.status != STATUS_CLOSED))
    for c in query.iterator():
        changes: dict = {}
        if c.status == STATUS_OPEN and c.id in allowed and c.step_started_at:
            given, until_soon = allowed[c.id]
            step_due = deadlines.step_due(after, c.step_started_at, given)
            if step_due != c.step_due_at:
                changes["step_due_at"] = step_due
            soon = (min(step_due, deadlines.step_due(after, c.step_started_at, until_soon))
                    if until_soon is not None else None)  # keeps its working time too
            if soon is not None and soon != c.step_soon_at:
                changes["step_soon_at"] = soon
        try:
            days = settings.tier_days(c.tier, office)
        except (KeyError, TypeError, ValueError):  # a tier gone or damaged: left as it was
            days = None
        if days is not None:
            due = deadlines.statutory_due(after, c.received_at, days, c.held_minutes)
            if due != c.due_at:
                changes["due_at"] = due
        if changes and Complaint.update(**changes).where(
                (Complaint.id == c.id) & (Complaint.row_version == c.row_version)).execute():
            moved += 1
    return moved
