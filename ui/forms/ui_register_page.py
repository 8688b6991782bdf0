# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'register_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_RegisterPage(object):
    def setupUi(self, RegisterPage):
        if not RegisterPage.objectName():
            RegisterPage.setObjectName(u"RegisterPage")
        RegisterPage.resize(1100, 700)
        self.main_layout = QVBoxLayout(RegisterPage)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(16, 12, 16, 12)
        self.title_label = QLabel(RegisterPage)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.search_layout = QHBoxLayout()
        self.search_layout.setObjectName(u"search_layout")
        self.search_edit = QLineEdit(RegisterPage)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.search_layout.addWidget(self.search_edit)

        self.export_csv_button = QPushButton(RegisterPage)
        self.export_csv_button.setObjectName(u"export_csv_button")

        self.search_layout.addWidget(self.export_csv_button)

        self.export_xlsx_button = QPushButton(RegisterPage)
        self.export_xlsx_button.setObjectName(u"export_xlsx_button")

        self.search_layout.addWidget(self.export_xlsx_button)


        self.main_layout.addLayout(self.search_layout)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.status_combo = QComboBox(RegisterPage)
        self.status_combo.setObjectName(u"status_combo")

        self.filter_layout.addWidget(self.status_combo)

        self.lane_combo = QComboBox(RegisterPage)
        self.lane_combo.setObjectName(u"lane_combo")

        self.filter_layout.addWidget(self.lane_combo)

        self.tier_combo = QComboBox(RegisterPage)
        self.tier_combo.setObjectName(u"tier_combo")

        self.filter_layout.addWidget(self.tier_combo)

        self.channel_combo = QComboBox(RegisterPage)
        self.channel_combo.setObjectName(u"channel_combo")

        self.filter_layout.addWidget(self.channel_combo)

        self.state_combo = QComboBox(RegisterPage)
        self.state_combo.setObjectName(u"state_combo")

        self.filter_layout.addWidget(self.state_combo)

        self.filter_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)


        self.main_layout.addLayout(self.filter_layout)

        self.date_layout = QHBoxLayout()
        self.date_layout.setObjectName(u"date_layout")
        self.date_check = QCheckBox(RegisterPage)
        self.date_check.setObjectName(u"date_check")

        self.date_layout.addWidget(self.date_check)

        self.from_date = QDateEdit(RegisterPage)
        self.from_date.setObjectName(u"from_date")
        self.from_date.setCalendarPopup(True)

        self.date_layout.addWidget(self.from_date)

        self.date_to_label = QLabel(RegisterPage)
        self.date_to_label.setObjectName(u"date_to_label")

        self.date_layout.addWidget(self.date_to_label)

        self.to_date = QDateEdit(RegisterPage)
        self.to_date.setObjectName(u"to_date")
        self.to_date.setCalendarPopup(True)

        self.date_layout.addWidget(self.to_date)

        self.reset_button = QPushButton(RegisterPage)
        self.reset_button.setObjectName(u"reset_button")

        self.date_layout.addWidget(self.reset_button)

        self.date_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.date_layout.addItem(self.date_spacer)


        self.main_layout.addLayout(self.date_layout)

        self.register_table = QTableView(RegisterPage)
        self.register_table.setObjectName(u"register_table")
        self.register_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.register_table.setAlternatingRowColors(True)
        self.register_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.register_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.register_table.setSortingEnabled(True)
        self.register_table.setWordWrap(False)
        self.register_table.horizontalHeader().setStretchLastSection(True)
        self.register_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.register_table)

        self.count_label = QLabel(RegisterPage)
        self.count_label.setObjectName(u"count_label")

        self.main_layout.addWidget(self.count_label)


        self.retranslateUi(RegisterPage)

        QMetaObject.connectSlotsByName(RegisterPage)
    # setupUi

    def retranslateUi(self, RegisterPage):
        self.title_label.setText(QCoreApplication.translate("RegisterPage", u"Semua Pengaduan", None))
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleName(QCoreApplication.translate("RegisterPage", u"Cari pengaduan", None))
#endif // QT_CONFIG(accessibility)
        self.search_edit.setPlaceholderText(QCoreApplication.translate("RegisterPage", u"Cari nomor register, nama pelapor, terlapor, ringkasan, tiket SP4N-LAPOR! (Ctrl+F)", None))
        self.export_csv_button.setText(QCoreApplication.translate("RegisterPage", u"Ekspor CSV", None))
#if QT_CONFIG(tooltip)
        self.export_csv_button.setToolTip(QCoreApplication.translate("RegisterPage", u"Simpan tampilan saat ini ke berkas CSV", None))
#endif // QT_CONFIG(tooltip)
        self.export_xlsx_button.setText(QCoreApplication.translate("RegisterPage", u"Ekspor Excel", None))
#if QT_CONFIG(tooltip)
        self.export_xlsx_button.setToolTip(QCoreApplication.translate("RegisterPage", u"Simpan tampilan saat ini ke berkas Excel (.xlsx)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("RegisterPage", u"Saring menurut status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.status_combo.setToolTip(QCoreApplication.translate("RegisterPage", u"Status", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.lane_combo.setAccessibleName(QCoreApplication.translate("RegisterPage", u"Saring menurut posisi", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.lane_combo.setToolTip(QCoreApplication.translate("RegisterPage", u"Posisi (pelaksana langkah saat ini)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.tier_combo.setAccessibleName(QCoreApplication.translate("RegisterPage", u"Saring menurut tingkat", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.tier_combo.setToolTip(QCoreApplication.translate("RegisterPage", u"Tingkat pengaduan", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.channel_combo.setAccessibleName(QCoreApplication.translate("RegisterPage", u"Saring menurut saluran", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.channel_combo.setToolTip(QCoreApplication.translate("RegisterPage", u"Saluran pengaduan", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.state_combo.setAccessibleName(QCoreApplication.translate("RegisterPage", u"Saring menurut batas waktu", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.state_combo.setToolTip(QCoreApplication.translate("RegisterPage", u"Keadaan batas waktu", None))
#endif // QT_CONFIG(tooltip)
        self.date_check.setText(QCoreApplication.translate("RegisterPage", u"Diterima", None))
#if QT_CONFIG(accessibility)
        self.from_date.setAccessibleName(QCoreApplication.translate("RegisterPage", u"Diterima dari tanggal", None))
#endif // QT_CONFIG(accessibility)
        self.from_date.setDisplayFormat(QCoreApplication.translate("RegisterPage", u"dd-MM-yyyy", None))
        self.date_to_label.setText(QCoreApplication.translate("RegisterPage", u"s.d.", None))
#if QT_CONFIG(accessibility)
        self.to_date.setAccessibleName(QCoreApplication.translate("RegisterPage", u"Diterima sampai tanggal", None))
#endif // QT_CONFIG(accessibility)
        self.to_date.setDisplayFormat(QCoreApplication.translate("RegisterPage", u"dd-MM-yyyy", None))
        self.reset_button.setText(QCoreApplication.translate("RegisterPage", u"Atur Ulang", None))
#if QT_CONFIG(tooltip)
        self.reset_button.setToolTip(QCoreApplication.translate("RegisterPage", u"Hapus semua saringan", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.register_table.setAccessibleName(QCoreApplication.translate("RegisterPage", u"Daftar pengaduan", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

