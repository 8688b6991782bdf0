"""The reminder window: what is due today and late in the user's lanes, and what is late
below them (app.services.reminders), at log-in and at the office's reminder time each day.

It never blocks the program: a window beside the main one (not modal), closed with the
button or Escape; double-clicking a row opens the complaint. Shown only when there is
something to say; when the tray is there it also carries a one-line notice."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSystemTrayIcon,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.i18n import _
from app.office import deadlines, timefmt, wording
from app.services import reminders
from app.store import clock
from app.store.db import DATABASE_ERRORS
from app.store.models import User
from ui.common import STATE_COLORS, TITLE_STYLE

COLUMNS = ["Nomor Register", "Tindakan", "Bagian", "Tenggat", "Waktu", "Sisa / Terlambat"]
NUMBER, ACTION, LANE, KIND, DUE, LEFT = range(len(COLUMNS))
CHECK_MS = 60_000  # how often the daily reminder time is looked for
_ID_ROLE = int(Qt.ItemDataRole.UserRole)


class ReminderDialog(QDialog):
    """One user's reminder, in three groups; `open_requested(id)` on a double-click."""

    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(_("Pengingat Tenggat"))
        self.setModal(False)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.resize(980, 420)
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setStyleSheet(TITLE_STYLE)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([_(c) for c in COLUMNS])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAccessibleName(_("Daftar pengingat tenggat"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ACTION, QHeaderView.ResizeMode.Stretch)
        self.tree.itemDoubleClicked.connect(self._open)
        layout.addWidget(self.tree, 1)
        hint = QLabel(_("Klik dua kali sebuah baris untuk membuka pengaduannya."), self)
        layout.addWidget(hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(_("Tutup"))
        close.setAccessibleName(_("Tutup pengingat"))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reminder: reminders.Reminder | None = None

    def show_reminder(self, reminder: reminders.Reminder) -> None:
        self.reminder = reminder
        self.title.setText(_("Pengingat per {t}").format(t=timefmt.moment(reminder.at)))
        self.summary.setText(reminder.headline())
        self.tree.clear()
        for label, items in ((_("Terlambat"), reminder.late),
                             (_("Jatuh tempo hari ini"), reminder.due_today),
                             (_("Terlambat di bagian di bawah Anda"), reminder.below)):
            if items:
                self._section(label, items)
        self.tree.expandAll()

    def _section(self, label: str, items: list[reminders.ReminderItem]) -> None:
        head = QTreeWidgetItem(self.tree, [f"{label} ({len(items)})"])
        font = QFont(head.font(0))
        font.setBold(True)
        head.setFont(0, font)
        head.setFirstColumnSpanned(True)
        head.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for item in items:
            row = QTreeWidgetItem(head, row_texts(item))
            row.setData(NUMBER, _ID_ROLE, item.complaint_id)
            row.setToolTip(ACTION, item.summary)
            colors = STATE_COLORS[deadlines.OVERDUE if item.late else deadlines.DUE_SOON]
            for column in (DUE, LEFT):
                row.setForeground(column, colors[0])
                row.setBackground(column, colors[1])

    def rows(self) -> list[list[str]]:
        """What the window lists, section heads included (for tests and screen readers)."""
        result = []
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            result.append([head.text(0)])
            for j in range(head.childCount()):
                child = head.child(j)
                result.append([child.text(c) for c in range(len(COLUMNS))])
        return result

    def _open(self, item: QTreeWidgetItem, _column: int) -> None:
        complaint_id = item.data(NUMBER, _ID_ROLE)
        if complaint_id is not None:
            self.open_requested.emit(int(complaint_id))


def row_texts(item: reminders.ReminderItem) -> list[str]:
    return [item.register_no, item.action, item.lane_name, _(reminders.KINDS[item.kind]),
            timefmt.moment(item.due), wording.time_left(item.minutes_left)]


class ReminderScheduler(QObject):
    """Shows `user`'s reminder at log-in (`start`) and at the office's reminder time each
    day, in `window` (a MainWindow: its open_case, its tray)."""

    shown = Signal(object)  # the Reminder just shown

    def __init__(self, window, user: User):
        super().__init__(window)
        self.window, self.user = window, user
        self.dialog: ReminderDialog | None = None
        self.last_shown: dt.date | None = None  # the office date of the last daily one
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        """The log-in reminder right after the window is up (not before it paints), then
        the daily check."""
        QTimer.singleShot(0, self.at_login)
        self.timer.start()

    def at_login(self) -> None:
        try:
            if reminders.reminder_time() is None:
                return
            at = clock.now()
            if reminders.daily_due(at, None):
                self.last_shown = at.date()  # the day's time has passed: this one counts
            self.show_now(at)
        except DATABASE_ERRORS:  # the banner says the server is gone; remind when back
            self.last_shown = None

    def check(self) -> None:
        try:
            at = clock.now()
            if reminders.daily_due(at, self.last_shown):
                self.show_now(at)
                self.last_shown = at.date()
        except DATABASE_ERRORS:
            pass  # tried again at the next check

    def show_now(self, at: dt.datetime | None = None) -> reminders.Reminder:
        reminder = reminders.reminders_for(self.user, at=at)
        if not reminder.empty:
            if self.dialog is None:
                self.dialog = ReminderDialog(self.window)
                self.dialog.open_requested.connect(self.window.open_case)
            self.dialog.show_reminder(reminder)
            self.dialog.show()
            self.dialog.raise_()
            tray = getattr(self.window, "tray", None)
            if tray is not None:
                tray.showMessage(_("Pengingat tenggat"), reminder.headline(),
                                 QSystemTrayIcon.MessageIcon.Warning, 8000)
        self.shown.emit(reminder)
        return reminder
