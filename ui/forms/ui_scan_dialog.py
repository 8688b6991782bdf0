# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'scan_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ScanDialog(object):
    def setupUi(self, ScanDialog):
        if not ScanDialog.objectName():
            ScanDialog.setObjectName(u"ScanDialog")
        ScanDialog.resize(860, 620)
        self.main_layout = QVBoxLayout(ScanDialog)
        self.main_layout.setSpacing(8)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(14, 12, 14, 12)
        self.scanner_group = QGroupBox(ScanDialog)
        self.scanner_group.setObjectName(u"scanner_group")
        self.scanner_layout = QGridLayout(self.scanner_group)
        self.scanner_layout.setObjectName(u"scanner_layout")
        self.device_label = QLabel(self.scanner_group)
        self.device_label.setObjectName(u"device_label")

        self.scanner_layout.addWidget(self.device_label, 0, 0, 1, 1)

        self.device_combo = QComboBox(self.scanner_group)
        self.device_combo.setObjectName(u"device_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.device_combo.sizePolicy().hasHeightForWidth())
        self.device_combo.setSizePolicy(sizePolicy)

        self.scanner_layout.addWidget(self.device_combo, 0, 1, 1, 3)

        self.refresh_button = QPushButton(self.scanner_group)
        self.refresh_button.setObjectName(u"refresh_button")

        self.scanner_layout.addWidget(self.refresh_button, 0, 4, 1, 1)

        self.resolution_label = QLabel(self.scanner_group)
        self.resolution_label.setObjectName(u"resolution_label")

        self.scanner_layout.addWidget(self.resolution_label, 1, 0, 1, 1)

        self.resolution_combo = QComboBox(self.scanner_group)
        self.resolution_combo.setObjectName(u"resolution_combo")

        self.scanner_layout.addWidget(self.resolution_combo, 1, 1, 1, 1)

        self.color_label = QLabel(self.scanner_group)
        self.color_label.setObjectName(u"color_label")

        self.scanner_layout.addWidget(self.color_label, 1, 2, 1, 1)

        self.color_combo = QComboBox(self.scanner_group)
        self.color_combo.setObjectName(u"color_combo")

        self.scanner_layout.addWidget(self.color_combo, 1, 3, 1, 1)

        self.feeder_check = QCheckBox(self.scanner_group)
        self.feeder_check.setObjectName(u"feeder_check")

        self.scanner_layout.addWidget(self.feeder_check, 1, 4, 1, 1)

        self.duplex_check = QCheckBox(self.scanner_group)
        self.duplex_check.setObjectName(u"duplex_check")

        self.scanner_layout.addWidget(self.duplex_check, 2, 4, 1, 1)


        self.main_layout.addWidget(self.scanner_group)

        self.status_label = QLabel(ScanDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.source_button_layout = QHBoxLayout()
        self.source_button_layout.setObjectName(u"source_button_layout")
        self.scan_button = QPushButton(ScanDialog)
        self.scan_button.setObjectName(u"scan_button")

        self.source_button_layout.addWidget(self.scan_button)

        self.import_button = QPushButton(ScanDialog)
        self.import_button.setObjectName(u"import_button")

        self.source_button_layout.addWidget(self.import_button)

        self.source_button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.source_button_layout.addItem(self.source_button_spacer)

        self.page_count_label = QLabel(ScanDialog)
        self.page_count_label.setObjectName(u"page_count_label")

        self.source_button_layout.addWidget(self.page_count_label)


        self.main_layout.addLayout(self.source_button_layout)

        self.page_list = QListWidget(ScanDialog)
        self.page_list.setObjectName(u"page_list")

        self.main_layout.addWidget(self.page_list)

        self.page_button_layout = QHBoxLayout()
        self.page_button_layout.setObjectName(u"page_button_layout")
        self.move_left_button = QPushButton(ScanDialog)
        self.move_left_button.setObjectName(u"move_left_button")

        self.page_button_layout.addWidget(self.move_left_button)

        self.move_right_button = QPushButton(ScanDialog)
        self.move_right_button.setObjectName(u"move_right_button")

        self.page_button_layout.addWidget(self.move_right_button)

        self.rotate_left_button = QPushButton(ScanDialog)
        self.rotate_left_button.setObjectName(u"rotate_left_button")

        self.page_button_layout.addWidget(self.rotate_left_button)

        self.rotate_right_button = QPushButton(ScanDialog)
        self.rotate_right_button.setObjectName(u"rotate_right_button")

        self.page_button_layout.addWidget(self.rotate_right_button)

        self.delete_button = QPushButton(ScanDialog)
        self.delete_button.setObjectName(u"delete_button")

        self.page_button_layout.addWidget(self.delete_button)

        self.page_button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.page_button_layout.addItem(self.page_button_spacer)


        self.main_layout.addLayout(self.page_button_layout)

        self.name_layout = QHBoxLayout()
        self.name_layout.setObjectName(u"name_layout")
        self.filename_label = QLabel(ScanDialog)
        self.filename_label.setObjectName(u"filename_label")

        self.name_layout.addWidget(self.filename_label)

        self.filename_edit = QLineEdit(ScanDialog)
        self.filename_edit.setObjectName(u"filename_edit")

        self.name_layout.addWidget(self.filename_edit)

        self.button_box = QDialogButtonBox(ScanDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.name_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.name_layout)

#if QT_CONFIG(shortcut)
        self.device_label.setBuddy(self.device_combo)
        self.resolution_label.setBuddy(self.resolution_combo)
        self.color_label.setBuddy(self.color_combo)
        self.filename_label.setBuddy(self.filename_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ScanDialog)

        QMetaObject.connectSlotsByName(ScanDialog)
    # setupUi

    def retranslateUi(self, ScanDialog):
        ScanDialog.setWindowTitle(QCoreApplication.translate("ScanDialog", u"Pindai Dokumen", None))
        self.scanner_group.setTitle(QCoreApplication.translate("ScanDialog", u"Pemindai", None))
        self.device_label.setText(QCoreApplication.translate("ScanDialog", u"Perangkat:", None))
        self.refresh_button.setText(QCoreApplication.translate("ScanDialog", u"Cari Ulang", None))
        self.resolution_label.setText(QCoreApplication.translate("ScanDialog", u"Resolusi:", None))
        self.color_label.setText(QCoreApplication.translate("ScanDialog", u"Warna:", None))
        self.feeder_check.setText(QCoreApplication.translate("ScanDialog", u"Semua lembar di pengumpan (ADF)", None))
        self.duplex_check.setText(QCoreApplication.translate("ScanDialog", u"Kedua sisi (dupleks)", None))
#if QT_CONFIG(tooltip)
        self.duplex_check.setToolTip(QCoreApplication.translate("ScanDialog", u"Pindai muka dan belakang setiap lembar di pengumpan; hanya untuk pemindai yang dapat melakukannya", None))
#endif // QT_CONFIG(tooltip)
        self.scan_button.setText(QCoreApplication.translate("ScanDialog", u"Pindai Halaman", None))
        self.import_button.setText(QCoreApplication.translate("ScanDialog", u"Impor Berkas...", None))
#if QT_CONFIG(tooltip)
        self.import_button.setToolTip(QCoreApplication.translate("ScanDialog", u"Tambahkan halaman dari berkas PDF, JPEG, PNG atau TIFF", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.page_list.setAccessibleName(QCoreApplication.translate("ScanDialog", u"Halaman pindaian", None))
#endif // QT_CONFIG(accessibility)
        self.move_left_button.setText(QCoreApplication.translate("ScanDialog", u"Geser ke Depan", None))
        self.move_right_button.setText(QCoreApplication.translate("ScanDialog", u"Geser ke Belakang", None))
        self.rotate_left_button.setText(QCoreApplication.translate("ScanDialog", u"Putar Kiri", None))
        self.rotate_right_button.setText(QCoreApplication.translate("ScanDialog", u"Putar Kanan", None))
        self.delete_button.setText(QCoreApplication.translate("ScanDialog", u"Hapus Halaman", None))
        self.filename_label.setText(QCoreApplication.translate("ScanDialog", u"Nama berkas:", None))
    # retranslateUi

