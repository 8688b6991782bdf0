# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QFrame,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        SettingsPage.resize(900, 1400)
        self.main_layout = QVBoxLayout(SettingsPage)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(16, 12, 16, 12)
        self.title_label = QLabel(SettingsPage)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.note_label = QLabel(SettingsPage)
        self.note_label.setObjectName(u"note_label")
        self.note_label.setWordWrap(True)

        self.main_layout.addWidget(self.note_label)

        self.save_bar = QHBoxLayout()
        self.save_bar.setObjectName(u"save_bar")
        self.save_button = QPushButton(SettingsPage)
        self.save_button.setObjectName(u"save_button")

        self.save_bar.addWidget(self.save_button)

        self.revert_button = QPushButton(SettingsPage)
        self.revert_button.setObjectName(u"revert_button")

        self.save_bar.addWidget(self.revert_button)

        self.bar_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.save_bar.addItem(self.bar_spacer)


        self.main_layout.addLayout(self.save_bar)

        self.error_label = QLabel(SettingsPage)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.error_label)

        self.office_group = QGroupBox(SettingsPage)
        self.office_group.setObjectName(u"office_group")
        self.office_form = QFormLayout(self.office_group)
        self.office_form.setObjectName(u"office_form")
        self.ministry_caption = QLabel(self.office_group)
        self.ministry_caption.setObjectName(u"ministry_caption")

        self.office_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ministry_caption)

        self.ministry_edit = QLineEdit(self.office_group)
        self.ministry_edit.setObjectName(u"ministry_edit")
        self.ministry_edit.setMaxLength(200)

        self.office_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ministry_edit)

        self.office_name_caption = QLabel(self.office_group)
        self.office_name_caption.setObjectName(u"office_name_caption")

        self.office_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.office_name_caption)

        self.office_name_edit = QLineEdit(self.office_group)
        self.office_name_edit.setObjectName(u"office_name_edit")
        self.office_name_edit.setMaxLength(200)

        self.office_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.office_name_edit)

        self.office_address_caption = QLabel(self.office_group)
        self.office_address_caption.setObjectName(u"office_address_caption")

        self.office_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.office_address_caption)

        self.office_address_edit = QLineEdit(self.office_group)
        self.office_address_edit.setObjectName(u"office_address_edit")
        self.office_address_edit.setMaxLength(200)

        self.office_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.office_address_edit)

        self.office_city_caption = QLabel(self.office_group)
        self.office_city_caption.setObjectName(u"office_city_caption")

        self.office_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.office_city_caption)

        self.office_city_edit = QLineEdit(self.office_group)
        self.office_city_edit.setObjectName(u"office_city_edit")
        self.office_city_edit.setMaxLength(200)

        self.office_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.office_city_edit)

        self.office_phone_caption = QLabel(self.office_group)
        self.office_phone_caption.setObjectName(u"office_phone_caption")

        self.office_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.office_phone_caption)

        self.office_phone_edit = QLineEdit(self.office_group)
        self.office_phone_edit.setObjectName(u"office_phone_edit")
        self.office_phone_edit.setMaxLength(200)

        self.office_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.office_phone_edit)

        self.office_fax_caption = QLabel(self.office_group)
        self.office_fax_caption.setObjectName(u"office_fax_caption")

        self.office_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.office_fax_caption)

        self.office_fax_edit = QLineEdit(self.office_group)
        self.office_fax_edit.setObjectName(u"office_fax_edit")
        self.office_fax_edit.setMaxLength(200)

        self.office_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.office_fax_edit)

        self.office_web_caption = QLabel(self.office_group)
        self.office_web_caption.setObjectName(u"office_web_caption")

        self.office_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.office_web_caption)

        self.office_web_edit = QLineEdit(self.office_group)
        self.office_web_edit.setObjectName(u"office_web_edit")
        self.office_web_edit.setMaxLength(200)

        self.office_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.office_web_edit)

        self.office_email_caption = QLabel(self.office_group)
        self.office_email_caption.setObjectName(u"office_email_caption")

        self.office_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.office_email_caption)

        self.office_email_edit = QLineEdit(self.office_group)
        self.office_email_edit.setObjectName(u"office_email_edit")
        self.office_email_edit.setMaxLength(200)

        self.office_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.office_email_edit)

        self.office_code_caption = QLabel(self.office_group)
        self.office_code_caption.setObjectName(u"office_code_caption")

        self.office_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.office_code_caption)

        self.office_code_edit = QLineEdit(self.office_group)
        self.office_code_edit.setObjectName(u"office_code_edit")
        self.office_code_edit.setMaxLength(200)

        self.office_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.office_code_edit)

        self.office_zone_caption = QLabel(self.office_group)
        self.office_zone_caption.setObjectName(u"office_zone_caption")

        self.office_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.office_zone_caption)

        self.office_zone_combo = QComboBox(self.office_group)
        self.office_zone_combo.setObjectName(u"office_zone_combo")

        self.office_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.office_zone_combo)

        self.sop_caption = QLabel(self.office_group)
        self.sop_caption.setObjectName(u"sop_caption")

        self.office_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.sop_caption)

        self.sop_value = QLabel(self.office_group)
        self.sop_value.setObjectName(u"sop_value")
        self.sop_value.setWordWrap(True)
        self.sop_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.office_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.sop_value)


        self.main_layout.addWidget(self.office_group)

        self.logo_group = QGroupBox(SettingsPage)
        self.logo_group.setObjectName(u"logo_group")
        self.logo_layout = QHBoxLayout(self.logo_group)
        self.logo_layout.setObjectName(u"logo_layout")
        self.logo_preview = QLabel(self.logo_group)
        self.logo_preview.setObjectName(u"logo_preview")
        self.logo_preview.setMinimumSize(QSize(96, 96))
        self.logo_preview.setMaximumSize(QSize(96, 96))
        self.logo_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.logo_layout.addWidget(self.logo_preview)

        self.logo_side = QVBoxLayout()
        self.logo_side.setObjectName(u"logo_side")
        self.logo_info_label = QLabel(self.logo_group)
        self.logo_info_label.setObjectName(u"logo_info_label")
        self.logo_info_label.setWordWrap(True)
        self.logo_info_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.logo_side.addWidget(self.logo_info_label)

        self.logo_buttons = QHBoxLayout()
        self.logo_buttons.setObjectName(u"logo_buttons")
        self.logo_choose_button = QPushButton(self.logo_group)
        self.logo_choose_button.setObjectName(u"logo_choose_button")

        self.logo_buttons.addWidget(self.logo_choose_button)

        self.logo_clear_button = QPushButton(self.logo_group)
        self.logo_clear_button.setObjectName(u"logo_clear_button")

        self.logo_buttons.addWidget(self.logo_clear_button)

        self.logo_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logo_buttons.addItem(self.logo_spacer)


        self.logo_side.addLayout(self.logo_buttons)


        self.logo_layout.addLayout(self.logo_side)


        self.main_layout.addWidget(self.logo_group)

        self.numbering_group = QGroupBox(SettingsPage)
        self.numbering_group.setObjectName(u"numbering_group")
        self.numbering_layout = QVBoxLayout(self.numbering_group)
        self.numbering_layout.setObjectName(u"numbering_layout")
        self.patterns_grid = QGridLayout()
        self.patterns_grid.setObjectName(u"patterns_grid")
        self.kind_header = QLabel(self.numbering_group)
        self.kind_header.setObjectName(u"kind_header")

        self.patterns_grid.addWidget(self.kind_header, 0, 0, 1, 1)

        self.pattern_header = QLabel(self.numbering_group)
        self.pattern_header.setObjectName(u"pattern_header")

        self.patterns_grid.addWidget(self.pattern_header, 0, 1, 1, 1)

        self.classification_header = QLabel(self.numbering_group)
        self.classification_header.setObjectName(u"classification_header")

        self.patterns_grid.addWidget(self.classification_header, 0, 2, 1, 1)

        self.preview_header = QLabel(self.numbering_group)
        self.preview_header.setObjectName(u"preview_header")

        self.patterns_grid.addWidget(self.preview_header, 0, 3, 1, 1)

        self.register_pattern_caption = QLabel(self.numbering_group)
        self.register_pattern_caption.setObjectName(u"register_pattern_caption")

        self.patterns_grid.addWidget(self.register_pattern_caption, 1, 0, 1, 1)

        self.register_pattern_edit = QLineEdit(self.numbering_group)
        self.register_pattern_edit.setObjectName(u"register_pattern_edit")
        self.register_pattern_edit.setMaxLength(200)

        self.patterns_grid.addWidget(self.register_pattern_edit, 1, 1, 1, 1)

        self.register_preview = QLabel(self.numbering_group)
        self.register_preview.setObjectName(u"register_preview")
        self.register_preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.patterns_grid.addWidget(self.register_preview, 1, 3, 1, 1)


        self.numbering_layout.addLayout(self.patterns_grid)

        self.pattern_legend_label = QLabel(self.numbering_group)
        self.pattern_legend_label.setObjectName(u"pattern_legend_label")
        self.pattern_legend_label.setWordWrap(True)

        self.numbering_layout.addWidget(self.pattern_legend_label)


        self.main_layout.addWidget(self.numbering_group)

        self.working_group = QGroupBox(SettingsPage)
        self.working_group.setObjectName(u"working_group")
        self.working_form = QFormLayout(self.working_group)
        self.working_form.setObjectName(u"working_form")
        self.working_hours_caption = QLabel(self.working_group)
        self.working_hours_caption.setObjectName(u"working_hours_caption")

        self.working_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.working_hours_caption)

        self.working_hours_value = QLabel(self.working_group)
        self.working_hours_value.setObjectName(u"working_hours_value")
        self.working_hours_value.setWordWrap(True)
        self.working_hours_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.working_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.working_hours_value)


        self.main_layout.addWidget(self.working_group)

        self.confidential_group = QGroupBox(SettingsPage)
        self.confidential_group.setObjectName(u"confidential_group")
        self.confidential_layout = QVBoxLayout(self.confidential_group)
        self.confidential_layout.setObjectName(u"confidential_layout")
        self.confidential_caption = QLabel(self.confidential_group)
        self.confidential_caption.setObjectName(u"confidential_caption")
        self.confidential_caption.setWordWrap(True)

        self.confidential_layout.addWidget(self.confidential_caption)

        self.confidential_list = QListWidget(self.confidential_group)
        self.confidential_list.setObjectName(u"confidential_list")
        self.confidential_list.setMaximumSize(QSize(16777215, 130))

        self.confidential_layout.addWidget(self.confidential_list)


        self.main_layout.addWidget(self.confidential_group)

        self.scan_group = QGroupBox(SettingsPage)
        self.scan_group.setObjectName(u"scan_group")
        self.scan_layout = QVBoxLayout(self.scan_group)
        self.scan_layout.setObjectName(u"scan_layout")
        self.scan_row = QHBoxLayout()
        self.scan_row.setObjectName(u"scan_row")
        self.scan_folder_caption = QLabel(self.scan_group)
        self.scan_folder_caption.setObjectName(u"scan_folder_caption")

        self.scan_row.addWidget(self.scan_folder_caption)

        self.scan_folder_edit = QLineEdit(self.scan_group)
        self.scan_folder_edit.setObjectName(u"scan_folder_edit")
        self.scan_folder_edit.setMaxLength(1000)

        self.scan_row.addWidget(self.scan_folder_edit)

        self.scan_folder_button = QPushButton(self.scan_group)
        self.scan_folder_button.setObjectName(u"scan_folder_button")

        self.scan_row.addWidget(self.scan_folder_button)


        self.scan_layout.addLayout(self.scan_row)

        self.scan_note_label = QLabel(self.scan_group)
        self.scan_note_label.setObjectName(u"scan_note_label")
        self.scan_note_label.setWordWrap(True)

        self.scan_layout.addWidget(self.scan_note_label)


        self.main_layout.addWidget(self.scan_group)

        self.tiers_group = QGroupBox(SettingsPage)
        self.tiers_group.setObjectName(u"tiers_group")
        self.tiers_layout = QVBoxLayout(self.tiers_group)
        self.tiers_layout.setObjectName(u"tiers_layout")
        self.tiers_tree = QTreeWidget(self.tiers_group)
        self.tiers_tree.setObjectName(u"tiers_tree")
        self.tiers_tree.setRootIsDecorated(False)
        self.tiers_tree.setMaximumSize(QSize(16777215, 110))

        self.tiers_layout.addWidget(self.tiers_tree)


        self.main_layout.addWidget(self.tiers_group)

        self.database_group = QGroupBox(SettingsPage)
        self.database_group.setObjectName(u"database_group")
        self.database_form = QFormLayout(self.database_group)
        self.database_form.setObjectName(u"database_form")
        self.database_caption = QLabel(self.database_group)
        self.database_caption.setObjectName(u"database_caption")

        self.database_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.database_caption)

        self.database_value = QLabel(self.database_group)
        self.database_value.setObjectName(u"database_value")
        self.database_value.setWordWrap(True)
        self.database_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.database_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.database_value)

        self.connection_caption = QLabel(self.database_group)
        self.connection_caption.setObjectName(u"connection_caption")

        self.database_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.connection_caption)

        self.connection_value = QLabel(self.database_group)
        self.connection_value.setObjectName(u"connection_value")
        self.connection_value.setWordWrap(True)
        self.connection_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.database_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.connection_value)

        self.config_file_caption = QLabel(self.database_group)
        self.config_file_caption.setObjectName(u"config_file_caption")

        self.database_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.config_file_caption)

        self.config_file_value = QLabel(self.database_group)
        self.config_file_value.setObjectName(u"config_file_value")
        self.config_file_value.setWordWrap(True)
        self.config_file_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.database_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.config_file_value)

        self.log_file_caption = QLabel(self.database_group)
        self.log_file_caption.setObjectName(u"log_file_caption")

        self.database_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.log_file_caption)

        self.log_file_value = QLabel(self.database_group)
        self.log_file_value.setObjectName(u"log_file_value")
        self.log_file_value.setWordWrap(True)
        self.log_file_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.database_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.log_file_value)


        self.main_layout.addWidget(self.database_group)

        self.account_group = QGroupBox(SettingsPage)
        self.account_group.setObjectName(u"account_group")
        self.account_form = QFormLayout(self.account_group)
        self.account_form.setObjectName(u"account_form")
        self.user_caption = QLabel(self.account_group)
        self.user_caption.setObjectName(u"user_caption")

        self.account_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.user_caption)

        self.user_value = QLabel(self.account_group)
        self.user_value.setObjectName(u"user_value")
        self.user_value.setWordWrap(True)
        self.user_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.account_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.user_value)

        self.lanes_caption = QLabel(self.account_group)
        self.lanes_caption.setObjectName(u"lanes_caption")

        self.account_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lanes_caption)

        self.lanes_value = QLabel(self.account_group)
        self.lanes_value.setObjectName(u"lanes_value")
        self.lanes_value.setWordWrap(True)
        self.lanes_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.account_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lanes_value)


        self.main_layout.addWidget(self.account_group)

        self.bottom_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.ministry_caption.setBuddy(self.ministry_edit)
        self.office_name_caption.setBuddy(self.office_name_edit)
        self.office_address_caption.setBuddy(self.office_address_edit)
        self.office_city_caption.setBuddy(self.office_city_edit)
        self.office_phone_caption.setBuddy(self.office_phone_edit)
        self.office_fax_caption.setBuddy(self.office_fax_edit)
        self.office_web_caption.setBuddy(self.office_web_edit)
        self.office_email_caption.setBuddy(self.office_email_edit)
        self.office_code_caption.setBuddy(self.office_code_edit)
        self.office_zone_caption.setBuddy(self.office_zone_combo)
        self.register_pattern_caption.setBuddy(self.register_pattern_edit)
        self.confidential_caption.setBuddy(self.confidential_list)
        self.scan_folder_caption.setBuddy(self.scan_folder_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsPage)

        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.title_label.setText(QCoreApplication.translate("SettingsPage", u"Pengaturan", None))
        self.note_label.setText("")
        self.save_button.setText(QCoreApplication.translate("SettingsPage", u"Simpan Pengaturan", None))
        self.revert_button.setText(QCoreApplication.translate("SettingsPage", u"Batalkan Perubahan", None))
        self.error_label.setText("")
        self.office_group.setTitle(QCoreApplication.translate("SettingsPage", u"Identitas kantor (dicetak pada kop naskah)", None))
        self.ministry_caption.setText(QCoreApplication.translate("SettingsPage", u"Kementerian:", None))
        self.office_name_caption.setText(QCoreApplication.translate("SettingsPage", u"Nama kantor:", None))
        self.office_address_caption.setText(QCoreApplication.translate("SettingsPage", u"Alamat:", None))
        self.office_city_caption.setText(QCoreApplication.translate("SettingsPage", u"Kota (tempat penandatanganan):", None))
        self.office_phone_caption.setText(QCoreApplication.translate("SettingsPage", u"Telepon:", None))
        self.office_fax_caption.setText(QCoreApplication.translate("SettingsPage", u"Faksimili:", None))
        self.office_web_caption.setText(QCoreApplication.translate("SettingsPage", u"Situs web:", None))
        self.office_email_caption.setText(QCoreApplication.translate("SettingsPage", u"Surel:", None))
        self.office_code_caption.setText(QCoreApplication.translate("SettingsPage", u"Kode kantor:", None))
        self.office_zone_caption.setText(QCoreApplication.translate("SettingsPage", u"Zona waktu kantor:", None))
        self.sop_caption.setText(QCoreApplication.translate("SettingsPage", u"SOP yang berlaku:", None))
        self.sop_value.setText("")
        self.logo_group.setTitle(QCoreApplication.translate("SettingsPage", u"Logo pada kop naskah", None))
#if QT_CONFIG(accessibility)
        self.logo_preview.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Pratinjau logo kantor", None))
#endif // QT_CONFIG(accessibility)
        self.logo_info_label.setText("")
        self.logo_choose_button.setText(QCoreApplication.translate("SettingsPage", u"Pilih Gambar Logo...", None))
        self.logo_clear_button.setText(QCoreApplication.translate("SettingsPage", u"Hapus Logo", None))
        self.numbering_group.setTitle(QCoreApplication.translate("SettingsPage", u"Penomoran register dan naskah dinas", None))
        self.kind_header.setText(QCoreApplication.translate("SettingsPage", u"Yang diberi nomor", None))
        self.pattern_header.setText(QCoreApplication.translate("SettingsPage", u"Pola nomor", None))
        self.classification_header.setText(QCoreApplication.translate("SettingsPage", u"Kode klasifikasi", None))
        self.preview_header.setText(QCoreApplication.translate("SettingsPage", u"Nomor berikutnya", None))
        self.register_pattern_caption.setText(QCoreApplication.translate("SettingsPage", u"Register pengaduan:", None))
        self.register_preview.setText("")
        self.pattern_legend_label.setText("")
        self.working_group.setTitle(QCoreApplication.translate("SettingsPage", u"Waktu kerja, peringatan dan pengingat", None))
        self.working_hours_caption.setText(QCoreApplication.translate("SettingsPage", u"Jam kerja:", None))
        self.working_hours_value.setText("")
        self.confidential_group.setTitle(QCoreApplication.translate("SettingsPage", u"Pelapor rahasia", None))
        self.confidential_caption.setText(QCoreApplication.translate("SettingsPage", u"Identitas pelapor yang minta dirahasiakan hanya terlihat oleh jabatan yang dicentang:", None))
        self.scan_group.setTitle(QCoreApplication.translate("SettingsPage", u"Pemindai (komputer ini)", None))
        self.scan_folder_caption.setText(QCoreApplication.translate("SettingsPage", u"Folder pindaian:", None))
        self.scan_folder_button.setText(QCoreApplication.translate("SettingsPage", u"Pilih Folder...", None))
        self.scan_note_label.setText(QCoreApplication.translate("SettingsPage", u"Berkas yang disimpan pemindai ke folder ini ditawarkan sebagai lampiran. Folder ini berlaku untuk komputer ini saja.", None))
        self.tiers_group.setTitle(QCoreApplication.translate("SettingsPage", u"Tingkat pengaduan (batas waktu penyelesaian; klik dua kali untuk mengubah)", None))
        ___qtreewidgetitem = self.tiers_tree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("SettingsPage", u"Hari kerja", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("SettingsPage", u"Tingkat", None))
#if QT_CONFIG(accessibility)
        self.tiers_tree.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Tingkat pengaduan dan batas waktunya", None))
#endif // QT_CONFIG(accessibility)
        self.database_group.setTitle(QCoreApplication.translate("SettingsPage", u"Basis data (komputer ini)", None))
        self.database_caption.setText(QCoreApplication.translate("SettingsPage", u"Basis data:", None))
        self.database_value.setText("")
        self.connection_caption.setText(QCoreApplication.translate("SettingsPage", u"Koneksi:", None))
        self.connection_value.setText("")
        self.config_file_caption.setText(QCoreApplication.translate("SettingsPage", u"Berkas konfigurasi:", None))
        self.config_file_value.setText("")
        self.log_file_caption.setText(QCoreApplication.translate("SettingsPage", u"Berkas log:", None))
        self.log_file_value.setText("")
        self.account_group.setTitle(QCoreApplication.translate("SettingsPage", u"Akun", None))
        self.user_caption.setText(QCoreApplication.translate("SettingsPage", u"Pengguna:", None))
        self.user_value.setText("")
        self.lanes_caption.setText(QCoreApplication.translate("SettingsPage", u"Jabatan dalam SOP:", None))
        self.lanes_value.setText("")
        pass
    # retranslateUi

