"""Small pieces every screen shares: the bridge from Designer texts to `_()`, icons,
colours of deadline states, formatting, and non-blocking messages."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from app.i18n import _
from app.office import deadlines

# Deadline states: red for overdue, amber for due soon (text colour, background tint).
STATE_COLORS = {
    deadlines.OVERDUE: (QColor("#b3261e"), QColor("#fde7e7")),
    deadlines.DUE_SOON: (QColor("#8a5300"), QColor("#fff3d6")),
}
ERROR_STYLE = "color: #b3261e; font-weight: bold;"
OK_STYLE = "color: #1b6e20;"
TITLE_STYLE = "font-size: 16pt; font-weight: bold; color: #1f3b63;"


class GettextTranslator(QTranslator):
    """Makes the texts compiled from the Designer forms go through `_()`, the program's one
    translation mechanism (uic emits QCoreApplication.translate calls)."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        return _(source_text) if source_text else source_text

    def isEmpty(self):
        return False


def icon(name: str, color: str = "#1f3b63") -> QIcon:
    """A Font Awesome icon ("fa5s.inbox"), drawn by ui.icons from qtawesome's font file
    (qtawesome itself is imported only for what that cannot draw); an empty icon if no
    font can load (never fatal)."""
    from ui.icons import glyph_icon

    try:
        return glyph_icon(name, color)
    except LookupError:
        pass
    try:
        import qtawesome

        return qtawesome.icon(name, color=color)
    except Exception:  # noqa: BLE001 - a missing icon font must not stop the program
        return QIcon()


def fit_columns(view, samples: dict[int, str], stretch: int) -> None:
    """Column widths from the widest typical text in the view's font (the lazy register
    cannot measure its 100k rows); `stretch` takes the remaining width."""
    from PySide6.QtWidgets import QHeaderView

    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    bold = header.fontMetrics()
    for column, sample in samples.items():
        title = view.model().headerData(column, Qt.Orientation.Horizontal) or ""
        width = max(metrics.horizontalAdvance(sample), bold.horizontalAdvance(title) + 16) + 18
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        view.setColumnWidth(column, width)
    header.setStretchLastSection(False)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(60)


def show_error(label: QLabel, text: str) -> None:
    label.setStyleSheet(ERROR_STYLE)
    label.setText(text)
    label.setVisible(bool(text))


def show_ok(label: QLabel, text: str) -> None:
    label.setStyleSheet(OK_STYLE)
    label.setText(text)
    label.setVisible(bool(text))


def style_title(label: QLabel) -> None:
    label.setStyleSheet(TITLE_STYLE)


def notify(parent: QWidget | None, title: str, text: str, *, error: bool = False) -> QMessageBox:
    """A message that never blocks (window-modal, opened with open()); tests read it back."""
    box = QMessageBox(QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information,
                      title, text, parent=parent)
    box.addButton(_("Tutup"), QMessageBox.ButtonRole.AcceptRole)
    box.open()
    return box


class Failed(Exception):
    """Raised by `guarded` after the user has been told what went wrong."""


def database_error_text(exc: Exception) -> str:
    return _("Basis data tidak dapat dihubungi atau menolak perintah ({e}). Isian Anda tidak "
             "hilang: periksa jaringan atau server, lalu coba lagi.").format(
                 e=str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__)


def guarded(label: QLabel, work, *args, **kwargs):
    """Call one service; on an expected error show its Indonesian message in `label` (the
    form keeps what the user typed) and raise Failed. A database error also drops the
    broken connection so the next try reconnects."""
    from app.errors import PengaduanError
    from app.store.db import DATABASE_ERRORS

    try:
        result = work(*args, **kwargs)
    except PengaduanError as exc:
        show_error(label, str(exc))
        raise Failed(str(exc)) from exc
    except DATABASE_ERRORS as exc:
        show_error(label, database_error_text(exc))
        _reconnect_quietly()
        raise Failed(str(exc)) from exc
    show_error(label, "")
    return result


def _reconnect_quietly() -> None:
    import logging

    from app.services import desk

    try:
        desk.reconnect()
    except Exception as exc:  # noqa: BLE001 - still offline; the next attempt retries
        logging.getLogger(__name__).warning("belum dapat tersambung kembali: %s", exc)
