"""The Pengaturan page's two office lists, edited in place: who signs each naskah (per lane)
and the office's divisions (where a complaint is forwarded, found by key words in the name
of the party complained about). Each gives its value in the stored form; the checks are
app.services.office_lists', run when the page saves."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.i18n import _
from ui.common import icon

SIGNATORY_COLUMNS = ("Jabatan dalam SOP", "Jabatan (dicetak)", "Nama", "NIP")
SIGNATORY_KEYS = ("jabatan", "nama", "nip")
DIVISION_COLUMNS = ("Kode", "Nama divisi atau unit", "Jabatan kepala (tujuan nota dinas)",
                    "Kata kunci (dipisah koma)")
DIVISION_KEYS = ("kode", "nama", "jabatan", "kata_kunci")
_EDITING = (QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed)


def _table(parent: QWidget, name: str, accessible: str, columns) -> QTableWidget:
    table = QTableWidget(0, len(columns), parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels([_(c) for c in columns])
    table.verticalHeader().hide()
    table.setEditTriggers(_EDITING)
    return table


def _fit_height(table: QTableWidget, rows: int) -> None:
    """As tall as `rows` rows: the page scrolls, not the table inside it."""
    table.resizeRowsToContents()
    shown = sum(table.rowHeight(r) for r in range(min(rows, table.rowCount())))
    shown += table.verticalHeader().defaultSectionSize() * max(0, rows - table.rowCount())
    table.setFixedHeight(table.horizontalHeader().sizeHint().height() + shown
                         + 2 * table.frameWidth() + 4)


def _note(parent: QWidget, text: str) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555;")
    return label


class SignatoriesGroup(QGroupBox):
    """Penandatangan naskah: the title, name and NIP printed under each lane's signature."""

    def __init__(self, lanes: dict[str, str], parent: QWidget | None = None):
        super().__init__(_("Penandatangan naskah"), parent)
        self.setObjectName("signatories_group")
        self.lanes = lanes
        self.table = _table(self, "signatories_table", _("Penandatangan naskah per jabatan"),
                            SIGNATORY_COLUMNS)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, sample in ((2, "Dr. Harun Sulianto, S.H., M.H."),
                               (3, "198704012010012001")):  # a name, an 18-digit NIP
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, self.fontMetrics().horizontalAdvance(sample) + 24)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(_note(self, _(
            "Nama dikosongkan: naskah mencetak nama pengguna yang memegang jabatan itu saat "
            "naskah dibuat. Klik dua kali sel untuk mengubahnya.")))
        self.loaded: dict = {}

    def fill(self, signatories: dict) -> None:
        self.loaded = signatories
        table = self.table
        table.setRowCount(len(signatories))
        for row, (lane, entry) in enumerate(signatories.items()):
            lane_item = QTableWidgetItem(self.lanes.get(lane, lane))
            lane_item.setData(Qt.ItemDataRole.UserRole, lane)
            lane_item.setFlags(lane_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(row, 0, lane_item)
            for column, key in enumerate(SIGNATORY_KEYS, start=1):
                table.setItem(row, column, QTableWidgetItem(entry.get(key, "")))
        _fit_height(table, len(signatories))

    def value(self) -> dict:
        table, result = self.table, {}
        for row in range(table.rowCount()):
            lane = table.item(row, 0).data(Qt.ItemDataRole.UserRole)
            entry = dict(self.loaded.get(lane, {}))  # what this page does not show stays
            for column, key in enumerate(SIGNATORY_KEYS, start=1):
                entry[key] = table.item(row, column).text().strip()
            result[lane] = entry
        return result

    def set_editable(self, on: bool) -> None:
        self.table.setEditTriggers(_EDITING if on else
                                   QAbstractItemView.EditTrigger.NoEditTriggers)


class DivisionsGroup(QGroupBox):
    """Divisi terkait: the office's divisions and units, a row each, added and removed."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(_("Divisi dan unit kerja (tujuan penerusan pengaduan)"), parent)
        self.setObjectName("divisions_group")
        self.table = _table(self, "divisions_table", _("Daftar divisi dan unit kerja"),
                            DIVISION_COLUMNS)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(icon("fa5s.plus"), _("Tambah Baris"), self)
        self.add_button.setObjectName("division_add_button")
        self.remove_button = QPushButton(icon("fa5s.minus"), _("Hapus Baris"), self)
        self.remove_button.setObjectName("division_remove_button")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(_note(self, _(
            "Kata kunci: kata utuh pada nama pihak yang diadukan yang menunjuk divisi itu "
            "(mis. Lapas, Rutan). Sebuah divisi yang dihapus tidak lagi ditawarkan untuk "
            "pengaduan baru.")))

    def fill(self, divisions: list) -> None:
        self.table.setRowCount(0)
        for division in divisions:
            self.add_row(division)

    def add_row(self, division: dict | None = None) -> None:
        division = division if isinstance(division, dict) else {}
        table = self.table
        row = table.rowCount()
        table.insertRow(row)
        for column, key in enumerate(DIVISION_KEYS):
            value = division.get(key, [] if key == "kata_kunci" else "")
            text = ", ".join(value) if key == "kata_kunci" else str(value)
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(row, column, item)
        _fit_height(table, max(table.rowCount(), 3))
        if division == {}:
            table.setCurrentCell(row, 0)

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def value(self) -> list:
        result = []
        for row in range(self.table.rowCount()):
            texts = [(self.table.item(row, c).text() if self.table.item(row, c) else "").strip()
                     for c in range(len(DIVISION_KEYS))]
            if not any(texts):
                continue  # an empty row added and left
            entry = dict(zip(DIVISION_KEYS, texts, strict=True))
            entry["kata_kunci"] = [w.strip() for w in texts[3].split(",") if w.strip()]
            result.append(entry)
        return result

    def set_editable(self, on: bool) -> None:
        self.table.setEditTriggers(_EDITING if on else
                                   QAbstractItemView.EditTrigger.NoEditTriggers)
        self.add_button.setVisible(on)
        self.remove_button.setVisible(on)
