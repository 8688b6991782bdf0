# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QHeaderView,
    QLabel, QSizePolicy, QSpacerItem, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        SettingsPage.resize(900, 700)
        self.main_layout = QVBoxLayout(SettingsPage)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(16, 12, 16, 12)
        self.title_label = QLabel(SettingsPage)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.office_group = QGroupBox(SettingsPage)
        self.office_group.setObjectName(u"office_group")
        self.office_form = QFormLayout(self.office_group)
        self.office_form.setObjectName(u"office_form")
        self.ministry_caption = QLabel(self.office_group)
        self.ministry_caption.setObjectName(u"ministry_caption")

        self.office_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ministry_caption)

        self.ministry_value = QLabel(self.office_group)
        self.ministry_value.setObjectName(u"ministry_value")
        self.ministry_value.setWordWrap(True)
        self.ministry_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.office_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ministry_value)

        self.office_name_caption = QLabel(self.office_group)
        self.office_name_caption.setObjectName(u"office_name_caption")

        self.office_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.office_name_caption)

        self.office_name_value = QLabel(self.office_group)
        self.office_name_value.setObjectName(u"office_name_value")
        self.office_name_value.setWordWrap(True)
        self.office_name_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.office_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.office_name_value)

        self.office_address_caption = QLabel(self.office_group)
        self.office_address_caption.setObjectName(u"office_address_caption")

        self.office_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.office_address_caption)

        self.office_address_value = QLabel(self.office_group)
        self.office_address_value.setObjectName(u"office_address_value")
        self.office_address_value.setWordWrap(True)
        self.office_address_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.office_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.office_address_value)

        self.office_contact_caption = QLabel(self.office_group)
        self.office_contact_caption.setObjectName(u"office_contact_caption")

        self.office_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.office_contact_caption)

        self.office_contact_value = QLabel(self.office_group)
        self.office_contact_value.setObjectName(u"office_contact_value")
        self.office_contact_value.setWordWrap(True)
        self.office_contact_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.office_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.office_contact_value)

        self.office_code_caption = QLabel(self.office_group)
        self.office_code_caption.setObjectName(u"office_code_caption")

        self.office_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.office_code_caption)

        self.office_code_value = QLabel(self.office_group)
        self.office_code_value.setObjectName(u"office_code_value")
        self.office_code_value.setWordWrap(True)
        self.office_code_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.office_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.office_code_value)

        self.register_pattern_caption = QLabel(self.office_group)
        self.register_pattern_caption.setObjectName(u"register_pattern_caption")

        self.office_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.register_pattern_caption)

        self.register_pattern_value = QLabel(self.office_group)
        self.register_pattern_value.setObjectName(u"register_pattern_value")
        self.register_pattern_value.setWordWrap(True)
        self.register_pattern_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.office_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.register_pattern_value)

        self.sop_caption = QLabel(self.office_group)
        self.sop_caption.setObjectName(u"sop_caption")

        self.office_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.sop_caption)

        self.sop_value = QLabel(self.office_group)
        self.sop_value.setObjectName(u"sop_value")
        self.sop_value.setWordWrap(True)
        self.sop_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.office_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.sop_value)


        self.main_layout.addWidget(self.office_group)

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

        self.due_soon_caption = QLabel(self.working_group)
        self.due_soon_caption.setObjectName(u"due_soon_caption")

        self.working_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.due_soon_caption)

        self.due_soon_value = QLabel(self.working_group)
        self.due_soon_value.setObjectName(u"due_soon_value")
        self.due_soon_value.setWordWrap(True)
        self.due_soon_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.working_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.due_soon_value)

        self.confidential_caption = QLabel(self.working_group)
        self.confidential_caption.setObjectName(u"confidential_caption")

        self.working_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.confidential_caption)

        self.confidential_value = QLabel(self.working_group)
        self.confidential_value.setObjectName(u"confidential_value")
        self.confidential_value.setWordWrap(True)
        self.confidential_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.working_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.confidential_value)


        self.main_layout.addWidget(self.working_group)

        self.tiers_group = QGroupBox(SettingsPage)
        self.tiers_group.setObjectName(u"tiers_group")
        self.tiers_layout = QVBoxLayout(self.tiers_group)
        self.tiers_layout.setObjectName(u"tiers_layout")
        self.tiers_tree = QTreeWidget(self.tiers_group)
        self.tiers_tree.setObjectName(u"tiers_tree")
        self.tiers_tree.setRootIsDecorated(False)

        self.tiers_layout.addWidget(self.tiers_tree)


        self.main_layout.addWidget(self.tiers_group)

        self.note_label = QLabel(SettingsPage)
        self.note_label.setObjectName(u"note_label")
        self.note_label.setWordWrap(True)

        self.main_layout.addWidget(self.note_label)

        self.bottom_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)


        self.retranslateUi(SettingsPage)

        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.title_label.setText(QCoreApplication.translate("SettingsPage", u"Pengaturan", None))
        self.office_group.setTitle(QCoreApplication.translate("SettingsPage", u"Identitas kantor", None))
        self.ministry_caption.setText(QCoreApplication.translate("SettingsPage", u"Kementerian:", None))
        self.office_name_caption.setText(QCoreApplication.translate("SettingsPage", u"Kantor:", None))
        self.office_address_caption.setText(QCoreApplication.translate("SettingsPage", u"Alamat:", None))
        self.office_contact_caption.setText(QCoreApplication.translate("SettingsPage", u"Kontak:", None))
        self.office_code_caption.setText(QCoreApplication.translate("SettingsPage", u"Kode kantor:", None))
        self.register_pattern_caption.setText(QCoreApplication.translate("SettingsPage", u"Pola nomor register:", None))
        self.sop_caption.setText(QCoreApplication.translate("SettingsPage", u"SOP yang berlaku:", None))
        self.database_group.setTitle(QCoreApplication.translate("SettingsPage", u"Basis data", None))
        self.database_caption.setText(QCoreApplication.translate("SettingsPage", u"Basis data:", None))
        self.connection_caption.setText(QCoreApplication.translate("SettingsPage", u"Koneksi:", None))
        self.config_file_caption.setText(QCoreApplication.translate("SettingsPage", u"Berkas konfigurasi:", None))
        self.log_file_caption.setText(QCoreApplication.translate("SettingsPage", u"Berkas log:", None))
        self.account_group.setTitle(QCoreApplication.translate("SettingsPage", u"Akun", None))
        self.user_caption.setText(QCoreApplication.translate("SettingsPage", u"Pengguna:", None))
        self.lanes_caption.setText(QCoreApplication.translate("SettingsPage", u"Jabatan (lane):", None))
        self.working_group.setTitle(QCoreApplication.translate("SettingsPage", u"Waktu kerja dan batas waktu", None))
        self.working_hours_caption.setText(QCoreApplication.translate("SettingsPage", u"Jam kerja:", None))
        self.due_soon_caption.setText(QCoreApplication.translate("SettingsPage", u"Peringatan segera jatuh tempo:", None))
        self.confidential_caption.setText(QCoreApplication.translate("SettingsPage", u"Pelapor rahasia terlihat oleh:", None))
        self.tiers_group.setTitle(QCoreApplication.translate("SettingsPage", u"Tingkat pengaduan (batas waktu penyelesaian)", None))
        ___qtreewidgetitem = self.tiers_tree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("SettingsPage", u"Hari kerja", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("SettingsPage", u"Tingkat", None))
        self.note_label.setText(QCoreApplication.translate("SettingsPage", u"Pengaturan kantor disimpan di basis data bersama dan diubah oleh administrator melalui perintah \"pengaduan\"; ukuran jendela disimpan per komputer.", None))
        pass
    # retranslateUi

