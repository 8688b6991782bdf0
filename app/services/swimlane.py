"""The SOP flowchart of one complaint (or of the blank SOP) as plain data, in the
PermenPAN-RB 35/2012 table form: one row per activity, one column per lane (Pelaksana), the
Mutu Baku columns (Kelengkapan, Waktu, Output) and Keterangan. A step's sub-step (the
Kakanwil's correction and signature within step 9) is an activity of its own: a row right
after its step, in its own lane, numbered "9b", timed within the step's standard.

This module decides *what* the chart says: each row's symbol (capsule, rectangle, decision
diamond), its state (done, current, waiting, overdue, on hold), each pass of a revision loop,
the texts of every column and the arrows between rows with the loop tracks they run in.
`ui.swimlane` only draws it. Everything comes from the SOP data, so another SOP file draws
another chart with no code change.

`blank_chart(sop)` is the SOP as printed; `complaint_chart(complaint_id)` reads one
complaint's step records and holds (three queries) and calls the pure `build_chart`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from app.i18n import _
from app.office import deadlines, timefmt, wording
from app.office.sop import FORWARD, REVISION, Sop, Step
from app.office.working_time import WorkingCalendar
from app.services.calendar import office_calendar
from app.services.swimlane_model import (
    ACTIVITY_WIDTH,
    BLANK,
    CURRENT,
    DECISION,
    DONE,
    END,
    GROUP_LANES,
    GROUP_MUTU,
    KELENGKAPAN_WIDTH,
    KETERANGAN_WIDTH,
    LABEL_ROOM,
    LANE_WIDTH,
    NO_WIDTH,
    ON_HOLD,
    OUTPUT_WIDTH,
    OVERDUE,
    PROCESS,
    SKIPPED,
    START,
    STATE_LABELS,
    STATES,
    TRACK_MARGIN,
    TRACK_SPACING,
    TRACKS_KEY,
    WAITING,
    WAKTU_WIDTH,
    Arrow,
    Chart,
    Column,
    HoldPeriod,
    Pass,
    Row,
    step_label,
)

# The chart's data types live in app.services.swimlane_model; callers read them here.
__all__ = [
    "ACTIVITY_WIDTH", "BLANK", "CURRENT", "DECISION", "DONE", "END", "GROUP_LANES",
    "GROUP_MUTU", "KELENGKAPAN_WIDTH", "KETERANGAN_WIDTH", "LABEL_ROOM", "LANE_WIDTH",
    "NO_WIDTH", "ON_HOLD", "OUTPUT_WIDTH", "OVERDUE", "PROCESS", "SKIPPED", "START",
    "STATE_LABELS", "STATES", "TRACK_MARGIN", "TRACK_SPACING", "TRACKS_KEY", "WAITING",
    "WAKTU_WIDTH", "Arrow", "Chart", "Column", "HoldPeriod", "Pass", "Row", "blank_chart",
    "build_chart", "complaint_chart", "find_register_no", "step_label", "symbol_of",
]

Key = tuple[int, int]  # (step no, part): one row of the chart

# --------------------------------------------------------------------------- formatting

def _format_date(value) -> str:
    """The SOP file's dates (a TOML date, or text the author wrote)."""
    if isinstance(value, dt.date):
        return wording.long_date(value)
    return str(value or "-")


# --------------------------------------------------------------------------- layout

def row_keys(sop: Sop) -> list[Key]:
    """The chart's rows in the table's order: each step, then each of its sub-steps."""
    return [(step.no, part) for step in sop.steps for part in range(len(step.parts) + 1)]


def symbol_of(sop: Sop, step: Step, part: int = 0) -> str:
    """The flowchart symbol of a step (or its sub-step `part`): a diamond where the SOP has
    a choice (a revision transition: each official of the step may send the draft back),
    capsules at the start and the end, rectangles otherwise."""
    if sop.revision_targets(step.no):
        return DECISION
    if step.no == sop.first_step.no and part == 0:
        return START
    if sop.forward_of(step.no).target is None and part == len(step.parts):
        return END
    return PROCESS


def _columns(sop: Sop, tracks: int, label_room: bool) -> tuple[Column, ...]:
    columns: list[Column] = []
    x = 0.0

    def add(key, title, width, group="", lane_index=None):
        nonlocal x
        columns.append(Column(key, title, x, width, group, lane_index))
        x += width

    add("no", _("No"), NO_WIDTH)
    add("aktivitas", _("Aktivitas"), ACTIVITY_WIDTH)
    for i, lane in enumerate(sop.lanes):
        add(lane.key, lane.name, LANE_WIDTH, GROUP_LANES, i)
    if tracks:
        width = 2 * TRACK_MARGIN + (tracks - 1) * TRACK_SPACING
        add(TRACKS_KEY, "", width + (LABEL_ROOM if label_room else 0), GROUP_LANES)
    add("kelengkapan", _("Kelengkapan"), KELENGKAPAN_WIDTH, GROUP_MUTU)
    add("waktu", _("Waktu"), WAKTU_WIDTH, GROUP_MUTU)
    add("output", _("Output"), OUTPUT_WIDTH, GROUP_MUTU)
    add("keterangan", _("Keterangan"), KETERANGAN_WIDTH)
    return tuple(columns)


def _arrows(sop: Sop, index: dict[Key, int], returned: dict[tuple[Key, Key], int],
            forwarded: set[tuple[Key, Key]]) -> tuple[list[Arrow], int]:
    """Forward arrows (a step to its sub-steps, the last of them to the next step) and the
    revision loops, one from every row of a step that may send the draft back."""
    arrows: list[Arrow] = []
    loops: list[tuple[Key, Key]] = []
    for t in sop.transitions:
        if t.target is None:
            continue
        parts = len(sop.step(t.source).parts)
        if t.kind == FORWARD:
            label = _("Ya") if sop.revision_targets(t.source) else ""
            chain = [(t.source, part) for part in range(parts + 1)] + [(t.target, 0)]
            for source, target in zip(chain, chain[1:], strict=False):
                arrows.append(Arrow(index[source], index[target], FORWARD,
                                    taken=(source, target) in forwarded, label=label))
        elif t.kind == REVISION:
            loops += [((t.source, part), (t.target, 0)) for part in range(parts + 1)]
    # Nested loops never cross: the shortest loop takes the innermost track.
    loops.sort(key=lambda st: (abs(index[st[0]] - index[st[1]]), index[st[0]]))
    for track, (source, target) in enumerate(loops):
        count = returned.get((source, target), 0)
        arrows.append(Arrow(index[source], index[target], REVISION, count=count,
                            taken=count > 0, track=track, label=_("Tidak")))
    return arrows, len(loops)


def _identity(sop: Sop) -> tuple[tuple[str, str], ...]:
    ident = sop.identity
    approved = " ".join(str(ident.get(k, "")) for k in ("disahkan_jabatan", "disahkan_nama"))
    pairs = [
        (_("Nomor SOP"), sop.number),
        (_("Nama SOP"), sop.name),
        (_("Tgl. pembuatan"), _format_date(ident.get("tanggal_pembuatan"))),
        (_("Tgl. revisi"), _format_date(ident.get("tanggal_revisi")) or "-"),
        (_("Tgl. efektif"), _format_date(ident.get("tanggal_efektif"))),
        (_("Disahkan oleh"), approved.strip() or "-"),
        (_("Instansi"), str(ident.get("instansi", ""))),
        (_("Unit"), str(ident.get("unit", ""))),
    ]
    return tuple((k, v if v else "-") for k, v in pairs)


# --------------------------------------------------------------------------- building

def blank_chart(sop: Sop) -> Chart:
    """The SOP as the office prints it: every symbol drawn, no states."""
    return build_chart(sop)


def build_chart(sop: Sop, *, complaint=None, records: Sequence = (), holds: Sequence = (),
                calendar: WorkingCalendar | None = None,
                at: dt.datetime | None = None) -> Chart:
    """Build the chart of `complaint` (a `Complaint` row or any object with the same fields)
    from its step records (ordered by seq; `actor` may be a joined User) and holds, as of
    `at`. Without a complaint: the blank SOP. Needs `calendar` for a complaint's deadlines."""
    keys = row_keys(sop)
    index = {key: i for i, key in enumerate(keys)}
    passes = _passes(records, holds) if complaint is not None else {}
    returned, forwarded = _routes(records)
    arrows, tracks = _arrows(sop, index, returned, forwarded)
    last_lane = sop.lanes[-1].key
    label_room = any(sop.step(t.source).lane_of(part) == last_lane for t in sop.transitions
                     if t.kind == REVISION for part in range(len(sop.step(t.source).parts) + 1))
    current_row = None
    if complaint is not None and complaint.current_step is not None:
        current_row = index.get((complaint.current_step,
                                 getattr(complaint, "current_part", 0) or 0))
    rows = []
    for i, (no, part) in enumerate(keys):
        rows.append(_row(sop, i, sop.step(no), part, tuple(passes.get((no, part), ())),
                         complaint, current_row, calendar, at, returned))
    title = _("Flowchart SOP {name}").format(name=_title_case(sop.name))
    summary: tuple[str, ...] = ()
    if complaint is not None:
        summary = _summary(sop, complaint, rows, calendar, at)
    return Chart(sop=sop, title=title, identity=_identity(sop), rows=tuple(rows),
                 arrows=tuple(arrows), columns=_columns(sop, tracks, label_room),
                 register_no=getattr(complaint, "register_no", None),
                 complaint_id=getattr(complaint, "id", None), summary=summary, as_of=at,
                 loop_tracks=tracks, _by_step=index)


def complaint_chart(complaint_id: int, *, viewer=None, at: dt.datetime | None = None,
                    unmasked: bool = False) -> Chart:
    """The chart of one complaint as of `at` (default now), from the database, as `viewer`
    may read it (None: someone who may see no confidential reporter), or whole with
    `unmasked` (the yearly archive). Raises `InvalidAction` if there is no such complaint."""
    from peewee import JOIN

    from app.errors import InvalidAction
    from app.services import sop_versions
    from app.services.permissions import prose_for
    from app.store.models import Complaint, Hold, StepRecord, User, now

    complaint = Complaint.get_or_none(Complaint.id == complaint_id)
    if complaint is None:
        raise InvalidAction(_("Pengaduan tidak ditemukan."))
    records = list(StepRecord.select(StepRecord, User)
                   .join(User, JOIN.LEFT_OUTER, on=(StepRecord.actor == User.id))
                   .where(StepRecord.complaint == complaint).order_by(StepRecord.seq))
    holds = list(Hold.select().where(Hold.complaint == complaint)
                 .order_by(Hold.started_at, Hold.id))
    # Notes and reasons are officers' prose: they may name a confidential reporter.
    hide = None if unmasked else prose_for(viewer, complaint)
    if hide:
        for record in records:  # read for this chart only, never saved
            record.note, record.kelengkapan_waiver, record.override_reason = (
                hide(record.note or "") or None, hide(record.kelengkapan_waiver or "") or None,
                hide(record.override_reason or "") or None)
        for hold in holds:
            hold.reason = hide(hold.reason or "")
    return build_chart(sop_versions.sop_of(complaint), complaint=complaint, records=records,
                       holds=holds, calendar=office_calendar(), at=at or now())


def find_register_no(register_no: str) -> int | None:
    """The id of the complaint with that register number, or None."""
    from app.store.models import Complaint

    row = Complaint.get_or_none(Complaint.register_no == register_no)
    return row.id if row else None


def _title_case(name: str) -> str:
    small = {"dan", "di", "ke", "dari", "yang", "atau", "untuk"}
    words = name.lower().split()
    return " ".join(w if (i and w in small) else w[:1].upper() + w[1:]
                    for i, w in enumerate(words))


def _actor_name(record) -> str:
    actor = record.actor if record.actor_id is not None else None
    if actor is None:
        return ""
    return actor.full_name or actor.username


def _part(record) -> int:
    return getattr(record, "part", 0) or 0


def _passes(records: Iterable, holds: Iterable) -> dict[Key, list[Pass]]:
    """Group step records into passes per row (a step, or its sub-step): a hold splits one
    pass into records."""
    grouped: dict[tuple[int, int, int], list] = {}
    order: list[tuple[int, int, int]] = []
    for record in records:
        key = (record.step_no, _part(record), record.pass_no)
        if key not in grouped:
            grouped[key] = []
            order.append(key)
        grouped[key].append(record)
    holds_by_step: dict[int, list] = {}
    for hold in holds:
        holds_by_step.setdefault(hold.step_no, []).append(hold)
    result: dict[Key, list[Pass]] = {}
    for key in order:
        recs = grouped[key]
        first, last = recs[0], recs[-1]
        end = last.ended_at if last.outcome != "ditunda" else None
        pass_end = end or dt.datetime.max
        pass_holds = tuple(
            HoldPeriod(h.started_at, h.ended_at, h.reason, h.working_minutes)
            for h in (holds_by_step.get(key[0], ()) if key[1] == 0 else ())
            if first.started_at <= h.started_at <= pass_end)
        closed = [r for r in recs if r.ended_at is not None]
        result.setdefault(key[:2], []).append(Pass(
            step_no=key[0], part=key[1], pass_no=key[2], first_seq=first.seq,
            started_at=first.started_at,
            ended_at=end, actor=_actor_name(last if last.ended_at else first),
            outcome=last.outcome if end else None,
            working_minutes=sum(float(r.working_minutes or 0) for r in closed),
            standard_minutes=first.standard_minutes,
            notes=tuple(r.note for r in recs if r.note),
            waivers=tuple(r.kelengkapan_waiver for r in recs if r.kelengkapan_waiver),
            overrides=tuple(r.override_reason for r in recs if r.override_reason),
            holds=pass_holds))
    return result


def _routes(records: Sequence) -> tuple[dict[tuple[Key, Key], int], set[tuple[Key, Key]]]:
    """Which arrows the complaint took, between rows (step, part): returns per (source,
    target), and forwards (a step to its sub-step included)."""
    returned: dict[tuple[Key, Key], int] = {}
    forwarded: set[tuple[Key, Key]] = set()
    for before, after in zip(records, list(records)[1:], strict=False):
        source = (before.step_no, _part(before))
        target = (after.step_no, _part(after))
        if before.outcome == "dikembalikan":
            returned[(source, target)] = returned.get((source, target), 0) + 1
        elif before.outcome == "diteruskan" and source != target:
            forwarded.add((source, target))
    return returned, forwarded


def _row(sop: Sop, i: int, step: Step, part: int, passes: tuple[Pass, ...], complaint,
         current_row, calendar, at, returned) -> Row:
    """Row `i`: the step, or its sub-step `part` (its own lane and share of the step's
    time; a complaint there is still within the step's standard and due time)."""
    lane = sop.lane(step.lane_of(part))
    kel = sop.kelengkapan[step.kelengkapan].name
    waktu = _("{m} menit").format(m=step.minutes_of(part))
    returns = sum(n for (source, _t), n in returned.items() if source == (step.no, part))
    base = dict(index=i, step=step, part=part, lane_index=sop.lane_index(lane.key),
                lane_name=lane.name, symbol=symbol_of(sop, step, part), kelengkapan=kel,
                waktu=waktu, output=step.output, passes=passes, returns=returns)
    state, late, remaining, due = _state(i, passes, complaint, current_row, calendar, at)
    if state == BLANK:
        keterangan = _blank_keterangan(sop, step, part)
        waktu_note = ""
    else:
        keterangan = _keterangan(sop, passes, state, late, due)
        waktu_note = _waktu_note(passes, state, late, remaining)
        if state == DONE:
            late = sum(p.minutes_over for p in passes)
    details = _details(sop, step, part, lane.name, kel, state, passes, late, due)
    return Row(**base, state=state, late_minutes=late, remaining_minutes=remaining,
               due_at=due, waktu_note=waktu_note, keterangan=keterangan, details=details)


def _state(i, passes, complaint, current_row, calendar, at):
    """(state, working minutes late, minutes left, due) of row `i`."""
    if complaint is None:
        return BLANK, 0.0, None, None
    if current_row is None:  # closed
        return (DONE if passes else SKIPPED), 0.0, None, None
    if i == current_row:
        if complaint.status == "ditunda":
            return ON_HOLD, 0.0, None, None
        due = complaint.step_due_at
        if due is None or calendar is None or at is None:
            return CURRENT, 0.0, None, due
        left = deadlines.minutes_left(calendar, at, due)
        if left < 0:
            return OVERDUE, -left, None, due
        return CURRENT, 0.0, left, due
    if i < current_row:
        return (DONE if passes else SKIPPED), 0.0, None, None
    # After the current row: still to come, even if an earlier pass sent the work back.
    return WAITING, 0.0, None, None
def _shares(sop: Sop, step: Step) -> str:
    """How a step with sub-steps divides its time: "Waktu langkah 9: 15 menit (Kadiv 5,
    Kakanwil 10)"."""
    shares = ", ".join(f"{sop.lane(step.lane_of(p)).name} {step.minutes_of(p)}"
                       for p in range(len(step.parts) + 1))
    return _("Waktu langkah {no}: {m} menit ({shares})").format(no=step.no, m=step.minutes,
                                                               shares=shares)


def _blank_keterangan(sop: Sop, step: Step, part: int = 0) -> tuple[str, ...]:
    lines = [_shares(sop, step)] if step.parts else []
    for target in sop.revision_targets(step.no):
        lines.append(_("Tidak (perlu perbaikan): kembali ke langkah {t}").format(t=target))
    if step.can_hold:
        lines.append(_("Dapat ditunda bila data pelapor belum lengkap"))
    return tuple(lines)


def _pass_line(p: Pass, numbered: bool) -> str:
    prefix = _("Ke-{n}: ").format(n=p.pass_no) if numbered else ""
    who = p.actor or "-"
    if p.open:  # nobody has acted yet: only the start is known
        return prefix + _("Mulai {t}").format(t=wording.day_month_clock(p.started_at))
    line = prefix + _("{who}, {start}–{end} ({m})").format(
        # the cells' compact form; the zone is on the "Keadaan per" line
        who=who, start=wording.day_month_clock(p.started_at),
        end=timefmt.bare_clock(p.ended_at),
        m=wording.working_minutes(p.working_minutes))
    if p.outcome == "dikembalikan":
        reason = p.notes[-1] if p.notes else ""
        line += _("; dikembalikan") + (f": {reason}" if reason else "")
    return line


def _keterangan(sop, passes, state, late, due) -> tuple[str, ...]:
    numbered = len(passes) > 1
    lines: list[str] = []
    for p in passes:
        lines.append(_pass_line(p, numbered))
        for h in p.holds:
            end = wording.day_month_clock(h.ended_at) if h.ended_at else _("sekarang")
            lines.append(_("Ditunda {start}–{end}: {reason}").format(
                start=wording.day_month_clock(h.started_at), end=end, reason=h.reason))
    if state == OVERDUE:
        lines.append(_("Terlambat {m} (batas {due})").format(m=wording.working_minutes(late),
                                                             due=wording.day_month_clock(due)))
    elif state == CURRENT and due is not None:
        lines.append(_("Batas {due}").format(due=wording.day_month_clock(due)))
    return tuple(lines)


def _waktu_note(passes, state, late, remaining) -> str:
    if state == DONE and passes:
        used = sum(p.working_minutes for p in passes)
        if len(passes) > 1:  # the standard applies per pass; say how many there were
            return _("{n} putaran, {m}").format(n=len(passes), m=wording.working_minutes(used))
        return _("realisasi {m}").format(m=wording.working_minutes(used))
    if state == OVERDUE:
        return _("lewat {m}").format(m=wording.working_minutes(late))
    if state == CURRENT and remaining is not None:
        return _("sisa {m}").format(m=wording.working_minutes(remaining))
    if state == ON_HOLD:
        return _("jam berhenti")
    return ""


def _details(sop, step, part, lane_name, kel, state, passes, late, due) -> tuple[str, ...]:
    lines = [_("Langkah {no} — {lane}").format(no=step_label(step.no, part), lane=lane_name),
             step.activity_of(part),
             _("Kelengkapan: {k} · Waktu baku: {m} menit · Output: {o}").format(
                 k=kel, m=step.minutes_of(part), o=step.output or "-")]
    if step.parts:
        lines.append(_shares(sop, step))
    if state != BLANK:
        lines.append(_("Status: {s}").format(s=_(STATE_LABELS[state])))
    if state == OVERDUE:
        lines.append(_("Terlambat {m} kerja dari batas {due}").format(
            m=wording.working_minutes(late), due=wording.short_datetime(due)))
    for p in passes:
        head = _("Putaran {n}: mulai {t}").format(n=p.pass_no,
                                                  t=wording.short_datetime(p.started_at))
        if p.ended_at:
            head += _(", selesai {t}").format(t=wording.short_datetime(p.ended_at))
        head += _(", {who}").format(who=p.actor) if p.actor else ""
        lines.append(head)
        if p.ended_at:
            lines.append("    " + _("Waktu kerja {m} dari baku {s} menit{over}").format(
                m=wording.working_minutes(p.working_minutes), s=p.standard_minutes,
                over=_(" (lebih {m})").format(m=wording.working_minutes(p.minutes_over))
                if p.minutes_over >= 1 else ""))
            if p.outcome == "dikembalikan":
                lines.append("    " + _("Dikembalikan untuk perbaikan"))
        for note in p.notes:
            lines.append("    " + _("Catatan: {n}").format(n=note))
        for waiver in p.waivers:
            lines.append("    " + _("Kelengkapan dikecualikan: {n}").format(n=waiver))
        for reason in p.overrides:
            lines.append("    " + _("Dilakukan administrator: {n}").format(n=reason))
        for h in p.holds:
            lines.append("    " + _("Ditunda {start} s.d. {end}: {reason}").format(
                start=wording.short_datetime(h.started_at),
                end=wording.short_datetime(h.ended_at) if h.ended_at else _("sekarang"),
                reason=h.reason))
    return tuple(lines)


def _summary(sop, complaint, rows, calendar, at) -> tuple[str, ...]:
    from app.office.vocab import STATUSES, label

    status = label(STATUSES, complaint.status)
    if complaint.current_step is not None:
        status += _(" — langkah {no}").format(no=step_label(
            complaint.current_step, getattr(complaint, "current_part", 0) or 0))
    lines = [_("Status: {s}").format(s=status)]
    if complaint.closed_at is not None:
        lines.append(_("Selesai {t}").format(t=wording.short_datetime(complaint.closed_at)))
    elif complaint.due_at is not None:
        text = _("Batas penyelesaian {t}").format(t=wording.short_datetime(complaint.due_at))
        if calendar is not None and at is not None and complaint.status != "ditunda":
            left = deadlines.minutes_left(calendar, at, complaint.due_at)
            if left < 0:
                text += _(" (terlambat {m})").format(m=wording.working_minutes(-left))
        lines.append(text)
    if at is not None:
        lines.append(_("Keadaan per {t}").format(t=wording.short_datetime(at)))
    return tuple(lines)
