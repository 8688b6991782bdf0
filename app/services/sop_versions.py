"""The SOP versions: the file in force, registered in the database, and the version each
complaint started under. A complaint keeps running under its own version when the file
changes; both are parsed once and cached."""

from __future__ import annotations

from pathlib import Path

from app.office.sop import Sop, load_sop, parse_sop
from app.paths import default_sop_path
from app.store.models import Complaint, SopVersion, database

_sop_cache: dict[str, Sop] = {}  # by content hash
_sop_by_row: dict[tuple[int, int], Sop] = {}  # by (database, SopVersion id)
_sop_by_file: dict[tuple[str, int, int], Sop] = {}  # by (path, mtime, size)


def current_sop(path=None) -> Sop:
    """The SOP file in force, registered in the database so complaints can point at it.
    Parsed again only when the file changed (the screens ask for it many times)."""
    path = Path(path or default_sop_path())
    try:
        stat = path.stat()
    except OSError:
        return load_sop(path)  # raises SopError naming the file
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    sop = _sop_by_file.get(key)
    if sop is None:
        sop = _sop_by_file[key] = load_sop(path)
    register_sop(sop)
    return sop


def register_sop(sop: Sop) -> SopVersion:
    _sop_cache[sop.version] = sop
    row = SopVersion.get_or_none(SopVersion.version == sop.version)
    if row is None:
        SopVersion.insert(key=str(sop.identity.get("kode", "sop")), version=sop.version,
                          number=sop.number, name=sop.name, text=sop.text
                          ).on_conflict_ignore().execute()
        row = SopVersion.get(SopVersion.version == sop.version)
    return row


def sop_of(complaint: Complaint) -> Sop:
    """The SOP version the complaint started under (not the file as it is today)."""
    key = (id(database.obj), complaint.sop_version_id)
    sop = _sop_by_row.get(key)
    if sop is None:
        row = SopVersion.get_by_id(complaint.sop_version_id)
        sop = _sop_cache.get(row.version) or parse_sop(row.text, source=f"db:{row.version}")
        _sop_cache[row.version] = _sop_by_row[key] = sop
    return sop
