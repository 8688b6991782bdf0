"""Start of the desktop program: logging, the global exception hook, the database, the
first-start setup, login and the main window. `pengaduan` with no command lands here."""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

# The Qt-free part of the start-up (the services, peewee, the database drivers) before
# PySide6: PySide6 reads the source of every module imported after it (its __feature__
# support looks for "PySide6" in each), ~20 ms for these at every start.
import app.reports.register_export  # noqa: F401
import app.services.casefile  # noqa: F401
import app.services.desk  # noqa: F401
import app.services.tasks  # noqa: F401
import app.store.db  # noqa: F401
from app.i18n import _
from app.paths import APP_NAME, user_data_dir

# isort: split
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger("ui")
_translator = None  # kept alive for the application's lifetime


def log_path() -> Path:
    folder = user_data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "pengaduan.log"


def setup_logging(path: Path | None = None) -> Path:
    """A rotating log in the user's data directory (1 MB x 5 files)."""
    path = path or log_path()
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.set_name("pengaduan")
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for old in [h for h in root.handlers if h.get_name() == "pengaduan"]:
        root.removeHandler(old)  # one log file at a time
        old.close()
    root.addHandler(handler)
    return path


def unexpected_error_text(exc: BaseException, path: Path | str) -> str:
    from app.errors import PengaduanError
    from app.store.db import DATABASE_ERRORS

    if isinstance(exc, PengaduanError):  # e.g. a full disk: its own message says what to do
        return _("{m}\nRincian dicatat di:\n{p}").format(m=exc, p=path)
    if isinstance(exc, DATABASE_ERRORS):
        return _("Basis data tidak dapat dihubungi atau menolak perintah. Periksa jaringan "
                 "atau server, lalu tekan F5. Rincian dicatat di:\n{p}").format(p=path)
    return _("Terjadi kesalahan yang tidak terduga. Isian yang belum disimpan tetap ada di "
             "jendelanya. Rincian untuk petugas TI dicatat di:\n{p}").format(p=path)


def install_excepthook(path: Path, parent_of=lambda: None, show=None) -> None:
    """Uncaught exceptions: the trace goes to the log, the user gets a short Indonesian
    message (non-blocking, so a burst of errors never stacks modal loops)."""

    def show_box(text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, _("Kesalahan"), text, parent=parent_of())
        box.addButton(_("Tutup"), QMessageBox.ButtonRole.AcceptRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    show = show or show_box

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("kesalahan tak tertangani:\n%s",
                  "".join(traceback.format_exception(exc_type, exc, tb)))
        try:
            show(unexpected_error_text(exc, path))
        except Exception:  # noqa: BLE001 - the hook itself must never raise
            log.exception("pesan kesalahan tidak dapat ditampilkan")

    sys.excepthook = hook


# The light scheme, pinned. The screens draw fixed colours on the window's background (page
# titles and icons in dark navy, the red/amber deadline tints, the navy navigation bar), and
# Fusion would otherwise follow Windows' dark setting under them: navy on near-black. One
# light look everywhere is the deliberate choice (the office's printed forms are light too).
LIGHT = {
    QPalette.ColorRole.Window: "#f0f0f0", QPalette.ColorRole.WindowText: "#000000",
    QPalette.ColorRole.Base: "#ffffff", QPalette.ColorRole.AlternateBase: "#f5f5f5",
    QPalette.ColorRole.ToolTipBase: "#ffffdc", QPalette.ColorRole.ToolTipText: "#000000",
    QPalette.ColorRole.PlaceholderText: "#6e6e6e", QPalette.ColorRole.Text: "#000000",
    QPalette.ColorRole.Button: "#f0f0f0", QPalette.ColorRole.ButtonText: "#000000",
    QPalette.ColorRole.BrightText: "#ffffff", QPalette.ColorRole.Light: "#ffffff",
    QPalette.ColorRole.Midlight: "#e3e3e3", QPalette.ColorRole.Mid: "#a0a0a0",
    QPalette.ColorRole.Dark: "#a0a0a0", QPalette.ColorRole.Shadow: "#696969",
    QPalette.ColorRole.Highlight: "#3d6aa8", QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#1f3b63", QPalette.ColorRole.LinkVisited: "#5b3b8c",
}
LIGHT_DISABLED = {QPalette.ColorRole.WindowText: "#787878", QPalette.ColorRole.Text: "#787878",
                  QPalette.ColorRole.ButtonText: "#787878",
                  QPalette.ColorRole.Highlight: "#c0c0c0",
                  QPalette.ColorRole.Base: "#f0f0f0"}


def light_palette() -> QPalette:
    """The program's palette: every role set, so a change of the system's theme while the
    program runs cannot bring dark colours back in."""
    palette = QPalette()
    roles = dict(LIGHT)
    if hasattr(QPalette.ColorRole, "Accent"):  # Qt >= 6.6 draws some highlights with it
        roles[QPalette.ColorRole.Accent] = LIGHT[QPalette.ColorRole.Highlight]
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role, colour in LIGHT_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def pin_light_scheme(app: QApplication) -> None:
    """Light colours whatever Windows' "dark mode" says: the colour scheme asked of the
    platform (Qt >= 6.8: Windows then also draws light title bars) and the palette."""
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(Qt.ColorScheme.Light)
    app.setPalette(light_palette())
    icons = sys.modules.get("ui.icons")
    if icons is not None:  # icons drawn before took their disabled colour from the old palette
        icons._cache.clear()


def make_application(argv: list[str] | None = None) -> QApplication:
    global _translator
    from ui.qt_strings import QtStrings

    app = QApplication.instance()
    if app is None:
        # Fusion as the style Qt creates in the first place (the option wins over
        # QT_STYLE_OVERRIDE, as setStyle did): touching the style from Python, even by
        # setStyle("Fusion"), makes PySide build its QStyle class, ~5 ms of every start.
        app = QApplication([*(argv or sys.argv[:1]), "-style", "fusion"])
    else:
        app.setStyle("Fusion")
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    pin_light_scheme(app)
    font = QFont(app.font())
    if font.pointSize() < 10:
        font.setPointSize(10)
    app.setFont(font)
    if _translator is None:
        _translator = QtStrings(app)  # Qt's own texts too (its dialogs, buttons, menus)
        app.installTranslator(_translator)
    return app


def first_run_connection() -> bool:
    """On a workstation with no database configured (and no PENGADUAN_DB_URL), ask where
    the data lives: this computer's SQLite file or the office server. False: cancelled."""
    import os

    from app.store import connection
    from app.store.db import ENV_URL
    from ui.connection_dialog import ConnectionDialog
    from ui.worker import TaskRunner

    if os.environ.get(ENV_URL) or connection.configured() is not None:
        return True
    if (user_data_dir() / "pengaduan.db").exists():
        return True  # an installation from before this dialog: keep using its file
    dialog = ConnectionDialog(TaskRunner(QApplication.instance()))
    return dialog.exec() == ConnectionDialog.DialogCode.Accepted


def run_gui(args) -> int:
    """Open the database (--db URL or the default), log in, show the main window; after
    "Keluar Akun" the login comes back. Returns the exit code."""
    from app.errors import PengaduanError
    from app.services import desk, sop_versions
    from app.store.db import default_url, open_database
    from ui.login import LoginDialog, SetupDialog
    from ui.main_window import MainWindow, Session
    from ui.worker import TaskRunner

    path = setup_logging()
    app = make_application()
    holder: dict[str, QWidget | None] = {"window": None}
    install_excepthook(path, lambda: holder["window"])
    if not getattr(args, "db", None) and not first_run_connection():
        return 0
    url = getattr(args, "db", None) or default_url()
    try:
        open_database(url)
        sop = sop_versions.current_sop()
    except Exception as exc:  # noqa: BLE001 - any failure here is shown, then we stop
        log.exception("basis data tidak dapat dibuka")
        text = str(exc) if isinstance(exc, PengaduanError) else _(
            "Basis data tidak dapat dibuka: {e}").format(e=exc)
        QMessageBox.critical(None, _("Basis data"), text)
        return 1
    runner = TaskRunner(app)
    if not desk.has_users():
        setup = SetupDialog(runner)
        setup.setup_finished.connect(lambda text: QMessageBox.information(
            None, _("Persiapan selesai"), text))
        if setup.exec() != SetupDialog.DialogCode.Accepted:
            return 0
    while True:
        login = LoginDialog(url)
        if login.exec() != LoginDialog.DialogCode.Accepted or login.user is None:
            return 0
        sop = sop_versions.current_sop()  # adopted meanwhile by an administrator, perhaps
        session = Session(user=login.user, db_url=url, runner=runner,
                          lanes=desk.lane_choices(),
                          sop_text=f"{sop.name} ({sop.number})", log_path=str(path),
                          sop_notice=desk.sop_notice(login.user))
        window = MainWindow(session, QSettings())
        holder["window"] = window
        window.show()
        window.start_live()  # changes from other workstations, and the outage banner
        window.start_reminders()  # due today and late, now and at the daily time
        app.exec()
        holder["window"] = None
        if not window.logout_requested:
            return 0
