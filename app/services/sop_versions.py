"""The SOP versions: the one in force, the version each complaint started under, and the
file bundled with this installation.

The SOP in force is a fact of the shared database, not of a workstation: the setting
`sop_version` names the adopted SopVersion (its content hash). Every workstation starts new
complaints under it, whatever SOP file its own installation carries; a bundled file that
differs is reported (bundled_sop_status) and comes into force only when an administrator
adopts it (adopt_sop, audited "sop.adopsi"). A database without an adopted version (a fresh
one, or one from an older program) adopts once, at the first call: the most recently
registered version when the database holds some (an older program's complaints point at
them), else the first workstation's bundled file; two workstations starting together adopt
exactly one. A complaint keeps
running under its own version (sop_of). Each version is parsed once and cached by hash.
"""

from __future__ import annotations

import json
import logging
import platform
import weakref
from dataclasses import dataclass
from pathlib import Path

from app.errors import PengaduanError
from app.i18n import _
from app.office.sop import Sop, load_sop, parse_sop
from app.paths import default_sop_path
from app.services import audit
from app.services.accounts import FIRST_RUN, Actor, require_admin
from app.store.models import Complaint, Setting, SopVersion, database

log = logging.getLogger(__name__)

SETTING = "sop_version"  # app.services.settings.OfficeSettings.sop_version
ADOPT_ACTION = "sop.adopsi"

_sop_cache: dict[str, Sop] = {}  # by content hash
# By database, then SopVersion id: weakly, so a database object that is gone takes its
# entries with it (a new one that reuses its id() must not find another file's rows).
_sop_by_row: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_sop_by_file: dict[tuple[str, int, int], Sop] = {}  # by (path, mtime, size)
_adopted_sql: dict[type, tuple[str, list]] = {}  # by kind of database


def current_sop(path=None) -> Sop:
    """The SOP in force: the version adopted in the database (one query per call, parsed
    once per version). `path` is this workstation's bundled file (default: the
    installation's); it matters only to a database that has adopted no version yet."""
    version = _adopted_version()
    if version is None:
        version = _adopt_first(path)
    sop = _sop_cache.get(version)
    if sop is None:
        row = SopVersion.get_or_none(SopVersion.version == version)
        if row is None:
            raise PengaduanError(_(
                "SOP yang berlaku (versi {v}) tidak ada di basis data. Administrator dapat "
                "memberlakukan SOP dengan: pengaduan sop adopsi BERKAS --user NAMA")
                .format(v=version))
        sop = _sop_cache[version] = parse_sop(row.text, source=f"db:{version}")
    return sop


def register_sop(sop: Sop) -> SopVersion:
    """Keep `sop`'s exact text in the database, so complaints can point at it (once per
    version). Registering does not put it in force: see adopt_sop."""
    _sop_cache[sop.version] = sop
    row = SopVersion.get_or_none(SopVersion.version == sop.version)
    if row is None:
        SopVersion.insert(key=str(sop.identity.get("kode", "sop")), version=sop.version,
                          number=sop.number, name=sop.name, text=sop.text
                          ).on_conflict_ignore().execute()
        row = SopVersion.get(SopVersion.version == sop.version)
    return row


def sop_of(complaint: Complaint) -> Sop:
    """The SOP version the complaint started under (not the one in force today)."""
    rows = _sop_by_row.setdefault(database.obj, {})
    sop = rows.get(complaint.sop_version_id)
    if sop is None:
        row = SopVersion.get_by_id(complaint.sop_version_id)
        sop = _sop_cache.get(row.version) or parse_sop(row.text, source=f"db:{row.version}")
        _sop_cache[row.version] = rows[complaint.sop_version_id] = sop
    return sop


# --------------------------------------------------------------------------- the bundled file

@dataclass(frozen=True)
class BundledStatus:
    """The SOP in force next to this installation's bundled file. `bundled` is None when
    the file cannot be read or parsed; `problem` then says why."""

    adopted: Sop
    bundled: Sop | None
    bundled_path: str
    problem: str = ""

    @property
    def same(self) -> bool:
        return self.bundled is not None and self.bundled.version == self.adopted.version

    def lines(self) -> list[str]:
        """The status in Indonesian, one fact a line (for the command line)."""
        result = [_("SOP yang berlaku: {s}").format(s=describe(self.adopted))]
        if self.bundled is None:
            result.append(_("Berkas SOP bawaan {p} tidak dapat dipakai: {e}").format(
                p=self.bundled_path, e=self.problem))
        elif self.same:
            result.append(_("Berkas SOP bawaan {p}: sama dengan SOP yang berlaku.")
                          .format(p=self.bundled_path))
        else:
            result.append(_("Berkas SOP bawaan {p}: BERBEDA ({s}); belum berlaku.").format(
                p=self.bundled_path, s=describe(self.bundled)))
        return result


def describe(sop: Sop) -> str:
    """The SOP's name, number and version, for messages."""
    return _("{n} ({num}), versi {v}").format(n=sop.name, num=sop.number, v=sop.version)


def bundled_sop_status(path=None) -> BundledStatus:
    """The adopted SOP and this installation's bundled file (or `path`): the same version,
    or a different one that is not in force until an administrator adopts it."""
    path = Path(path or default_sop_path())
    adopted = current_sop(path)
    try:
        bundled = _load_file(path)
    except PengaduanError as exc:
        return BundledStatus(adopted, None, str(path), str(exc))
    return BundledStatus(adopted, bundled, str(path))


def adopt_sop(path=None, *, actor: Actor) -> Sop:
    """Put the SOP file `path` (default: this installation's bundled file) in force for new
    complaints on every workstation. Administrators only (NotPermitted otherwise); a file
    that does not parse raises SopError naming file, key and reason, and changes nothing.
    Complaints already registered keep their own version. Registered, set and audited
    ("sop.adopsi") in one transaction; adopting the version already in force does nothing.
    """
    path = Path(path or default_sop_path())
    sop = load_sop(path)  # read afresh: the administrator adopts the file as it is now
    with database.atomic():
        actor_name = require_admin(actor)  # as the account is now, in this transaction
        old = _adopted_version(strict=False)  # adopting is also the way out of a damaged one
        if old == sop.version:
            return sop
        register_sop(sop)
        text = json.dumps(sop.version)
        Setting.insert(key=SETTING, value=text).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: text}).execute()
        audit.record(ADOPT_ACTION, actor=actor_name, detail={
            "lama": old, "baru": sop.version, "nomor": sop.number, "nama": sop.name,
            "berkas": str(path), "komputer": platform.node()})
    return sop


# --------------------------------------------------------------------------- internals

def _adopted_version(*, strict: bool = True) -> str | None:
    """The adopted version's hash as stored (one query), None when none is adopted (no row,
    or the setting's default ""). A value that is no hash at all (edited around the
    program) raises with the way out, unless not `strict` (then None). The query's SQL is
    built once per kind of database: building it costs ten times running it on SQLite."""
    sql = _adopted_sql.get(type(database.obj))
    if sql is None:
        sql = _adopted_sql[type(database.obj)] = (
            Setting.select(Setting.value).where(Setting.key == SETTING).sql())
    row = database.execute_sql(*sql).fetchone()
    if row is None:
        return None
    try:
        value = json.loads(row[0])
    except ValueError:
        value = None
    if value == "":
        return None
    if not isinstance(value, str):
        if not strict:
            return None
        raise PengaduanError(_(
            "Pengaturan SOP yang berlaku rusak ({t}). Administrator dapat memberlakukan SOP "
            "dengan: pengaduan sop adopsi BERKAS --user NAMA").format(t=row[0]))
    return value


def _load_file(path: Path) -> Sop:
    """The SOP file at `path`, parsed again only when it changed."""
    try:
        stat = path.stat()
    except OSError:
        return load_sop(path)  # raises SopError naming the file
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    sop = _sop_by_file.get(key)
    if sop is None:
        sop = _sop_by_file[key] = load_sop(path)
    return sop


def _adopt_first(path) -> str:
    """Adopt a version in a database that has none, and return the adopted one's hash.
    Insert-if-absent on the setting row (or fill it while it holds the default ""): of two
    workstations starting together, the first stores its choice (registers and audits it)
    and the second reads that."""
    with database.atomic():
        latest = (SopVersion.select(SopVersion.version, SopVersion.number, SopVersion.name)
                  .order_by(SopVersion.id.desc()).first())
        if latest is not None:  # a database from before adoption: keep what it ran under
            sop, version, number, name = None, latest.version, latest.number, latest.name
            source, file = "terdaftar", None
        else:
            file = str(path or default_sop_path())
            sop = _load_file(Path(file))
            version, number, name = sop.version, sop.number, sop.name
            source = "bawaan"
        text = json.dumps(version)
        claimed = Setting.insert(key=SETTING, value=text).on_conflict_ignore(
            ).as_rowcount().execute() or Setting.update(value=text).where(
            (Setting.key == SETTING) & (Setting.value == json.dumps(""))).execute()
        if claimed:
            if sop is not None:
                register_sop(sop)
            audit.record(ADOPT_ACTION, actor=FIRST_RUN.name, detail={
                "lama": None, "baru": version, "nomor": number, "nama": name,
                "sumber": source, "berkas": file, "komputer": platform.node()})
            log.info("SOP %s (%s) versi %s diberlakukan", name, number, version)
    adopted = _adopted_version()
    if adopted is None:  # cannot happen: the row was there or we inserted it
        raise PengaduanError(_("SOP yang berlaku tidak dapat ditetapkan."))
    return adopted
