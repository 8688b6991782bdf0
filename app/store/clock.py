"""The time of record: one clock for every timestamp the program stores or compares.

The instant comes from the workstation's clock corrected by its measured offset from the
database server (PostgreSQL: the server's clock is the time of record, so two workstations
whose clocks disagree still record the same time); it is stored and printed as the office's
wall-clock time in the office's zone (app.office.zones), whatever zone the PC is set to.
On the embedded SQLite file the workstation's clock is the only one there is.

app.store.db measures the offset when it opens a database and again every few minutes
(`sync`); a workstation more than SKEW_LIMIT off is warned (`skew_warning`).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

from app.i18n import _
from app.office.zones import office_time

SKEW_LIMIT = dt.timedelta(minutes=2)
RESYNC_SECONDS = 300


def _workstation_clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


_source: Callable[[], dt.datetime] = _workstation_clock
_offset = dt.timedelta(0)  # time of record minus the workstation's clock
_measured = False  # whether _offset was measured against a server
_resync: Callable[[], None] | None = None
_synced_at = 0.0  # time.monotonic() of the last measurement


def instant() -> dt.datetime:
    """Now, as an aware UTC instant of the time of record."""
    if _resync is not None and time.monotonic() - _synced_at > RESYNC_SECONDS:
        _run_resync()
    return _source() + _offset


def now() -> dt.datetime:
    """Now as the office's wall-clock time, to the second (what the database stores)."""
    return office_time(instant()).replace(microsecond=0)


def today() -> dt.date:
    return now().date()


def workstation_clock() -> dt.datetime:
    """The workstation's own clock (aware UTC), uncorrected."""
    return _source()


def use_source(source: Callable[[], dt.datetime] | None) -> None:
    """Read the workstation's clock from `source` (aware UTC), or the real one for None.
    Tests shift a workstation's clock with it."""
    global _source
    _source = source or _workstation_clock


def set_offset(offset: dt.timedelta | None, resync: Callable[[], None] | None = None) -> None:
    """Record the measured offset (None: no server clock, use the workstation's) and how to
    measure it again."""
    global _offset, _measured, _resync, _synced_at
    _offset, _measured = offset or dt.timedelta(0), offset is not None
    _resync, _synced_at = resync, time.monotonic()


def measure_soon() -> None:
    """Measure again at the next reading (the last attempt had to wait)."""
    global _synced_at
    _synced_at = 0.0


def _run_resync() -> None:
    global _synced_at
    _synced_at = time.monotonic()  # one attempt per period, even when it fails
    _resync()  # keeps the last offset when the server cannot be asked (app.store.db)


def skew() -> dt.timedelta | None:
    """How far the time of record is ahead of this workstation's clock; None when there is
    no server clock to compare with (SQLite)."""
    return _offset if _measured else None


def skew_warning() -> str | None:
    """A sentence for the user when this workstation's clock is off by more than the limit."""
    offset = skew()
    if offset is None or abs(offset) <= SKEW_LIMIT:
        return None
    minutes = round(abs(offset).total_seconds() / 60)
    direction = _("terlambat") if offset > dt.timedelta(0) else _("terlalu cepat")
    return _("Jam komputer ini {arah} sekitar {m} menit dibanding jam server basis data. "
             "Program memakai jam server, tetapi perbaiki jam komputer ini (minta bantuan "
             "petugas TI) agar jam di layar Windows sama dengan yang tercatat.").format(
                 arah=direction, m=minutes)
