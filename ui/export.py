"""Export of the register's current view to CSV or XLSX (run off the GUI thread by the
register page). Qt-free: reads rows a page at a time so 100k complaints stay in bounded
memory."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

from app.i18n import _
from app.services import register
from app.store.models import User
from ui.register_model import header_titles, row_values

CHUNK = 1000


def _rows(ids: list[int], user: User | None, lanes: dict[str, str],
          progress: Callable[[int, int], None]):
    cutoffs = register.current_cutoffs()
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        rows = register.fetch_rows(chunk, user, cutoffs)
        for cid in chunk:
            if cid in rows:
                yield row_values(rows[cid], lanes)
        progress(min(start + CHUNK, len(ids)), len(ids))


def export_view(path: str | Path, ids: list[int], user: User | None, lanes: dict[str, str],
                progress: Callable[[int, int], None] = lambda _d, _t: None) -> int:
    """Write the rows of `ids` (in that order, reporter masked for `user`) to `path`; the
    format follows the suffix (.csv or .xlsx). Returns the number of rows written."""
    path = Path(path)
    written = 0
    if path.suffix.lower() == ".xlsx":
        from openpyxl import Workbook

        book = Workbook(write_only=True)
        sheet = book.create_sheet(_("Register Pengaduan"))
        sheet.append(header_titles())
        for values in _rows(ids, user, lanes, progress):
            sheet.append(values)
            written += 1
        book.save(path)
        return written
    # utf-8-sig and ";" so Excel on an Indonesian-locale Windows opens it in columns
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(header_titles())
        for values in _rows(ids, user, lanes, progress):
            writer.writerow(values)
            written += 1
    return written
