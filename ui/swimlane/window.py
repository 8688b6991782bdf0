"""A window of its own for the swimlane chart: the chart, the list of passes (the history)
beside it, and a toolbar to zoom, fit the width, export PNG/PDF and print."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from app.i18n import _
from app.office import wording
from app.office.sop import Sop
from app.office.vocab import OUTCOMES, label
from app.services import swimlane as sl
from ui.common import icon as glyph
from ui.swimlane.export import export_pdf, export_png, print_chart
from ui.swimlane.view import SwimlaneView

ROLE_STEP = Qt.ItemDataRole.UserRole


class SwimlaneWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(_("Bagan Alir SOP"))
        self.view = SwimlaneView()
        self.history = QTreeWidget()
        self.history.setHeaderLabels([_("Langkah"), _("Putaran"), _("Mulai"), _("Selesai"),
                                      _("Oleh"), _("Hasil")])
        self.history.setRootIsDecorated(False)
        self.view.setAccessibleName(_("Bagan alir SOP"))
        self.history.setAccessibleName(_("Riwayat langkah"))
        self.history.setAlternatingRowColors(True)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(self.history)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)
        self.view.stepClicked.connect(self.select_step)
        self._toolbar()
        self.resize(1280, 800)

    def _toolbar(self) -> None:
        bar = self.addToolBar(_("Bagan"))
        bar.setObjectName("swimlane_toolbar")
        # Words beside the icons: the two exports share the save icon.
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        style = self.style()
        entries = [
            ("zoom_in", _("Perbesar"), QKeySequence.StandardKey.ZoomIn, None, self.view.zoom_in),
            ("zoom_out", _("Perkecil"), QKeySequence.StandardKey.ZoomOut, None,
             self.view.zoom_out),
            ("fit", _("Sesuaikan Lebar"), None, None, self.view.fit_width),
            ("png", _("Ekspor PNG…"), None, QStyle.StandardPixmap.SP_DialogSaveButton,
             self.ask_export_png),
            ("pdf", _("Ekspor PDF…"), QKeySequence.StandardKey.Save,
             QStyle.StandardPixmap.SP_DialogSaveButton, self.ask_export_pdf),
            ("print", _("Cetak…"), QKeySequence.StandardKey.Print, None, self.ask_print),
        ]
        self.actions_by_name: dict[str, QAction] = {}
        for name, text, shortcut, icon, slot in entries:
            action = QAction(text, self)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            if icon is not None:
                action.setIcon(style.standardIcon(icon))
            action.triggered.connect(slot)
            bar.addAction(action)
            self.actions_by_name[name] = action
        self.actions_by_name["print"].setIcon(glyph("fa5s.print"))

    # -- content
    def show_complaint(self, complaint_id: int, at: dt.datetime | None = None, *,
                       viewer=None) -> None:
        chart = self.view.show_complaint(complaint_id, at, viewer=viewer)
        self.setWindowTitle(_("Bagan Alir SOP — {no}").format(no=chart.register_no))
        self._fill_history(chart)

    def show_blank(self, sop: Sop) -> None:
        chart = self.view.show_blank(sop)
        self.setWindowTitle(_("Bagan Alir SOP — {name}").format(name=sop.name))
        self._fill_history(chart)

    def _fill_history(self, chart: sl.Chart) -> None:
        self.history.clear()
        passes = sorted((p for row in chart.rows for p in row.passes),
                        key=lambda p: p.first_seq)
        for p in passes:
            outcome = label(OUTCOMES, p.outcome) if p.outcome else _("berjalan")
            item = QTreeWidgetItem([p.label, str(p.pass_no),
                                    wording.day_month_clock(p.started_at),
                                    wording.day_month_clock(p.ended_at) if p.ended_at else "",
                                    p.actor, outcome])
            item.setData(0, ROLE_STEP, p.step_no)
            item.setToolTip(5, "\n".join(p.notes))
            self.history.addTopLevelItem(item)
        self.history.setVisible(bool(passes))
        for column in range(self.history.columnCount()):
            self.history.resizeColumnToContents(column)

    def select_step(self, step_no: int) -> None:
        """Jump to the step's latest entry in the history."""
        found = None
        for i in range(self.history.topLevelItemCount()):
            item = self.history.topLevelItem(i)
            if item.data(0, ROLE_STEP) == step_no:
                found = item
        if found is not None:
            self.history.setCurrentItem(found)
            self.history.scrollToItem(found)
        else:
            self.history.clearSelection()

    # -- export
    def _file_stem(self) -> str:
        chart = self.view.chart
        if chart is None or chart.register_no is None:
            return "sop"
        return "bagan-" + chart.register_no.replace("/", "-")

    def ask_export_png(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, _("Ekspor PNG"), self._file_stem() + ".png", _("Gambar PNG (*.png)"))
        if path:
            self._guarded(lambda: export_png(self.view.chart, path))

    def ask_export_pdf(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, _("Ekspor PDF"), self._file_stem() + ".pdf", _("Dokumen PDF (*.pdf)"))
        if path:
            self._guarded(lambda: export_pdf(self.view.chart, path))

    def ask_print(self) -> None:
        if self.view.chart is not None:
            self._guarded(lambda: print_chart(self.view.chart, self, ask=self.ask_printer))

    def ask_printer(self, printer, parent, title) -> bool:
        """The print dialog (ui.printing); a test replaces it with a print-to-PDF answer."""
        from ui.printing import ask_printer

        return ask_printer(printer, parent, title)

    def _guarded(self, work) -> None:
        if self.view.chart is None:
            return
        try:
            work()
        except OSError as exc:
            QMessageBox.warning(self, _("Gagal"), str(exc))
