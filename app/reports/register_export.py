"""The register's columns, and the export of a view of it to CSV or XLSX.

The column list is owned here, not by a Qt model: the register page shows these columns
(ui.register_model adds only colours and roles) and the export writes the same ones, so the
file says what the screen says. Qt-free: the GUI runs `export_view` off its thread; rows are
read a page at a time so 100k complaints stay in bounded memory. The reporter is masked for
the user (app.services.register.fetch_rows), in the file as on the screen."""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.i18n import _
from app.office import wording
from app.office.vocab import DEADLINE_STATES, STATUSES, label
from app.services import register
from app.store.models import STATUS_CLOSED, STATUS_HOLD, User

CHUNK = 1000


@dataclass(frozen=True)
class RegisterColumn:
    title: str
    value: Callable[[register.RegisterRow, dict[str, str]], str]
    sort_key: str | None = None  # app.services.register.SORT_COLUMNS key; None = not sortable


def step_text(row: register.RegisterRow, lanes) -> str:
    if row.status == STATUS_CLOSED:
        return _("Selesai")
    lane = lanes.get(row.lane or "", row.lane or "")
    return f"{row.step_no} \u00b7 {lane}" if lane else str(row.step_no)


def state_text(row: register.RegisterRow, _lanes) -> str:
    if row.status == STATUS_CLOSED:
        return label(STATUSES, row.status)
    if row.status == STATUS_HOLD:
        return _("Ditunda")
    return label(DEADLINE_STATES, row.state)


# The long summary comes last and takes the remaining width (see pages.RegisterPage).
REGISTER_COLUMNS = [
    RegisterColumn("Nomor Register", lambda r, _l: r.register_no, "register_no"),
    RegisterColumn("Diterima", lambda r, _l: wording.short_date(r.received_at), "received_at"),
    RegisterColumn("Pelapor", lambda r, _l: r.reporter),
    RegisterColumn("Terlapor", lambda r, _l: r.subject_name, "subject"),
    RegisterColumn("Langkah / Posisi", step_text, "step"),
    RegisterColumn("Batas Waktu", lambda r, _l: wording.short_date(r.due_at), "due_at"),
    RegisterColumn("Keadaan", state_text),
    RegisterColumn("Ringkasan", lambda r, _l: r.summary),
]
# Positions in REGISTER_COLUMNS the register page treats apart (tooltip; deadline colours).
SUMMARY_COLUMN = 7
STATE_COLUMNS = (5, 6)  # Batas Waktu, Keadaan


def header_titles() -> list[str]:
    return [_(c.title) for c in REGISTER_COLUMNS]


def row_values(row: register.RegisterRow, lanes: dict[str, str]) -> list[str]:
    return [c.value(row, lanes) for c in REGISTER_COLUMNS]


# -- the export ------------------------------------------------------------------------------

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
