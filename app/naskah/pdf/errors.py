"""The PDF converters' errors (app.naskah.pdf re-exports them)."""

from __future__ import annotations

from app.errors import DocumentError


class PdfError(DocumentError):
    """The converter (Word or LibreOffice) failed, or took too long."""


class ConverterNotFound(PdfError):
    """Neither Microsoft Word nor LibreOffice is installed where we look."""


SofficeNotFound = ConverterNotFound  # the earlier name
