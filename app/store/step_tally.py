"""The step tally: finished step passes counted per month of receipt, step, official and
whole working minute (table `step_tally`).

The SOP compliance report needs the distribution of working minutes per step and per
official. Read from the step records, a year at 100k complaints is 1.4M rows and takes
seconds; the tally holds one row per (month, step, official, minute), a bounded number
whatever the volume, so the year reads in tens of milliseconds.

The workflow counts each finished pass in the transaction of the action that finished it
(`count_pass`), so the tally is never behind. `rebuild` recomputes it from the step records
(schema upgrade, bulk demo data, or an administrator who doubts it); `verify` compares.

Minutes are rounded to whole minutes (half up) here; whether a pass was within the
standard is decided on the exact minutes before rounding.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterator

from peewee import Case, PostgresqlDatabase, fn

from app.i18n import _
from app.store.models import (
    OUTCOME_COMPLETED,
    OUTCOME_FORWARDED,
    OUTCOME_RETURNED,
    Complaint,
    StepRecord,
    StepTally,
    database,
)

# A finished pass of a step; a pass ended by a hold is waiting, not work done.
DONE_OUTCOMES = (OUTCOME_FORWARDED, OUTCOME_RETURNED, OUTCOME_COMPLETED)
NO_ACTOR = 0  # the tally's key cannot hold NULL (NULLs never conflict in a unique index)

Key = tuple[str, int, int, int]  # month, step no, actor id, whole minutes


def whole_minutes(minutes: float) -> int:
    """Half up, the same on every backend (Python's round() rounds half to even)."""
    return math.floor(minutes + 0.5)


def month_of(day: dt.date | dt.datetime) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def month_key(column):
    """SQL for a timestamp's month as 'YYYY-MM' on either backend."""
    if isinstance(database.obj, PostgresqlDatabase):
        return fn.to_char(column, "YYYY-MM")
    return fn.strftime("%Y-%m", column)


def count_pass(received_at: dt.datetime, step_no: int, actor_id: int | None,
               minutes: float, standard: int, outcome: str) -> None:
    """Count one finished pass. Call inside the action's transaction."""
    if outcome not in DONE_OUTCOMES:
        return
    within = int(minutes <= standard)
    returned = int(outcome == OUTCOME_RETURNED)
    (StepTally.insert(month=month_of(received_at), step_no=step_no,
                      actor_id=actor_id or NO_ACTOR, minutes=whole_minutes(minutes),
                      passes=1, within=within, returned=returned)
     .on_conflict(conflict_target=[StepTally.month, StepTally.step_no, StepTally.actor_id,
                                   StepTally.minutes],
                  update={StepTally.passes: StepTally.passes + 1,
                          StepTally.within: StepTally.within + within,
                          StepTally.returned: StepTally.returned + returned})
     .execute())


def from_records(start: dt.datetime | None = None,
                 end: dt.datetime | None = None) -> dict[Key, list[int]]:
    """The tally recomputed from the step records of complaints received in [start, end)
    (all when not given): key -> [passes, within, returned]."""
    month = month_key(Complaint.received_at)
    within = fn.SUM(Case(None, [(StepRecord.working_minutes <= StepRecord.standard_minutes,
                                 1)], 0))
    returned = fn.SUM(Case(None, [(StepRecord.outcome == OUTCOME_RETURNED, 1)], 0))
    where = (StepRecord.outcome.in_(DONE_OUTCOMES) & StepRecord.working_minutes.is_null(False))
    if start is not None:
        where &= (Complaint.received_at >= start) & (Complaint.received_at < end)
    # Grouped by the exact minutes in SQL, rounded here: one rounding rule for both backends.
    query = (StepRecord.select(month, StepRecord.step_no, StepRecord.actor,
                               StepRecord.working_minutes, fn.COUNT(StepRecord.id), within,
                               returned)
             .join(Complaint, on=(StepRecord.complaint == Complaint.id)).where(where)
             .group_by(month, StepRecord.step_no, StepRecord.actor,
                       StepRecord.working_minutes))
    tally: dict[Key, list[int]] = defaultdict(lambda: [0, 0, 0])
    for key_month, step_no, actor, minutes, n, ok, back in query.tuples().iterator():
        row = tally[(key_month, step_no, actor or NO_ACTOR, whole_minutes(minutes))]
        row[0] += n
        row[1] += ok or 0
        row[2] += back or 0
    return tally


def rebuild() -> int:
    """Recompute the whole tally from the step records; returns its number of rows."""
    tally = from_records()
    rows = [(m, s, a, w, p, ok, back) for (m, s, a, w), (p, ok, back) in tally.items()]
    db = database.obj
    # Plain executemany: peewee's building of a 500-row INSERT cost more than the rows
    # (10 s of a 20,000-complaint demo).
    columns = ", ".join(f'"{c}"' for c in ("month", "step_no", "actor_id", "minutes",
                                             "passes", "within", "returned"))
    sql = f'INSERT INTO "{StepTally._meta.table_name}" ({columns}) VALUES '
    with db.atomic():
        StepTally.delete().execute()
        if isinstance(db, PostgresqlDatabase):
            from psycopg2.extras import execute_values

            execute_values(db.cursor(), sql + "%s", rows, page_size=1000)
        else:
            db.cursor().executemany(sql + f"({', '.join('?' * 7)})", rows)
    return len(rows)


def stored() -> dict[Key, list[int]]:
    return {(t.month, t.step_no, t.actor_id, t.minutes): [t.passes, t.within, t.returned]
            for t in StepTally.select().iterator()}


def verify() -> list[str]:
    """Differences between the stored tally and the step records (empty when they agree)."""
    expected, actual = dict(from_records()), stored()
    return [_("Bulan {m}, langkah {s}, pengguna {a}, {w} menit: tercatat {got}, seharusnya "
              "{want} (pelaksanaan, tepat waktu, dikembalikan).").format(
                m=key[0], s=key[1], a=key[2], w=key[3], got=actual.get(key),
                want=expected.get(key))
            for key in sorted(set(expected) | set(actual))
            if expected.get(key) != actual.get(key)]


def passes(start: dt.date, end: dt.date) -> Iterator[tuple[int | None, int, int, int, int,
                                                               int]]:
    """(actor id or None, step no, whole minutes, passes, within, returned) for complaints
    received from `start` to `end` (both included). Whole months come from the tally; the
    days of a month only partly in the range from the step records."""
    whole, partial = _split(start, end)
    if whole:
        key = (StepTally.actor_id, StepTally.step_no, StepTally.minutes)
        for actor, step_no, minutes, n, ok, back in (
                StepTally.select(*key, fn.SUM(StepTally.passes), fn.SUM(StepTally.within),
                                 fn.SUM(StepTally.returned))
                .where(StepTally.month.between(whole[0], whole[1])).group_by(*key)
                .tuples().iterator()):
            yield actor or None, step_no, minutes, n, ok, back
    for first, last in partial:
        tally = from_records(dt.datetime.combine(first, dt.time()),
                             dt.datetime.combine(last + dt.timedelta(days=1), dt.time()))
        for (_month, step_no, actor, minutes), (n, ok, back) in tally.items():
            yield actor or None, step_no, minutes, n, ok, back


def _split(start: dt.date, end: dt.date) -> tuple[tuple[str, str] | None,
                                                  list[tuple[dt.date, dt.date]]]:
    """The whole months inside [start, end] as ('YYYY-MM', 'YYYY-MM'), and the day ranges
    left over at either end."""
    first_whole = start if start.day == 1 else _next_month(start)
    after_last = _next_month(end) if _next_month(end) - dt.timedelta(days=1) == end \
        else end.replace(day=1)
    if first_whole >= after_last:  # no whole month: the range itself is the partial part
        return None, [(start, end)]
    partial = []
    if start < first_whole:
        partial.append((start, first_whole - dt.timedelta(days=1)))
    if after_last <= end:
        partial.append((after_last, end))
    last_whole = after_last - dt.timedelta(days=1)
    return (month_of(first_whole), month_of(last_whole)), partial


def _next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
