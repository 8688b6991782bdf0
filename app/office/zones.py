"""The office's time zone: WIB, WITA or WIT. Every time the program stores or prints is the
office's wall-clock time in this zone, whatever a workstation's own zone setting says.

Indonesia has kept no daylight saving time since 1964, so each zone is a fixed offset from
UTC and a stored wall-clock time is one unambiguous instant; no time zone database is needed
(Windows has none for Python without the tzdata package)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class OfficeZone:
    name: str  # IANA name, what the setting stores
    label: str  # what documents print after a time
    utc_hours: int

    @property
    def tzinfo(self) -> dt.timezone:
        return dt.timezone(dt.timedelta(hours=self.utc_hours), self.label)


ZONES: dict[str, OfficeZone] = {z.name: z for z in (
    OfficeZone("Asia/Jakarta", "WIB", 7),
    OfficeZone("Asia/Pontianak", "WIB", 7),
    OfficeZone("Asia/Makassar", "WITA", 8),
    OfficeZone("Asia/Jayapura", "WIT", 9),
)}
DEFAULT_ZONE = "Asia/Jakarta"

_office = ZONES[DEFAULT_ZONE]


def office_zone() -> OfficeZone:
    """The zone of the office this process works for (set from the database's settings)."""
    return _office


def set_office_zone(name: str) -> OfficeZone:
    """Switch the process to `name` (one of ZONES); KeyError for anything else."""
    global _office
    _office = ZONES[name]
    return _office


def office_time(moment: dt.datetime) -> dt.datetime:
    """An aware instant as the office's naive wall-clock time (what the database stores)."""
    if moment.tzinfo is None:
        raise ValueError(f"an aware instant is needed, got {moment!r}")
    return moment.astimezone(_office.tzinfo).replace(tzinfo=None)


def as_instant(wall: dt.datetime) -> dt.datetime:
    """A stored office wall-clock time as an aware instant."""
    return wall.replace(tzinfo=_office.tzinfo)
