"""Pengaturan: every office setting edited in the program by an administrator (identity,
the kop's logo, number patterns with the next number shown as typed, warning thresholds,
who sees a confidential reporter, this computer's scan folder), saved at once through
app.services.settings_form (every problem listed, all or nothing, audited old -> new);
everyone else sees the same values read-only. Below: database, account, user administration."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSize, Qt, QTime
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QSpinBox,
    QTimeEdit,
    QTreeWidgetItem,
    QWidget,
)

from app.config import config_path
from app.errors import PengaduanError
from app.i18n import _
from app.office import timefmt, wording
from app.office.vocab import DOC_TYPES
from app.office.zones import ZONES
from app.services import desk, office_lists, settings, settings_form
from app.store import clock
from app.store.db import describe_url
from ui.common import Failed, guarded, icon, show_error, show_ok, style_title
from ui.forms.ui_settings_page import Ui_SettingsPage

# line edit (object name prefix) -> setting
IDENTITY = {"ministry": "office_ministry", "office_name": "office_name",
            "office_address": "office_address", "office_city": "office_city",
            "office_phone": "office_phone", "office_fax": "office_fax",
            "office_web": "office_web", "office_email": "office_email",
            "office_code": "office_code"}
# Thresholds and limits, shown when this version declares them: setting -> (caption,
# suffix or check text, lowest, highest, decimals).
THRESHOLDS = {
    "due_soon_step_percent": ("Peringatan langkah:", " % waktu baku langkah terpakai",
                              10, 100, 0),
    "due_soon_step_minutes": ("Peringatan langkah:", " menit kerja tersisa", 0, 450, 0),
    "due_soon_days": ("Peringatan batas penyelesaian:", " hari kerja tersisa", 0, 30, 1),
    "reminders_enabled": ("Pengingat:", "Tampilkan tugas hari ini dan yang terlambat saat "
                                        "masuk dan setiap hari pada jam pengingat", 0, 0, 0),
    "reminder_time": ("Jam pengingat harian:", "", 0, 0, 0),
    "attachment_max_mb": ("Ukuran lampiran terbesar:", " MB", 0.1, 500, 1),
}
LABELS = {  # setting -> its name in an error message
    "office_ministry": "Kementerian", "office_name": "Nama kantor", "office_address": "Alamat",
    "office_city": "Kota", "office_phone": "Telepon", "office_fax": "Faksimili",
    "office_web": "Situs web", "office_email": "Surel", "office_code": "Kode kantor",
    "office_zone": "Zona waktu kantor", "register_pattern": "Pola nomor register",
    "document_patterns": "Pola nomor naskah", "document_classification": "Kode klasifikasi",
    "confidential_viewers": "Pelapor rahasia terlihat oleh",
    "signatories": "Penandatangan naskah", "tiers": "Tingkat pengaduan",
    "divisi_terkait": "Divisi dan unit kerja",
}
OK_COLOUR, ERROR_COLOUR = "#1b6e20", "#b3261e"


class SettingsPage(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.ui = ui = Ui_SettingsPage()
        ui.setupUi(self)
        style_title(ui.title_label)
        ui.note_label.setStyleSheet("color: #555;")
        ui.scan_note_label.setStyleSheet("color: #555;")
        ui.pattern_legend_label.setStyleSheet("color: #444;")
        ui.error_label.hide()
        self.editable = bool(session.user.is_admin)
        self.loaded: dict = {}
        self.logo_change = None  # None: unchanged; b"": remove; (name, bytes): new
        self.doc_pattern_edits: dict[str, QLineEdit] = {}
        self.doc_class_edits: dict[str, QLineEdit] = {}
        self.doc_previews: dict[str, QLabel] = {}
        self.threshold_widgets: dict[str, QWidget] = {}
        self._build_document_rows()
        self._build_thresholds()
        self._build_signatories()
        self.ui.tiers_tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                           | QAbstractItemView.EditTrigger.EditKeyPressed
                                           | QAbstractItemView.EditTrigger.SelectedClicked)
        for name, zone in ZONES.items():
            ui.office_zone_combo.addItem(f"{zone.label} ({name}, UTC+{zone.utc_hours})", name)
        for key, name in session.lanes.items():
            item = QListWidgetItem(name, ui.confidential_list)
            item.setData(Qt.ItemDataRole.UserRole, key)
        ui.pattern_legend_label.setText(_legend())
        rows = max(ui.confidential_list.count(), 1)
        ui.confidential_list.setMaximumHeight(ui.confidential_list.sizeHintForRow(0) * rows
                                              + 2 * ui.confidential_list.frameWidth() + 4)
        ui.save_button.setIcon(icon("fa5s.save"))
        ui.revert_button.setIcon(icon("fa5s.undo"))
        ui.logo_choose_button.setIcon(icon("fa5s.image"))
        ui.logo_clear_button.setIcon(icon("fa5s.times"))
        ui.scan_folder_button.setIcon(icon("fa5s.folder-open"))
        ui.save_button.clicked.connect(self.save)
        ui.revert_button.clicked.connect(self.revert)
        ui.logo_choose_button.clicked.connect(self.choose_logo)
        ui.logo_clear_button.clicked.connect(self.clear_logo)
        ui.scan_folder_button.clicked.connect(self.choose_scan_folder)
        for edit in (ui.register_pattern_edit, ui.office_code_edit,
                     *self.doc_pattern_edits.values(), *self.doc_class_edits.values()):
            edit.textChanged.connect(self.update_previews)
        save_key = QShortcut(QKeySequence.StandardKey.Save, self)
        save_key.activated.connect(self.save)
        self._set_editable(self.editable)
        from ui.admin import install_settings_sections

        install_settings_sections(self)  # database dialog, password, user administration

    # ------------------------------------------------------------------ building
    def _build_document_rows(self) -> None:
        grid = self.ui.patterns_grid
        for row, (doc_type, title) in enumerate(DOC_TYPES.items(), start=2):
            caption = QLabel(_(title) + ":")
            pattern, code = QLineEdit(), QLineEdit()
            pattern.setMaxLength(200)
            code.setMaxLength(50)
            caption.setBuddy(pattern)
            code.setAccessibleName(_("Kode klasifikasi {t}").format(t=_(title)))
            preview = QLabel()
            preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            for column, widget in enumerate((caption, pattern, code, preview)):
                grid.addWidget(widget, row, column)
            self.doc_pattern_edits[doc_type] = pattern
            self.doc_class_edits[doc_type] = code
            self.doc_previews[doc_type] = preview
        wide = self.fontMetrics().horizontalAdvance(
            "{nomor_urut:04d}/TELAAH-PENGADUAN/{bulan_romawi}/{tahun}") + 16
        for edit in (self.ui.register_pattern_edit, *self.doc_pattern_edits.values()):
            edit.setMinimumWidth(wide)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        for header in (self.ui.kind_header, self.ui.pattern_header,
                       self.ui.classification_header, self.ui.preview_header):
            header.setStyleSheet("font-weight: bold;")

    def _build_thresholds(self) -> None:
        form = self.ui.working_form
        for key, (caption, suffix, low, high, decimals) in THRESHOLDS.items():
            kind = settings.TYPES.get(key)
            if kind is None:
                continue  # not a setting of this version
            if kind is bool:
                widget = QCheckBox(_(suffix))
            elif key == "reminder_time":
                widget = QTimeEdit()
                widget.setDisplayFormat(timefmt.QT_CLOCK)
            elif kind is int or decimals == 0:
                widget = QSpinBox()
                widget.setRange(int(low), int(high))
                widget.setSuffix(_(suffix))
            else:
                widget = QDoubleSpinBox()
                widget.setDecimals(decimals)
                widget.setRange(low, high)
                widget.setSuffix(_(suffix))
            if not isinstance(widget, QCheckBox):
                widget.setMaximumWidth(self.fontMetrics().horizontalAdvance(
                    "000,0" + _(suffix)) + 60)  # a number, not a line across the page
                widget.setLocale(QLocale(QLocale.Language.Indonesian,
                                         QLocale.Country.Indonesia))  # 1,5 not 1.5
            label = QLabel(_(caption))
            label.setBuddy(widget)
            if isinstance(widget, QCheckBox):
                widget.setAccessibleName(_(caption).rstrip(":"))
            form.addRow(label, widget)
            self.threshold_widgets[key] = widget
            LABELS.setdefault(key, _(caption).rstrip(":"))

    def _build_signatories(self) -> None:
        """Who signs each naskah, and the divisions: tables of ui.settings_lists."""
        from ui.settings_lists import DivisionsGroup, SignatoriesGroup

        self.signatories = SignatoriesGroup(self.session.lanes, self)
        self.divisions = DivisionsGroup(self)
        index = self.ui.main_layout.indexOf(self.ui.numbering_group) + 1
        self.ui.main_layout.insertWidget(index, self.signatories)
        self.ui.main_layout.insertWidget(index + 1, self.divisions)

    def _set_editable(self, on: bool) -> None:
        ui = self.ui
        for prefix in IDENTITY:
            getattr(ui, f"{prefix}_edit").setReadOnly(not on)
        for edit in (ui.register_pattern_edit, ui.scan_folder_edit,
                     *self.doc_pattern_edits.values(), *self.doc_class_edits.values()):
            edit.setReadOnly(not on)
        ui.office_zone_combo.setEnabled(on)
        self.signatories.set_editable(on)
        self.divisions.set_editable(on)
        if not on:
            ui.tiers_tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for widget in self.threshold_widgets.values():
            if isinstance(widget, QCheckBox):
                widget.setEnabled(on)
            else:
                widget.setReadOnly(not on)
        for button in (ui.save_button, ui.revert_button, ui.logo_choose_button,
                       ui.logo_clear_button, ui.scan_folder_button):
            button.setVisible(on)
        for i in range(ui.confidential_list.count()):
            item = ui.confidential_list.item(i)
            flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags if on else flags & ~Qt.ItemFlag.ItemIsUserCheckable)
        ui.note_label.setText(_(
            "Pengaturan kantor berlaku di semua komputer kantor; setiap perubahan dicatat di "
            "jejak audit (nilai lama dan baru). Folder pindaian dan basis data berlaku untuk "
            "komputer ini saja; ukuran jendela disimpan per komputer.") if on else _(
            "Hanya administrator yang dapat mengubah pengaturan kantor; Anda melihatnya tanpa "
            "dapat mengubah."))

    # ------------------------------------------------------------------ showing
    def unsaved(self) -> bool:
        """Whether the administrator changed something not yet saved."""
        return bool(self.loaded) and self.editable and bool(
            self.changes() or self.logo_change is not None
            or self.ui.scan_folder_edit.text().strip() != self.loaded_folder)

    def revert(self) -> None:
        """Batalkan Perubahan: the settings as stored now, edits dropped."""
        self.loaded = {}
        self.refresh()
        show_ok(self.ui.error_label, _("Perubahan dibatalkan; pengaturan seperti tersimpan."))

    def refresh(self) -> None:
        """Show the settings as stored now. Edits not yet saved are kept (the window's
        Muat Ulang, coming back to the page): only Batalkan Perubahan drops them."""
        ui, user = self.ui, self.session.user
        if self.user_admin is not None:
            self.user_admin.refresh()
        if self.unsaved():
            return
        office = settings.current()
        self.office = office
        self.loaded = {key: getattr(office, key) for key in self._keys()}
        for prefix, key in IDENTITY.items():
            getattr(ui, f"{prefix}_edit").setText(getattr(office, key))
        ui.office_zone_combo.setCurrentIndex(ui.office_zone_combo.findData(office.office_zone))
        ui.sop_value.setText(self.session.sop_text)
        ui.register_pattern_edit.setText(settings_form.friendly_pattern(office.register_pattern))
        for doc_type, edit in self.doc_pattern_edits.items():
            edit.setText(settings_form.friendly_pattern(
                office.document_patterns.get(doc_type, "")))
            self.doc_class_edits[doc_type].setText(
                office.document_classification.get(doc_type, ""))
        for key, widget in self.threshold_widgets.items():
            value = getattr(office, key)
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QTimeEdit):
                widget.setTime(QTime.fromString(str(value), "HH:mm"))
            else:
                widget.setValue(value)
        viewers = set(office.confidential_viewers)
        for i in range(ui.confidential_list.count()):
            item = ui.confidential_list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                               in viewers else Qt.CheckState.Unchecked)
        from app.files import scanning

        folder = scanning.inbox_folder()
        self.loaded_folder = str(folder) if folder else ""
        ui.scan_folder_edit.setText(self.loaded_folder)
        self.logo_change = None
        self._show_logo(settings.office_logo_bytes(office), office.office_logo)
        ui.database_value.setText(describe_url(self.session.db_url))
        ui.connection_value.setText(self.session.connection_text)
        ui.config_file_value.setText(str(config_path()))
        ui.log_file_value.setText(self.session.log_path)
        ui.user_value.setText(f"{user.full_name} ({user.username})")
        ui.lanes_value.setText(", ".join(desk.lanes_of(user)) or "-")
        ui.working_hours_value.setText(_(
            "Senin-Kamis 07.30-16.00 (istirahat 12.00-13.00); Jumat 07.30-16.30 (istirahat "
            "11.30-13.00); hari libur nasional dan cuti bersama tidak dihitung."))
        ui.tiers_tree.clear()
        for key, tier in office.tiers.items():
            item = QTreeWidgetItem(ui.tiers_tree, [tier["nama"], str(tier["hari_kerja"])])
            item.setData(0, Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        ui.tiers_tree.resizeColumnToContents(0)
        self.signatories.fill(office.signatories)
        self.divisions.fill(office.divisi_terkait)
        self.update_previews()

    def _keys(self) -> list[str]:
        return [*IDENTITY.values(), "office_zone", "register_pattern", "document_patterns",
                "document_classification", "confidential_viewers", "signatories", "divisi_terkait",
                "tiers",
                *self.threshold_widgets]

    def _show_logo(self, data: bytes | None, info: dict) -> None:
        ui = self.ui
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            ui.logo_preview.setPixmap(pixmap.scaled(QSize(92, 92),
                                                    Qt.AspectRatioMode.KeepAspectRatio,
                                                    Qt.TransformationMode.SmoothTransformation))
            ui.logo_info_label.setText(_("{f}, {w} x {h} piksel, {s}; dicetak 20 mm pada kop "
                                         "setiap naskah.").format(
                f=info.get("nama_berkas", "logo"), w=info.get("lebar", pixmap.width()),
                h=info.get("tinggi", pixmap.height()),
                s=wording.file_size(info.get("ukuran", len(data)))))
        else:
            ui.logo_preview.clear()
            ui.logo_preview.setText(_("tanpa logo"))
            ui.logo_info_label.setText(_("Naskah dibuat tanpa logo. Pilih gambar PNG atau JPEG "
                                         "(paling besar {m}).").format(
                m=wording.file_size(settings.LOGO_MAX_BYTES)))
        ui.logo_clear_button.setEnabled(bool(data))

    def update_previews(self) -> None:
        """The next number of each pattern as typed, or what is wrong with the pattern."""
        ui = self.ui
        code = ui.office_code_edit.text().strip()
        register_no = self._preview(ui.register_preview, ui.register_pattern_edit.text(),
                                    settings_form.REGISTER_COUNTER, code, "", "",
                                    office_lists.REGISTER_PATTERN_FIELDS, needs_year=True)
        for doc_type, edit in self.doc_pattern_edits.items():
            self._preview(self.doc_previews[doc_type], edit.text(),
                          settings_form.document_counter(doc_type), code,
                          self.doc_class_edits[doc_type].text().strip(), register_no,
                          office_lists.DOCUMENT_PATTERN_FIELDS)

    def _preview(self, label: QLabel, text: str, counter: str, code: str, classification: str,
                 register_no: str, allowed, needs_year: bool = False) -> str:
        pattern = settings_form.stored_pattern(text)
        problems = office_lists.pattern_rule_problems(pattern, allowed, needs_year=needs_year)
        number = ""
        if not problems:
            try:
                number = settings_form.next_number(pattern, counter, office_code=code,
                                                   classification=classification,
                                                   register_no=register_no)
            except PengaduanError as exc:
                problems = [str(exc)]
        if problems:
            label.setStyleSheet(f"color: {ERROR_COLOUR};")
            label.setWordWrap(True)
            label.setText(settings_form.friendly_pattern("; ".join(problems)))
        else:
            label.setWordWrap(False)
            label.setStyleSheet(f"color: {OK_COLOUR}; font-weight: bold;")
            label.setText(number)
        return number

    # ------------------------------------------------------------------ editing
    def choose_logo(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getOpenFileName(
            self, _("Pilih Gambar Logo Kantor"), "", _("Gambar PNG atau JPEG (*.png *.jpg *.jpeg)"))
        if path:
            self.use_logo_file(path)

    def use_logo_file(self, path: str) -> bool:
        """Check the image at `path` and show it; it becomes the logo at Simpan."""
        file = Path(path)
        try:
            size = file.stat().st_size
            if size > settings.LOGO_MAX_BYTES:  # not read into memory at all
                raise PengaduanError(_("Berkas logo '{f}' berukuran {s}, melebihi batas {m}. "
                                       "Simpan logo dengan ukuran lebih kecil.").format(
                    f=file.name, s=wording.file_size(size),
                    m=wording.file_size(settings.LOGO_MAX_BYTES)))
            data = file.read_bytes()
            _mime, width, height = settings.check_logo(file.name, data)
        except PengaduanError as exc:
            show_error(self.ui.error_label, str(exc))
            return False
        except OSError as exc:
            show_error(self.ui.error_label, _("Berkas '{f}' tidak dapat dibaca: {e}").format(
                f=file, e=exc.strerror or exc))
            return False
        self.logo_change = (file.name, data)
        self._show_logo(data, {"nama_berkas": file.name, "lebar": width, "tinggi": height,
                               "ukuran": len(data)})
        show_ok(self.ui.error_label, _("Logo baru dipakai setelah Simpan Pengaturan."))
        return True

    def clear_logo(self) -> None:
        self.logo_change = b""
        self._show_logo(None, {})
        show_ok(self.ui.error_label, _("Logo dihapus setelah Simpan Pengaturan."))

    def choose_scan_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self, _("Pilih Folder Pindaian"),
                                                  self.ui.scan_folder_edit.text())
        if folder:
            self.ui.scan_folder_edit.setText(folder)

    def values(self) -> dict:
        """Every editable setting as the page shows it now, in its stored form."""
        ui, values = self.ui, {}
        for prefix, key in IDENTITY.items():
            values[key] = getattr(ui, f"{prefix}_edit").text().strip()
        values["office_zone"] = ui.office_zone_combo.currentData()
        values["register_pattern"] = settings_form.stored_pattern(
            ui.register_pattern_edit.text().strip())
        values["document_patterns"] = dict(self.loaded.get("document_patterns", {})) | {
            k: settings_form.stored_pattern(e.text().strip())
            for k, e in self.doc_pattern_edits.items()}
        values["document_classification"] = dict(
            self.loaded.get("document_classification", {})) | {
            k: e.text().strip() for k, e in self.doc_class_edits.items()}
        checked = [ui.confidential_list.item(i).data(Qt.ItemDataRole.UserRole)
                   for i in range(ui.confidential_list.count())
                   if ui.confidential_list.item(i).checkState() == Qt.CheckState.Checked]
        loaded_viewers = self.loaded.get("confidential_viewers", [])
        values["confidential_viewers"] = (loaded_viewers if set(checked) == set(loaded_viewers)
                                          else checked)
        values["signatories"] = self.signatories.value()
        values["divisi_terkait"] = self.divisions.value()
        values["tiers"] = self._tiers()
        for key, widget in self.threshold_widgets.items():
            if isinstance(widget, QCheckBox):
                values[key] = widget.isChecked()
            elif isinstance(widget, QTimeEdit):
                values[key] = widget.time().toString("HH:mm")
            elif settings.TYPES[key] is int:
                values[key] = int(widget.value())
            else:
                values[key] = float(widget.value())
        return values

    def _tiers(self) -> dict:
        tree, result = self.ui.tiers_tree, {}
        for i in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(i)
            days = item.text(1).strip()
            result[item.data(0, Qt.ItemDataRole.UserRole)] = {
                "nama": item.text(0).strip(),
                "hari_kerja": int(days) if days.isdigit() else days}  # else: named by the check
        return result

    def changes(self) -> dict:
        values = self.values()
        return {k: v for k, v in values.items() if v != self.loaded.get(k)}

    def save(self) -> bool:
        """Save what changed (the administrator's right checked again by the service)."""
        if not self.editable:
            return False
        changes = self.changes()
        folder = self.ui.scan_folder_edit.text().strip()
        folder = folder if folder != self.loaded_folder else None
        if not changes and self.logo_change is None and folder is None:
            show_ok(self.ui.error_label, _("Tidak ada perubahan untuk disimpan."))
            return False
        try:
            guarded(self.ui.error_label, settings_form.save, changes,
                    actor=self.session.user, loaded=self.loaded,
                    labels={k: _(v) for k, v in LABELS.items()}, logo=self.logo_change,
                    scan_folder=folder)
        except Failed:
            text = self.ui.error_label.text()
            show_error(self.ui.error_label, _("Pengaturan belum disimpan; perbaiki dulu:") +
                       "\n" + text)
            return False
        count = len(changes) + (self.logo_change is not None) + (folder is not None)
        self.loaded = {}  # saved: show what is stored now
        self.refresh()
        show_ok(self.ui.error_label, _("{n} pengaturan disimpan pukul {t} dan dicatat di "
                                       "jejak audit.").format(
            n=count, t=wording.clock(clock.now())))
        return True


def _legend() -> str:
    lines = [_("Isian yang dapat dipakai dalam pola (teks lain dicetak apa adanya):")]
    for word, meaning in settings_form.PLACEHOLDERS.values():
        lines.append("\u2022 {" + word + "}: " + _(meaning))
    lines.append(_("Register: wajib memuat {nomor_urut} dan {tahun}; naskah: wajib memuat "
                   "{nomor_urut}. Nomor urut dimulai lagi dari 1 setiap tahun."))
    return "\n".join(lines)
