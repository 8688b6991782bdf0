"""Small pieces every screen shares: the bridge from Designer texts to `_()`, icons,
colours of deadline states, formatting, and non-blocking messages."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QColor, QIcon, QKeySequence, QShortcut
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


def confirm_keys(dialog: QWidget, slot) -> None:
    """Ctrl+Enter (either Enter key) confirms `dialog` from any of its fields, the
    multi-line ones too, where a plain Enter starts a new line."""
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        shortcut = QShortcut(QKeySequence(Qt.KeyboardModifier.ControlModifier | key), dialog)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)


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


def fit_tree_columns(tree, limits: dict[int, int] | None = None) -> None:
    """Every column of `tree` but the last (which takes what is left) as wide as its widest
    text, header included, so nothing is cut; a column in `limits` no wider than that (a
    long file name elides; its item carries the whole name as a tooltip)."""
    for column in range(tree.columnCount() - 1):
        tree.resizeColumnToContents(column)
        cap = (limits or {}).get(column)
        if cap and tree.columnWidth(column) > cap:
            tree.setColumnWidth(column, cap)


def fit_lines(label: QLabel, text: str, lines: int = 2) -> None:
    """Show `text` in `label` in at most `lines` wrapped lines, the label always that high,
    so what sits below it never moves as the text or the window's width changes; a longer
    text ends in "…" and is whole in the tooltip. Call again on resize with label.toolTip()."""
    metrics = label.fontMetrics()
    margins = label.contentsMargins()
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setFixedHeight(lines * metrics.lineSpacing() + margins.top() + margins.bottom() + 2)
    label.setToolTip(text)
    width = max(label.width() - margins.left() - margins.right(), 40)

    def height(shown: str) -> int:
        return metrics.boundingRect(0, 0, width, 10_000, Qt.TextFlag.TextWordWrap, shown).height()

    limit = (lines + 0.5) * metrics.lineSpacing()  # n lines measure a little over n spacings
    if height(text) <= limit:
        label.setText(text)
        return
    low, high = 0, len(text)  # the longest start of the text that fits with "…"
    while low < high:
        middle = (low + high + 1) // 2
        if height(text[:middle].rstrip() + "…") <= limit:
            low = middle
        else:
            high = middle - 1
    label.setText(text[:low].rstrip() + "…")
