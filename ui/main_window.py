"""The main window: navigation on the left (Tugas Saya, Semua Pengaduan, Laporan,
Pengaturan), pages on the right, status bar with user, lane, database and connection state.
Changes from other workstations arrive live (ui.live: PostgreSQL NOTIFY, SQLite
data_version), and also on focus, on F5 and by a periodic check of the change token (every
change is audited, so the audit head grows with each). A lost database shows a banner, not
a dialog, and everything reloads when it returns.

Start-up builds only what the first screen shows (Tugas Saya, with its rows); Semua
Pengaduan, Laporan and Pengaturan are built when first shown, and the complaint and intake
dialogs (with their document, PDF and scanning libraries) are imported when first opened."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSizePolicy,
    QSystemTrayIcon,
    QWidget,
)

from app.i18n import _
from app.services import desk, tasks
from app.store import clock
from app.store.db import describe_url
from app.store.live import Change
from app.store.models import STATUS_OPEN, User
from ui.common import icon, notify
from ui.forms.ui_main_window import Ui_MainWindow
from ui.pages import TasksPage
from ui.worker import TaskRunner

if TYPE_CHECKING:
    from ui.case_view import CaseDialog
    from ui.intake import IntakeDialog
    from ui.pages import RegisterPage
    from ui.reports import ReportsPage
    from ui.settings_page import SettingsPage

log = logging.getLogger(__name__)

PAGE_TASKS, PAGE_REGISTER, PAGE_REPORTS, PAGE_SETTINGS = range(4)
NAV_ICONS = ("fa5s.inbox", "fa5s.list-alt", "fa5s.chart-bar", "fa5s.cog")
CHECK_INTERVAL_MS = 30_000


@dataclass
class Session:
    """Who is logged in, to which database, and the shared helpers of the screens."""

    user: User
    db_url: str
    runner: TaskRunner
    lanes: dict[str, str] = field(default_factory=dict)
    sop_text: str = ""
    log_path: str = ""
    connection_text: str = ""
    sop_notice: str = ""  # for an administrator: the bundled SOP file is not in force


class MainWindow(QMainWindow):
    def __init__(self, session: Session, qsettings: QSettings | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.qsettings = qsettings or QSettings()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.case_dialogs: dict[int, CaseDialog] = {}
        self.intake_dialog: IntakeDialog | None = None
        self.logout_requested = False
        self._token: int | None = None
        self.connected = True
        self.setWindowIcon(icon("fa5s.balance-scale"))
        # One slot per page; a page is built when first shown (see page()).
        self.pages: list[QWidget | None] = [None] * len(NAV_ICONS)
        self._register_header = None  # saved column layout, applied when the page is built
        for _index in range(len(NAV_ICONS)):
            # scrollable, so a small screen never forces the window taller than itself
            scroll = QScrollArea(self.ui.page_stack)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            self.ui.page_stack.addWidget(scroll)
        self.tasks_page = self.page(PAGE_TASKS)
        nav = self.ui.nav_list
        nav.setStyleSheet("QListWidget { background: #1f3b63; color: white; font-size: 11pt;"
                          " border: none; padding-top: 8px; }"
                          "QListWidget::item { padding: 10px 8px; }"
                          "QListWidget::item:selected { background: #3d6aa8; }")
        for row, name in enumerate(NAV_ICONS):
            nav.item(row).setIcon(icon(name, "white"))
        nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        nav.currentRowChanged.connect(self.show_page)
        self.ui.action_new_complaint.setIcon(icon("fa5s.plus-circle", "#1b6e20"))
        self.ui.action_search.setIcon(icon("fa5s.search"))
        self.ui.action_refresh.setIcon(icon("fa5s.sync-alt"))
        self.ui.action_logout.setIcon(icon("fa5s.sign-out-alt"))
        self.ui.action_about.setIcon(icon("fa5s.info-circle"))
        self.ui.action_new_complaint.triggered.connect(self.open_intake)
        self.ui.action_search.triggered.connect(self.focus_search)
        self.ui.action_refresh.triggered.connect(self.refresh_all)
        self.ui.action_logout.triggered.connect(self.logout)
        self.ui.action_about.triggered.connect(self.open_about)
        self.about_dialog = None  # ui.about.AboutDialog once opened
        self.update_intake_offer()
        self._setup_status_bar()
        self._setup_banner()
        self.live = None  # ui.live.LiveUpdates once start_live() runs
        self.live_connected: bool | None = None  # as the feed last reported
        self.tray: QSystemTrayIcon | None = None
        self.last_tray_message: tuple[str, str] | None = None
        self._lane_seen: dict[int, str] = {}  # complaint -> lane last notified about
        self._live_refresh = QTimer(self)
        self._live_refresh.setSingleShot(True)  # a burst of changes reloads once
        self._live_refresh.setInterval(150)
        self._live_refresh.timeout.connect(self.check_for_changes)
        self.ui.main_splitter.setStretchFactor(1, 1)
        self.ui.main_splitter.setSizes([200, 1080])
        self.restore_state()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check_for_changes)
        self.timer.start()
        app = QApplication.instance()
        if app is not None:
            app.applicationStateChanged.connect(self._application_state_changed)
        self._loaded: set[int] = set()  # pages load on first show: start-up stays quick
        self._token = self._read_token()
        nav.setCurrentRow(PAGE_TASKS)

    # -- pages, built on first use
    def page(self, index: int) -> QWidget:
        """The page at `index`, built (not yet loaded: show_page loads) on first use."""
        page = self.pages[index]
        if page is None:
            page = self.pages[index] = self._build_page(index)
            self.ui.page_stack.widget(index).setWidget(page)
        return page

    def _build_page(self, index: int) -> QWidget:
        if index == PAGE_TASKS:
            page = TasksPage(self.session, self)
            page.open_requested.connect(self.open_case)
        elif index == PAGE_REGISTER:
            from ui.pages import RegisterPage

            page = RegisterPage(self.session, self)
            page.open_requested.connect(self.open_case)
            self._restore_register_header(page)
        elif index == PAGE_REPORTS:
            from ui.reports import ReportsPage

            page = ReportsPage(self.session, self)
        elif index == PAGE_SETTINGS:
            from ui.settings_page import SettingsPage

            page = SettingsPage(self.session, self)
        else:
            raise IndexError(index)
        return page

    def _restore_register_header(self, page) -> None:
        if isinstance(self._register_header, QByteArray | bytes):
            page.ui.register_table.horizontalHeader().restoreState(self._register_header)

    def is_built(self, index: int) -> bool:
        return self.pages[index] is not None

    @property
    def register_page(self) -> RegisterPage:
        return self.page(PAGE_REGISTER)

    @property
    def reports_page(self) -> ReportsPage:
        return self.page(PAGE_REPORTS)

    @property
    def settings_page(self) -> SettingsPage:
        return self.page(PAGE_SETTINGS)

    # -- status bar and state
    def _setup_status_bar(self) -> None:
        user = self.session.user
        self.user_status = QLabel(f"  {user.full_name} ({user.username})  ")
        self.user_status.setObjectName("user_status")
        self.lane_status = QLabel("  " + (", ".join(desk.lanes_of(user)) or "-") + "  ")
        self.lane_status.setObjectName("lane_status")
        where = describe_url(self.session.db_url)
        self.database_status = QLabel("  " + where + "  ")
        self.database_status.setObjectName("database_status")
        self.database_status.setToolTip(where)
        self.database_status.setMaximumWidth(380)  # a long file path must not widen the window
        self.connection_status = QLabel()
        self.connection_status.setObjectName("connection_status")
        bar = self.ui.status_bar
        for label, icon_name in ((self.user_status, "fa5s.user"),
                                 (self.lane_status, "fa5s.sitemap"),
                                 (self.database_status, "fa5s.database")):
            holder = QLabel()
            holder.setPixmap(icon(icon_name, "#555").pixmap(14, 14))
            bar.addPermanentWidget(holder)
            bar.addPermanentWidget(label)
        bar.addPermanentWidget(self.connection_status)
        self._set_connected(True)
        self.sop_status: QLabel | None = None
        if self.session.sop_notice:  # told once at start; the label keeps it at hand
            self.sop_status = QLabel(_("  SOP bawaan belum berlaku  "))
            self.sop_status.setObjectName("sop_status")
            self.sop_status.setStyleSheet("color: #8a5300; font-weight: bold;")
            self.sop_status.setToolTip(self.session.sop_notice)
            bar.addPermanentWidget(self.sop_status)
            bar.showMessage(self.session.sop_notice)

    def _setup_banner(self) -> None:
        self.banner = QFrame(self.ui.central_widget)
        self.banner.setObjectName("connection_banner")
        self.banner.setStyleSheet("#connection_banner { background: #fdecea; border: 1px solid "
                                  "#b3261e; border-radius: 3px; } QLabel { color: #8c1d18; "
                                  "font-weight: bold; }")
        layout = QHBoxLayout(self.banner)
        layout.setContentsMargins(10, 6, 10, 6)
        self.banner_label = QLabel(_("Sambungan ke basis data terputus \u2014 mencoba lagi\u2026 "
                                     "Isian yang belum disimpan tetap ada."), self.banner)
        layout.addWidget(self.banner_label, 1)
        self.ui.central_layout.insertWidget(0, self.banner)
        self.banner.hide()
        # A workstation clock far off the server's: the program records the server's time,
        # but the user reading Windows' clock would be misled.
        self.clock_banner = QLabel(self.ui.central_widget)
        self.clock_banner.setObjectName("clock_banner")
        self.clock_banner.setWordWrap(True)
        self.clock_banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.clock_banner.setStyleSheet("#clock_banner { background: #fff4ce; color: #5c4400; "
                                        "border: 1px solid #c19c00; border-radius: 3px; "
                                        "padding: 6px 10px; font-weight: bold; }")
        self.ui.central_layout.insertWidget(1, self.clock_banner)
        self.update_clock_warning()

    def update_clock_warning(self) -> None:
        warning = clock.skew_warning()
        self.clock_banner.setText(warning or "")
        self.clock_banner.setVisible(bool(warning))

    # -- live updates
    def start_live(self, *, poll_seconds: float = 1.0, retry_seconds: float = 3.0) -> None:
        """Listen for changes made elsewhere (PostgreSQL NOTIFY or SQLite data_version)."""
        from ui.live import LiveUpdates

        self.live = LiveUpdates(self.session.db_url, self, poll_seconds=poll_seconds,
                                retry_seconds=retry_seconds)
        # Queued: the feed calls back from its own thread; slots run on the GUI thread.
        self.live.changed.connect(self.on_live_change, Qt.ConnectionType.QueuedConnection)
        self.live.connection_changed.connect(self.on_live_connection,
                                             Qt.ConnectionType.QueuedConnection)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon("fa5s.balance-scale"), self)
            self.tray.show()
        self._notify_new_tasks(initial=True)  # what is already waiting is no news
        self.live.start()

    def on_live_change(self, change: Change) -> None:
        self._live_refresh.start()
        if change.complaint_id is not None:
            self._notify_if_mine(change.complaint_id)
        else:  # SQLite, or back after an outage: which complaints are newly mine?
            self._notify_new_tasks()

    def _notify_new_tasks(self, *, initial: bool = False) -> None:
        from app.store.db import DATABASE_ERRORS

        try:
            rows = [item.row for item in tasks.my_task_items(self.session.user)]
        except DATABASE_ERRORS as exc:
            log.info("tugas tidak terbaca: %s", exc)
            return
        for row in rows:
            if row.status != STATUS_OPEN or self._lane_seen.get(row.id) == row.lane:
                continue
            self._lane_seen[row.id] = row.lane
            if not initial:
                self._tell(row.lane, row.register_no)

    def _notify_if_mine(self, complaint_id: int) -> None:
        from app.store.db import DATABASE_ERRORS

        try:
            waiting = desk.waiting_on(complaint_id)
        except DATABASE_ERRORS as exc:
            log.info("status pengaduan tidak terbaca: %s", exc)
            return
        if waiting is None:
            self._lane_seen.pop(complaint_id, None)
            return
        lane, number = waiting
        if lane not in self.session.user.lanes or self._lane_seen.get(complaint_id) == lane:
            self._lane_seen[complaint_id] = lane
            return
        self._lane_seen[complaint_id] = lane
        self._tell(lane, number)

    def _tell(self, lane: str, number: str) -> None:
        title = _("Pengaduan masuk ke {lane}").format(lane=desk.lane_name(lane))
        text = _("Pengaduan {no} menunggu tindakan Anda.").format(no=number)
        self.last_tray_message = (title, text)
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 8000)

    def on_live_connection(self, ok: bool) -> None:
        self.live_connected = ok
        self.banner.setVisible(not ok or not self.connected)
        if ok:
            self.check_for_changes(force=not self.connected)
        else:
            self._set_connected(False, _("Menunggu basis data kembali."))

    def _set_connected(self, connected: bool, detail: str = "") -> None:
        self.connected = connected
        if getattr(self, "banner", None) is not None:
            # either path down is down: the feed reconnects on its own and says so
            self.banner.setVisible(not connected or self.live_connected is False)
        if connected:
            text, style = _("Terhubung"), "color: #1b6e20; font-weight: bold;"
        else:
            text, style = _("Terputus"), "color: #b3261e; font-weight: bold;"
        self.connection_status.setText(f"  \u25cf {text}  ")
        self.connection_status.setStyleSheet(style)
        self.connection_status.setToolTip(detail)
        self.session.connection_text = text

    def restore_state(self) -> None:
        s = self.qsettings
        geometry = s.value("main_window/geometry")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 780)
        state = s.value("main_window/state")
        if isinstance(state, QByteArray | bytes):
            self.restoreState(state)
        splitter = s.value("main_window/splitter")
        if isinstance(splitter, QByteArray | bytes):
            self.ui.main_splitter.restoreState(splitter)
        self._register_header = s.value("register/header")
        if self.is_built(PAGE_REGISTER):
            self._restore_register_header(self.register_page)

    def save_state(self) -> None:
        s = self.qsettings
        s.setValue("main_window/geometry", self.saveGeometry())
        s.setValue("main_window/state", self.saveState())
        s.setValue("main_window/splitter", self.ui.main_splitter.saveState())
        if self.is_built(PAGE_REGISTER):  # else the saved layout stays as it was
            s.setValue("register/header",
                       self.register_page.ui.register_table.horizontalHeader().saveState())
        s.sync()

    def closeEvent(self, event):  # noqa: N802 - Qt's name
        self.save_state()
        self.timer.stop()
        if self.live is not None:
            self.live.stop()
        if self.tray is not None:
            self.tray.hide()
        for dialog in list(self.case_dialogs.values()):
            dialog.close()
        super().closeEvent(event)

    # -- navigation
    def show_page(self, index: int) -> None:
        self.page(index)
        self.ui.page_stack.setCurrentIndex(index)
        if index not in self._loaded or index in (PAGE_TASKS, PAGE_REPORTS):
            self.refresh_page(index)
        self._loaded.add(index)

    def refresh_page(self, index: int | None = None) -> None:
        index = self.ui.page_stack.currentIndex() if index is None else index
        from app.store.db import DATABASE_ERRORS

        try:
            self.page(index).refresh()
        except DATABASE_ERRORS as exc:
            log.warning("halaman tidak dapat dimuat: %s", exc)
            self._set_connected(False, str(exc))
            self.ui.status_bar.showMessage(_("Basis data tidak dapat dihubungi; data yang "
                                             "tampil mungkin belum terbaru."), 10000)

    def focus_search(self) -> None:
        self.ui.nav_list.setCurrentRow(PAGE_REGISTER)
        self.register_page.focus_search()

    def refresh_all(self) -> None:
        """F5: reload the page shown and every open case."""
        self.check_for_changes(force=True)

    def _read_token(self) -> int | None:
        from app.store.db import DATABASE_ERRORS

        try:
            return desk.change_token()
        except DATABASE_ERRORS:
            return None

    def check_for_changes(self, force: bool = False) -> None:
        from app.store.db import DATABASE_ERRORS

        self.update_clock_warning()  # the clock is measured again every few minutes
        try:
            token = desk.change_token()
        except DATABASE_ERRORS as exc:
            self._set_connected(False, str(exc))
            try:
                desk.reconnect()
            except DATABASE_ERRORS as again:
                log.info("masih terputus: %s", again)
            return
        was_offline = not self.connected
        self._set_connected(True)
        if not force and not was_offline and token == self._token:
            return
        self._token = token
        if self._end_if_revoked():
            return
        self.update_intake_offer()  # the account's lanes may have changed meanwhile
        self.refresh_page()
        # pages not on screen reload when shown next
        self._loaded &= {self.ui.page_stack.currentIndex()}
        for dialog in list(self.case_dialogs.values()):
            if dialog.action_dialog is None or not dialog.action_dialog.isVisible():
                dialog.refresh()
        if force:
            self.ui.status_bar.showMessage(_("Data dimuat ulang."), 3000)

    def _end_if_revoked(self) -> bool:
        """The account was deactivated on another workstation (which changes the token):
        say so and log out. True when the session ended."""
        from app.store.db import DATABASE_ERRORS

        try:
            reason = desk.session_end_reason(self.session.user)
        except DATABASE_ERRORS:
            return False  # lost just now: the next check sees it
        if not reason:
            return False
        # Parentless, so it stays up after the window closes; the login follows it.
        self.last_notice = notify(None, _("Sesi berakhir"), reason, error=True)
        self.logout()
        return True

    def _application_state_changed(self, state) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check_for_changes()

    # -- reminders
    def start_reminders(self) -> None:
        """What is due today and late, at log-in and at the office's reminder time each day
        (ui.reminders; a window beside this one, never blocking it)."""
        from ui.reminders import ReminderScheduler

        self.reminders = ReminderScheduler(self, self.session.user)
        self.reminders.start()

    # -- complaints
    def open_case(self, complaint_id: int) -> CaseDialog:
        dialog = self.case_dialogs.get(complaint_id)
        if dialog is None:
            from ui.case_view import CaseDialog

            dialog = CaseDialog(self.session, complaint_id, self)
            dialog.changed.connect(lambda _cid: self.check_for_changes(force=True))
            dialog.finished.connect(lambda _r, cid=complaint_id: self.case_dialogs.pop(cid, None))
            self.case_dialogs[complaint_id] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def update_intake_offer(self) -> None:
        """Pengaduan Baru only for whoever may register now (step 1's lane, or an
        administrator with a reason), read again as the account changes; the write itself
        still checks (app.services.workflow.register_complaint)."""
        from app.store.db import DATABASE_ERRORS

        try:
            allowed = desk.intake_permission(self.session.user).allowed
        except DATABASE_ERRORS:
            return  # offline: the offer stays as it was; the banner says why
        self.ui.action_new_complaint.setVisible(allowed)
        self.ui.action_new_complaint.setEnabled(allowed)

    def open_intake(self) -> IntakeDialog | None:
        if not self.ui.action_new_complaint.isEnabled():
            return None  # not this account's to register (Ctrl+N from a stale window)
        if self.intake_dialog is not None and self.intake_dialog.isVisible():
            self.intake_dialog.raise_()
            return self.intake_dialog
        from ui.intake import IntakeDialog

        dialog = IntakeDialog(self.session, self)
        dialog.registered.connect(self._registered)
        self.intake_dialog = dialog
        dialog.open()
        return dialog

    def _registered(self, complaint_id: int, register_no: str) -> None:
        self.check_for_changes(force=True)
        self.ui.status_bar.showMessage(_("Pengaduan {no} tersimpan.").format(no=register_no),
                                       10000)
        self.last_notice = notify(self, _("Pengaduan tersimpan"), _(
            "Pengaduan terdaftar dengan nomor register\n\n{no}\n\nLangkah 1 selesai; "
            "pengaduan diteruskan ke langkah berikutnya.").format(no=register_no))

    def open_about(self):
        """The "Tentang" dialog (version, third-party notices), non-blocking."""
        from ui.about import AboutDialog

        if self.about_dialog is None:
            self.about_dialog = AboutDialog(self)
        self.about_dialog.show()
        self.about_dialog.raise_()
        return self.about_dialog

    def logout(self) -> None:
        self.logout_requested = True
        self.close()
