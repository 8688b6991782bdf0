"""PDF through LibreOffice (`soffice --headless --convert-to pdf`), kept warm.

Warm without UNO: one soffice per program runs in the background with its own profile and a
small placeholder document open. A later `soffice --convert-to` with the same profile does
not start a second office: LibreOffice's launcher hands the request to the running one
through its own single-instance pipe and returns once the PDF is written. The placeholder
matters: an office with no document open ends itself after such a request. No UNO socket is
opened (`--accept` would let any local program drive the office). When the background office
cannot be started, conversions are cold (each with a fresh profile) for the rest of the
session, as they are with `warm=False`.
"""

from __future__ import annotations

import glob
import logging
import os
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from app.i18n import _
from app.naskah.pdf.errors import PdfError
from app.naskah.pdf.processes import kill_tree, remove_folder, start_tree, sweep_leftovers

log = logging.getLogger(__name__)

REGISTRY_KEY = r"SOFTWARE\LibreOffice\UNO\InstallPath"  # default value: the program folder
POSIX_CANDIDATES = ("/usr/lib/libreoffice/program/soffice", "/opt/libreoffice*/program/soffice",
                    "/snap/bin/libreoffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice")
PLACEHOLDER = "tetap-terbuka.fodt"
# An empty flat OpenDocument text: one filter, no import dialog whatever the system locale.
PLACEHOLDER_XML = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2" '
    'office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text>'
    '<text:p/></office:text></office:body></office:document>\n')
STOP_GRACE = 5.0


def locate_soffice() -> str | None:
    """LibreOffice's soffice: on PATH, else where the Windows registry says it is installed,
    else in the usual folders; None when there is none."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return registry_soffice() or next(
        (c for c in _usual_places() if Path(c).is_file()), None)


def registry_soffice() -> str | None:
    """soffice.exe from HKLM/HKCU\\SOFTWARE\\LibreOffice\\UNO\\InstallPath (64- and 32-bit
    views); None off Windows or when LibreOffice is not registered."""
    try:
        import winreg
    except ImportError:
        return None
    for hive in (winreg.HKEY_LOCAL_MACHINE, winreg.HKEY_CURRENT_USER):
        for view in (winreg.KEY_WOW64_64KEY, winreg.KEY_WOW64_32KEY):
            try:
                with winreg.OpenKey(hive, REGISTRY_KEY, 0, winreg.KEY_READ | view) as key:
                    folder, _kind = winreg.QueryValueEx(key, "")
            except OSError:
                continue
            program = Path(str(folder)) / "soffice.exe"
            if program.is_file():
                return str(program)
    return None


def _usual_places() -> list[str]:
    places = []
    for variable in ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)"):
        root = os.environ.get(variable)
        if root:
            places.append(str(Path(root) / "LibreOffice" / "program" / "soffice.exe"))
    local = os.environ.get("LOCALAPPDATA")
    if local:
        places.append(str(Path(local) / "Programs" / "LibreOffice" / "program" / "soffice.exe"))
    for pattern in POSIX_CANDIDATES:
        places += sorted(glob.glob(pattern))
    return places


class LibreOffice:
    """Converts with the soffice at `program`; warm by default (see the module). One
    conversion at a time per instance; `close()` ends the background office."""

    def __init__(self, program: str, *, warm: bool = True):
        self.program, self.warm = program, warm
        self.name = "LibreOffice"
        self._lock = threading.Lock()
        self._server: subprocess.Popen | None = None
        self._home: Path | None = None  # the server's profile and placeholder
        self._server_log = None
        self._warm_failed = False  # the background office would not start: stay cold

    def convert(self, docx: Path, out_dir: Path, timeout: float) -> Path:
        """`docx` as `out_dir/<stem>.pdf`. Raises PdfError (failure, or `timeout` seconds
        exceeded: the whole soffice tree is killed then)."""
        with self._lock:
            work = Path(tempfile.mkdtemp(prefix="pengaduan-pdf-"))
            try:
                profile = self._warm_profile(timeout) or work / "profil"
                return self._convert(docx, out_dir, timeout, work, profile)
            finally:
                remove_folder(work)

    def _warm_profile(self, timeout: float) -> Path | None:
        if not self.warm or self._warm_failed:
            return None
        try:
            return self._ensure_server(timeout)
        except PdfError as exc:
            log.warning("LibreOffice not kept running (%s); converting cold", exc)
            self._warm_failed = True
            return None

    @property
    def running(self) -> bool:
        return self._server is not None and self._server.poll() is None

    def _command(self, profile: Path, *args: str) -> list[str]:
        return [self.program, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                "--norestore", "--nolockcheck", "--nologo", *args]

    def _convert(self, docx, out_dir, timeout, work: Path, profile: Path) -> Path:
        produced_dir = work / "keluar"
        command = self._command(profile, "--convert-to", "pdf", "--outdir", str(produced_dir),
                                str(docx))
        output = work / "soffice.log"
        with output.open("wb") as sink:
            try:
                proc = start_tree(command, output=sink)
            except OSError as exc:
                raise PdfError(_("LibreOffice tidak dapat dijalankan: {e}").format(e=exc)) \
                    from exc
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                kill_tree(proc)
                self._stop_server()  # the background office is the one that hangs
                raise PdfError(_("LibreOffice tidak selesai dalam {s} detik; konversi PDF "
                                 "dibatalkan.").format(s=_seconds(timeout))) from None
        produced = produced_dir / (docx.stem + ".pdf")
        if proc.returncode != 0 or not produced.is_file():
            if self._server is not None and not self.running:
                self._stop_server()
            detail = output.read_text(errors="replace").strip()[-300:]
            raise PdfError(_("LibreOffice gagal membuat PDF (kode {c}). {d}")
                           .format(c=proc.returncode, d=detail))
        target = out_dir / produced.name
        shutil.move(str(produced), str(target))
        return target

    def _ensure_server(self, timeout: float) -> Path:
        """The running background office's profile, starting it if needed (waits until it
        has opened its placeholder, which comes after its pipe is listening)."""
        if self.running:
            return self._home / "profil"
        self._stop_server()
        sweep_leftovers()
        home = Path(tempfile.mkdtemp(prefix="pengaduan-lo-"))
        placeholder = home / PLACEHOLDER
        placeholder.write_text(PLACEHOLDER_XML, encoding="utf-8")
        self._home = home
        self._server_log = (home / "server.log").open("wb")
        try:
            self._server = start_tree(self._command(home / "profil", str(placeholder)),
                                      output=self._server_log)
        except OSError as exc:
            self._stop_server()
            raise PdfError(_("LibreOffice tidak dapat dijalankan: {e}").format(e=exc)) from exc
        ready = home / f".~lock.{PLACEHOLDER}#"
        deadline = time.monotonic() + timeout
        while not ready.exists():
            if not self.running or time.monotonic() > deadline:
                ended = not self.running
                self._stop_server()
                if ended:
                    raise PdfError(_("LibreOffice berhenti saat dinyalakan; konversi PDF "
                                     "dibatalkan."))
                raise PdfError(_("LibreOffice tidak selesai dalam {s} detik; konversi PDF "
                                 "dibatalkan.").format(s=_seconds(timeout)))
            time.sleep(0.05)
        log.info("LibreOffice kept running for PDF conversions (pid %s)", self._server.pid)
        return home / "profil"

    def _stop_server(self) -> None:
        if self._server is not None:
            kill_tree(self._server, grace=STOP_GRACE)
            self._server = None
        if self._server_log is not None:
            self._server_log.close()
            self._server_log = None
        self._warm_failed = False  # the background office would not start: stay cold
        if self._home is not None:
            remove_folder(self._home)
            self._home = None

    def close(self) -> None:
        """End the background office and remove its profile."""
        with self._lock:
            self._stop_server()


def _seconds(timeout: float) -> str:
    return f"{timeout:g}"
