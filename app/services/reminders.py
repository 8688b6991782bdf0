"""Reminders: what each user has due today and what is late, and what is late below them.

Shown at log-in and once a day at the office's reminder time (settings `reminder_time`,
`reminders_enabled`; the GUI's ui.reminders). For a user's own lanes: every open complaint
whose step or statutory deadline falls later today ("due today") or has passed ("late").
Escalation follows the SOP's chain of command (`chain_of`): a late complaint is shown to
the direct superior of its lane at once, and one level further up for every further
working day it stays late (Kasubag PPHTI -> Kabag P2 -> Kadiv -> Kakanwil; the Divisi
Terkait -> Kakanwil). A complaint on hold is waiting on the complainant: its clocks stop,
and it reminds nobody.

Read-only; `at` is the time of record (app.store.clock) unless a caller passes one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.errors import NotPermitted
from app.i18n import _
from app.office import deadlines
from app.office.sop import Sop
from app.office.task_text import action_text
from app.office.working_time import WORKING_DAY_MINUTES
from app.services import accounts, settings, sop_versions
from app.services.calendar import office_calendar
from app.store.models import STATUS_OPEN, Complaint, User, now

# Which deadline an item is about.
STEP = "langkah"
STATUTORY = "batas"
KINDS = {STEP: "Langkah", STATUTORY: "Batas penyelesaian"}
# What a lane's official does that puts them above the lane the work goes to next.
_ORDERS = frozenset({"disposisi", "tanda_tangan"})


@dataclass(frozen=True)
class ReminderItem:
    complaint_id: int
    register_no: str
    lane: str  # the lane the complaint waits on (key)
    lane_name: str
    action: str  # what to do there (app.office.task_text)
    kind: str  # STEP or STATUTORY: the deadline the item is about
    due: dt.datetime
    minutes_left: float  # working minutes; negative when late
    summary: str

    @property
    def late(self) -> bool:
        return self.minutes_left < 0


@dataclass
class Reminder:
    """What one user is reminded of at `at`."""

    at: dt.datetime
    due_today: list[ReminderItem] = field(default_factory=list)  # own lanes
    late: list[ReminderItem] = field(default_factory=list)  # own lanes
    below: list[ReminderItem] = field(default_factory=list)  # late in the lanes below

    @property
    def empty(self) -> bool:
        return not (self.due_today or self.late or self.below)

    def headline(self) -> str:
        """One line for a notice: 'Jatuh tempo hari ini: 2 · Terlambat: 1 · Terlambat di
        bawah Anda: 3'."""
        parts = [_("Jatuh tempo hari ini: {n}").format(n=len(self.due_today)),
                 _("Terlambat: {n}").format(n=len(self.late))]
        if self.below:
            parts.append(_("Terlambat di bawah Anda: {n}").format(n=len(self.below)))
        return " \u00b7 ".join(parts)


def chain_of(sop: Sop) -> dict[str, str]:
    """lane -> its direct superior, read from the SOP's flow: the official whose
    disposition or signature sends the work on is above the lane it goes to (step 2's
    Kakanwil above the Kadiv, ..., step 4's Kabag P2 above the Kasubag PPHTI; the
    Kakanwil, who signs the nota dinas in step 9, above the Divisi Terkait). The first
    such hand-over of a lane decides."""
    superior: dict[str, str] = {}
    for step in sop.steps:
        target = sop.forward_of(step.no).target
        if target is None:
            continue
        last = len(step.parts)
        if step.produces_of(last) not in _ORDERS:
            continue
        boss, lane = sop.acting_lane(step.no, last), sop.acting_lane(target)
        if boss != lane:
            superior.setdefault(lane, boss)
    return superior


def lanes_below(chain: dict[str, str], lanes: set[str]) -> dict[str, int]:
    """Every lane under `lanes` in the chain -> how many levels down it is (1: direct)."""
    below: dict[str, int] = {}
    for lane in chain:
        level, boss, seen = 1, chain.get(lane), {lane}
        while boss is not None and boss not in seen:
            if boss in lanes and lane not in lanes:
                below[lane] = min(level, below.get(lane, level))
                break
            seen.add(boss)
            level, boss = level + 1, chain.get(boss)
    return below


def reminders_for(user: User, *, at: dt.datetime | None = None) -> Reminder:
    """What `user` (by the lanes the account holds now; nothing once deactivated) is
    reminded of at `at`: due today and late in their lanes, nearest first; late below
    them, most late first. Two queries and the working-time arithmetic."""
    at = at or now()
    result = Reminder(at)
    try:
        user = accounts.current(user)
    except NotPermitted:
        return result
    lanes = set(user.lanes)
    if not lanes:
        return result
    sop = sop_versions.current_sop()
    names = {lane.key: lane.name for lane in sop.lanes}
    calendar = office_calendar()
    tomorrow = dt.datetime.combine(at.date() + dt.timedelta(days=1), dt.time())
    for c in _open(Complaint.current_lane.in_(sorted(lanes)), tomorrow):
        item = _item(c, calendar, at, names, late_only=False, before=tomorrow)
        if item is not None:
            (result.late if item.late else result.due_today).append(item)
    below = lanes_below(chain_of(sop), lanes)
    if below:
        for c in _open(Complaint.current_lane.in_(sorted(below)), at):
            item = _item(c, calendar, at, names, late_only=True, before=at)
            # one level further up for each further working day late
            if item is not None and -item.minutes_left >= (
                    below[c.current_lane] - 1) * WORKING_DAY_MINUTES:
                result.below.append(item)
    result.due_today.sort(key=lambda i: i.due)
    result.late.sort(key=lambda i: i.minutes_left)
    result.below.sort(key=lambda i: i.minutes_left)
    return result


def _open(lane_condition, before: dt.datetime):
    """Open complaints in the lanes whose step or statutory deadline is before `before`."""
    return (Complaint.select(Complaint.id, Complaint.register_no, Complaint.current_lane,
                             Complaint.current_step, Complaint.current_part,
                             Complaint.current_pass, Complaint.sop_version,
                             Complaint.step_due_at, Complaint.due_at, Complaint.summary)
            .where((Complaint.status == STATUS_OPEN) & lane_condition
                   & ((Complaint.step_due_at < before) | (Complaint.due_at < before)))
            .order_by(Complaint.id))


def _item(c: Complaint, calendar, at: dt.datetime, names: dict[str, str], *,
          late_only: bool, before: dt.datetime) -> ReminderItem | None:
    """The complaint's most pressing deadline before `before`: a passed one first (the
    earlier), else the nearer one due today; None when neither qualifies."""
    candidates = [(due, kind) for due, kind in ((c.step_due_at, STEP), (c.due_at, STATUTORY))
                  if due is not None and due < before]
    passed = [x for x in candidates if x[0] < at]
    if passed:
        due, kind = min(passed)
    elif candidates and not late_only:
        due, kind = min(candidates)
    else:
        return None
    sop = sop_versions.sop_of(c)
    action = (action_text(sop, c.current_step, c.current_part or 0,
                          pass_no=c.current_pass or 1) if c.current_step else "")
    return ReminderItem(c.id, c.register_no, c.current_lane,
                        names.get(c.current_lane, c.current_lane), action, kind, due,
                        deadlines.minutes_left(calendar, at, due), c.summary)


# --------------------------------------------------------------------------- when

def reminder_time(office: settings.OfficeSettings | None = None) -> dt.time | None:
    """The daily reminder's time of day (office time), None when reminders are off."""
    office = office or settings.current()
    if not office.reminders_enabled:
        return None
    hours, minutes = (int(x) for x in office.reminder_time.split(":"))
    return dt.time(hours, minutes)


def daily_due(at: dt.datetime, last_shown: dt.date | None,
              office: settings.OfficeSettings | None = None) -> bool:
    """Whether the day's reminder is due at `at`: reminders are on, today's reminder time
    has come, and it was not shown yet today (`last_shown`: the office date it last was)."""
    when = reminder_time(office)
    if when is None:
        return False
    return at.time() >= when and last_shown != at.date()
