"""PDF through LibreOffice: a real conversion when soffice is installed, a clear message
when no converter is, and a hanging soffice stopped after the timeout (more in
test_pdf_converters)."""

from __future__ import annotations

import pytest

from app.naskah import versions
from app.naskah.pdf import PdfError, SofficeNotFound, convert_to_pdf, find_soffice
from tests.conftest import advance_to

needs_soffice = pytest.mark.skipif(find_soffice() is None,
                                   reason="LibreOffice (soffice) not installed: PDF tests "
                                          "skipped (.ci/run installs libreoffice-writer-nogui)")


@needs_soffice
@pytest.mark.slow
def test_pdf_through_libreoffice(registered, users, tmp_path):
    complaint = advance_to(registered, users, 6)  # the nota dinas is drafted at step 6
    nd = versions.generate(users["kasubag_pphti"], complaint.id, "nota_dinas")
    path = versions.export_docx(nd, tmp_path / "nd.docx")
    steps = []
    pdf = convert_to_pdf(path, tmp_path / "pdf", progress=steps.append)
    assert pdf.read_bytes().startswith(b"%PDF") and len(steps) == 2


def test_pdf_without_word_or_libreoffice_says_what_to_do(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr("app.naskah.pdf.libreoffice._usual_places", lambda: [])
    monkeypatch.setattr("app.naskah.pdf.libreoffice.registry_soffice", lambda: None)
    monkeypatch.setattr("app.naskah.pdf.converters.word_installed", lambda: False)
    with pytest.raises(SofficeNotFound, match="LibreOffice tidak ditemukan"):
        convert_to_pdf(tmp_path / "a.docx", tmp_path)


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="needs a POSIX shell")
def test_a_hanging_libreoffice_is_stopped_after_the_timeout(tmp_path):
    hanging = tmp_path / "soffice"
    hanging.write_text("#!/bin/sh\nsleep 30\n")
    hanging.chmod(0o755)
    with pytest.raises(PdfError, match="tidak selesai dalam"):
        convert_to_pdf(tmp_path / "a.docx", tmp_path, timeout=0.5,
                       soffice=str(hanging))
