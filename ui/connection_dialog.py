"""The database dialog: the local SQLite file or the office's PostgreSQL server, "Tes
Koneksi" off the GUI thread, and saving (password into the OS keyring, the rest into
config.json via app.store.connection). Shown at first start when this workstation has no
configuration, and from Pengaturan > Basis Data."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from app.i18n import _
from app.paths import user_data_dir
from app.store import connection
from app.store.connection import SSL_MODES, ConnectionSettings
from ui.common import icon
from ui.forms.ui_connection_dialog import Ui_ConnectionDialog
from ui.worker import TaskRunner


class ConnectionDialog(QDialog):
    """`saved(url)` after the settings are stored; the URL carries no password."""

    saved = Signal(str)
    tested = Signal(bool, str)

    def __init__(self, runner: TaskRunner, current: ConnectionSettings | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self.ui = Ui_ConnectionDialog()
        self.ui.setupUi(self)
        self.setWindowIcon(icon("fa5s.database"))
        self.ui.sslmode_combo.addItems(SSL_MODES)
        self.ui.test_button.setIcon(icon("fa5s.plug"))
        self.ui.sqlite_radio.toggled.connect(self._kind_changed)
        self.ui.browse_button.clicked.connect(self._browse)
        self.ui.test_button.clicked.connect(self.run_test)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).setText(_("Simpan"))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Batal"))
        self.ui.button_box.accepted.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)
        self.set_settings(current or ConnectionSettings(
            sqlite_path=str(user_data_dir() / "pengaduan.db")))
        self.last_result: tuple[bool, str] | None = None

    def set_settings(self, s: ConnectionSettings) -> None:
        ui = self.ui
        (ui.postgres_radio if s.kind == "postgresql" else ui.sqlite_radio).setChecked(True)
        ui.sqlite_path_edit.setText(s.sqlite_path)
        ui.host_edit.setText(s.host)
        ui.port_spin.setValue(s.port)
        ui.database_edit.setText(s.database)
        ui.user_edit.setText(s.user)
        ui.sslmode_combo.setCurrentText(s.sslmode)
        if s.kind == "postgresql":
            ui.password_edit.setText(connection.stored_password(s) or "")
        self._kind_changed()

    def settings(self) -> ConnectionSettings:
        ui = self.ui
        return ConnectionSettings(
            kind="sqlite" if ui.sqlite_radio.isChecked() else "postgresql",
            sqlite_path=ui.sqlite_path_edit.text().strip(), host=ui.host_edit.text().strip(),
            port=ui.port_spin.value(), database=ui.database_edit.text().strip(),
            user=ui.user_edit.text().strip(), sslmode=ui.sslmode_combo.currentText())

    def _kind_changed(self) -> None:
        sqlite = self.ui.sqlite_radio.isChecked()
        self.ui.sqlite_group.setEnabled(sqlite)
        self.ui.postgres_group.setEnabled(not sqlite)
        self.ui.result_label.clear()

    def _browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, _("Berkas SQLite"), self.ui.sqlite_path_edit.text(),
            _("Basis data SQLite (*.db)"), options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.ui.sqlite_path_edit.setText(path)

    def run_test(self) -> None:
        """Tes Koneksi, in the background: a silent server must not freeze the window."""
        settings, password = self.settings(), self.ui.password_edit.text()
        self.ui.test_button.setEnabled(False)
        self._show(None, _("Menghubungi..."))
        self.runner.run(lambda _p: connection.test_connection(settings, password),
                        on_done=lambda result: self._tested(*result),
                        on_error=lambda exc: self._tested(False, str(exc)))

    def _tested(self, ok: bool, message: str) -> None:
        self.ui.test_button.setEnabled(True)
        self.last_result = (ok, message)
        self._show(ok, message)
        self.tested.emit(ok, message)

    def _show(self, ok: bool | None, message: str) -> None:
        color = {True: "#1b6e20", False: "#b3261e", None: "#555"}[ok]
        self.ui.result_label.setStyleSheet(f"color: {color};")
        self.ui.result_label.setText(message)

    def save(self) -> None:
        """Refuses what cannot work (a network share, an empty path or server); a server
        that is merely unreachable now may still be saved: it may be switched off."""
        s = self.settings()
        if s.kind == "sqlite":
            ok, message = connection.test_connection(s)  # local, quick
            if not ok:
                self._show(False, message)
                return
        elif not s.host or not s.database or not s.user:
            self._show(False, _("Server, basis data dan pengguna wajib diisi."))
            return
        from keyring.errors import KeyringError

        try:
            connection.save(s, self.ui.password_edit.text() or None)
        except KeyringError as exc:
            self._show(False, _("Brankas kata sandi sistem operasi tidak dapat dipakai ({e}); "
                                "pengaturan tidak disimpan.").format(e=exc))
            return
        self.saved.emit(s.url())
        self.accept()
