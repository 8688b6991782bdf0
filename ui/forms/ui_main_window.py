# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QListWidget, QListWidgetItem, QMainWindow,
    QSizePolicy, QSplitter, QStackedWidget, QStatusBar,
    QToolBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 780)
        self.action_new_complaint = QAction(MainWindow)
        self.action_new_complaint.setObjectName(u"action_new_complaint")
        self.action_search = QAction(MainWindow)
        self.action_search.setObjectName(u"action_search")
        self.action_refresh = QAction(MainWindow)
        self.action_refresh.setObjectName(u"action_refresh")
        self.action_logout = QAction(MainWindow)
        self.action_logout.setObjectName(u"action_logout")
        self.action_about = QAction(MainWindow)
        self.action_about.setObjectName(u"action_about")
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QVBoxLayout(self.central_widget)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.main_splitter = QSplitter(self.central_widget)
        self.main_splitter.setObjectName(u"main_splitter")
        self.main_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.main_splitter.setChildrenCollapsible(False)
        self.nav_list = QListWidget(self.main_splitter)
        QListWidgetItem(self.nav_list)
        QListWidgetItem(self.nav_list)
        QListWidgetItem(self.nav_list)
        QListWidgetItem(self.nav_list)
        self.nav_list.setObjectName(u"nav_list")
        self.nav_list.setMinimumSize(QSize(170, 0))
        self.nav_list.setMaximumSize(QSize(320, 16777215))
        self.nav_list.setIconSize(QSize(22, 22))
        self.main_splitter.addWidget(self.nav_list)
        self.page_stack = QStackedWidget(self.main_splitter)
        self.page_stack.setObjectName(u"page_stack")
        self.main_splitter.addWidget(self.page_stack)

        self.central_layout.addWidget(self.main_splitter)

        MainWindow.setCentralWidget(self.central_widget)
        self.main_toolbar = QToolBar(MainWindow)
        self.main_toolbar.setObjectName(u"main_toolbar")
        self.main_toolbar.setMovable(False)
        self.main_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.main_toolbar)
        self.status_bar = QStatusBar(MainWindow)
        self.status_bar.setObjectName(u"status_bar")
        MainWindow.setStatusBar(self.status_bar)

        self.main_toolbar.addAction(self.action_new_complaint)
        self.main_toolbar.addAction(self.action_search)
        self.main_toolbar.addAction(self.action_refresh)
        self.main_toolbar.addSeparator()
        self.main_toolbar.addAction(self.action_logout)
        self.main_toolbar.addSeparator()
        self.main_toolbar.addAction(self.action_about)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Layanan Pengaduan Masyarakat", None))
        self.action_new_complaint.setText(QCoreApplication.translate("MainWindow", u"Pengaduan Baru", None))
#if QT_CONFIG(tooltip)
        self.action_new_complaint.setToolTip(QCoreApplication.translate("MainWindow", u"Daftarkan pengaduan baru (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.action_new_complaint.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.action_search.setText(QCoreApplication.translate("MainWindow", u"Cari", None))
#if QT_CONFIG(tooltip)
        self.action_search.setToolTip(QCoreApplication.translate("MainWindow", u"Cari di semua pengaduan (Ctrl+F)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.action_search.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+F", None))
#endif // QT_CONFIG(shortcut)
        self.action_refresh.setText(QCoreApplication.translate("MainWindow", u"Muat Ulang", None))
#if QT_CONFIG(tooltip)
        self.action_refresh.setToolTip(QCoreApplication.translate("MainWindow", u"Muat ulang data dari basis data (F5)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.action_refresh.setShortcut(QCoreApplication.translate("MainWindow", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.action_logout.setText(QCoreApplication.translate("MainWindow", u"Keluar Akun", None))
#if QT_CONFIG(tooltip)
        self.action_logout.setToolTip(QCoreApplication.translate("MainWindow", u"Keluar dari akun dan tutup aplikasi", None))
#endif // QT_CONFIG(tooltip)
        self.action_about.setText(QCoreApplication.translate("MainWindow", u"Tentang", None))
#if QT_CONFIG(tooltip)
        self.action_about.setToolTip(QCoreApplication.translate("MainWindow", u"Versi program dan lisensi komponen pihak ketiga (F1)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.action_about.setShortcut(QCoreApplication.translate("MainWindow", u"F1", None))
#endif // QT_CONFIG(shortcut)

        __sortingEnabled = self.nav_list.isSortingEnabled()
        self.nav_list.setSortingEnabled(False)
        ___qlistwidgetitem = self.nav_list.item(0)
        ___qlistwidgetitem.setText(QCoreApplication.translate("MainWindow", u"Tugas Saya", None))
        ___qlistwidgetitem1 = self.nav_list.item(1)
        ___qlistwidgetitem1.setText(QCoreApplication.translate("MainWindow", u"Semua Pengaduan", None))
        ___qlistwidgetitem2 = self.nav_list.item(2)
        ___qlistwidgetitem2.setText(QCoreApplication.translate("MainWindow", u"Laporan", None))
        ___qlistwidgetitem3 = self.nav_list.item(3)
        ___qlistwidgetitem3.setText(QCoreApplication.translate("MainWindow", u"Pengaturan", None))
        self.nav_list.setSortingEnabled(__sortingEnabled)

#if QT_CONFIG(accessibility)
        self.nav_list.setAccessibleName(QCoreApplication.translate("MainWindow", u"Navigasi halaman", None))
#endif // QT_CONFIG(accessibility)
        self.main_toolbar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Bilah alat", None))
    # retranslateUi

