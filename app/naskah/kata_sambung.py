"""Kata sambung: on a naskah of several pages, the first word of the next page followed by
"..." at the bottom right of every page but the last (tata naskah dinas).

Word cannot print it (a field cannot read the next page), so it is stamped on the PDF made
from the .docx, from the PDF's real pagination: each page's text is read with pypdfium2, and
the word is added as a small text object in a standard font (Helvetica, the metric twin of
the templates' Arial). The page's own content streams are left as they are."""

from __future__ import annotations

import ctypes
import io
import os
import re
import shutil
import tempfile
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from app.errors import DocumentError
from app.i18n import _

CONTINUATION = "..."
FONT = b"Helvetica"
SIZE = 12.0  # points: the body's size
POINTS_PER_CM = 72 / 2.54
RIGHT_MARGIN = 2.0 * POINTS_PER_CM  # the text's right edge (tata naskah: 2 cm)
BASELINE = 1.9 * POINTS_PER_CM  # one line under the text area (bottom margin 2.5 cm)

# A line that is only a page number ("- 2 -", "2", "Halaman 2", "2/3"): the header of pages
# after the first, not the page's first word.
_PAGE_NUMBER = re.compile(r"[\s\-\u2013\u2014]*(halaman|hal\.)?\s*\d+(\s*/\s*\d+)?"
                          r"[\s\-\u2013\u2014]*", re.IGNORECASE)


class KataSambungError(DocumentError):
    """The PDF could not be read or written while adding the kata sambung."""


def first_word(page_text: str) -> str | None:
    """The first word of a page's text, skipping a page-number header; None for a page
    without text (a scanned image, an empty page)."""
    for line in page_text.splitlines():
        line = line.strip()
        if line and not _PAGE_NUMBER.fullmatch(line):
            return line.split()[0]
    return None


def continuation(word: str) -> str:
    """What is printed: the word without its trailing punctuation ("kasih." ->
    "kasih...") and "...", in what a standard font can show (WinAnsi: characters it
    cannot are left out); empty when nothing is left."""
    shown = "".join(c for c in word if c.encode("cp1252", "ignore")).rstrip(".,;:")
    return (shown + CONTINUATION) if shown else ""


def page_texts(data: bytes) -> list[str]:
    """The text of each page of the PDF `data`, in reading order."""
    pdf = pdfium.PdfDocument(data)
    try:
        texts = []
        for page in pdf:
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return texts
    finally:
        pdf.close()


def stamp(data: bytes) -> tuple[bytes, int]:
    """Add the kata sambung to every page of the PDF `data` but the last; returns the new
    PDF and how many pages were stamped (0 for a one-page naskah: `data` unchanged).
    Raises KataSambungError for a PDF pypdfium2 cannot read or write."""
    try:
        texts = page_texts(data)
        words = [first_word(text) for text in texts[1:]]
        if not any(words):
            return data, 0
        pdf = pdfium.PdfDocument(data)
        try:
            font = pdfium_c.FPDFText_LoadStandardFont(pdf.raw, FONT)
            stamped = 0
            for index, word in enumerate(words):
                text = continuation(word) if word else ""
                if text:
                    page = pdf[index]
                    _add_text(pdf, page, font, text)
                    page.close()
                    stamped += 1
            out = io.BytesIO()
            # Incremental: the original bytes stay, the stamps are appended.
            pdf.save(out, flags=pdfium_c.FPDF_INCREMENTAL)
            pdfium_c.FPDFFont_Close(font)
            return out.getvalue(), stamped
        finally:
            pdf.close()
    except pdfium.PdfiumError as exc:
        raise KataSambungError(_("Kata sambung tidak dapat ditambahkan pada PDF: {e}")
                               .format(e=exc)) from exc


def _add_text(pdf: pdfium.PdfDocument, page: pdfium.PdfPage, font, text: str) -> None:
    """`text` in `font` at SIZE, ending at the page's right margin, on the BASELINE."""
    obj = pdfium_c.FPDFPageObj_CreateTextObj(pdf.raw, font, ctypes.c_float(SIZE))
    encoded = ctypes.create_string_buffer((text + "\x00").encode("utf-16-le"))
    pdfium_c.FPDFText_SetText(obj, ctypes.cast(encoded, pdfium_c.FPDF_WIDESTRING))
    pdfium_c.FPDFPageObj_SetFillColor(obj, 0, 0, 0, 255)
    left, bottom, right, top = (ctypes.c_float() for _i in range(4))
    pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top)
    width = right.value - left.value
    x = page.get_width() - RIGHT_MARGIN - width
    pdfium_c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, BASELINE)
    pdfium_c.FPDFPage_InsertObject(page.raw, obj)  # the page owns it from here
    if not pdfium_c.FPDFPage_GenerateContent(page.raw):
        raise KataSambungError(_("Kata sambung tidak dapat ditulis pada halaman PDF."))


def add_kata_sambung(path: str | Path) -> int:
    """Stamp the kata sambung into the PDF file at `path` (replaced whole, never half
    written); returns the number of pages stamped. Raises KataSambungError."""
    path = Path(path)
    try:
        data, stamped = stamp(path.read_bytes())
        if stamped:
            handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".pdf")
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(data)
                shutil.copymode(path, temporary)
                os.replace(temporary, path)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
    except OSError as exc:
        raise KataSambungError(_("Kata sambung tidak dapat ditambahkan pada PDF: {e}")
                               .format(e=exc)) from exc
    return stamped
