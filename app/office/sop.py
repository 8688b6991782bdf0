"""The SOP as data: load, validate and query an SOP file (TOML, PermenPAN-RB 35/2012 form).

`load_sop(path)` returns an immutable `Sop`; every mistake in the file is reported at once as
a `SopError` listing (file, key, reason). The raw text is kept so the database can store the
exact version a complaint started under.
"""

from __future__ import annotations

import hashlib
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import SopError
from app.i18n import _

END = "selesai"  # the target of the final transition
FORWARD = "teruskan"
REVISION = "perbaikan"
TRANSITION_KINDS = (FORWARD, REVISION)


@dataclass(frozen=True)
class Lane:
    key: str
    name: str
    represented_by: str | None = None  # a lane that is not a user (Pelapor) is acted for

    @property
    def acting_lane(self) -> str:
        return self.represented_by or self.key


@dataclass(frozen=True)
class Kelengkapan:
    key: str
    name: str
    evidence: tuple[str, ...]  # "catatan", "lampiran:<jenis>", "dokumen:<jenis>"


# What a step produces (`hasil`), each kept as fields by app.services.outputs: the engine
# does not finish the step without it.
PRODUCTS = ("disposisi", "telaahan", "nota_dinas", "paraf", "tanda_tangan", "jawaban",
            "penyampaian")


@dataclass(frozen=True)
class Part:
    """A sub-step (`[[langkah.bagian]]`): a second official's share of a step, drawn in
    their lane and timed within the step's standard (the Kakanwil signs within step 9)."""

    lane: str
    activity: str
    minutes: int
    action_label: str
    produces: str | None = None


@dataclass(frozen=True)
class Step:
    no: int
    lane: str
    activity: str
    kelengkapan: str
    minutes: int
    output: str
    action_label: str
    note_required: bool = False
    can_hold: bool = False
    produces: str | None = None
    parts: tuple[Part, ...] = ()

    @property
    def own_minutes(self) -> int:
        """The standard of the step's first official: what its parts leave of it."""
        return self.minutes - sum(p.minutes for p in self.parts)

    def lane_of(self, part: int = 0) -> str:
        return self.parts[part - 1].lane if part else self.lane

    def produces_of(self, part: int = 0) -> str | None:
        return self.parts[part - 1].produces if part else self.produces

    def label_of(self, part: int = 0) -> str:
        return self.parts[part - 1].action_label if part else self.action_label

    def activity_of(self, part: int = 0) -> str:
        return self.parts[part - 1].activity if part else self.activity

    def minutes_of(self, part: int = 0) -> int:
        return self.parts[part - 1].minutes if part else self.own_minutes


@dataclass(frozen=True)
class Transition:
    source: int
    target: int | None  # None: the end of the SOP
    kind: str = FORWARD


@dataclass(frozen=True)
class Sop:
    identity: Mapping[str, Any]
    lanes: tuple[Lane, ...]
    kelengkapan: Mapping[str, Kelengkapan]
    steps: tuple[Step, ...]
    transitions: tuple[Transition, ...]
    text: str = field(repr=False)
    source: str = ""

    @property
    def version(self) -> str:
        """Content hash: two files with the same text are the same version."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16]

    @property
    def number(self) -> str:
        return str(self.identity.get("nomor", ""))

    @property
    def name(self) -> str:
        return str(self.identity.get("nama", ""))

    @property
    def first_step(self) -> Step:
        return self.steps[0]

    @property
    def total_minutes(self) -> int:
        return sum(s.minutes for s in self.steps)

    def step(self, no: int) -> Step:
        for s in self.steps:
            if s.no == no:
                return s
        raise KeyError(no)

    def lane(self, key: str) -> Lane:
        for lane in self.lanes:
            if lane.key == key:
                return lane
        raise KeyError(key)

    def lane_index(self, key: str) -> int:
        return [lane.key for lane in self.lanes].index(key)

    def forward_of(self, no: int) -> Transition:
        """The single forward transition out of step `no` (target None = end)."""
        return next(t for t in self.transitions if t.source == no and t.kind == FORWARD)

    def revision_targets(self, no: int) -> tuple[int, ...]:
        return tuple(t.target for t in self.transitions
                     if t.source == no and t.kind == REVISION and t.target is not None)

    def acting_lane(self, no: int, part: int = 0) -> str:
        """The user lane that acts at step `no` (Pelapor's steps are done by the operator),
        or at its sub-step `part`."""
        return self.lane(self.step(no).lane_of(part)).acting_lane

    def step_of_output(self, kind: str) -> Step | None:
        """The first step that produces `kind` (its main part or a sub-step)."""
        return next((s for s in self.steps if kind in
                     (s.produces, *(p.produces for p in s.parts))), None)


def load_sop(path: str | Path) -> Sop:
    """Read and validate an SOP file. Raises SopError naming file, key and reason."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SopError([(str(path), "", _("berkas tidak dapat dibaca: {e}").format(e=exc))]) \
            from exc
    return parse_sop(text, source=str(path))


def parse_sop(text: str, source: str = "<sop>") -> Sop:
    """Parse SOP text (TOML). Collects every problem before raising SopError."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SopError([(source, "", _("bukan TOML yang sah: {e}").format(e=exc))]) from exc
    return _Validator(source, data, text).build()


class _Validator:
    def __init__(self, source: str, data: dict, text: str):
        self.source, self.data, self.text = source, data, text
        self.problems: list[tuple[str, str, str]] = []

    def problem(self, key: str, reason: str) -> None:
        self.problems.append((self.source, key, reason))

    def required(self, table: dict, key: str, where: str, kind: type) -> Any:
        value = table.get(key)
        if value is None:
            self.problem(f"{where}.{key}", _("wajib diisi"))
        elif not isinstance(value, kind) or isinstance(value, bool) and kind is int:
            self.problem(f"{where}.{key}",
                         _("harus berjenis {kind}").format(kind=kind.__name__))
            return None
        return value

    def tables(self, key: str, empty: str) -> list[tuple[str, dict]]:
        """The array of tables `key` ([[key]] in the file) as (place, table) pairs. A missing
        or empty array, and an entry that is not a table, are problems, not crashes."""
        raw = self.data.get(key)
        if not isinstance(raw, list) or not raw:
            self.problem(key, empty)
            return []
        result = []
        for i, entry in enumerate(raw):
            where = f"{key}[{i}]"
            if isinstance(entry, dict):
                result.append((where, entry))
            else:
                self.problem(where, _("harus berupa tabel [[{k}]]").format(k=key))
        return result

    def build(self) -> Sop:
        identity = self.data.get("identitas")
        if not isinstance(identity, dict):
            self.problem("identitas", _("bagian identitas SOP tidak ada"))
            identity = {}
        else:
            self.required(identity, "nomor", "identitas", str)
            self.required(identity, "nama", "identitas", str)
        lanes = self._lanes()
        kelengkapan = self._kelengkapan()
        steps = self._steps({lane.key for lane in lanes}, kelengkapan)
        transitions = self._transitions({s.no for s in steps})
        if steps and transitions:
            self._check_paths(steps, transitions)
        if self.problems:
            raise SopError(self.problems)
        return Sop(identity, tuple(lanes), kelengkapan, tuple(steps), tuple(transitions),
                   self.text, self.source)

    def _lanes(self) -> list[Lane]:
        lanes: list[Lane] = []
        for where, entry in self.tables("pelaksana", _("daftar pelaksana (lane) kosong")):
            key = self.required(entry, "kode", where, str)
            name = self.required(entry, "nama", where, str)
            if key and any(lane.key == key for lane in lanes):
                self.problem(f"{where}.kode", _("pelaksana '{k}' ganda").format(k=key))
            elif key and name:
                lanes.append(Lane(key, name, entry.get("diwakili_oleh")))
        keys = {lane.key for lane in lanes}
        for i, lane in enumerate(lanes):
            if lane.represented_by and lane.represented_by not in keys:
                self.problem(f"pelaksana[{i}].diwakili_oleh",
                             _("pelaksana '{k}' tidak dikenal").format(k=lane.represented_by))
        return lanes

    def _kelengkapan(self) -> dict[str, Kelengkapan]:
        result = {}
        raw = self.data.get("kelengkapan", {})
        if not isinstance(raw, dict):
            self.problem("kelengkapan", _("harus berupa tabel [kelengkapan]"))
            raw = {}
        for key, entry in raw.items():
            where = f"kelengkapan.{key}"
            if not isinstance(entry, dict):
                self.problem(where, _("harus berupa tabel [kelengkapan.{k}]").format(k=key))
                continue
            name = self.required(entry, "nama", where, str)
            evidence = self.required(entry, "bukti", where, list)
            for j, item in enumerate(evidence or []):
                if not (item == "catatan" or str(item).startswith(("lampiran:", "dokumen:"))):
                    self.problem(f"{where}.bukti[{j}]",
                                 _("bukti '{b}' tidak dikenal (catatan, lampiran:…, dokumen:…)")
                                 .format(b=item))
            if name and evidence is not None:
                result[key] = Kelengkapan(key, name, tuple(evidence))
        return result

    def _steps(self, lane_keys: set[str], kelengkapan: dict) -> list[Step]:
        steps: list[Step] = []
        seen: set[int] = set()
        for where, entry in self.tables("langkah", _("daftar langkah kosong")):
            no = self.required(entry, "no", where, int)
            lane = self.required(entry, "pelaksana", where, str)
            activity = self.required(entry, "aktivitas", where, str)
            minutes = self.required(entry, "menit", where, int)
            kel = self.required(entry, "kelengkapan", where, str)
            if no is not None and no in seen:
                self.problem(f"{where}.no", _("langkah {no} ganda").format(no=no))
            if lane and lane not in lane_keys:
                self.problem(f"{where}.pelaksana",
                             _("pelaksana '{k}' tidak dikenal").format(k=lane))
            if minutes is not None and minutes < 0:
                self.problem(f"{where}.menit", _("waktu tidak boleh negatif"))
            if kel and kel not in kelengkapan:
                self.problem(f"{where}.kelengkapan",
                             _("kelengkapan '{k}' tidak dikenal").format(k=kel))
            produces = self._product(entry, where)
            parts = self._parts(entry, where, lane_keys, minutes)
            if None in (no, lane, activity, minutes, kel) or no in seen:
                continue
            seen.add(no)
            steps.append(Step(no, lane, activity, kel, minutes, str(entry.get("output", "")),
                              str(entry.get("aksi", _("Teruskan"))),
                              bool(entry.get("catatan_wajib", False)),
                              bool(entry.get("dapat_ditunda", False)), produces, parts))
        return steps

    def _product(self, entry: dict, where: str) -> str | None:
        produces = entry.get("hasil")
        if produces is not None and produces not in PRODUCTS:
            self.problem(f"{where}.hasil", _("hasil '{h}' tidak dikenal ({c})").format(
                h=produces, c=", ".join(PRODUCTS)))
            return None
        return produces

    def _parts(self, entry: dict, where: str, lane_keys: set[str],
               minutes: int | None) -> tuple[Part, ...]:
        raw = entry.get("bagian", [])
        if not isinstance(raw, list):
            self.problem(f"{where}.bagian", _("harus berupa tabel [[langkah.bagian]]"))
            return ()
        parts = []
        for i, part in enumerate(raw):
            place = f"{where}.bagian[{i}]"
            if not isinstance(part, dict):
                self.problem(place, _("harus berupa tabel [[langkah.bagian]]"))
                continue
            lane = self.required(part, "pelaksana", place, str)
            activity = self.required(part, "aktivitas", place, str)
            share = self.required(part, "menit", place, int)
            if lane and lane not in lane_keys:
                self.problem(f"{place}.pelaksana",
                             _("pelaksana '{k}' tidak dikenal").format(k=lane))
            if None not in (lane, activity, share):
                parts.append(Part(lane, activity, share,
                                  str(part.get("aksi", _("Teruskan"))),
                                  self._product(part, place)))
        if parts and minutes is not None and sum(p.minutes for p in parts) >= minutes:
            self.problem(f"{where}.bagian", _("waktu bagian langkah harus lebih kecil dari "
                                              "waktu langkahnya ({m} menit)").format(m=minutes))
        return tuple(parts)

    def _transitions(self, step_nos: set[int]) -> list[Transition]:
        result: list[Transition] = []
        for where, entry in self.tables("alur", _("daftar alur (transisi) kosong")):
            source, target = entry.get("dari"), entry.get("ke")
            kind = entry.get("jenis", FORWARD)
            ok = True
            if source not in step_nos:
                self.problem(f"{where}.dari",
                             _("langkah asal {s} tidak ada").format(s=source))
                ok = False
            if target != END and target not in step_nos:
                self.problem(f"{where}.ke",
                             _("transisi menuju langkah yang tidak ada: {t}").format(t=target))
                ok = False
            if kind not in TRANSITION_KINDS:
                self.problem(f"{where}.jenis", _("jenis alur '{j}' tidak dikenal").format(j=kind))
                ok = False
            if kind == REVISION and target == END:
                self.problem(f"{where}.ke", _("alur perbaikan tidak dapat menuju selesai"))
                ok = False
            if ok:
                result.append(Transition(source, None if target == END else target, kind))
        for no in sorted(step_nos):
            forwards = [t for t in result if t.source == no and t.kind == FORWARD]
            if len(forwards) != 1:
                self.problem("alur", _("langkah {no} harus punya tepat satu alur teruskan "
                                       "(ada {n})").format(no=no, n=len(forwards)))
        return result

    def _check_paths(self, steps: list[Step], transitions: list[Transition]) -> None:
        reached = {steps[0].no}
        frontier = [steps[0].no]
        while frontier:
            current = frontier.pop()
            for t in transitions:
                if t.source == current and t.target is not None and t.target not in reached:
                    reached.add(t.target)
                    frontier.append(t.target)
        for i, step in enumerate(steps):
            if step.no not in reached:
                self.problem(f"langkah[{i}]",
                             _("langkah {no} tidak dapat dicapai dari langkah pertama")
                             .format(no=step.no))
        if not any(t.target is None for t in transitions if t.source in reached):
            self.problem("alur", _("tidak ada alur menuju selesai"))
