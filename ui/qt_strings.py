"""Qt's own texts (the file dialog's "Look in", the standard buttons, a text field's context
menu, the print dialog) in the program's language, through its one translation mechanism.

Qt ships no Indonesian catalogue, so it would show English beside the program's
Indonesian. `QtStrings`, installed on the application (ui.main.make_application), answers
Qt's own translate(context, source) calls from the table below, which holds the
Indonesian source strings of `app.i18n._`: the Indonesian UI shows them, an English
catalogue translates them like any other string, and while no catalogue does, an English
UI gets Qt's English back. Everything else (the texts of the Designer forms, already
Indonesian) goes through `_()` as before (ui.common.GettextTranslator).
"""

from __future__ import annotations

from app.i18n import _, language
from ui.common import GettextTranslator

# Qt's buttons of QDialogButtonBox and QMessageBox.
_BUTTONS = {
    "OK": "OK", "Open": "Buka", "&Open": "&Buka", "Save": "Simpan", "&Save": "&Simpan",
    "Cancel": "Batal", "&Cancel": "&Batal", "Close": "Tutup", "&Close": "&Tutup",
    "Discard": "Buang", "Don't Save": "Jangan Simpan", "Apply": "Terapkan",
    "Reset": "Atur Ulang", "Restore Defaults": "Kembalikan Bawaan", "Help": "Bantuan",
    "Save All": "Simpan Semua", "&Yes": "&Ya", "Yes to &All": "Ya untuk &Semua",
    "&No": "&Tidak", "N&o to All": "Tidak untuk Se&mua", "Abort": "Batalkan",
    "Retry": "Coba Lagi", "Ignore": "Abaikan",
}
# Cut, copy, paste... of QLineEdit and of the multi-line fields (QWidgetTextControl).
_EDIT_MENU = {
    "&Undo": "&Urungkan", "&Redo": "U&lang", "Cu&t": "Po&tong", "&Copy": "&Salin",
    "&Paste": "&Tempel", "Delete": "Hapus", "Select All": "Pilih Semua",
    "Copy &Link Location": "Salin &Alamat Tautan",
}

QT_STRINGS: dict[str, dict[str, str]] = {
    "QPlatformTheme": _BUTTONS,
    "QDialogButtonBox": _BUTTONS,
    "QMessageBox": {**_BUTTONS, "Show Details...": "Tampilkan Rincian...",
                    "Hide Details...": "Sembunyikan Rincian..."},
    "QLineEdit": _EDIT_MENU,
    "QWidgetTextControl": _EDIT_MENU,
    "QFileDialog": {
        "&Look in:": "&Cari di:", "Look in:": "Cari di:", "File &name:": "&Nama berkas:",
        "File name": "Nama berkas", "Files of &type:": "&Jenis berkas:",
        "Files of type:": "Jenis berkas:", "&Open": "&Buka", "Open": "Buka",
        "&Save": "&Simpan", "Save": "Simpan", "Save As": "Simpan Sebagai",
        "&Choose": "&Pilih", "Directory:": "Folder:", "Directories": "Folder",
        "Find Directory": "Cari Folder", "All Files (*)": "Semua Berkas (*)",
        "All Files (*.*)": "Semua Berkas (*.*)", "Back": "Kembali", "Forward": "Maju",
        "Go back": "Kembali", "Go forward": "Maju",
        "Parent Directory": "Folder Induk", "Go to the parent directory": "Ke folder induk",
        "Create New Folder": "Buat Folder Baru", "Create a New Folder": "Buat folder baru",
        "&New Folder": "Folder &Baru", "New Folder": "Folder Baru",
        "List View": "Tampilan Daftar", "Detail View": "Tampilan Rincian",
        "Change to list view mode": "Tampilkan sebagai daftar",
        "Change to detail view mode": "Tampilkan dengan rincian",
        "Sidebar": "Panel samping", "List of places and bookmarks": "Daftar tempat",
        "Files": "Berkas", "&Rename": "&Ganti Nama", "&Delete": "&Hapus",
        "Show &hidden files": "Tampilkan berkas &tersembunyi", "Show ": "Tampilkan ",
        "My Computer": "Komputer", "Computer": "Komputer", "Recent Places": "Tempat Terakhir",
        "%1 already exists.\nDo you want to replace it?":
            "%1 sudah ada.\nGanti berkas itu?",
        "%1\nFile not found.\nPlease verify the correct file name was given.":
            "%1\nBerkas tidak ditemukan.\nPeriksa kembali nama berkasnya.",
        "%1\nDirectory not found.\nPlease verify the correct directory name was given.":
            "%1\nFolder tidak ditemukan.\nPeriksa kembali nama foldernya.",
        "Are you sure you want to delete '%1'?": "Yakin akan menghapus '%1'?",
        "Could not delete directory.": "Folder tidak dapat dihapus.",
        "'%1' is write protected.\nDo you want to delete it anyway?":
            "'%1' dilindungi dari perubahan.\nTetap hapus?",
    },
    "QFileSystemModel": {"Name": "Nama", "Size": "Ukuran", "Type": "Jenis",
                         "Date Modified": "Tanggal Diubah", "Kind": "Jenis",
                         "My Computer": "Komputer", "Computer": "Komputer"},
    "QAbstractFileIconProvider": {"Folder": "Folder", "Drive": "Drive", "File": "Berkas"},
    "QPrintDialog": {
        "Print": "Cetak", "&Print": "&Cetak", "&Options >>": "&Pilihan >>",
        "&Options <<": "&Pilihan <<", "Print to File (PDF)": "Cetak ke Berkas (PDF)",
        "Local file": "Berkas lokal", "Write PDF file": "Tulis berkas PDF",
        "All Pages": "Semua Halaman", "Odd Pages": "Halaman Ganjil",
        "Even Pages": "Halaman Genap", "Print To File ...": "Cetak ke Berkas ...",
    },
    "QPrintWidget": {"Printer": "Printer", "&Name:": "&Nama:", "P&roperties": "P&roperti",
                     "Location:": "Lokasi:", "Preview": "Pratinjau", "Type:": "Jenis:",
                     "Output &file:": "&Berkas keluaran:"},
    "QPrintSettingsOutput": {
        "Copies": "Salinan", "Copies:": "Jumlah salinan:", "Collate": "Susun",
        "Reverse": "Urutan terbalik", "Options": "Pilihan", "Color Mode": "Mode Warna",
        "Color": "Berwarna", "Grayscale": "Skala abu-abu", "Print range": "Halaman dicetak",
        "Print all": "Semua", "Pages from": "Halaman", "to": "sampai",
        "Current Page": "Halaman ini", "Selection": "Pilihan", "Pages": "Halaman",
        "Output Settings": "Pengaturan Keluaran", "Page &Set:": "&Himpunan halaman:",
        "Double Sided Printing": "Cetak Bolak-balik", "Off": "Tidak",
        "Long side binding": "Jilid sisi panjang", "Short side binding": "Jilid sisi pendek",
    },
    "QPageSetupWidget": {
        "Paper": "Kertas", "Page size:": "Ukuran kertas:", "Width:": "Lebar:",
        "Height:": "Tinggi:", "Paper source:": "Sumber kertas:",
        "Orientation": "Orientasi", "Portrait": "Tegak", "Landscape": "Mendatar",
        "Reverse landscape": "Mendatar terbalik", "Reverse portrait": "Tegak terbalik",
        "Margins": "Margin", "top margin": "margin atas", "bottom margin": "margin bawah",
        "left margin": "margin kiri", "right margin": "margin kanan",
        "Page Layout": "Tata Letak Halaman", "Custom": "Khusus",
        "Millimeters (mm)": "Milimeter (mm)", "Inches (in)": "Inci (in)",
        "Points (pt)": "Poin (pt)",
    },
    "QPrintPreviewDialog": {"Page Setup": "Pengaturan Halaman", "Print": "Cetak",
                            "Print Preview": "Pratinjau Cetak", "Close": "Tutup"},
    "QColorDialog": {"Select Color": "Pilih Warna", "&Basic colors": "Warna &dasar",
                     "&Custom colors": "Warna &khusus"},
    "QInputDialog": {"Enter a value:": "Isi nilai:"},
    "QTabBar": {"Scroll Left": "Geser ke Kiri", "Scroll Right": "Geser ke Kanan"},
}


def qt_text(context: str, source: str) -> str | None:
    """Qt's `source` text of `context` in the program's language, or None when the table
    has none (Qt's own text then stays). An English UI without a catalogue entry for the
    Indonesian text gets Qt's English back."""
    table = QT_STRINGS.get(context)
    indonesian = table.get(source) if table is not None else None
    if indonesian is None:
        return None
    text = _(indonesian)
    if text == indonesian and language().startswith("en"):
        return source
    return text


class QtStrings(GettextTranslator):
    """The application's one translator: Qt's own texts from QT_STRINGS, everything else
    through `_()`."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        if not source_text:
            return source_text
        found = qt_text(context, source_text) if context else None
        return found if found is not None else _(source_text)
