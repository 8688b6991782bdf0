# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QGridLayout,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        ReportsPage.resize(1100, 700)
        self.main_layout = QVBoxLayout(ReportsPage)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(16, 12, 16, 12)
        self.title_label = QLabel(ReportsPage)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.period_layout = QHBoxLayout()
        self.period_layout.setObjectName(u"period_layout")
        self.period_caption = QLabel(ReportsPage)
        self.period_caption.setObjectName(u"period_caption")

        self.period_layout.addWidget(self.period_caption)

        self.kind_combo = QComboBox(ReportsPage)
        self.kind_combo.setObjectName(u"kind_combo")

        self.period_layout.addWidget(self.kind_combo)

        self.month_combo = QComboBox(ReportsPage)
        self.month_combo.setObjectName(u"month_combo")

        self.period_layout.addWidget(self.month_combo)

        self.quarter_combo = QComboBox(ReportsPage)
        self.quarter_combo.setObjectName(u"quarter_combo")

        self.period_layout.addWidget(self.quarter_combo)

        self.year_spin = QSpinBox(ReportsPage)
        self.year_spin.setObjectName(u"year_spin")
        self.year_spin.setMinimum(2000)
        self.year_spin.setMaximum(2100)

        self.period_layout.addWidget(self.year_spin)

        self.from_date = QDateEdit(ReportsPage)
        self.from_date.setObjectName(u"from_date")
        self.from_date.setCalendarPopup(True)

        self.period_layout.addWidget(self.from_date)

        self.to_caption = QLabel(ReportsPage)
        self.to_caption.setObjectName(u"to_caption")

        self.period_layout.addWidget(self.to_caption)

        self.to_date = QDateEdit(ReportsPage)
        self.to_date.setObjectName(u"to_date")
        self.to_date.setCalendarPopup(True)

        self.period_layout.addWidget(self.to_date)

        self.show_button = QPushButton(ReportsPage)
        self.show_button.setObjectName(u"show_button")

        self.period_layout.addWidget(self.show_button)

        self.period_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.period_layout.addItem(self.period_spacer)

        self.export_xlsx_button = QPushButton(ReportsPage)
        self.export_xlsx_button.setObjectName(u"export_xlsx_button")

        self.period_layout.addWidget(self.export_xlsx_button)

        self.export_docx_button = QPushButton(ReportsPage)
        self.export_docx_button.setObjectName(u"export_docx_button")

        self.period_layout.addWidget(self.export_docx_button)


        self.main_layout.addLayout(self.period_layout)

        self.scope_label = QLabel(ReportsPage)
        self.scope_label.setObjectName(u"scope_label")
        self.scope_label.setWordWrap(True)

        self.main_layout.addWidget(self.scope_label)

        self.figures_layout = QHBoxLayout()
        self.figures_layout.setObjectName(u"figures_layout")
        self.total_caption = QLabel(ReportsPage)
        self.total_caption.setObjectName(u"total_caption")

        self.figures_layout.addWidget(self.total_caption)

        self.total_value = QLabel(ReportsPage)
        self.total_value.setObjectName(u"total_value")

        self.figures_layout.addWidget(self.total_value)

        self.closed_caption = QLabel(ReportsPage)
        self.closed_caption.setObjectName(u"closed_caption")

        self.figures_layout.addWidget(self.closed_caption)

        self.closed_value = QLabel(ReportsPage)
        self.closed_value.setObjectName(u"closed_value")

        self.figures_layout.addWidget(self.closed_value)

        self.open_caption = QLabel(ReportsPage)
        self.open_caption.setObjectName(u"open_caption")

        self.figures_layout.addWidget(self.open_caption)

        self.open_value = QLabel(ReportsPage)
        self.open_value.setObjectName(u"open_value")

        self.figures_layout.addWidget(self.open_value)

        self.held_caption = QLabel(ReportsPage)
        self.held_caption.setObjectName(u"held_caption")

        self.figures_layout.addWidget(self.held_caption)

        self.held_value = QLabel(ReportsPage)
        self.held_value.setObjectName(u"held_value")

        self.figures_layout.addWidget(self.held_value)

        self.overdue_caption = QLabel(ReportsPage)
        self.overdue_caption.setObjectName(u"overdue_caption")

        self.figures_layout.addWidget(self.overdue_caption)

        self.overdue_value = QLabel(ReportsPage)
        self.overdue_value.setObjectName(u"overdue_value")

        self.figures_layout.addWidget(self.overdue_value)

        self.due_soon_caption = QLabel(ReportsPage)
        self.due_soon_caption.setObjectName(u"due_soon_caption")

        self.figures_layout.addWidget(self.due_soon_caption)

        self.due_soon_value = QLabel(ReportsPage)
        self.due_soon_value.setObjectName(u"due_soon_value")

        self.figures_layout.addWidget(self.due_soon_value)

        self.figures_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.figures_layout.addItem(self.figures_spacer)


        self.main_layout.addLayout(self.figures_layout)

        self.tabs = QTabWidget(ReportsPage)
        self.tabs.setObjectName(u"tabs")
        self.dashboard_tab = QWidget()
        self.dashboard_tab.setObjectName(u"dashboard_tab")
        self.dashboard_layout = QGridLayout(self.dashboard_tab)
        self.dashboard_layout.setObjectName(u"dashboard_layout")
        self.tabs.addTab(self.dashboard_tab, "")
        self.compliance_tab = QWidget()
        self.compliance_tab.setObjectName(u"compliance_tab")
        self.compliance_layout = QGridLayout(self.compliance_tab)
        self.compliance_layout.setObjectName(u"compliance_layout")
        self.tabs.addTab(self.compliance_tab, "")
        self.officials_tab = QWidget()
        self.officials_tab.setObjectName(u"officials_tab")
        self.officials_layout = QGridLayout(self.officials_tab)
        self.officials_layout.setObjectName(u"officials_layout")
        self.tabs.addTab(self.officials_tab, "")
        self.tier_tab = QWidget()
        self.tier_tab.setObjectName(u"tier_tab")
        self.tier_layout = QGridLayout(self.tier_tab)
        self.tier_layout.setObjectName(u"tier_layout")
        self.tabs.addTab(self.tier_tab, "")

        self.main_layout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.period_caption.setBuddy(self.kind_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReportsPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage):
        self.title_label.setText(QCoreApplication.translate("ReportsPage", u"Laporan", None))
        self.period_caption.setText(QCoreApplication.translate("ReportsPage", u"Periode:", None))
#if QT_CONFIG(tooltip)
        self.kind_combo.setToolTip(QCoreApplication.translate("ReportsPage", u"Bulan, triwulan, tahun, atau rentang tanggal sendiri", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.month_combo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Bulan laporan", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.quarter_combo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Triwulan laporan", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.year_spin.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Tahun laporan", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.from_date.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Laporan dari tanggal", None))
#endif // QT_CONFIG(accessibility)
        self.from_date.setDisplayFormat(QCoreApplication.translate("ReportsPage", u"dd-MM-yyyy", None))
        self.to_caption.setText(QCoreApplication.translate("ReportsPage", u"s.d.", None))
#if QT_CONFIG(accessibility)
        self.to_date.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Laporan sampai tanggal", None))
#endif // QT_CONFIG(accessibility)
        self.to_date.setDisplayFormat(QCoreApplication.translate("ReportsPage", u"dd-MM-yyyy", None))
        self.show_button.setText(QCoreApplication.translate("ReportsPage", u"Tampilkan", None))
        self.export_xlsx_button.setText(QCoreApplication.translate("ReportsPage", u"Ekspor Tabel (XLSX)", None))
#if QT_CONFIG(tooltip)
        self.export_xlsx_button.setToolTip(QCoreApplication.translate("ReportsPage", u"Semua tabel laporan, satu lembar kerja per tabel", None))
#endif // QT_CONFIG(tooltip)
        self.export_docx_button.setText(QCoreApplication.translate("ReportsPage", u"Rekap untuk Ditandatangani (DOCX)", None))
#if QT_CONFIG(tooltip)
        self.export_docx_button.setToolTip(QCoreApplication.translate("ReportsPage", u"Rekapitulasi A4 dengan kop, tabel, grafik dan blok tanda tangan Kepala Kantor Wilayah", None))
#endif // QT_CONFIG(tooltip)
        self.total_caption.setText(QCoreApplication.translate("ReportsPage", u"Diterima", None))
        self.closed_caption.setText(QCoreApplication.translate("ReportsPage", u"Selesai", None))
        self.open_caption.setText(QCoreApplication.translate("ReportsPage", u"Dalam proses", None))
        self.held_caption.setText(QCoreApplication.translate("ReportsPage", u"Ditunda", None))
        self.overdue_caption.setText(QCoreApplication.translate("ReportsPage", u"Terlambat saat ini", None))
        self.due_soon_caption.setText(QCoreApplication.translate("ReportsPage", u"Segera jatuh tempo", None))
        self.tabs.setTabText(self.tabs.indexOf(self.dashboard_tab), QCoreApplication.translate("ReportsPage", u"Dasbor", None))
        self.tabs.setTabText(self.tabs.indexOf(self.compliance_tab), QCoreApplication.translate("ReportsPage", u"Kepatuhan SOP", None))
        self.tabs.setTabText(self.tabs.indexOf(self.officials_tab), QCoreApplication.translate("ReportsPage", u"Per Pejabat", None))
        self.tabs.setTabText(self.tabs.indexOf(self.tier_tab), QCoreApplication.translate("ReportsPage", u"Batas Waktu per Tingkat", None))
        pass
    # retranslateUi

