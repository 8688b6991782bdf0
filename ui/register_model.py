"""Table models of the register and of "my tasks".

The register model is lazy: it holds only the ids matching the filter (cheap even at 100k
complaints) and fetches display rows a page at a time when the view asks for them, keeping a
bounded number of pages. Sorting and filtering re-query the ids in the database.

The columns are app.reports.register_export's (the export writes the same ones); this
module adds only what Qt needs: roles, deadline colours, the summary's tooltip, and while
the search box holds text a last column "Cocok pada": the field that matched and its
snippet (app.services.search), which sorts by relevance."""

from __future__ import annotations

from collections import OrderedDict
from html import escape

from PySide6.QtCore import QAbstractTableModel, Qt

from app.i18n import _
from app.office import deadlines, wording
from app.reports.register_export import (
    REGISTER_COLUMNS,
    SUMMARY_COLUMN,
)
from app.services import register, search
from app.services.tasks import instruction_text
from app.store.models import STATUS_HOLD, User
from ui.common import STATE_COLORS

PAGE_SIZE = 200
MAX_PAGES = 40  # at most 8000 rows in memory, whatever the register's size

# The view asks data() for about seven roles per visible cell on every paint, the role as
# a plain int (C++ passes `int role`). Plain int constants keep each test one C-level
# comparison (an ItemDataRole member compares equal too); `Qt.ItemDataRole.DisplayRole`
# would be two attribute lookups per test, and the flags() override one more Python call
# per cell, which QAbstractTableModel answers alike (enabled, selectable, no children).
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_USER = int(Qt.ItemDataRole.UserRole)


def _state_role(row, role, which: str = "state"):
    """The colour of a deadline cell: `which` names the RegisterRow state it shows (the
    step's, the statutory deadline's, or the worse of both)."""
    if row.status != "proses":
        return None
    colors = STATE_COLORS.get(getattr(row, which))
    if colors is None:
        return None
    return colors[0] if role == _FOREGROUND else colors[1]


# Each deadline column coloured by its own deadline: the step's position by the step's,
# "Batas Waktu" by the statutory one, "Keadaan" by the worse of the two.
_REGISTER_STATE_OF = {title: which for title, which in (
    ("Langkah / Posisi", "step_state"), ("Batas Waktu", "due_state"), ("Keadaan", "state"))}
REGISTER_STATE_COLUMNS = {i: _REGISTER_STATE_OF[c.title] for i, c in enumerate(REGISTER_COLUMNS)
                          if c.title in _REGISTER_STATE_OF}


class RegisterModel(QAbstractTableModel):
    """The complaint register behind a RegisterFilter, for `user` (reporter masking)."""

    def __init__(self, user: User | None, lanes: dict[str, str], parent=None):
        super().__init__(parent)
        self.user, self.lanes = user, lanes
        self.filter = register.RegisterFilter()
        self.sort_key, self.descending = "received_at", True
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, register.RegisterRow]] = OrderedDict()
        self._cutoffs = None
        self._loaded = False  # nothing is queried until the register is first shown
        self._searching = False  # the "Cocok pada" column is shown

    @property
    def match_column(self) -> int | None:
        """The position of the "Cocok pada" column, None when there is no search text."""
        return len(REGISTER_COLUMNS) if self._searching else None

    # -- loading
    def reload(self) -> None:
        """Re-query the ids (after a filter change, a sort, or changes elsewhere)."""
        self._loaded = True
        self.beginResetModel()
        self._cutoffs = register.current_cutoffs()
        self._ids = register.complaint_ids(self.filter, self.user, sort=self.sort_key,
                                           descending=self.descending, cutoffs=self._cutoffs)
        self._pages.clear()
        self._searching = bool(search.needle(self.filter.text))
        self.endResetModel()

    def set_filter(self, f: register.RegisterFilter) -> None:
        self.filter = f
        self.reload()

    def ids(self) -> list[int]:
        return list(self._ids)

    def complaint_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, complaint_id: int) -> int:
        try:
            return self._ids.index(complaint_id)
        except ValueError:
            return -1

    def register_row(self, row: int) -> register.RegisterRow | None:
        if not 0 <= row < len(self._ids):
            return None
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            chunk = self._ids[page_no * PAGE_SIZE:(page_no + 1) * PAGE_SIZE]
            page = register.fetch_rows(chunk, self.user, self._cutoffs,
                                       text=self.filter.text if self._searching else "")
            self._pages[page_no] = page
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page.get(self._ids[row])  # None if deleted since the ids were read

    # -- Qt model interface
    def rowCount(self, parent=None):
        return 0 if parent is not None and parent.isValid() else len(self._ids)

    def columnCount(self, parent=None):
        if parent is not None and parent.isValid():
            return 0
        return len(REGISTER_COLUMNS) + (1 if self._searching else 0)

    def headerData(self, section, orientation, role=_DISPLAY):
        if role != _DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(REGISTER_COLUMNS):
            return _(REGISTER_COLUMNS[section].title)
        if orientation == Qt.Orientation.Horizontal and section == self.match_column:
            return _("Cocok pada")
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._ids):
            return str(section + 1)
        return None

    def data(self, index, role=_DISPLAY):  # int comparisons and no flags(): see _DISPLAY
        if role == _DISPLAY:
            column = index.column()
            if not 0 <= column < len(REGISTER_COLUMNS):
                return self._match_text(index) if column == self.match_column else None
            row = self.register_row(index.row())
            return None if row is None else REGISTER_COLUMNS[column].value(row, self.lanes)
        if role in (_FOREGROUND, _BACKGROUND):
            # only the deadline columns: a whole register of red rows would say nothing
            which = REGISTER_STATE_COLUMNS.get(index.column())
            if which is None:
                return None
            row = self.register_row(index.row())
            return None if row is None else _state_role(row, role, which)
        if role == _TOOLTIP:
            if index.column() == self.match_column:
                return self._match_text(index, html=True)
            if index.column() != SUMMARY_COLUMN:
                return None
            row = self.register_row(index.row())
            return None if row is None else row.summary
        if role == _USER:
            if not 0 <= index.column() < self.columnCount():
                return None
            row = self.register_row(index.row())
            return None if row is None else row.id
        return None

    def _match_text(self, index, html: bool = False) -> str | None:
        """Where the row matched the search text: "field: …before «match» after…"; as
        rich text (the tooltip) with the match in bold."""
        row = self.register_row(index.row())
        match = None if row is None else row.match
        if match is None:
            return None
        if html:
            return (f"<b>{escape(match.label)}</b><br>{escape(match.before)}"
                    f"<b>{escape(match.hit)}</b>{escape(match.after)}")
        return f"{match.label}: {match.before}\u00ab{match.hit}\u00bb{match.after}"

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        if column == self.match_column:  # best match first, or last
            self.sort_key = register.RELEVANCE
            self.descending = order == Qt.SortOrder.DescendingOrder
            if self._loaded:
                self.reload()
            return
        if not 0 <= column < len(REGISTER_COLUMNS):
            return
        key = REGISTER_COLUMNS[column].sort_key
        if key is None:
            return
        self.sort_key, self.descending = key, order == Qt.SortOrder.DescendingOrder
        if self._loaded:  # the header's initial sort indicator must not load 100k ids
            self.reload()


# What to do first, then whose it was and the deadlines; the summary takes what is left.
# The reporter and the deadline state are in the line under the table (ui.pages.TasksPage).
# Two-line titles where the title is wider than what the column holds.
TASK_COLUMNS = ["Nomor Register", "Tindakan", "Sisa Waktu\nLangkah", "Dari",
                "Batas\nPenyelesaian", "Ringkasan"]
TASK_NUMBER, TASK_ACTION, TASK_STEP_LEFT, TASK_FROM, TASK_DUE, TASK_SUMMARY = range(
    len(TASK_COLUMNS))


class TaskModel(QAbstractTableModel):
    """My tasks: a short list (complaints waiting on my lanes), held whole."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.items = []

    def set_items(self, items) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def complaint_id(self, row: int) -> int | None:
        return self.items[row].row.id if 0 <= row < len(self.items) else None

    def rowCount(self, parent=None):
        return 0 if parent is not None and parent.isValid() else len(self.items)

    def columnCount(self, parent=None):
        return 0 if parent is not None and parent.isValid() else len(TASK_COLUMNS)

    def headerData(self, section, orientation, role=_DISPLAY):
        if (role == _DISPLAY and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(TASK_COLUMNS)):
            return _(TASK_COLUMNS[section])
        return None

    def _text(self, item, column: int) -> str:
        row = item.row
        if column == TASK_NUMBER:
            return row.register_no
        if column == TASK_ACTION:
            return item.action or _("Langkah {no}").format(no=row.step_no)
        if column == TASK_STEP_LEFT:
            return _("ditunda") if row.status == STATUS_HOLD else \
                wording.time_left(item.step_minutes_left)
        if column == TASK_FROM:
            return item.instruction.lane if item.instruction is not None else ""
        if column == TASK_DUE:
            return wording.short_date(row.due_at)
        return row.summary

    def _tooltip(self, item, column: int) -> str:
        """The action and the instruction in full where the cell may be short of them."""
        sent = instruction_text(item.instruction)
        if column in (TASK_ACTION, TASK_FROM) and sent:
            return f"{item.action}\n{sent}" if column == TASK_ACTION else sent
        return item.row.summary

    def _item(self, index):
        row = index.row()
        return self.items[row] if 0 <= row < len(self.items) else None  # invalid: -1

    def data(self, index, role=_DISPLAY):  # int comparisons and no flags(): see _DISPLAY
        if role == _DISPLAY:
            item = self._item(index)
            return None if item is None else self._text(item, index.column())
        if role in (_FOREGROUND, _BACKGROUND):
            # each deadline column by its own deadline, the rest uncoloured
            which = _task_state_of(index.column())
            item = self._item(index) if which else None
            return None if item is None else _state_role(item.row, role, which)
        if role == _TOOLTIP:
            item = self._item(index)
            return None if item is None else self._tooltip(item, index.column())
        return None


def _task_state_of(column: int) -> str | None:
    """Which deadline a task column shows: the step's time left, the statutory date."""
    return {TASK_STEP_LEFT: "step_state", TASK_DUE: "due_state"}.get(column)


def overdue_count(items) -> tuple[int, int]:
    """(overdue, due soon) among task items."""
    over = sum(1 for i in items if i.row.status == "proses" and i.row.state == deadlines.OVERDUE)
    soon = sum(1 for i in items if i.row.status == "proses" and i.row.state == deadlines.DUE_SOON)
    return over, soon
