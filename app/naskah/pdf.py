"""Handing a naskah to other programs: PDF through LibreOffice (it blocks for seconds: call
it off the GUI thread; it touches no database) and opening a file in the application the
system associates with it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from app.errors import DocumentError
from app.i18n import _
from app.naskah.kata_sambung import add_kata_sambung


class PdfError(DocumentError):
    """LibreOffice failed to convert, or took too long."""


class SofficeNotFound(PdfError):
    """LibreOffice (soffice) is not installed where we look."""


WINDOWS_SOFFICE = (r"C:\Program Files\LibreOffice\program\soffice.exe",
                   r"C:\Program Files (x86)\LibreOffice\program\soffice.exe")


def find_soffice() -> str | None:
    """LibreOffice's soffice: on PATH, else its usual Windows (or macOS) location."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    candidates = list(WINDOWS_SOFFICE) if sys.platform == "win32" else [
        "/Applications/LibreOffice.app/Contents/MacOS/soffice"]
    return next((c for c in candidates if Path(c).is_file()), None)


def convert_to_pdf(docx_path: str | Path, out_dir: str | Path | None = None, *,
                   timeout: float = 60, soffice: str | None = None,
                   progress: Callable[[str], None] | None = None,
                   kata_sambung: bool = True) -> Path:
    """Convert a .docx to PDF with LibreOffice headless; returns the PDF's path (in
    `out_dir`, default beside the .docx). Blocks for seconds: call it off the GUI thread.
    Each call uses a fresh LibreOffice profile, so it neither collides with an open
    LibreOffice nor with a parallel conversion. `progress` receives short status texts.
    With `kata_sambung`, every page but the last ends with the next page's first word
    (app.naskah.kata_sambung). Raises SofficeNotFound, PdfError (failure or `timeout`
    seconds exceeded), KataSambungError."""
    docx_path = Path(docx_path).resolve()
    out_dir = Path(out_dir).resolve() if out_dir else docx_path.parent
    soffice = soffice or find_soffice()
    if not soffice:
        raise SofficeNotFound(_(
            "LibreOffice tidak ditemukan, jadi PDF tidak dapat dibuat. Pasang LibreOffice "
            "(libreoffice.org), atau buka berkas .docx lalu simpan sebagai PDF dari Word."))
    out_dir.mkdir(parents=True, exist_ok=True)
    report = progress or (lambda _text: None)
    with tempfile.TemporaryDirectory(prefix="pengaduan-lo-") as profile:
        command = [soffice, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless",
                   "--norestore", "--nolockcheck", "--convert-to", "pdf",
                   "--outdir", str(out_dir), str(docx_path)]
        report(_("Mengonversi {f} ke PDF...").format(f=docx_path.name))
        try:
            result = subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                                    **_no_window())
        except subprocess.TimeoutExpired as exc:
            raise PdfError(_("LibreOffice tidak selesai dalam {s} detik; konversi PDF "
                             "dibatalkan.").format(s=int(timeout))) from exc
        except OSError as exc:
            raise PdfError(_("LibreOffice tidak dapat dijalankan: {e}").format(e=exc)) from exc
    pdf = out_dir / (docx_path.stem + ".pdf")
    if result.returncode != 0 or not pdf.is_file():
        detail = (result.stderr or result.stdout or "").strip()[-300:]
        raise PdfError(_("LibreOffice gagal membuat PDF (kode {c}). {d}")
                       .format(c=result.returncode, d=detail))
    if kata_sambung:
        add_kata_sambung(pdf)
    report(_("PDF selesai: {f}").format(f=pdf.name))
    return pdf


def _no_window() -> dict:
    # On Windows, no console window flashes up when the GUI starts soffice.
    if sys.platform == "win32":
        return {"creationflags": subprocess.CREATE_NO_WINDOW}
    return {}


def open_in_default_app(path: str | Path) -> None:
    """Open a file in the program the system associates with it (Word or LibreOffice for
    .docx). Raises DocumentError when the file is missing or nothing can open it."""
    path = Path(path)
    if not path.exists():
        raise DocumentError(_("Berkas tidak ditemukan: {p}").format(p=path))
    try:
        if sys.platform == "win32":
            os.startfile(str(path))  # noqa: S606 - the user asked to open this file
        else:
            opener = "open" if sys.platform == "darwin" else "xdg-open"
            subprocess.Popen([opener, str(path)], stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL, start_new_session=True)
    except OSError as exc:
        raise DocumentError(_("Berkas tidak dapat dibuka: {e}").format(e=exc)) from exc
