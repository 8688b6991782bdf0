"""Reading a stored naskah version back with python-docx (its paragraphs in reading order,
table rows, the value printed after a label): what the naskah tests share. (Walking a
complaint to a step: tests.conftest.advance_to.)"""

from __future__ import annotations

import datetime as dt
import io

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

from app.naskah import versions

AT = dt.datetime(2026, 11, 28, 9, 0)


def read(document) -> docx.Document:
    return docx.Document(io.BytesIO(versions.document_content(document)))


def blocks(container):
    """Every paragraph, in reading order, descending into (nested) tables."""
    for block in container.iter_inner_content():
        if isinstance(block, Paragraph):
            yield block
        elif isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    yield from blocks(cell)


def texts(document) -> list[str]:
    return [p.text for p in blocks(read(document))]


def rows(document) -> list[list[str]]:
    """Table rows as lists of cell texts (nested tables included)."""
    found = []

    def walk(container):
        for block in container.iter_inner_content():
            if isinstance(block, Table):
                for row in block.rows:
                    found.append([c.text for c in row.cells])
                    for cell in row.cells:
                        walk(cell)

    walk(read(document))
    return found


def field(document, label: str) -> str:
    """The value printed after `label` (and its colon, if any) in a table row."""
    for cells in rows(document):
        for i, text in enumerate(cells[:-1]):
            if text == label:
                rest = [c for c in cells[i + 1:] if c != ":"]
                return rest[0]
    raise AssertionError(f"{label!r} not found in {rows(document)}")

