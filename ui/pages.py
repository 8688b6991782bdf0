"""The main window's pages: Tugas Saya, Semua Pengaduan, Laporan, Pengaturan. Each page
renders what app/ returns and asks for a complaint to be opened through `open_requested`.
Only Tugas Saya is built at start-up (ui.main_window), so what only the other pages use is
imported when they are built."""

from __future__ import annotations

import logging
from html import escape

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from app.i18n import _
from app.office import deadlines, timefmt, wording
from app.office.vocab import CHANNELS, DEADLINE_STATES, STATUSES
from app.reports.register_export import state_text
from app.services import fields, register, settings, tasks
from app.store import clock
from ui.common import fit_columns, icon, notify, style_title
from ui.forms.ui_tasks_page import Ui_TasksPage
from ui.register_model import (
    TASK_ACTION,
    TASK_DUE,
    TASK_STEP_LEFT,
    TASK_SUMMARY,
    RegisterModel,
    TaskModel,
    overdue_count,
)

log = logging.getLogger(__name__)


def _enter_opens(table: QTableView, callback) -> None:
    """Enter/Return and double-click on a row open the complaint."""
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        shortcut = QShortcut(QKeySequence(key), table)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(lambda: callback(table.currentIndex().row()))
    table.doubleClicked.connect(lambda index: callback(index.row()))


class TasksPage(QWidget):
    """Tugas Saya: what to do on each complaint waiting on the user, who sent it with what
    instruction and the time left; the selected one in full under the table."""

    open_requested = Signal(int)
    SUMMARY_MIN = 180  # px: below this the table scrolls sideways rather than cut it more

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.ui = Ui_TasksPage()
        self.ui.setupUi(self)
        style_title(self.ui.title_label)
        self.model = TaskModel(self)
        table = self.ui.tasks_table
        table.setModel(self.model)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.horizontalHeader().setStretchLastSection(False)
        table.horizontalHeader().setMinimumSectionSize(40)
        self.ui.hint_label.setStyleSheet("color: #555;")
        self.ui.task_detail_label.setStyleSheet(
            "background: #f4f7fb; border: 1px solid #d5dde8; padding: 6px;")
        self.ui.task_detail_label.hide()
        _enter_opens(table, self._open_row)
        table.selectionModel().currentRowChanged.connect(lambda *_a: self._show_detail())
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize and watched is self.ui.tasks_table.viewport():
            self._fit_summary()
        return super().eventFilter(watched, event)

    def refresh(self) -> None:
        items = tasks.my_task_items(self.session.user)
        current = self.model.complaint_id(self.ui.tasks_table.currentIndex().row())
        self.model.set_items(items)
        over, soon = overdue_count(items)
        if not self.session.user.lanes:
            text = _("Akun ini tidak memegang jabatan (lane) mana pun dalam SOP, sehingga tidak "
                     "ada tugas. Administrator dapat membuka pengaduan dari Semua Pengaduan.")
        elif not items:
            text = _("Tidak ada pengaduan yang menunggu Anda.")
        else:
            text = _("{n} pengaduan menunggu tindakan Anda; {o} terlambat, {s} segera jatuh "
                     "tempo. Urutan: batas waktu langkah terdekat lebih dulu.").format(
                         n=len(items), o=over, s=soon)
        self.ui.summary_label.setText(text)
        self.fit_columns()
        if current is not None:
            for row in range(self.model.rowCount()):
                if self.model.complaint_id(row) == current:
                    self.ui.tasks_table.selectRow(row)
                    break
        elif items:
            self.ui.tasks_table.selectRow(0)
        self._show_detail()

    def fit_columns(self) -> None:
        """Each column as wide as its widest text (the list is short and whole: measured,
        not guessed), so the register number, the action and the time left are never cut;
        the summary takes what is left, at least SUMMARY_MIN."""
        table, model = self.ui.tasks_table, self.model
        header = table.horizontalHeader()
        metrics, bold = table.fontMetrics(), header.fontMetrics()
        for column in range(TASK_SUMMARY):
            texts = [model.data(model.index(r, column)) or "" for r in range(model.rowCount())]
            title = model.headerData(column, Qt.Orientation.Horizontal) or ""
            width = max([metrics.horizontalAdvance(t) for t in texts]
                        + [bold.horizontalAdvance(line) + 16 for line in title.split("\n")]) + 18
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(column, width)
        header.setSectionResizeMode(TASK_SUMMARY, QHeaderView.ResizeMode.Interactive)
        self._fit_summary()

    def _fit_summary(self) -> None:
        table = self.ui.tasks_table
        used = sum(table.columnWidth(c) for c in range(TASK_SUMMARY))
        table.setColumnWidth(TASK_SUMMARY, max(self.SUMMARY_MIN,
                                               table.viewport().width() - used))

    def _show_detail(self) -> None:
        """The selected task in full: the action, who sent it with what instruction, the
        reporter, the summary and the deadlines."""
        label = self.ui.task_detail_label
        row = self.ui.tasks_table.currentIndex().row()
        item = self.model.items[row] if 0 <= row < len(self.model.items) else None
        if item is None:
            label.hide()
            return
        r = item.row
        lines = [_("<b>{no}</b> — {action}").format(
            no=escape(r.register_no), action=escape(self.model.data(
                self.model.index(row, TASK_ACTION)) or ""))]
        sent = tasks.instruction_text(item.instruction)
        if sent:
            lines.append(escape(sent))
        lines.append(escape(_("Pelapor: {p} · {s}").format(p=r.reporter, s=r.summary)))
        lines.append(escape(_("Sisa waktu langkah: {left} · Batas penyelesaian: {due} "
                              "· {state}").format(
            left=self.model.data(self.model.index(row, TASK_STEP_LEFT)) or "-",
            due=self.model.data(self.model.index(row, TASK_DUE)) or "-",
            state=state_text(r, {}))))
        label.setText("<br>".join(lines))
        label.show()

    def _open_row(self, row: int) -> None:
        cid = self.model.complaint_id(row)
        if cid is not None:
            self.open_requested.emit(cid)


class RegisterPage(QWidget):
    open_requested = Signal(int)
    SEARCH_DELAY_MS = 250  # typing pauses before the query runs

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        from ui.forms.ui_register_page import Ui_RegisterPage

        self.ui = Ui_RegisterPage()
        self.ui.setupUi(self)
        style_title(self.ui.title_label)
        self.model = RegisterModel(session.user, session.lanes, self)
        table = self.ui.register_table
        table.setModel(self.model)
        table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        fit_columns(table, {0: "0000/PENGADUAN/XII/2026", 1: "Kam, 28-11-2026",
                            2: "Nama Pelapor Cont", 3: "Lapas Kelas IIA Pangkal",
                            4: "14 \u00b7 Kasubag PPHTI", 5: "Kam, 28-11-2026",
                            6: "Segera jatuh tempo"}, stretch=7)
        table.verticalHeader().setDefaultSectionSize(24)
        _enter_opens(table, self._open_row)
        self._fill_combos()
        for combo in (self.ui.status_combo, self.ui.lane_combo, self.ui.tier_combo,
                      self.ui.channel_combo, self.ui.state_combo):
            # long tier names must not make the window wider than an office screen
            combo.setSizeAdjustPolicy(combo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        today = QDate(clock.today())  # the office's date, not this PC's
        self.ui.from_date.setDate(today.addMonths(-1))
        self.ui.to_date.setDate(today)
        self.ui.search_edit.setMaxLength(fields.limit("search"))
        self.ui.search_edit.addAction(icon("fa5s.search", "#777"),
                                      self.ui.search_edit.ActionPosition.LeadingPosition)
        self.ui.export_csv_button.setIcon(icon("fa5s.file-csv"))
        self.ui.export_xlsx_button.setIcon(icon("fa5s.file-excel", "#1d6f42"))
        self.ui.reset_button.setIcon(icon("fa5s.times"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(self.SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.ui.search_edit.textChanged.connect(self._search_timer.start)
        for combo in (self.ui.status_combo, self.ui.lane_combo, self.ui.tier_combo,
                      self.ui.channel_combo, self.ui.state_combo):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.ui.date_check.toggled.connect(self.apply_filter)
        self.ui.date_check.toggled.connect(self._date_enabled)
        self.ui.from_date.dateChanged.connect(self.apply_filter)
        self.ui.to_date.dateChanged.connect(self.apply_filter)
        self.ui.reset_button.clicked.connect(self.reset_filter)
        self.ui.export_csv_button.clicked.connect(lambda: self.choose_export("csv"))
        self.ui.export_xlsx_button.clicked.connect(lambda: self.choose_export("xlsx"))
        self._date_enabled(False)
        self.last_export: str = ""
        self._match_shown: int | None = None

    def _fill_combos(self) -> None:
        def fill(combo, first, choices):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, None)
            for key, text in choices.items():
                combo.addItem(_(text), key)
            combo.blockSignals(False)

        fill(self.ui.status_combo, _("Semua status"), STATUSES)
        fill(self.ui.lane_combo, _("Semua posisi"), self.session.lanes)
        fill(self.ui.tier_combo, _("Semua tingkat"),
             {k: v["nama"] for k, v in settings.tiers().items()})
        fill(self.ui.channel_combo, _("Semua saluran"), CHANNELS)
        fill(self.ui.state_combo, _("Semua batas waktu"), DEADLINE_STATES)

    def _date_enabled(self, on: bool) -> None:
        self.ui.from_date.setEnabled(on)
        self.ui.to_date.setEnabled(on)

    def current_filter(self) -> register.RegisterFilter:
        dated = self.ui.date_check.isChecked()
        return register.RegisterFilter(
            text=self.ui.search_edit.text(), status=self.ui.status_combo.currentData(),
            lane=self.ui.lane_combo.currentData(), tier=self.ui.tier_combo.currentData(),
            channel=self.ui.channel_combo.currentData(),
            received_from=self.ui.from_date.date().toPython() if dated else None,
            received_to=self.ui.to_date.date().toPython() if dated else None,
            deadline_state=self.ui.state_combo.currentData())

    def apply_filter(self) -> None:
        self._search_timer.stop()
        selected = self.model.complaint_id(self.ui.register_table.currentIndex().row())
        self.model.set_filter(self.current_filter())
        self._after_reload(selected)

    def refresh(self) -> None:
        selected = self.model.complaint_id(self.ui.register_table.currentIndex().row())
        self.model.reload()
        self._after_reload(selected)

    def _after_reload(self, selected: int | None) -> None:
        column = self.model.match_column  # "Cocok pada" appears with a search text
        if column is not None and self._match_shown != column:
            self.ui.register_table.horizontalHeader().resizeSection(column, 340)
        self._match_shown = column
        n = self.model.rowCount()
        self.ui.count_label.setText(_("{n} pengaduan ditampilkan").format(
            n=wording.thousands(n)))
        if selected is not None:
            row = self.model.row_of(selected)
            if row >= 0:
                self.ui.register_table.selectRow(row)

    def reset_filter(self) -> None:
        for widget in (self.ui.search_edit, self.ui.status_combo, self.ui.lane_combo,
                       self.ui.tier_combo, self.ui.channel_combo, self.ui.state_combo,
                       self.ui.date_check):
            widget.blockSignals(True)
        self.ui.search_edit.clear()
        for combo in (self.ui.status_combo, self.ui.lane_combo, self.ui.tier_combo,
                      self.ui.channel_combo, self.ui.state_combo):
            combo.setCurrentIndex(0)
        self.ui.date_check.setChecked(False)
        self._date_enabled(False)
        for widget in (self.ui.search_edit, self.ui.status_combo, self.ui.lane_combo,
                       self.ui.tier_combo, self.ui.channel_combo, self.ui.state_combo,
                       self.ui.date_check):
            widget.blockSignals(False)
        self.apply_filter()

    def show_overdue(self) -> None:
        self.ui.state_combo.setCurrentIndex(self.ui.state_combo.findData(deadlines.OVERDUE))

    def focus_search(self) -> None:
        self.ui.search_edit.setFocus()
        self.ui.search_edit.selectAll()

    def choose_export(self, fmt: str) -> None:
        from PySide6.QtWidgets import QFileDialog  # 1.5 ms of type set-up, not at start

        stamp = timefmt.file_stamp(clock.today())
        path, _filter = QFileDialog.getSaveFileName(
            self, _("Ekspor Register"), f"register-pengaduan-{stamp}.{fmt}",
            _("Excel (*.xlsx)") if fmt == "xlsx" else _("CSV (*.csv)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """Export the rows now shown, in the order shown, off the GUI thread."""
        from app.reports.register_export import export_view

        ids, user, lanes = self.model.ids(), self.session.user, self.session.lanes

        def done(count):
            self.last_export = path
            notify(self, _("Ekspor selesai"), _("{n} baris disimpan ke {p}").format(
                n=count, p=path))

        def failed(exc):
            notify(self, _("Ekspor gagal"), _("Berkas tidak dapat ditulis: {e}").format(e=exc),
                   error=True)

        self.session.runner.run(lambda progress: export_view(path, ids, user, lanes, progress),
                                on_done=done, on_error=failed,
                                label=_("Mengekspor {n} pengaduan...").format(n=len(ids)),
                                parent=self)

    def _open_row(self, row: int) -> None:
        cid = self.model.complaint_id(row)
        if cid is not None:
            self.open_requested.emit(cid)
