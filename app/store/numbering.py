"""Per-year sequences and the numbers made from them (register numbers; document numbers
reuse the same counter). Allocation happens inside the caller's transaction, so a number is
never handed out twice, also across workstations, and a rolled-back action frees nothing.

A counter restarts at 1 each year, so a pattern need not print the year (the ministry writes
nota dinas numbers as `W.32.UM.01.01-1473`): a number is unique within its year, and the
year is that of the number's date."""

from __future__ import annotations

import datetime as dt
import string

from app.office.wording import ROMAN_MONTHS
from app.store.models import Counter, database

# What every pattern may use; a document pattern may also use {office_code},
# {classification} and {register_no}, a register pattern {office_code}.
DATE_FIELDS = frozenset({"seq", "year", "month", "month_roman"})


def next_value(name: str, year: int) -> int:
    """Increment and return the counter `name` for `year`. Must run in a transaction."""
    with database.atomic():
        Counter.insert(name=name, year=year, value=0).on_conflict_ignore().execute()
        # The UPDATE takes the row lock (PostgreSQL) before we read the new value.
        Counter.update(value=Counter.value + 1).where(
            (Counter.name == name) & (Counter.year == year)).execute()
        return Counter.get((Counter.name == name) & (Counter.year == year)).value


def format_number(pattern: str, seq: int, when: dt.date, **extra: str) -> str:
    """Fill a pattern such as "{seq:04d}/PENGADUAN/{month_roman}/{year}"."""
    return pattern.format(seq=seq, year=when.year, month=when.month,
                          month_roman=ROMAN_MONTHS[when.month - 1], **extra)


def pattern_fields(pattern: str) -> set[str]:
    """The names `pattern` fills in: "{seq:04d}/{year}" -> {"seq", "year"}; "" stands for
    a positional "{}". Raises ValueError for a malformed pattern (an unmatched brace)."""
    return {name.split(".")[0].split("[")[0]
            for _text, name, _spec, _conversion in string.Formatter().parse(pattern)
            if name is not None}
