"""Scanning: pages from a scanner (or a folder a scanner writes to) become one PDF attachment.

Backends share one small interface (`ScanBackend`: devices(), scan()):
- `SaneBackend` drives SANE through the `scanimage` program (Debian `sane-utils`). The
  python-sane binding ships no wheels and needs a compiler and libsane-dev; `scanimage`
  does the same work, and a subprocess cannot take the program down with it.
- `WiaBackend` (app.files.wia) uses Windows Image Acquisition through pywin32's COM client:
  flatbed, feeder and duplex as the device offers them.
- `InboxBackend` reads a folder that a network scanner "scans to"; `ScanInbox` is the
  watcher's logic (which files are new and finished writing).

Pages are kept as encoded images (JPEG/PNG, never re-encoded) with a rotation; `assemble_pdf`
wraps them with img2pdf (lossless; its own "internal" PDF writer, so the bundle needs no
pikepdf) and applies rotations as the PDF's /Rotate.
No Qt here: the scan dialog runs these calls on a worker thread. The shared types live in
app.files.scan_base and are re-exported here, the GUI's one import.
"""

from __future__ import annotations

import io
import logging
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import PengaduanError
from app.files.scan_base import (
    A4_POINTS,
    DEFAULT_DPI,
    DUPLEX,
    FEEDER,
    FLATBED,
    Cancelled,
    Progress,
    ScanBackend,
    ScanCancelled,
    ScanDevice,
    ScanError,
    ScanInterrupted,
    ScanOptions,
    ScanPage,
    page_from_image,
)
from app.files.wia import WiaBackend
from app.i18n import _

__all__ = ["A4_POINTS", "DEFAULT_DPI", "DUPLEX", "FEEDER", "FLATBED", "Cancelled", "Progress",
           "ScanBackend", "ScanCancelled", "ScanDevice", "ScanError", "ScanInterrupted",
           "ScanOptions", "ScanPage", "page_from_image", "WiaBackend", "SaneBackend",
           "InboxBackend", "ScanInbox", "Discovery", "assemble_pdf", "pages_from_file",
           "backends", "discover", "backend_for", "inbox_folder", "set_inbox_folder"]

log = logging.getLogger(__name__)

# --------------------------------------------------------------------------- pages
def pages_from_file(filename: str, content: bytes, *, dpi: int = DEFAULT_DPI,
                    progress: Progress | None = None, limit: int | None = None) -> list[ScanPage]:
    """Pages to add to a scan from an existing file: images as they are, PDF pages rendered
    at `dpi`. Raises FileRejected (app.files.filetypes) for what cannot be attached; `limit`
    is the size limit in bytes (None: filetypes' default)."""
    from app.files.filetypes import PDF, inspect

    info = inspect(filename, content, limit=limit)
    if info.mime != PDF:
        return page_from_image(content, source=filename)
    from app.files.rendering import render_pdf_page_jpeg

    pages = []
    for index in range(info.pages):
        data, width, height = render_pdf_page_jpeg(content, index, dpi)
        pages.append(ScanPage(data, "image/jpeg", width, height, float(dpi),
                              source=f"{filename} [{index + 1}]"))
        if progress:
            progress(index + 1, info.pages)
    return pages


def assemble_pdf(pages: list[ScanPage]) -> bytes:
    """One PDF with a page per ScanPage, in order. A page with a real scan resolution gets
    its physical size; one without (a photo) is fitted into A4. Raises ScanError when
    there are no pages."""
    import img2pdf
    from pypdf import PdfReader, PdfWriter

    if not pages:
        raise ScanError(_("Belum ada halaman untuk disimpan."))
    fit_a4 = img2pdf.get_layout_fun(pagesize=A4_POINTS, fit=img2pdf.FitMode.into)
    writer = PdfWriter()
    for page in pages:
        layout = (img2pdf.get_fixed_dpi_layout_fun((page.dpi, page.dpi)) if page.dpi
                  else fit_a4)
        # engine=internal: img2pdf would otherwise use pikepdf when installed (7 MB in the
        # bundle); the internal writer gives the same page, and pypdf does the rest.
        single = img2pdf.convert(page.data, layout_fun=layout, rotation=img2pdf.Rotation.none,
                                 engine=img2pdf.Engine.internal)
        added = writer.add_page(PdfReader(io.BytesIO(single)).pages[0])
        if page.rotation:
            added.rotate(page.rotation)
    writer.add_metadata({"/Producer": "Pengaduan (img2pdf, pypdf)"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# --------------------------------------------------------------------------- SANE
class SaneBackend(ScanBackend):
    """SANE through `scanimage`. SANE_CONFIG_DIR in the environment is honoured (the tests
    use it to switch on SANE's `test` device)."""

    key = "sane"
    COLOR_MODES = {"color": ("Color", "Colour", "24bit Color"), "gray": ("Gray", "Grayscale"),
                   "lineart": ("Lineart", "Binary", "Black & White")}

    def __init__(self, program: str | None = None, timeout: float = 600):
        # None: look for scanimage on PATH; "" means "no SANE here" (tests).
        self.program = shutil.which("scanimage") if program is None else (program or None)
        self.timeout = timeout

    def label(self) -> str:
        return "SANE"

    def available(self) -> bool:
        return self.program is not None

    def devices(self) -> list[ScanDevice]:
        if not self.program:
            return []
        try:
            result = subprocess.run([self.program, "-f", "%d\t%v\t%m%n"], capture_output=True,
                                    text=True, timeout=60, **_no_window())
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise ScanError(_("Daftar pemindai SANE tidak dapat dibaca: {e}").format(e=exc)) \
                from exc
        found = []
        for line in result.stdout.splitlines():
            parts = line.split("\t")
            if len(parts) == 3 and parts[0]:
                found.append(ScanDevice(self.key, parts[0], f"{parts[1]} {parts[2]} "
                                                            f"({parts[0]})"))
        return found

    def options_of(self, device: ScanDevice) -> dict[str, list[str]]:
        """The device's choices for --mode and --source (as `scanimage -A` lists them)."""
        result = subprocess.run([self.program, "-d", device.device_id, "-A"],
                                capture_output=True, text=True, timeout=60, **_no_window())
        choices: dict[str, list[str]] = {}
        for match in re.finditer(r"^\s+--(mode|source)\s+(.+?)\s+\[", result.stdout, re.M):
            choices[match.group(1)] = match.group(2).split("|")
        return choices

    def scan(self, device, options, *, progress=None, cancelled=None):
        if not self.program:
            raise ScanError(_("Program scanimage (SANE) tidak terpasang."))
        choices = self.options_of(device)
        args = [self.program, "-d", device.device_id, "--resolution", str(options.resolution)]
        mode = _pick(choices.get("mode", []), self.COLOR_MODES[options.color])
        if mode:
            args += ["--mode", mode]
        sources = choices.get("source", [])
        if options.feeder or options.duplex:
            wanted = r"Duplex" if options.duplex else r"ADF|feeder|Duplex"
            feeder = next((s for s in sources if re.search(wanted, s, re.I)), None)
            if feeder is None:
                raise ScanError(_("Pemindai ini tidak dapat memindai dua sisi (dupleks).")
                                if options.duplex else
                                _("Pemindai ini tidak memiliki pengumpan dokumen (ADF)."))
            args += ["--source", feeder]
        else:
            flatbed = next((s for s in sources if re.search(r"flatbed", s, re.I)), None)
            if flatbed:
                args += ["--source", flatbed]
            args += ["--batch-count=1"]
        # Line art has no JPEG; everything else is JPEG, as office scanners send it.
        ext, fmt = ("png", "png") if mode and options.color == "lineart" else ("jpg", "jpeg")
        with tempfile.TemporaryDirectory(prefix="pengaduan-scan-") as folder:
            pattern = str(Path(folder) / f"halaman%04d.{ext}")
            args += [f"--format={fmt}", f"--batch={pattern}"]
            log.info("scanimage: %s", " ".join(args))
            self._run(args, folder, ext, progress, cancelled)
            files = sorted(Path(folder).glob(f"halaman*.{ext}"))
            if not files:
                raise ScanError(_("Pemindai tidak mengirim halaman. Periksa kertas di "
                                  "pemindai lalu coba lagi."))
            pages = []
            for path in files:
                pages += page_from_image(path.read_bytes(), source=device.label,
                                         dpi=options.resolution)
            return pages

    def _run(self, args, folder, ext, progress, cancelled) -> None:
        with subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              text=True, **_no_window()) as proc:
            started = time.monotonic()
            while proc.poll() is None:
                if cancelled and cancelled():
                    proc.kill()
                    raise ScanCancelled(_("Pemindaian dibatalkan."))
                if time.monotonic() - started > self.timeout:
                    proc.kill()
                    raise ScanError(_("Pemindai tidak menjawab; pemindaian dihentikan."))
                if progress:
                    progress(len(list(Path(folder).glob(f"*.{ext}"))), 0)
                time.sleep(0.1)
            errors = proc.stderr.read() if proc.stderr else ""
        # An empty feeder ends a batch normally once some page was scanned.
        if proc.returncode != 0 and not list(Path(folder).glob(f"*.{ext}")):
            detail = errors.strip().splitlines()[-1] if errors.strip() else str(proc.returncode)
            raise ScanError(_("Pemindaian gagal: {e}").format(e=detail))


def _pick(available: list[str], wanted: tuple[str, ...]) -> str | None:
    lowered = {a.lower(): a for a in available}
    return next((lowered[w.lower()] for w in wanted if w.lower() in lowered), None)


def _no_window() -> dict:
    # No console window flashing up on Windows when a program is started from the GUI.
    if sys.platform == "win32":
        return {"creationflags": subprocess.CREATE_NO_WINDOW}
    return {}


# --------------------------------------------------------------------------- scan inbox
INBOX_CONFIG_KEY = "scan_inbox"
TAKEN_FOLDER = "dilampirkan"
DISMISSED_FOLDER = "diabaikan"
# Names scanners and copy tools use while a file is still being written.
_PARTIAL = re.compile(r"(^[.~]|\.(part|tmp|crdownload|partial)$)", re.I)


def inbox_folder() -> Path | None:
    """This workstation's scan folder (config file key `scan_inbox`), or None."""
    from app.config import load_config

    value = (load_config().get(INBOX_CONFIG_KEY) or "").strip()
    return Path(value) if value else None


def set_inbox_folder(folder: str | Path | None) -> None:
    from app.config import load_config, save_config

    values = load_config()
    values[INBOX_CONFIG_KEY] = str(folder) if folder else ""
    save_config(values)


@dataclass
class ScanInbox:
    """Which files in a scan folder are new and finished. A file counts once its size and
    modification time held still across two looks (or it is older than `settle_seconds`):
    scanners write a page at a time. Files once offered are not offered again; `take` and
    `dismiss` move them into subfolders so the folder itself shows what is still waiting."""

    folder: Path
    settle_seconds: float = 2.0
    _seen: dict[Path, tuple[int, int]] = field(default_factory=dict)
    _offered: set[Path] = field(default_factory=set)

    def __post_init__(self):
        self.folder = Path(self.folder)

    def waiting(self, *, at: float | None = None) -> list[Path]:
        """Every finished file in the folder (offered before or not), oldest first."""
        at = time.time() if at is None else at
        try:
            entries = [p for p in self.folder.iterdir() if p.is_file()
                       and not _PARTIAL.search(p.name)]
        except OSError as exc:
            raise ScanError(_("Folder pindaian {p} tidak dapat dibaca: {e}").format(
                p=self.folder, e=exc)) from exc
        ready = []
        current = {}
        for path in entries:
            try:
                stat = path.stat()
            except OSError:
                continue  # moved away meanwhile
            signature = (stat.st_size, stat.st_mtime_ns)
            current[path] = signature
            settled = (self._seen.get(path) == signature
                       or at - stat.st_mtime >= self.settle_seconds)
            if stat.st_size > 0 and settled:
                ready.append((stat.st_mtime, path))
        self._seen = current
        return [path for _mtime, path in sorted(ready)]

    def new_files(self, *, at: float | None = None) -> list[Path]:
        """Finished files not offered before; they count as offered from now on."""
        fresh = [p for p in self.waiting(at=at) if p not in self._offered]
        self._offered.update(fresh)
        return fresh

    def take(self, path: Path) -> Path:
        """Move an attached file into `dilampirkan/` (kept, not offered again)."""
        return self._move(path, TAKEN_FOLDER)

    def dismiss(self, path: Path) -> Path:
        return self._move(path, DISMISSED_FOLDER)

    def _move(self, path: Path, subfolder: str) -> Path:
        target_dir = self.folder / subfolder
        target_dir.mkdir(exist_ok=True)
        target = target_dir / path.name
        if target.exists():
            target = target_dir / f"{time.strftime('%Y%m%d-%H%M%S')}-{path.name}"
        try:
            shutil.move(str(path), str(target))
        except OSError as exc:
            raise ScanError(_("Berkas {f} tidak dapat dipindahkan: {e}").format(
                f=path.name, e=exc)) from exc
        self._offered.discard(path)
        self._seen.pop(path, None)
        return target


class InboxBackend(ScanBackend):
    """A scanner that scans to a folder: "scanning" takes the files waiting there as pages
    (images as they are, PDF pages rendered). Nothing is moved while scanning: `take` moves
    the files into `dilampirkan/` once their pages are stored. A file that cannot be used
    stays in the folder, its message in `problems`, and costs the others nothing."""

    key = "inbox"

    def __init__(self, folder: str | Path | None = None, *, limit: int | None = None):
        self.folder = Path(folder) if folder else inbox_folder()
        self.limit = limit  # bytes per file; None: filetypes' default (see pages_from_file)
        self.files: list[Path] = []  # of the last scan: the files its pages came from
        self.problems: list[str] = []  # of the last scan: one message per file left out

    def label(self) -> str:
        return _("Folder pindaian")

    def devices(self) -> list[ScanDevice]:
        if self.folder is None or not self.folder.is_dir():
            return []
        return [ScanDevice(self.key, str(self.folder),
                           _("Folder pindaian: {p}").format(p=self.folder))]

    def scan(self, device, options, *, progress=None, cancelled=None):
        """Every finished file's pages (`source` names the file); raises only if none."""
        inbox = ScanInbox(Path(device.device_id), settle_seconds=0)
        files = inbox.waiting()
        if not files:
            raise ScanError(_("Folder pindaian kosong: belum ada berkas dari pemindai."))
        pages, self.files, self.problems, first = [], [], [], None
        for number, path in enumerate(files, 1):
            if cancelled and cancelled():
                raise ScanCancelled(_("Pemindaian dibatalkan."))
            try:
                pages += pages_from_file(path.name, path.read_bytes(), dpi=options.resolution,
                                         limit=self.limit)
            except (PengaduanError, OSError, ValueError) as exc:  # left in the folder
                first = first or exc
                self.problems.append(str(exc) if isinstance(exc, PengaduanError) else _(
                    "Berkas '{f}' tidak dapat dibaca: {e}").format(f=path.name, e=exc))
            else:
                self.files.append(path)
            if progress:
                progress(number, len(files))
        if not pages and first is not None:
            raise first
        return pages

    def take(self, paths: list[Path]) -> list[Path]:
        """Move `paths` (files whose pages were stored) into `dilampirkan/`."""
        return [ScanInbox(self.folder).take(path) for path in paths if path.exists()]


# --------------------------------------------------------------------------- discovery
def backends(*, limit: int | None = None) -> list[ScanBackend]:
    """The backends that can work on this machine (WIA on Windows, SANE where scanimage is
    installed), the scan folder always last; `limit` is the size limit per file taken from
    the scan folder (the office's, given by the caller)."""
    found: list[ScanBackend] = []
    wia = WiaBackend()
    if wia.available():
        found.append(wia)
    sane = SaneBackend()
    if sane.available():
        found.append(sane)
    found.append(InboxBackend(limit=limit))
    return found


@dataclass
class Discovery:
    devices: list[ScanDevice]
    problems: list[str]  # backends that failed to list, for the status line


def discover(candidates: list[ScanBackend] | None = None, *,
             limit: int | None = None) -> Discovery:
    """Every device of every backend (`candidates`, else backends(limit=limit)); a failing
    backend is reported, not fatal."""
    result = Discovery([], [])
    for backend in candidates if candidates is not None else backends(limit=limit):
        try:
            result.devices += backend.devices()
        except ScanError as exc:
            log.warning("backend %s: %s", backend.key, exc)
            result.problems.append(f"{backend.label()}: {exc}")
    return result


def backend_for(device: ScanDevice, candidates: list[ScanBackend] | None = None, *,
                limit: int | None = None) -> ScanBackend:
    for backend in candidates if candidates is not None else backends(limit=limit):
        if backend.key == device.backend:
            if isinstance(backend, InboxBackend):
                return InboxBackend(device.device_id,
                                    limit=limit if backend.limit is None else backend.limit)
            return backend
    raise ScanError(_("Jenis pemindai {b} tidak tersedia.").format(b=device.backend))
