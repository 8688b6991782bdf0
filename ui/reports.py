"""The Laporan page: a period filter, the figures of the period, and four tabs (dashboard,
SOP compliance, per official, deadlines per tier) of charts and tables, with exports to XLSX
and to the recap .docx. It renders what app.reports.report.build() returns; the build and the
exports run off the GUI thread through the session's TaskRunner."""

from __future__ import annotations

import logging

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.i18n import _
from app.office import timefmt, wording
from app.reports import export as report_export
from app.reports.periods import Period, ReportError
from app.reports.report import Report, Table, build, format_value
from app.store import clock
from ui.common import icon, notify, style_title
from ui.forms.ui_reports_page import Ui_ReportsPage
from ui.report_charts import ChartWidget, chart_images

log = logging.getLogger(__name__)

KINDS = (("bulan", "Bulan"), ("triwulan", "Triwulan"), ("tahun", "Tahun"),
         ("kustom", "Rentang tanggal"))
# Tab -> (chart keys, table keys), in the order shown; charts sit two to a row.
TABS = {
    "dashboard": (["bulan", "saluran", "pihak", "posisi"],
                  ["status", "posisi", "saluran", "jenis", "jenis_pihak", "bulan", "pihak"]),
    "compliance": (["langkah", "menit"], ["langkah"]),
    "officials": ([], ["pejabat"]),
    "tier": (["tingkat"], ["tingkat", "perbaikan"]),
}
WIDE_TABLES = {"langkah", "pejabat", "tingkat", "bulan", "pihak"}
FIGURE_STYLE = "font-size: 15pt; font-weight: bold; color: {c}; padding-right: 14px;"


def fill_table(widget: QTableWidget, table: Table) -> None:
    """Show a report table: numbers right-aligned and formatted as in the recap."""
    widget.clear()
    widget.setColumnCount(len(table.columns))
    widget.setRowCount(len(table.rows))
    widget.setHorizontalHeaderLabels([c.title for c in table.columns])
    for r, values in enumerate(table.rows):
        for c, (column, value) in enumerate(zip(table.columns, values, strict=True)):
            item = QTableWidgetItem(format_value(column.kind, value))
            if column.kind != "text":
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
            widget.setItem(r, c, item)
    widget.resizeColumnsToContents()
    for c, column in enumerate(table.columns):
        if column.kind == "text" and widget.columnWidth(c) > 380:
            widget.setColumnWidth(c, 380)  # the SOP's long activity texts
    # Small tables show whole, with no scroll bar of their own inside the page's.
    height = widget.horizontalHeader().height() + 4 + sum(
        widget.rowHeight(r) for r in range(min(len(table.rows), 16)))
    widget.setFixedHeight(height)


class ReportsPage(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        style_title(self.ui.title_label)
        self.report: Report | None = None
        self._busy = False
        self._again = False
        self.charts: dict[str, ChartWidget] = {}
        self.tables: dict[str, QTableWidget] = {}
        self.titles: dict[str, QLabel] = {}
        ui = self.ui
        for key, name in KINDS:
            ui.kind_combo.addItem(_(name), key)
        for number in range(1, 13):
            ui.month_combo.addItem(wording.month_name(number), number)
        for number, name in enumerate(wording.QUARTERS, start=1):
            ui.quarter_combo.addItem(_("Triwulan {q}").format(q=name), number)
        today = clock.today()
        ui.year_spin.setValue(today.year)
        ui.month_combo.setCurrentIndex(today.month - 1)
        ui.quarter_combo.setCurrentIndex((today.month - 1) // 3)
        ui.from_date.setDate(QDate(today.year, 1, 1))
        ui.to_date.setDate(QDate(today.year, today.month, today.day))
        ui.kind_combo.setCurrentIndex(2)  # the year so far: what the head of office asks first
        ui.kind_combo.currentIndexChanged.connect(self._kind_changed)
        ui.show_button.setIcon(icon("fa5s.sync-alt"))
        ui.show_button.clicked.connect(lambda: self.refresh(explicit=True))
        ui.export_xlsx_button.setIcon(icon("fa5s.file-excel", "#1b6e20"))
        ui.export_xlsx_button.clicked.connect(lambda: self.choose_export("xlsx"))
        ui.export_docx_button.setIcon(icon("fa5s.file-word", "#1f5fa8"))
        ui.export_docx_button.clicked.connect(lambda: self.choose_export("docx"))
        ui.scope_label.setStyleSheet("color: #555;")
        for value, color in ((ui.total_value, "#1f3b63"), (ui.closed_value, "#2e7d32"),
                             (ui.open_value, "#1f5fa8"), (ui.held_value, "#8a5300"),
                             (ui.overdue_value, "#b3261e"), (ui.due_soon_value, "#8a5300")):
            value.setStyleSheet(FIGURE_STYLE.format(c=color))
        self._build_tabs()
        self._kind_changed()

    # -- layout
    def _build_tabs(self) -> None:
        layouts = {"dashboard": self.ui.dashboard_layout, "compliance": self.ui.compliance_layout,
                   "officials": self.ui.officials_layout, "tier": self.ui.tier_layout}
        for tab, (chart_keys, table_keys) in TABS.items():
            grid = layouts[tab]
            row = 0
            for i, key in enumerate(chart_keys):
                chart = self.charts.setdefault(key, ChartWidget(self))
                chart.setObjectName(f"chart_{key}")
                chart.setMinimumHeight(280)
                grid.addWidget(chart, row + i // 2, i % 2)
            row, column = (len(chart_keys) + 1) // 2, 0
            for key in table_keys:
                title = QLabel(self)
                title.setStyleSheet("font-weight: bold; color: #1f3b63; margin-top: 6px;")
                table = QTableWidget(self)
                table.setObjectName(f"table_{tab}_{key}")
                title.setBuddy(table)  # the table's title names it for a screen reader
                table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
                table.setAlternatingRowColors(True)
                table.verticalHeader().setVisible(False)
                table.horizontalHeader().setSectionResizeMode(
                    QHeaderView.ResizeMode.Interactive)
                table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
                action = QAction(_("Ekspor tabel ini ke Excel (XLSX)..."), table)
                action.triggered.connect(lambda _c=False, k=key: self.choose_export("xlsx", [k]))
                table.addAction(action)
                # wide tables span both columns; small count tables sit two to a row
                wide = key in WIDE_TABLES
                if wide and column:
                    row, column = row + 1, 0
                span = 2 if wide else 1
                grid.addWidget(title, row * 2, column, 1, span)
                grid.addWidget(table, row * 2 + 1, column, 1, span)
                column += span
                if column >= 2:
                    row, column = row + 1, 0
                self.tables[f"{tab}/{key}"] = table
                self.titles[f"{tab}/{key}"] = title
            grid.setRowStretch(row * 2 + 2, 1)

    def _kind_changed(self) -> None:
        kind = self.ui.kind_combo.currentData()
        self.ui.month_combo.setVisible(kind == "bulan")
        self.ui.quarter_combo.setVisible(kind == "triwulan")
        self.ui.year_spin.setVisible(kind != "kustom")
        for widget in (self.ui.from_date, self.ui.to_caption, self.ui.to_date):
            widget.setVisible(kind == "kustom")

    def period(self) -> Period:
        """The period the filter shows; raises ReportError for a reversed range."""
        ui = self.ui
        kind, year = ui.kind_combo.currentData(), ui.year_spin.value()
        if kind == "bulan":
            return Period.month(year, ui.month_combo.currentData())
        if kind == "triwulan":
            return Period.quarter(year, ui.quarter_combo.currentData())
        if kind == "tahun":
            return Period.year(year)
        return Period.between(ui.from_date.date().toPython(),
                              ui.to_date.date().toPython())

    # -- loading
    def refresh(self, explicit: bool = False) -> None:
        """Build the report off the GUI thread; a refresh asked for while one runs is done
        once after it (the main window refreshes on every change in the office)."""
        try:
            period = self.period()
        except ReportError as exc:
            self.ui.scope_label.setText(str(exc))
            self.ui.scope_label.setStyleSheet("color: #b3261e; font-weight: bold;")
            return
        if self._busy:
            self._again = True
            return
        self._busy = True
        self.ui.scope_label.setStyleSheet("color: #555;")
        self.ui.scope_label.setText(_("Menghitung laporan {p}...").format(p=period.label))

        def finished(callback, value):
            self._busy = False
            callback(value)
            if self._again:
                self._again = False
                self.refresh()

        self.session.runner.run(
            lambda _progress: build(period),
            on_done=lambda report: finished(self.show_report, report),
            on_error=lambda exc: finished(self._failed, exc),
            label=_("Menghitung laporan {p}...").format(p=period.label) if explicit else None,
            parent=self)

    def _failed(self, exc: Exception) -> None:
        log.warning("laporan gagal: %s", exc)
        self.ui.scope_label.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.ui.scope_label.setText(_("Laporan tidak dapat dihitung: {e}").format(e=exc))

    def show_report(self, report: Report) -> None:
        self.report = report
        ui, board = self.ui, report.dashboard
        ui.scope_label.setText(_(
            "Pengaduan yang diterima {s} s.d. {e}. Keadaan per {t}. Waktu langkah dalam menit "
            "kerja; identitas pelapor tidak dimuat dalam laporan.").format(
                s=wording.long_date(report.period.start), e=wording.long_date(report.period.end),
                t=wording.long_date_clock(report.at)))
        for label, value in ((ui.total_value, board.total), (ui.closed_value, board.closed),
                             (ui.open_value, board.open), (ui.held_value, board.held),
                             (ui.overdue_value, board.overdue_now),
                             (ui.due_soon_value, board.due_soon_now)):
            label.setText(format_value("int", value))
        for key, widget in self.charts.items():
            widget.set_chart(report.chart(key))
        for name, widget in self.tables.items():
            table = report.table(name.split("/", 1)[1])
            self.titles[name].setText(table.title)
            fill_table(widget, table)
            widget.setToolTip(table.note)

    # -- exports
    def choose_export(self, fmt: str, keys: list[str] | None = None) -> None:
        if self.report is None:
            return
        stem = "rekap-pengaduan" if fmt == "docx" else "laporan-pengaduan"
        period = self.report.period
        name = f"{stem}-{timefmt.file_stamp(period.start)}-{timefmt.file_stamp(period.end)}"
        path, _filter = QFileDialog.getSaveFileName(
            self, _("Simpan Laporan"), f"{name}.{fmt}",
            _("Excel (*.xlsx)") if fmt == "xlsx" else _("Dokumen Word (*.docx)"))
        if path:
            self.export_to(path, keys)

    def export_to(self, path: str, keys: list[str] | None = None) -> None:
        """Write the report shown (the tables of `keys`, else all; .docx: the recap) to
        `path` off the GUI thread. Charts for the recap are painted here first: QPainter
        text needs the GUI thread's fonts, and it takes a fraction of a second."""
        report = self.report
        if report is None:
            return
        images = chart_images(report.charts) if path.lower().endswith(".docx") else None

        def work(_progress):
            if images is not None:
                return report_export.write_docx(report, path, images)
            return report_export.write_xlsx(report, path, keys)

        def done(written):
            self.last_export = str(written)
            notify(self, _("Ekspor selesai"), _("Laporan disimpan ke {p}").format(p=written))

        def failed(exc):
            notify(self, _("Ekspor gagal"), _("Berkas tidak dapat ditulis: {e}").format(e=exc),
                   error=True)

        self.session.runner.run(work, on_done=done, on_error=failed,
                                label=_("Menyimpan laporan..."), parent=self)
