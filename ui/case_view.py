"""The case detail: all data of one complaint, its history (every pass of every step, with
working time against the SOP standard and each revision loop), attachments and documents,
and the actions the current step allows for the user. An action opens ActionDialog, which
collects the note, evidence file, waiver and override reason and makes one service call.
What the current step produces is written in the "Hasil Langkah" tab, and a returned nota
dinas shows its correction notes in full with the draft's last change (`ui.case.outputs`).
The attachments, the documents, the outputs and the actions are sections of their own
(`ui.case`)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTreeWidgetItem,
    QWidget,
)

from app.i18n import _
from app.office import deadlines, wording
from app.services import casefile, tasks, workflow
from ui.berkas import BerkasPrinter
from ui.case.actions import ActionDialog, fill_actions
from ui.case.attachments import AttachmentsSection
from ui.case.documents import DocumentsSection
from ui.case.outputs import OutputsSection
from ui.common import STATE_COLORS, Failed, fit_lines, guarded, icon, show_ok, style_title
from ui.forms.ui_case_dialog import Ui_CaseDialog

log = logging.getLogger(__name__)

RETURNED_TINT = QColor("#fff3d6")
OVER_STANDARD = QColor("#b3261e")


class CaseDialog(QDialog):
    """One complaint. Non-modal: several can be open. Emits `changed(complaint_id)` after an
    action so the lists refresh."""

    changed = Signal(int)

    def __init__(self, session, complaint_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.complaint_id = session, complaint_id
        self.ui = Ui_CaseDialog()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.case: casefile.CaseFile | None = None
        self.action_dialog: ActionDialog | None = None
        self.action_buttons: dict[str, QPushButton] = {}
        style_title(self.ui.register_label)
        self.ui.message_label.hide()
        self.ui.refresh_button.setIcon(icon("fa5s.sync-alt"))
        self.ui.refresh_button.clicked.connect(self.refresh)
        self.ui.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=self.refresh)
        self.attachments = AttachmentsSection(self, self.ui, session, complaint_id)
        self.attachments.stored.connect(self._after_change)
        self.attach_panel = self.attachments.panel
        header = self.ui.history_tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # the notes wrap in what is left, never cut off
        self.ui.history_tree.setUniformRowHeights(False)
        self.ui.history_tree.currentItemChanged.connect(self._history_selected)
        self.ui.history_detail_label.hide()
        self.reopen_dialog: QInputDialog | None = None
        self.last_message = ""  # the result of the user's last action, kept over reloads
        self.documents = DocumentsSection(self, self.ui, session, complaint_id)
        self.documents.made.connect(self._after_change)
        self.outputs = OutputsSection(self, self.ui, session, complaint_id)
        self.outputs.saved.connect(self._after_change)
        self._setup_swimlane()
        self._setup_task_rows()
        self.berkas_printer = BerkasPrinter(self)  # "Cetak Berkas" (issue 19)
        for tab, name in ((self.ui.detail_tab, "fa5s.file-alt"),
                          (self.ui.output_tab, "fa5s.edit"),
                          (self.ui.history_tab, "fa5s.history"),
                          (self.ui.files_tab, "fa5s.paperclip"),
                          (self.ui.swimlane_tab, "fa5s.project-diagram")):
            self.ui.tabs.setTabIcon(self.ui.tabs.indexOf(tab), icon(name))
        self.resize(1160, 700)
        self.refresh()

    # -- optional parts of other issues
    def _setup_swimlane(self) -> None:
        self.swimlane = None
        try:
            from ui.swimlane.view import SwimlaneView
        except ImportError:
            placeholder = QLabel(_("Diagram alur (swimlane) pengaduan ini akan tampil di sini."))
            placeholder.setObjectName("swimlane_placeholder")  # SWIMLANE PLACEHOLDER
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            placeholder.setStyleSheet("color: #777;")
            self.ui.swimlane_layout.addWidget(placeholder)
            return
        self.swimlane = SwimlaneView(self)
        # The chart's own window prints it and exports PNG/PDF (ui.swimlane.window).
        self.swimlane_window = None
        self.swimlane_print_button = QPushButton(icon("fa5s.print"),
                                                 _("Cetak / Ekspor Bagan..."), self)
        self.swimlane_print_button.setObjectName("swimlane_print_button")
        self.swimlane_print_button.setToolTip(_("Buka bagan alir di jendela sendiri untuk "
                                                "dicetak atau diekspor ke PDF/PNG"))
        self.swimlane_print_button.clicked.connect(self.open_swimlane_window)
        self.ui.swimlane_layout.addWidget(self.swimlane_print_button, 0,
                                          Qt.AlignmentFlag.AlignRight)
        self.ui.swimlane_layout.addWidget(self.swimlane)
        if hasattr(self.swimlane, "stepClicked"):
            self.swimlane.stepClicked.connect(self._show_step_in_history)

    def open_swimlane_window(self):
        """The swimlane of this complaint in its own window: print, PDF, PNG."""
        from ui.swimlane.window import SwimlaneWindow

        if self.swimlane_window is None:
            self.swimlane_window = SwimlaneWindow(self)
            self.swimlane_window.setWindowFlag(Qt.WindowType.Window)
        self.swimlane_window.show_complaint(self.complaint_id, viewer=self.session.user)
        self.swimlane_window.show()
        self.swimlane_window.raise_()
        return self.swimlane_window

    def _setup_task_rows(self) -> None:
        """What to do now and the instruction that came with it, first on the main tab."""
        self.task_value, self.instruction_value = QLabel(), QLabel()
        for row, (caption, value) in enumerate(((_("Tindakan sekarang:"), self.task_value),
                                                (_("Instruksi:"), self.instruction_value))):
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setStyleSheet("background: #f4f7fb; padding: 3px;")
            label = QLabel(caption)
            label.setBuddy(value)
            self.ui.detail_form.insertRow(row, label, value)
        self.task_value.setObjectName("task_value")
        self.instruction_value.setObjectName("instruction_value")

    def _fill_task(self, c: casefile.CaseFile) -> None:
        open_step = c.current_step is not None
        self.task_value.setText(_("{lane}: {action}").format(lane=c.current_lane,
                                                             action=c.action)
                                if open_step else _("Pengaduan selesai."))
        self.instruction_value.setText(tasks.instruction_text(c.instruction) if open_step else "")
        self.ui.detail_form.setRowVisible(self.instruction_value,
                                          open_step and c.instruction is not None)

    # -- loading
    def refresh(self) -> None:
        try:
            case = guarded(self.ui.message_label, casefile.load, self.session.user,
                           self.complaint_id)
        except Failed:
            return
        if self.last_message:  # a reload (e.g. the lists' own) keeps what the user just did
            show_ok(self.ui.message_label, self.last_message)
        self.case = case
        self._fill_header(case)
        self._fill_details(case)
        self._fill_task(case)
        self._fill_history(case)
        self._fill_files(case)
        self.outputs.fill(case)
        self._fill_actions(case)
        if self.swimlane is not None and hasattr(self.swimlane, "show_complaint"):
            try:
                self.swimlane.show_complaint(case.id, viewer=self.session.user)
            except Exception:  # noqa: BLE001 - the diagram must not break the case screen
                log.exception("swimlane gagal ditampilkan")

    def _fill_header(self, c: casefile.CaseFile) -> None:
        self.setWindowTitle(_("Pengaduan {no}").format(no=c.register_no))
        self.ui.register_label.setText(c.register_no)
        if c.status_code == "proses":
            state_text = {deadlines.OVERDUE: _("Terlambat"),
                          deadlines.DUE_SOON: _("Segera jatuh tempo")}.get(c.state,
                                                                          _("Tepat waktu"))
        else:
            state_text = c.status
        fg, bg = STATE_COLORS.get(c.state, (QColor("#1b6e20"), QColor("#e6f4e7"))) \
            if c.status_code == "proses" else (QColor("#333333"), QColor("#eeeeee"))
        self.ui.state_label.setText(f"  {state_text}  ")
        self.ui.state_label.setStyleSheet(
            f"color: {fg.name()}; background: {bg.name()}; border-radius: 4px; "
            "padding: 3px; font-weight: bold;")
        if c.current_step is None:
            position = _("Selesai pada {t}.").format(t=wording.short_datetime(c.closed_at))
        else:
            position = _("Langkah {no} dari {n} - {lane}: {act}").format(
                no=c.current_step, n=c.step_count, lane=c.current_lane, act=c.current_activity)
            if c.current_pass > 1:
                position += " " + _("(putaran ke-{p})").format(p=c.current_pass)
            if c.status_code == "ditunda":
                position += " " + _("- DITUNDA menunggu pelapor.")
            elif c.step_minutes_left is not None:
                position += " - " + _("{left} (batas langkah {t})").format(
                    left=wording.time_left(c.step_minutes_left),
                    t=wording.short_datetime(c.step_due_at))
        fit_lines(self.ui.position_label, position)  # two lines always: nothing below moves

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        fit_lines(self.ui.position_label, self.ui.position_label.toolTip())

    def _fill_details(self, c: casefile.CaseFile) -> None:
        ui = self.ui
        ui.received_value.setText(wording.short_datetime(c.received_at))
        ui.channel_value.setText(c.channel)
        ui.lapor_ticket_value.setText(c.lapor_ticket or "-")
        ui.category_value.setText(c.category)
        ui.tier_value.setText(c.tier)
        ui.subject_value.setText(c.subject_name)
        ui.summary_value.setText(c.summary)
        ui.description_value.setText(c.description)
        ui.confidentiality_value.setText(c.confidentiality)
        ui.due_value.setText(wording.short_datetime(c.due_at) or "-")
        ui.sop_value.setText(c.sop_number)
        r = c.reporter
        hidden = _("(dirahasiakan)")
        ui.reporter_name_value.setText(r.name)
        for widget, value in ((ui.reporter_nik_value, r.nik),
                              (ui.reporter_address_value, r.address),
                              (ui.reporter_phone_value, r.phone),
                              (ui.reporter_email_value, r.email)):
            widget.setText(value or ("-" if r.visible else hidden))
        ui.reporter_group.setToolTip("" if r.visible else _(
            "Identitas pelapor dilindungi (pengaduan {s}); hanya pejabat yang berwenang dapat "
            "melihatnya.").format(s=c.confidentiality.lower()))

    def _fill_history(self, c: casefile.CaseFile) -> None:
        tree = self.ui.history_tree
        tree.clear()
        for h in c.history:
            step = _("{no}").format(no=h.step_no)
            if h.is_revision:
                step += " " + _("(ke-{p})").format(p=h.pass_no)
            notes = [h.note] if h.note else []
            if h.waiver:
                notes.append(_("Kelengkapan dikecualikan: {w}").format(w=h.waiver))
            if h.override_reason:
                notes.append(_("Oleh administrator: {r}").format(r=h.override_reason))
            outcome = h.outcome or (_("sedang berjalan") if h.ended_at is None else "")
            item = QTreeWidgetItem(tree, [
                step, h.lane, h.actor or "-", wording.short_datetime(h.started_at),
                wording.short_datetime(h.ended_at),
                f"{wording.working_minutes(h.working_minutes)} / "
                f"{wording.working_minutes(h.standard_minutes)}", outcome, " | ".join(notes)])
            item.setToolTip(0, h.activity)
            item.setToolTip(6, outcome)
            item.setToolTip(7, "\n".join(notes))
            item.setData(7, Qt.ItemDataRole.UserRole, "\n".join(notes))
            if h.over_standard:
                item.setForeground(5, OVER_STANDARD)
            if h.outcome_code == "dikembalikan":
                for column in range(tree.columnCount()):
                    item.setBackground(column, RETURNED_TINT)
            if h.ended_at is None:
                font = item.font(0)
                font.setBold(True)
                for column in range(tree.columnCount()):
                    item.setFont(column, font)
        for column in range(7):
            tree.resizeColumnToContents(column)
        tree.setColumnWidth(2, min(tree.columnWidth(2), 200))
        whole = tree.fontMetrics().horizontalAdvance(_("Dikembalikan untuk perbaikan")) + 24
        tree.setColumnWidth(6, min(tree.columnWidth(6), whole))  # the outcome read whole
        self.ui.history_detail_label.hide()
        worked = sum(h.working_minutes for h in c.history)
        text = _("{n} catatan langkah; waktu kerja {w} (standar SOP seluruhnya {s}); "
                 "{r} kali dikembalikan untuk perbaikan; {h} kali ditunda.").format(
            n=len(c.history), w=wording.working_minutes(worked),
            s=wording.working_minutes(c.standard_total),
            r=c.revision_loops, h=len(c.holds))
        self.ui.history_summary_label.setText(text)

    def _history_selected(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        """The selected pass's notes in full under the list (a return's reason, a waiver,
        an administrator's reason), however long."""
        label = self.ui.history_detail_label
        notes = item.data(7, Qt.ItemDataRole.UserRole) if item is not None else ""
        if not notes:
            label.hide()
            return
        label.setText(_("Langkah {s} - {lane}, {outcome}:\n{notes}").format(
            s=item.text(0), lane=item.text(1), outcome=item.text(6) or "-", notes=notes))
        label.setStyleSheet("background: #fffbea; border: 1px solid #e0d6a8; padding: 6px;")
        label.show()

    def _show_step_in_history(self, step_no: int) -> None:
        self.ui.tabs.setCurrentWidget(self.ui.history_tab)
        tree = self.ui.history_tree
        for i in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(i)
            if item.text(0).split()[0] == str(step_no):
                tree.setCurrentItem(item)

    def _fill_files(self, c: casefile.CaseFile) -> None:
        self.attachments.fill(c)
        self.documents.fill(c)
        self.ui.tabs.setTabText(self.ui.tabs.indexOf(self.ui.files_tab), _(
            "Lampiran dan Dokumen ({n})").format(
            n=len(c.attachments) + len(c.documents)))

    def _fill_actions(self, c: casefile.CaseFile) -> None:
        reopen = self.ask_reopen if self.session.user.is_admin else None
        self.action_buttons = fill_actions(self.ui, c, self, self.start_action, reopen)

    # -- a closed complaint: only an administrator reopens it, with a reason
    def ask_reopen(self) -> QInputDialog:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(_("Buka Kembali - {no}").format(no=self.case.register_no))
        dialog.setLabelText(_("Pengaduan ini sudah selesai. Membukanya kembali mengembalikannya "
                              "ke langkah terakhir (putaran baru).\nAlasan membuka kembali *"))
        dialog.setOkButtonText(_("Buka Kembali"))
        dialog.setCancelButtonText(_("Batal"))
        dialog.textValueSelected.connect(self.reopen)
        self.reopen_dialog = dialog
        dialog.open()
        return dialog

    def reopen(self, reason: str) -> None:
        try:
            complaint = guarded(self.ui.message_label, workflow.reopen, self.session.user,
                                self.complaint_id, reason=reason.strip())
        except Failed:
            return
        self._after_change(_("Pengaduan {no} dibuka kembali pada langkah {s}.").format(
            no=complaint.register_no, s=complaint.current_step))

    # -- actions
    def start_action(self, info: workflow.ActionInfo) -> ActionDialog:
        dialog = ActionDialog(self.session, self.case, info, self)
        dialog.action_done.connect(self._after_change)
        self.action_dialog = dialog
        dialog.open()
        return dialog

    def _after_change(self, message: str) -> None:
        """An action, new attachments or a new document: reload, say so, tell the lists."""
        self.last_message = message
        self.refresh()
        self.changed.emit(self.complaint_id)

    # -- attachments (ui.case.attachments)
    @property
    def viewer(self):
        """The viewer of the scan opened last (None before one was opened)."""
        return self.attachments.viewer

    def choose_attachment(self) -> None:
        self.attach_panel.choose_files()

    def add_attachment(self, path: str | Path, kind: str) -> None:
        """Attach one file as if picked with `kind` chosen (checked like any other)."""
        self.attachments.add_attachment(path, kind)

    def open_attachment(self) -> None:
        self.attachments.open_attachment()
