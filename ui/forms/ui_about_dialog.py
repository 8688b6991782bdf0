# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPlainTextEdit, QSizePolicy, QSplitter, QVBoxLayout,
    QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(860, 600)
        self.main_layout = QVBoxLayout(AboutDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.header_layout = QHBoxLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.logo_label = QLabel(AboutDialog)
        self.logo_label.setObjectName(u"logo_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.logo_label.sizePolicy().hasHeightForWidth())
        self.logo_label.setSizePolicy(sizePolicy)
        self.logo_label.setMinimumSize(QSize(64, 64))
        self.logo_label.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.header_layout.addWidget(self.logo_label)

        self.heading_layout = QVBoxLayout()
        self.heading_layout.setSpacing(4)
        self.heading_layout.setObjectName(u"heading_layout")
        self.title_label = QLabel(AboutDialog)
        self.title_label.setObjectName(u"title_label")

        self.heading_layout.addWidget(self.title_label)

        self.version_label = QLabel(AboutDialog)
        self.version_label.setObjectName(u"version_label")
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.heading_layout.addWidget(self.version_label)

        self.summary_label = QLabel(AboutDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.heading_layout.addWidget(self.summary_label)


        self.header_layout.addLayout(self.heading_layout)

        self.header_layout.setStretch(1, 1)

        self.main_layout.addLayout(self.header_layout)

        self.notices_splitter = QSplitter(AboutDialog)
        self.notices_splitter.setObjectName(u"notices_splitter")
        self.notices_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.notices_splitter.setChildrenCollapsible(False)
        self.component_list = QListWidget(self.notices_splitter)
        self.component_list.setObjectName(u"component_list")
        self.component_list.setMinimumSize(QSize(300, 0))
        self.notices_splitter.addWidget(self.component_list)
        self.notice_text = QPlainTextEdit(self.notices_splitter)
        self.notice_text.setObjectName(u"notice_text")
        self.notice_text.setReadOnly(True)
        self.notices_splitter.addWidget(self.notice_text)

        self.main_layout.addWidget(self.notices_splitter)

        self.folder_label = QLabel(AboutDialog)
        self.folder_label.setObjectName(u"folder_label")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.folder_label)

        self.button_box = QDialogButtonBox(AboutDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)

        self.main_layout.setStretch(1, 1)

        self.retranslateUi(AboutDialog)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"Tentang Pengaduan", None))
        self.title_label.setText(QCoreApplication.translate("AboutDialog", u"Layanan Pengaduan Masyarakat", None))
        self.summary_label.setText(QCoreApplication.translate("AboutDialog", u"Program ini memakai komponen pihak ketiga di bawah ini, masing-masing dengan lisensinya. Pilih sebuah komponen untuk membaca pemberitahuan dan teks lisensinya.", None))
#if QT_CONFIG(accessibility)
        self.component_list.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Komponen pihak ketiga", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.notice_text.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Teks lisensi komponen", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

