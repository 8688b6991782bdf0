"""Handing a naskah to other programs: PDF through Microsoft Word (COM) or LibreOffice (it
blocks for seconds the first time: call it off the GUI thread; it touches no database) and
opening a file in the application the system associates with it.

The converters (app.naskah.pdf.converters) stay running between conversions, so the second
PDF comes fast; the program's exit ends them."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from app.errors import DocumentError, NoProgramToOpen
from app.i18n import _
from app.naskah.kata_sambung import add_kata_sambung
from app.naskah.pdf import converters
from app.naskah.pdf.errors import ConverterNotFound, PdfError, SofficeNotFound
from app.naskah.pdf.libreoffice import locate_soffice

__all__ = ["ConverterNotFound", "PdfError", "SofficeNotFound", "convert_to_pdf",
           "find_soffice", "open_in_default_app"]

log = logging.getLogger(__name__)


def find_soffice() -> str | None:
    """LibreOffice's soffice: on PATH, through the Windows registry, or in its usual
    folders; None when it is not installed."""
    return locate_soffice()


def convert_to_pdf(docx_path: str | Path, out_dir: str | Path | None = None, *,
                   timeout: float = 60, soffice: str | None = None,
                   progress: Callable[[str], None] | None = None,
                   kata_sambung: bool = True) -> Path:
    """Convert a .docx to PDF; returns the PDF's path (in `out_dir`, default beside the
    .docx). Microsoft Word is used when installed, LibreOffice otherwise or when Word fails;
    `soffice` names a LibreOffice to use instead. The first conversion starts the converter
    (seconds), later ones reuse it. `progress` receives short status texts. With
    `kata_sambung`, every page but the last ends with the next page's first word
    (app.naskah.kata_sambung). Raises ConverterNotFound, PdfError (failure or `timeout`
    seconds exceeded), KataSambungError."""
    docx_path = Path(docx_path).resolve()
    out_dir = Path(out_dir).resolve() if out_dir else docx_path.parent
    candidates = converters.chain(soffice)
    if not candidates:
        raise ConverterNotFound(_(
            "Microsoft Word maupun LibreOffice tidak ditemukan di komputer ini, jadi PDF "
            "tidak dapat dibuat. Pasang LibreOffice (libreoffice.org) atau Microsoft Word, "
            "atau buka berkas .docx lalu simpan sebagai PDF dari pengolah kata."))
    out_dir.mkdir(parents=True, exist_ok=True)
    report = progress or (lambda _text: None)
    failures: list[PdfError] = []
    for converter in candidates:
        report(_("Mengonversi {f} ke PDF dengan {p}...").format(f=docx_path.name,
                                                                  p=converter.name))
        try:
            pdf = converter.convert(docx_path, out_dir, timeout)
            break
        except PdfError as exc:
            log.warning("%s: %s", converter.name, exc)
            failures.append(exc)
    else:
        if len(failures) == 1:
            raise failures[0]
        raise PdfError("\n".join(str(f) for f in failures)) from failures[-1]
    if kata_sambung:
        add_kata_sambung(pdf)
    report(_("PDF selesai: {f}").format(f=pdf.name))
    return pdf


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
        # Windows' "no application is associated", or no opener at all: say what to do,
        # not the system's error number.
        log.info("tidak ada program untuk %s: %s", path, exc)
        raise NoProgramToOpen(_(
            "Tidak ada program di komputer ini yang dapat membuka berkas {t} ini. Berkasnya "
            "tersimpan di:\n{p}\nSimpan salinannya dengan \"Simpan Sebagai...\", atau minta "
            "petugas TI memasang program pembuka berkas {t}.").format(
                t=path.suffix.lstrip(".").upper() or _("tanpa akhiran"), p=path),
            str(path)) from exc
