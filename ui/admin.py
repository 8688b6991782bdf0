"""Pengaturan additions: user administration (administrators only), the database dialog
and "Ganti Kata Sandi" for everyone. Every change goes through app.services.accounts, which checks
the administrator, audits, and refuses a stale edit with "diubah oleh X pukul HH:MM"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QListWidgetItem,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from app.errors import PengaduanError
from app.i18n import _
from app.office import wording
from app.services import accounts, desk
from app.store.models import ADMIN_ROLE
from ui.berkas import install_archive_button
from ui.common import icon
from ui.forms.ui_password_dialog import Ui_PasswordDialog
from ui.forms.ui_user_admin import Ui_UserAdmin
from ui.forms.ui_user_dialog import Ui_UserDialog

COLUMNS = ("Nama pengguna", "Nama lengkap", "NIP", "Jabatan", "Peran", "Status",
           "Login terakhir")


def _error_style(label, ok: bool = False) -> None:
    label.setStyleSheet("color: #1b6e20;" if ok else "color: #b3261e;")


def _lane_names() -> dict[str, str]:
    return desk.lane_choices() | {ADMIN_ROLE: _("Administrator")}


class UserDialog(QDialog):
    """Add an account (`row` None) or edit one. The edit carries the version it was loaded
    at, so a change made meanwhile elsewhere is refused, never overwritten."""

    def __init__(self, actor, row: accounts.AccountRow | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.actor, self.row = actor, row
        self.ui = Ui_UserDialog()
        self.ui.setupUi(self)
        ui = self.ui
        for key, name in _lane_names().items():
            item = QListWidgetItem(name, ui.lanes_list)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setCheckState(Qt.CheckState.Checked if row and key in row.lanes
                               else Qt.CheckState.Unchecked)
        ui.button_box.button(QDialogButtonBox.StandardButton.Save).setText(_("Simpan"))
        ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Batal"))
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        if row is not None:
            self.setWindowTitle(_("Ubah Akun {u}").format(u=row.username))
            ui.username_edit.setText(row.username)
            ui.username_edit.setReadOnly(True)
            ui.full_name_edit.setText(row.full_name)
            ui.nip_edit.setText(row.nip)
            ui.jabatan_edit.setText(row.jabatan)
            ui.active_check.setChecked(row.active)
            ui.password_label.hide()
            ui.password_edit.hide()
        else:
            self.setWindowTitle(_("Tambah Pengguna"))

    def lanes(self) -> list[str]:
        items = (self.ui.lanes_list.item(i) for i in range(self.ui.lanes_list.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        ui = self.ui
        valid = set(desk.lane_choices())
        try:
            if self.row is None:
                accounts.create_user(ui.username_edit.text(), ui.full_name_edit.text().strip(),
                                     ui.password_edit.text(), self.lanes(), valid_lanes=valid,
                                     nip=ui.nip_edit.text().strip() or None,
                                     jabatan=ui.jabatan_edit.text().strip() or None,
                                     actor=self.actor)
            else:
                accounts.update_user(self.row.id, expected_version=self.row.row_version,
                                     valid_lanes=valid, full_name=ui.full_name_edit.text().strip(),
                                     nip=ui.nip_edit.text().strip(),
                                     jabatan=ui.jabatan_edit.text().strip(), lanes=self.lanes(),
                                     active=ui.active_check.isChecked(), actor=self.actor)
        except PengaduanError as exc:  # what the user typed stays in the form
            _error_style(ui.error_label)
            ui.error_label.setText(str(exc))
            return
        self.accept()


class PasswordDialog(QDialog):
    """Ganti Kata Sandi (own: the old one is asked) or an administrator's reset."""

    def __init__(self, actor, user_id: int, username: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor, self.user_id = actor, user_id
        self.ui = Ui_PasswordDialog()
        self.ui.setupUi(self)
        self.own = actor.id == user_id
        if not self.own:
            self.setWindowTitle(_("Atur Ulang Kata Sandi {u}").format(u=username))
            self.ui.old_password_label.hide()
            self.ui.old_password_edit.hide()
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).setText(_("Simpan"))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Batal"))
        self.ui.button_box.accepted.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)

    def save(self) -> None:
        ui = self.ui
        if ui.new_password_edit.text() != ui.confirm_edit.text():
            _error_style(ui.error_label)
            ui.error_label.setText(_("Kedua kata sandi tidak sama."))
            return
        try:
            accounts.change_password(self.user_id, ui.new_password_edit.text(),
                                     old_password=ui.old_password_edit.text() if self.own
                                     else None, actor=self.actor)
        except PengaduanError as exc:
            _error_style(ui.error_label)
            ui.error_label.setText(str(exc))
            return
        self.accept()


class UserAdminPanel(QGroupBox):
    """The account list with add, edit, reset password and unlock."""

    changed = Signal()

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.ui = Ui_UserAdmin()
        self.ui.setupUi(self)
        table = self.ui.users_table
        table.setColumnCount(len(COLUMNS))
        table.setHorizontalHeaderLabels([_(c) for c in COLUMNS])
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        self.rows: list[accounts.AccountRow] = []
        self.dialog: QDialog | None = None
        for button, name in ((self.ui.add_button, "fa5s.user-plus"),
                             (self.ui.edit_button, "fa5s.user-edit"),
                             (self.ui.reset_password_button, "fa5s.key"),
                             (self.ui.unlock_button, "fa5s.unlock")):
            button.setIcon(icon(name))
        self.ui.add_button.clicked.connect(self.add_user)
        self.ui.edit_button.clicked.connect(self.edit_user)
        self.ui.reset_password_button.clicked.connect(self.reset_password)
        self.ui.unlock_button.clicked.connect(self.unlock)
        table.doubleClicked.connect(lambda _i: self.edit_user())
        self.arsip_button = install_archive_button(self)  # the yearly archive (issue 19)

    def refresh(self) -> None:
        self.rows = accounts.list_accounts(self.session.user)
        names = _lane_names()
        table = self.ui.users_table
        table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            status = (_("Terkunci") if row.locked_until and row.locked_until > accounts.now()
                      else _("Aktif") if row.active else _("Nonaktif"))
            values = (row.username, row.full_name, row.nip, row.jabatan,
                      ", ".join(names.get(k, k) for k in row.lanes), status,
                      wording.short_datetime(row.last_login) or "-")
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)  # whole, where Jabatan has to shorten
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        self._fit_width()

    def _fit_width(self) -> None:
        """Every column whole but Jabatan, which gives up what the table lacks (down to
        a readable minimum), so Login terakhir is not pushed out of sight at 1280 px."""
        table = self.ui.users_table
        jabatan = COLUMNS.index("Jabatan")
        table.resizeColumnToContents(jabatan)
        total = sum(table.columnWidth(c) for c in range(table.columnCount()))
        lack = total - table.viewport().width()
        if lack > 0:
            table.setColumnWidth(jabatan, max(160, table.columnWidth(jabatan) - lack))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.rows:
            self._fit_width()

    def selected(self) -> accounts.AccountRow | None:
        index = self.ui.users_table.currentRow()
        if 0 <= index < len(self.rows):
            return self.rows[index]
        self._message(_("Pilih satu pengguna dulu."))
        return None

    def _message(self, text: str, ok: bool = False) -> None:
        _error_style(self.ui.message_label, ok)
        self.ui.message_label.setText(text)

    def _open(self, dialog: QDialog, done: str) -> QDialog:
        """Window-modal, never exec(): the main window keeps refreshing behind it."""
        self.dialog = dialog
        dialog.accepted.connect(lambda: (self._message(done, ok=True), self.refresh(),
                                         self.changed.emit()))
        dialog.open()
        return dialog

    def add_user(self) -> QDialog:
        return self._open(UserDialog(self.session.user, None, self), _("Pengguna ditambahkan."))

    def edit_user(self) -> QDialog | None:
        row = self.selected()
        if row is None:
            return None
        return self._open(UserDialog(self.session.user, row, self),
                          _("Akun {u} diperbarui.").format(u=row.username))

    def reset_password(self) -> QDialog | None:
        row = self.selected()
        if row is None:
            return None
        return self._open(PasswordDialog(self.session.user, row.id, row.username, self),
                          _("Kata sandi {u} diatur ulang.").format(u=row.username))

    def unlock(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            accounts.unlock(row.id, actor=self.session.user)
        except PengaduanError as exc:
            self._message(str(exc))
            return
        self._message(_("Akun {u} dapat dipakai lagi.").format(u=row.username), ok=True)
        self.refresh()


def install_settings_sections(page) -> None:
    """Add to the Pengaturan page: 'Ubah Basis Data...', 'Ganti Kata Sandi...' and, for an
    administrator, the user list."""
    from ui.connection_dialog import ConnectionDialog

    session = page.session

    def open_connection() -> QDialog:
        from app.store import connection

        dialog = ConnectionDialog(session.runner, connection.configured(), page)
        dialog.saved.connect(lambda _url: page.window().statusBar().showMessage(_(
            "Pengaturan basis data disimpan; berlaku setelah program dibuka ulang."), 15000))
        page.connection_dialog = dialog
        dialog.open()
        return dialog

    def open_password() -> QDialog:
        user = session.user
        dialog = PasswordDialog(user, user.id, user.username, page)
        page.password_dialog = dialog
        dialog.open()
        return dialog

    page.open_connection_dialog, page.open_password_dialog = open_connection, open_password
    page.connection_button = QPushButton(icon("fa5s.database"), _("Ubah Basis Data..."))
    page.connection_button.clicked.connect(open_connection)
    page.ui.database_form.addRow("", page.connection_button)
    page.password_button = QPushButton(icon("fa5s.key"), _("Ganti Kata Sandi..."))
    page.password_button.clicked.connect(open_password)
    page.ui.account_form.addRow("", page.password_button)
    page.user_admin = None
    if session.user.is_admin:
        page.user_admin = UserAdminPanel(session, page)
        index = page.ui.main_layout.indexOf(page.ui.account_group) + 1
        page.ui.main_layout.insertWidget(index, page.user_admin)
