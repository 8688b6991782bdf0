"""The swimlane chart as data (app.services.swimlane builds it, ui.swimlane draws it): the
flowchart symbols and row states, the column widths of the PermenPAN-RB 35/2012 table, and
the chart's parts: rows (one per activity: a step, or a step's sub-step such as the
Kakanwil's signature within step 9), the passes of each, the arrows and the columns."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.office.sop import FORWARD, Sop, Step

# Symbols of the national SOP flowchart form.
START = "mulai"  # capsule (terminator) of the first activity
END = "akhir"  # capsule of an activity that ends the SOP
PROCESS = "proses"  # rectangle
DECISION = "keputusan"  # diamond: the step may send the work back (a revision transition)

# States of a row.
BLANK = "kosong"  # the blank SOP: no complaint
DONE = "selesai"
CURRENT = "berjalan"
OVERDUE = "terlambat"
ON_HOLD = "ditunda"
WAITING = "menunggu"
SKIPPED = "dilewati"  # the complaint closed without passing here
STATES = (BLANK, DONE, CURRENT, OVERDUE, ON_HOLD, WAITING, SKIPPED)

STATE_LABELS = {
    BLANK: "",
    DONE: "Selesai",
    CURRENT: "Sedang berjalan",
    OVERDUE: "Terlambat",
    ON_HOLD: "Ditunda (menunggu pelapor)",
    WAITING: "Menunggu",
    SKIPPED: "Tidak dilalui",
}

# Column widths in scene units (about 1 px on screen; the printout scales the whole table to
# A4 landscape). Lane columns are equal, as in the office's SOP document.
NO_WIDTH = 28.0
ACTIVITY_WIDTH = 210.0
LANE_WIDTH = 74.0
KELENGKAPAN_WIDTH = 82.0
WAKTU_WIDTH = 84.0
OUTPUT_WIDTH = 82.0
KETERANGAN_WIDTH = 205.0
TRACK_SPACING = 9.0  # between the vertical tracks of revision loops
TRACK_MARGIN = 8.0
LABEL_ROOM = 30.0  # room for the "Tidak" label when a loop leaves from the last lane

GROUP_LANES = "pelaksana"
GROUP_MUTU = "mutu_baku"
TRACKS_KEY = "_jalur"  # the narrow column beside the lanes where loop arrows run back up


def step_label(step_no: int, part: int = 0) -> str:
    """A row's number: the step's, with a letter for a sub-step ("9b": the second
    official's share of step 9)."""
    return f"{step_no}{chr(ord('a') + part)}" if part else str(step_no)


@dataclass(frozen=True)
class HoldPeriod:
    started_at: dt.datetime
    ended_at: dt.datetime | None
    reason: str
    working_minutes: float | None


@dataclass(frozen=True)
class Pass:
    """One pass of a step (a revision loop makes a second). A hold splits a pass into several
    step records; they are summed here, and the time on hold is not counted."""

    step_no: int
    pass_no: int
    first_seq: int  # the first StepRecord.seq of the pass: the history entry to jump to
    started_at: dt.datetime
    ended_at: dt.datetime | None
    actor: str
    outcome: str | None  # diteruskan | dikembalikan | selesai | None while open
    working_minutes: float  # of the closed records of the pass
    standard_minutes: int
    notes: tuple[str, ...] = ()
    waivers: tuple[str, ...] = ()
    overrides: tuple[str, ...] = ()
    holds: tuple[HoldPeriod, ...] = ()
    part: int = 0  # the sub-step (1: the Kakanwil's signature within step 9)

    @property
    def label(self) -> str:
        return step_label(self.step_no, self.part)

    @property
    def open(self) -> bool:
        return self.ended_at is None

    @property
    def minutes_over(self) -> float:
        return max(0.0, self.working_minutes - self.standard_minutes)


@dataclass(frozen=True)
class Row:
    index: int  # 0-based, the table's order
    step: Step
    lane_index: int
    lane_name: str
    symbol: str
    state: str
    passes: tuple[Pass, ...] = ()
    late_minutes: float = 0.0  # working minutes past the standard (overdue now, or was)
    remaining_minutes: float | None = None  # of the current step, while on time
    due_at: dt.datetime | None = None  # of the current step
    kelengkapan: str = ""
    waktu: str = ""
    waktu_note: str = ""  # realisation against the standard ("realisasi 12 mnt")
    output: str = ""
    keterangan: tuple[str, ...] = ()
    details: tuple[str, ...] = ()  # the tooltip, line by line
    returns: int = 0  # times the work was sent back from this step
    part: int = 0  # 0: the step itself; 1..: its sub-steps, each a row of its own

    @property
    def step_no(self) -> int:
        return self.step.no

    @property
    def label(self) -> str:
        """What the No column and the symbol say: "9", and "9b" for its sub-step."""
        return step_label(self.step.no, self.part)

    @property
    def activity(self) -> str:
        return self.step.activity_of(self.part)


@dataclass(frozen=True)
class Arrow:
    """A connection between two rows (by row index). Forward arrows join consecutive
    symbols; revision arrows run back up a loop track (0 = the innermost, nearest the
    lanes), with the number of times the complaint went that way."""

    source: int
    target: int
    kind: str = FORWARD
    count: int = 0
    taken: bool = False
    track: int | None = None
    label: str = ""


@dataclass(frozen=True)
class Column:
    key: str  # "no", "aktivitas", a lane key, TRACKS_KEY, "kelengkapan", "waktu", ...
    title: str
    x: float
    width: float
    group: str = ""
    lane_index: int | None = None

    @property
    def center(self) -> float:
        return self.x + self.width / 2

    @property
    def right(self) -> float:
        return self.x + self.width


@dataclass(frozen=True)
class Chart:
    sop: Sop
    title: str
    identity: tuple[tuple[str, str], ...]  # (label, value) of the SOP's identity
    rows: tuple[Row, ...]
    arrows: tuple[Arrow, ...]
    columns: tuple[Column, ...]
    register_no: str | None = None
    complaint_id: int | None = None
    summary: tuple[str, ...] = ()  # the complaint's state in a line or two
    as_of: dt.datetime | None = None
    loop_tracks: int = 0
    _by_step: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def blank(self) -> bool:
        return self.complaint_id is None

    @property
    def width(self) -> float:
        return self.columns[-1].right

    def row_of(self, step_no: int, part: int = 0) -> Row:
        return self.rows[self._by_step[(step_no, part)]]

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)

    def track_x(self, track: int) -> float:
        """x of a loop's vertical track: track 0 is the innermost (nearest the lanes)."""
        col = self.column(TRACKS_KEY)
        return col.right - TRACK_MARGIN - (self.loop_tracks - 1 - track) * TRACK_SPACING

    def lane_column(self, lane_index: int) -> Column:
        return next(c for c in self.columns if c.lane_index == lane_index)

    @property
    def state_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for row in self.rows:
            counts[row.state] = counts.get(row.state, 0) + 1
        return counts
