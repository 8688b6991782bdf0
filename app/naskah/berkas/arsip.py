"""The arsip tahunan: every complaint closed in a year, each as its berkas PDF (unmasked: the
office's record) with its original files, and a manifest (CSV and JSON: register number,
files, SHA-256, sizes, page counts) with the manifest's own checksum. Only an
administrator makes it, checked before every complaint is written (the account re-read).

Resumable: each complaint is written into a staging folder, renamed into place, then one
line is appended to the journal (`.jurnal.jsonl`); a run that stops anywhere leaves at
most a staging folder or a folder without its journal line, both removed and made again
by the next run, so nothing is doubled. The manifest is written from the journal at the
end. Memory holds one complaint at a time, however many there are.

Layout of the folder:
    .arsip-pengaduan            marker: which year this folder holds
    .jurnal.jsonl               one line per finished complaint
    <register>/berkas.pdf       the berkas
    <register>/asli/NN_<file>   the original files (attachments, naskah .docx)
    manifest.csv, manifest.json, manifest.sha256
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import os
import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import NotPermitted, PengaduanError
from app.files.exclusive import LOCK_NAME, FolderBusy, exclusive
from app.i18n import _
from app.naskah.berkas import BerkasCancelled, NaskahPdf, build
from app.services import audit
from app.services.accounts import Actor, audit_name, require_admin
from app.store import blobs
from app.store.models import STATUS_CLOSED, Complaint, database

MARKER = ".arsip-pengaduan"
JOURNAL = ".jurnal.jsonl"
MANIFEST_CSV, MANIFEST_JSON, MANIFEST_SUM = "manifest.csv", "manifest.json", "manifest.sha256"
COLUMNS = ("nomor_register", "berkas", "jenis", "sha256", "ukuran", "halaman")
BATCH = 200  # complaint ids read per query


class ArchiveError(PengaduanError):
    """The folder cannot hold this archive (another year, or not an archive at all)."""


@dataclass
class ArchiveResult:
    folder: Path
    year: int
    complaints: int  # in the manifest
    written: int  # made by this run (the rest were there from an interrupted run)
    files: int
    manifest_sha256: str


@dataclass
class VerifyResult:
    checked: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def safe_name(register_no: str) -> str:
    """A register number as a folder name (0001/PENGADUAN/XI/2026 -> 0001-PENGADUAN-XI-2026)."""
    return re.sub(r'[\\/:*?"<>|\s]+', "-", register_no).strip(".-") or "tanpa-nomor"


def _sha256_file(path: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _page_count(data: bytes) -> int | None:
    from app.files.filetypes import PDF, sniff

    mime = sniff(data)
    try:
        if mime == PDF:
            from pypdf import PdfReader

            return len(PdfReader(io.BytesIO(data)).pages)
        if mime and mime.startswith("image/"):
            from PIL import Image

            with Image.open(io.BytesIO(data)) as image:
                return getattr(image, "n_frames", 1)
    except Exception:  # noqa: BLE001 - a file that will not open has no page count
        return None
    return None


def closed_in(year: int) -> Iterator[int]:
    """Ids of the complaints closed in `year` (office time), oldest closing first, read in
    batches."""
    start, end = dt.datetime(year, 1, 1), dt.datetime(year + 1, 1, 1)
    last_closed, last_id = None, 0
    while True:
        query = (Complaint.select(Complaint.id, Complaint.closed_at)
                 .where((Complaint.status == STATUS_CLOSED) & (Complaint.closed_at >= start)
                        & (Complaint.closed_at < end)))
        if last_closed is not None:
            query = query.where((Complaint.closed_at > last_closed)
                                | ((Complaint.closed_at == last_closed)
                                   & (Complaint.id > last_id)))
        rows = list(query.order_by(Complaint.closed_at, Complaint.id).limit(BATCH).tuples())
        if not rows:
            return
        yield from (row[0] for row in rows)
        last_id, last_closed = rows[-1]


def _foreign(folder: Path) -> bool:
    """A folder of something else: not an archive, and not empty."""
    return folder.is_dir() and not (folder / MARKER).exists() and any(
        child.name != LOCK_NAME for child in folder.iterdir())


def _foreign_error(folder: Path) -> ArchiveError:
    return ArchiveError(_("Folder {f} tidak kosong dan bukan folder arsip pengaduan; "
                          "pilih folder kosong.").format(f=folder))


def _prepare(folder: Path, year: int) -> set[str]:
    """Open (or start) the archive folder; returns the register numbers already done.
    Leftovers of an interrupted run (staging folders, a folder without its journal line,
    a half-written journal line) are removed."""
    folder.mkdir(parents=True, exist_ok=True)
    marker = folder / MARKER
    if marker.exists():
        try:
            held = json.loads(marker.read_text(encoding="utf-8")).get("tahun")
        except (ValueError, AttributeError) as exc:
            raise ArchiveError(_("Penanda arsip {f} rusak; pilih folder lain.").format(
                f=marker)) from exc
        if held != year:
            raise ArchiveError(_("Folder {f} berisi arsip tahun {y}, bukan {t}.").format(
                f=folder, y=held, t=year))
    elif _foreign(folder):
        raise _foreign_error(folder)
    else:
        marker.write_text(json.dumps({"tahun": year}), encoding="utf-8")
    done: dict[str, str] = {}
    journal = folder / JOURNAL
    if journal.exists():
        good = b""
        with open(journal, "rb") as stream:
            for line in stream:
                if not line.endswith(b"\n"):
                    break  # cut off mid-line by the interruption
                entry = json.loads(line)
                done[entry["nomor_register"]] = entry["folder"]
                good += line
        journal.write_bytes(good)
    for child in folder.iterdir():
        if child.is_dir() and (child.name.startswith(".tmp-")
                               or child.name not in done.values()):
            shutil.rmtree(child)
    for name in (MANIFEST_CSV, MANIFEST_JSON, MANIFEST_SUM):
        (folder / name).unlink(missing_ok=True)  # re-made at the end, from the journal
    return set(done)


def make_archive(actor: Actor, year: int, folder: str | Path, *,
                 swimlane: Callable[[int], bytes | None] | None = None,
                 converter: NaskahPdf | None = None,
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> ArchiveResult:
    """Write (or finish) the archive of `year` into `folder`. `actor` must be an active
    administrator (or the command line), checked before each complaint. `swimlane(id)`
    gives the chart's PDF (the GUI's renderer). Raises NotPermitted, ArchiveError,
    BerkasCancelled (what was finished stays; run again to go on), OSError."""
    folder = Path(folder)
    with database.atomic():
        require_admin(actor)
    if _foreign(folder):  # refused before the lock leaves its file in someone's folder
        raise _foreign_error(folder)
    folder.mkdir(parents=True, exist_ok=True)
    try:
        with exclusive(folder):
            return _make(actor, year, folder, swimlane, converter, progress, cancelled)
    except FolderBusy as exc:
        raise ArchiveError(_("Folder {f} sedang dipakai pembuatan arsip lain (komputer ini "
                             "atau komputer lain); tunggu sampai selesai.").format(
                                 f=folder)) from exc


def _make(actor, year, folder, swimlane, converter, progress, cancelled) -> ArchiveResult:
    done = _prepare(folder, year)
    converter = converter or NaskahPdf()
    ids = list(closed_in(year))  # ints only: the files are read one complaint at a time
    total = len(ids)
    written = 0
    with open(folder / JOURNAL, "a", encoding="utf-8") as journal:
        for n, complaint_id in enumerate(ids, 1):
            if cancelled is not None and cancelled():
                raise BerkasCancelled(_("Pembuatan arsip dihentikan; jalankan lagi untuk "
                                        "melanjutkan."))
            register_no = Complaint.get_by_id(complaint_id).register_no
            if register_no not in done:
                with database.atomic():  # the permission as it is now, at each write
                    require_admin(actor)
                entry = _write_one(folder, complaint_id, register_no, swimlane, converter)
                journal.write(json.dumps(entry, ensure_ascii=False) + "\n")
                journal.flush()
                os.fsync(journal.fileno())
                written += 1
            if progress:
                progress(n, total)
    count, files, digest = _write_manifest(folder, year, audit_name(actor))
    audit.record("arsip.buat", actor=audit_name(actor), detail={
        "tahun": year, "pengaduan": count, "berkas": files, "manifest_sha256": digest})
    return ArchiveResult(folder, year, count, written, files, digest)


def _write_one(folder: Path, complaint_id: int, register_no: str, swimlane,
               converter: NaskahPdf) -> dict:
    name = safe_name(register_no)
    staging = folder / f".tmp-{name}"
    if staging.exists():
        shutil.rmtree(staging)
    (staging / "asli").mkdir(parents=True)
    chart = swimlane(complaint_id) if swimlane else None
    berkas = build(complaint_id, None, staging / "berkas.pdf", unmasked=True,
                   swimlane_pdf=chart, converter=converter, record=False)
    files = [{"berkas": f"{name}/berkas.pdf", "jenis": "berkas", "sha256": berkas.sha256,
              "ukuran": berkas.size, "halaman": berkas.pages}]
    seen: set[tuple[str, str]] = set()
    for part in berkas.parts:
        if part.original is None or part.original in seen:
            continue
        seen.add(part.original)
        filename, key = part.original
        try:
            data = blobs.read(key, filename)
        except PengaduanError as exc:  # altered in the database: said, not archived
            files.append({"berkas": "", "jenis": "rusak", "sha256": key, "ukuran": 0,
                          "halaman": None, "catatan": str(exc)})
            continue
        target = f"{len(seen):02d}_{safe_name(filename)}"
        (staging / "asli" / target).write_bytes(data)
        files.append({"berkas": f"{name}/asli/{target}", "jenis": part.section,
                      "sha256": blobs.digest(data), "ukuran": len(data),
                      "halaman": _page_count(data)})
    final = folder / name
    if final.exists():
        shutil.rmtree(final)
    os.replace(staging, final)
    return {"nomor_register": register_no, "folder": name, "berkas": files}


def _entries(folder: Path) -> Iterator[dict]:
    with open(folder / JOURNAL, encoding="utf-8") as stream:
        for line in stream:
            yield json.loads(line)


def _write_manifest(folder: Path, year: int, maker: str) -> tuple[int, int, str]:
    count = files = 0
    with open(folder / MANIFEST_CSV, "w", encoding="utf-8", newline="") as out_csv, \
            open(folder / MANIFEST_JSON, "w", encoding="utf-8") as out_json:
        writer = csv.writer(out_csv)
        writer.writerow(COLUMNS)
        out_json.write(f'{{"tahun": {year}, "dibuat_oleh": {json.dumps(maker)}, '
                       '"pengaduan": [\n')
        for entry in _entries(folder):
            out_json.write((",\n" if count else "") + json.dumps(entry, ensure_ascii=False))
            count += 1
            for item in entry["berkas"]:
                writer.writerow([entry["nomor_register"], item["berkas"], item["jenis"],
                                 item["sha256"], item["ukuran"],
                                 "" if item["halaman"] is None else item["halaman"]])
                files += 1
        out_json.write(f'\n], "jumlah_pengaduan": {count}, "jumlah_berkas": {files}}}\n')
    lines = [f"{_sha256_file(folder / name)[0]}  {name}\n"
             for name in (MANIFEST_CSV, MANIFEST_JSON)]
    (folder / MANIFEST_SUM).write_text("".join(lines), encoding="utf-8")
    return count, files, hashlib.sha256("".join(lines).encode()).hexdigest()


def verify(folder: str | Path) -> VerifyResult:
    """Check every file of the archive against the manifest (SHA-256 and size), the
    manifest against its checksum, and that no file was added. Reads one file at a time."""
    folder = Path(folder)
    result = VerifyResult()
    sums = folder / MANIFEST_SUM
    if not sums.exists():
        result.problems.append(_("{f} tidak ada: arsip belum selesai dibuat atau bukan "
                                 "folder arsip.").format(f=MANIFEST_SUM))
        return result
    for line in sums.read_text(encoding="utf-8").splitlines():
        expected, _sep, name = line.partition("  ")
        path = folder / name
        if not path.exists():
            result.problems.append(_("{f} tidak ada.").format(f=name))
        elif _sha256_file(path)[0] != expected:
            result.problems.append(_("{f} berubah: sidik SHA-256 tidak cocok.").format(f=name))
    if result.problems:
        return result
    listed: set[str] = set()
    with open(folder / MANIFEST_CSV, encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream):
            if not row["berkas"]:
                continue
            listed.add(row["berkas"])
            path = folder / row["berkas"]
            result.checked += 1
            if not path.is_file():
                result.problems.append(_("{f} hilang.").format(f=row["berkas"]))
                continue
            digest, size = _sha256_file(path)
            if digest != row["sha256"] or size != int(row["ukuran"]):
                result.problems.append(_("{f} berubah: sidik SHA-256 atau ukurannya tidak "
                                         "cocok dengan manifest.").format(f=row["berkas"]))
    own = {MARKER, JOURNAL, MANIFEST_CSV, MANIFEST_JSON, MANIFEST_SUM, LOCK_NAME}
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if path.is_file() and relative not in own and relative not in listed:
            result.problems.append(_("{f} tidak tercantum di manifest.").format(f=relative))
    return result


__all__ = ["ArchiveError", "ArchiveResult", "NotPermitted", "VerifyResult", "closed_in",
           "make_archive", "safe_name", "verify"]
