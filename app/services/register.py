"""The complaint register as queries: ids behind a filter (for the lazy table model), rows
fetched a page at a time, and "my tasks" for a user's lanes. Deadline states become plain
range predicates on indexed columns (see app.office.deadlines.Cutoffs), so filtering 100k
complaints by lane and state stays a single indexed query."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import Expression

from app.office import deadlines
from app.office.text import clean_text
from app.services import fields, search, settings
from app.services.calendar import office_calendar
from app.services.permissions import can_see_reporter, reporter_display
from app.store.db import as_datetime
from app.store.models import (
    STATUS_CLOSED,
    STATUS_HOLD,
    STATUS_OPEN,
    Complaint,
    Pelapor,
    User,
    database,
    now,
)


@dataclass
class RegisterFilter:
    text: str = ""
    status: str | None = None
    lane: str | None = None
    tier: str | None = None
    channel: str | None = None
    received_from: dt.date | None = None
    received_to: dt.date | None = None
    deadline_state: str | None = None  # one of app.office.deadlines.STATES


@dataclass
class RegisterRow:
    id: int
    register_no: str
    received_at: dt.datetime
    reporter: str
    subject_name: str
    summary: str
    step_no: int | None
    lane: str | None
    status: str
    tier: str
    channel: str
    confidentiality: str
    step_due_at: dt.datetime | None
    due_at: dt.datetime | None
    state: str  # the worse of the two below (the "Keadaan" column)
    row_version: int
    match: search.Match | None = None  # where the register's search text matched
    step_state: str = deadlines.ON_TIME  # the step's own deadline
    due_state: str = deadlines.ON_TIME  # the statutory deadline
    step_soon_at: dt.datetime | None = None


SORT_COLUMNS = {
    "register_no": Complaint.id,  # numbers follow registration order
    "received_at": Complaint.received_at,
    "subject": Complaint.subject_name,
    "step": Complaint.current_step,
    "lane": Complaint.current_lane,
    "status": Complaint.status,
    "step_due_at": Complaint.step_due_at,
    "due_at": Complaint.due_at,
}
RELEVANCE = "relevance"  # with a search text: best match first (app.services.search)


def current_cutoffs(at: dt.datetime | None = None) -> deadlines.Cutoffs:
    return deadlines.cutoffs(office_calendar(), at or now(), settings.current().due_soon_days)


def search_text(text: str | None) -> str:
    """What the register searches for: the typed text cleaned (app.office.text) and cut to
    fields.SEARCH_LIMIT characters, beyond which no register entry can match (a longer
    pattern would only make the database refuse the query)."""
    return clean_text(text)[:fields.SEARCH_LIMIT].strip()


def _overdue(c: deadlines.Cutoffs) -> Expression:
    return (Complaint.status == STATUS_OPEN) & (
        (Complaint.step_due_at < c.now) | (Complaint.due_at < c.now))


def _due_soon(c: deadlines.Cutoffs) -> Expression:
    """Neither deadline passed, and the step past its stored "due soon" instant or the
    statutory deadline within its window: index ranges on the stored instants."""
    return (Complaint.status == STATUS_OPEN) & (Complaint.step_due_at >= c.now) & (
        Complaint.due_at >= c.now) & ((Complaint.step_soon_at <= c.now)
                                      | (Complaint.due_at < c.statutory_soon))


def _where(f: RegisterFilter, user: User | None, c: deadlines.Cutoffs) -> Expression | None:
    conditions = []
    # Every field and output, through the search index; the fields that may name a
    # confidential reporter only for the lanes that may see them (app.services.search).
    match = search.condition(f.text, user)
    if match is not None:
        conditions.append(match)
    for column, value in ((Complaint.status, f.status), (Complaint.current_lane, f.lane),
                          (Complaint.tier, f.tier), (Complaint.channel, f.channel)):
        if value:
            conditions.append(column == value)
    if f.received_from:
        conditions.append(Complaint.received_at >= dt.datetime.combine(f.received_from,
                                                                       dt.time()))
    if f.received_to:
        conditions.append(Complaint.received_at < dt.datetime.combine(
            f.received_to + dt.timedelta(days=1), dt.time()))
    if f.deadline_state == deadlines.OVERDUE:
        conditions.append(_overdue(c))
    elif f.deadline_state == deadlines.DUE_SOON:
        conditions.append(_due_soon(c))
    elif f.deadline_state == deadlines.ON_TIME:
        conditions.append((Complaint.status == STATUS_HOLD) | (
            (Complaint.status == STATUS_OPEN) & (Complaint.step_soon_at > c.now)
            & (Complaint.step_due_at >= c.now) & (Complaint.due_at >= c.statutory_soon)))
    if not conditions:
        return None
    result = conditions[0]
    for condition in conditions[1:]:
        result &= condition
    return result


def _base(query, f: RegisterFilter, user, c):
    where = _where(f, user, c)
    return query.where(where) if where is not None else query


def _order(sort: str, descending: bool):
    column = SORT_COLUMNS.get(sort, Complaint.received_at)
    primary = column.desc(nulls="LAST") if descending else column.asc(nulls="LAST")
    tie = Complaint.id.desc() if descending else Complaint.id.asc()
    return [primary, tie]


def complaint_ids(f: RegisterFilter, user: User | None = None, *, sort: str = "received_at",
                  descending: bool = True, cutoffs: deadlines.Cutoffs | None = None
                  ) -> list[int]:
    """Every id matching `f`, in display order (ids only: cheap even at 100k rows).
    `sort` RELEVANCE with a search text: best match first (descending: last)."""
    c = cutoffs or current_cutoffs()
    if sort == RELEVANCE and search.needle(f.text):
        query = _base(Complaint.select(Complaint.id), f, user, c)
        sql, params = query.sql()
        wanted = {row[0] for row in database.execute_sql(sql, params).fetchall()}
        ranked = [cid for cid in search.ranked_ids(f.text, user) if cid in wanted]
        return ranked[::-1] if descending else ranked
    query = _base(Complaint.select(Complaint.id), f, user, c).order_by(*_order(sort, descending))
    # Straight from the cursor: peewee's per-row processing costs ~1 µs a row, which is
    # most of the time at 100k ids.
    sql, params = query.sql()
    return [row[0] for row in database.execute_sql(sql, params).fetchall()]


_ROW_FIELDS = (Complaint.id, Complaint.register_no, Complaint.received_at, Pelapor.name,
               Complaint.subject_name, Complaint.summary, Complaint.current_step,
               Complaint.current_lane, Complaint.status, Complaint.tier, Complaint.channel,
               Complaint.confidentiality, Complaint.step_due_at, Complaint.due_at,
               Complaint.row_version, Complaint.step_soon_at)



def _rows(query, user: User | None, c: deadlines.Cutoffs) -> list[RegisterRow]:
    may_see = can_see_reporter(user, "rahasia")  # once per page, not per row
    rows = []
    # Straight from the cursor: peewee's row conversion (its datetime parsing tries format
    # after format) was two thirds of the time of a screen of tasks or register rows.
    sql, params = query.sql()
    for t in database.execute_sql(sql, params).fetchall():
        (cid, number, received, name, subject, summary, step, lane, status, tier, channel,
         conf, step_due, due, version, step_soon) = t
        received, step_due, due = as_datetime(received), as_datetime(step_due), as_datetime(due)
        step_soon = as_datetime(step_soon)
        if status == STATUS_OPEN:  # each deadline by its own threshold
            step_state = deadlines.step_state(step_soon, step_due, c)
            due_state = deadlines.statutory_state(due, c)
        else:
            step_state = due_state = deadlines.ON_TIME
        reporter = reporter_display(user, conf, name, may_see=may_see)
        rows.append(RegisterRow(cid, number, received, reporter, subject, summary, step, lane,
                                status, tier, channel, conf, step_due, due,
                                deadlines.worse(step_state, due_state), version,
                                step_state=step_state, due_state=due_state,
                                step_soon_at=step_soon))
    return rows


def fetch_rows(ids: list[int], user: User | None = None,
               cutoffs: deadlines.Cutoffs | None = None, *, text: str = ""
               ) -> dict[int, RegisterRow]:
    """The display rows for `ids` (one page), keyed by id; the reporter masked per user;
    with `text` (the search box), where each row matched it (RegisterRow.match)."""
    if not ids:
        return {}
    c = cutoffs or current_cutoffs()
    query = (Complaint.select(*_ROW_FIELDS).join(Pelapor, on=(Complaint.pelapor == Pelapor.id))
             .where(Complaint.id.in_(ids)))
    return {row.id: row for row in _with_matches(_rows(query, user, c), text, user)}


def _with_matches(rows: list[RegisterRow], text: str, user: User | None
                  ) -> list[RegisterRow]:
    if search.needle(text):
        found = search.matches([row.id for row in rows], text, user)
        for row in rows:
            row.match = found.get(row.id)
    return rows


def page(f: RegisterFilter, user: User | None = None, *, offset: int = 0, limit: int = 100,
         sort: str = "step_due_at", descending: bool = False,
         cutoffs: deadlines.Cutoffs | None = None) -> list[RegisterRow]:
    """One page of rows matching `f`, in one query."""
    c = cutoffs or current_cutoffs()
    query = Complaint.select(*_ROW_FIELDS).join(Pelapor, on=(Complaint.pelapor == Pelapor.id))
    where = _where(f, user, c)
    if where is not None:
        query = query.where(where)
    query = query.order_by(*_order(sort, descending)).offset(offset).limit(limit)
    return _with_matches(_rows(query, user, c), f.text, user)


def count(f: RegisterFilter, user: User | None = None,
          cutoffs: deadlines.Cutoffs | None = None) -> int:
    c = cutoffs or current_cutoffs()
    return _base(Complaint.select(), f, user, c).count()


def my_tasks(user: User, *, at: dt.datetime | None = None, limit: int = 500
             ) -> list[RegisterRow]:
    """Open and held complaints waiting on the user's lanes, nearest step deadline first."""
    c = current_cutoffs(at)
    if not user.lanes:
        return []
    query = (Complaint.select(*_ROW_FIELDS).join(Pelapor, on=(Complaint.pelapor == Pelapor.id))
             .where(Complaint.current_lane.in_(sorted(user.lanes))
                    & (Complaint.status != STATUS_CLOSED))
             .order_by(Complaint.step_due_at.asc(nulls="LAST"), Complaint.id).limit(limit))
    return _rows(query, user, c)
