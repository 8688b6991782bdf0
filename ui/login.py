"""The first windows: login (with the lockout the accounts service enforces) and, on an
empty database, creating the administrator and optionally demo data for a try-out."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from app.i18n import _
from app.services import accounts, desk, settings
from app.store.db import describe_url
from app.store.models import ADMIN_ROLE, User
from ui.common import Failed, guarded, icon, show_error, show_ok, style_title
from ui.forms.ui_login_dialog import Ui_LoginDialog
from ui.forms.ui_setup_dialog import Ui_SetupDialog
from ui.worker import TaskRunner


class LoginDialog(QDialog):
    """Asks for username and password; emits `logged_in(user)` and accepts on success."""

    logged_in = Signal(object)

    def __init__(self, db_url: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.user: User | None = None
        style_title(self.ui.title_label)
        self.ui.logo_label.setPixmap(icon("fa5s.balance-scale").pixmap(44, 44))
        self.ui.office_label.setText(_office_name())
        self.ui.database_label.setText(describe_url(db_url))
        self.ui.database_label.setStyleSheet("color: #555;")
        self.ui.login_button.setIcon(icon("fa5s.sign-in-alt", "white"))
        self.ui.login_button.setStyleSheet("QPushButton { background: #1f3b63; color: white;"
                                           " padding: 5px 18px; }")
        self.ui.error_label.hide()
        self.ui.login_button.clicked.connect(self.try_login)
        self.ui.cancel_button.clicked.connect(self.reject)
        self.ui.username_edit.setFocus()

    def try_login(self) -> None:
        username = self.ui.username_edit.text().strip()
        if not username:
            show_error(self.ui.error_label, _("Isi nama pengguna."))
            self.ui.username_edit.setFocus()
            return
        try:
            user = guarded(self.ui.error_label, accounts.authenticate, username,
                           self.ui.password_edit.text())
        except Failed:
            self.ui.password_edit.selectAll()
            self.ui.password_edit.setFocus()
            return
        self.user = user
        self.logged_in.emit(user)
        self.accept()


def _office_name() -> str:
    try:
        return settings.current().office_name.title()
    except Exception:  # noqa: BLE001 - the login must open even if settings are unreadable
        return ""


class SetupDialog(QDialog):
    """First start on an empty database: the administrator account, or, on request, a
    try-out database of demo data with the demo's own accounts only (generated off the GUI
    thread with progress): demo accounts share a well-known password, so they are never
    made next to a real administrator. Emits `setup_finished(text)`."""

    setup_finished = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SetupDialog()
        self.ui.setupUi(self)
        self.runner = runner
        self.result_text = ""
        style_title(self.ui.title_label)
        self.ui.error_label.hide()
        self.ui.demo_count_spin.setEnabled(False)
        self.ui.demo_check.toggled.connect(self.ui.demo_count_spin.setEnabled)
        self.ui.demo_check.toggled.connect(self.ui.admin_group.setDisabled)
        self.ui.create_button.clicked.connect(self.create)
        self.ui.cancel_button.clicked.connect(self.reject)
        try:
            import app.services.demo  # noqa: F401 - only to know whether demo data can be offered
        except ImportError:
            self.ui.demo_group.setEnabled(False)

    def create(self) -> None:
        if self.ui.demo_check.isChecked():
            self._make_demo()
            return
        password = self.ui.password_edit.text()
        if password != self.ui.password_confirm_edit.text():
            show_error(self.ui.error_label, _("Kedua kata sandi tidak sama."))
            self.ui.password_confirm_edit.setFocus()
            return
        if not desk.has_users():
            try:
                guarded(self.ui.error_label, accounts.create_user,
                        self.ui.username_edit.text(), self.ui.full_name_edit.text(), password,
                        [ADMIN_ROLE], valid_lanes=set(desk.lane_choices()),
                        actor=accounts.FIRST_RUN)
            except Failed:
                return
        self.result_text = _("Akun administrator '{u}' dibuat.").format(
            u=self.ui.username_edit.text().strip())
        self._finish()

    def _make_demo(self) -> None:
        """A try-out database: demo complaints and the demo accounts, no real account."""
        self.result_text = _("Basis data uji coba dibuat; tidak ada akun sungguhan di "
                             "dalamnya.")
        self.ui.create_button.setEnabled(False)
        show_ok(self.ui.error_label, _("Membuat data contoh..."))
        count = self.ui.demo_count_spin.value()

        def work(progress):
            from app.services import demo

            return demo.generate(count, progress=progress)

        self.runner.run(work, on_done=self._demo_done, on_error=self._demo_failed,
                        label=_("Membuat {n} pengaduan contoh...").format(n=count), parent=self)

    def _demo_done(self, summary) -> None:
        self.result_text += "\n" + summary.text()
        self._finish()

    def _demo_failed(self, exc: Exception) -> None:
        self.ui.create_button.setEnabled(True)
        show_error(self.ui.error_label, _("Data contoh gagal dibuat: {e}").format(e=exc))

    def _finish(self) -> None:
        self.setup_finished.emit(self.result_text)
        self.accept()
