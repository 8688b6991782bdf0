"""Fixtures of the berkas tests: one naskah PDF cache for the session (a .docx converts once
however many tests print it), the swimlane drawn by the GUI's renderer (offscreen)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def pdf_cache(tmp_path_factory):
    return tmp_path_factory.mktemp("naskah_pdf")


@pytest.fixture
def converter(pdf_cache):
    from app.naskah.berkas import NaskahPdf

    return NaskahPdf(pdf_cache)


@pytest.fixture
def chart_pdf(qapp):
    """complaint id -> the swimlane's PDF, as the case screen and the command line make it."""
    from cli.berkas import swimlane_pdf

    return swimlane_pdf
