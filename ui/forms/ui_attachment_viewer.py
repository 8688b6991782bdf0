# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'attachment_viewer.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListView,
    QScrollArea, QSizePolicy, QSpacerItem, QSpinBox,
    QSplitter, QToolButton, QVBoxLayout, QWidget)

class Ui_AttachmentViewer(object):
    def setupUi(self, AttachmentViewer):
        if not AttachmentViewer.objectName():
            AttachmentViewer.setObjectName(u"AttachmentViewer")
        AttachmentViewer.resize(900, 640)
        self.main_layout = QVBoxLayout(AttachmentViewer)
        self.main_layout.setSpacing(6)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(6, 6, 6, 6)
        self.toolbar_layout = QHBoxLayout()
        self.toolbar_layout.setObjectName(u"toolbar_layout")
        self.previous_button = QToolButton(AttachmentViewer)
        self.previous_button.setObjectName(u"previous_button")

        self.toolbar_layout.addWidget(self.previous_button)

        self.page_label = QLabel(AttachmentViewer)
        self.page_label.setObjectName(u"page_label")

        self.toolbar_layout.addWidget(self.page_label)

        self.page_spin = QSpinBox(AttachmentViewer)
        self.page_spin.setObjectName(u"page_spin")
        self.page_spin.setMinimum(1)

        self.toolbar_layout.addWidget(self.page_spin)

        self.page_count_label = QLabel(AttachmentViewer)
        self.page_count_label.setObjectName(u"page_count_label")

        self.toolbar_layout.addWidget(self.page_count_label)

        self.next_button = QToolButton(AttachmentViewer)
        self.next_button.setObjectName(u"next_button")

        self.toolbar_layout.addWidget(self.next_button)

        self.toolbar_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar_layout.addItem(self.toolbar_spacer)

        self.zoom_out_button = QToolButton(AttachmentViewer)
        self.zoom_out_button.setObjectName(u"zoom_out_button")

        self.toolbar_layout.addWidget(self.zoom_out_button)

        self.zoom_label = QLabel(AttachmentViewer)
        self.zoom_label.setObjectName(u"zoom_label")
        self.zoom_label.setMinimumSize(QSize(48, 0))
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.toolbar_layout.addWidget(self.zoom_label)

        self.zoom_in_button = QToolButton(AttachmentViewer)
        self.zoom_in_button.setObjectName(u"zoom_in_button")

        self.toolbar_layout.addWidget(self.zoom_in_button)

        self.fit_width_button = QToolButton(AttachmentViewer)
        self.fit_width_button.setObjectName(u"fit_width_button")
        self.fit_width_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.toolbar_layout.addWidget(self.fit_width_button)

        self.fit_page_button = QToolButton(AttachmentViewer)
        self.fit_page_button.setObjectName(u"fit_page_button")
        self.fit_page_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.toolbar_layout.addWidget(self.fit_page_button)

        self.rotate_left_button = QToolButton(AttachmentViewer)
        self.rotate_left_button.setObjectName(u"rotate_left_button")

        self.toolbar_layout.addWidget(self.rotate_left_button)

        self.rotate_right_button = QToolButton(AttachmentViewer)
        self.rotate_right_button.setObjectName(u"rotate_right_button")

        self.toolbar_layout.addWidget(self.rotate_right_button)


        self.main_layout.addLayout(self.toolbar_layout)

        self.message_label = QLabel(AttachmentViewer)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.splitter = QSplitter(AttachmentViewer)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.thumbnail_list = QListView(self.splitter)
        self.thumbnail_list.setObjectName(u"thumbnail_list")
        self.thumbnail_list.setMinimumSize(QSize(150, 0))
        self.thumbnail_list.setMaximumSize(QSize(240, 16777215))
        self.splitter.addWidget(self.thumbnail_list)
        self.page_scroll = QScrollArea(self.splitter)
        self.page_scroll.setObjectName(u"page_scroll")
        self.page_scroll.setWidgetResizable(False)
        self.page_scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)
        self.page_view = QLabel()
        self.page_view.setObjectName(u"page_view")
        self.page_view.setGeometry(QRect(0, 0, 100, 100))
        self.page_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_scroll.setWidget(self.page_view)
        self.splitter.addWidget(self.page_scroll)

        self.main_layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.page_label.setBuddy(self.page_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AttachmentViewer)

        QMetaObject.connectSlotsByName(AttachmentViewer)
    # setupUi

    def retranslateUi(self, AttachmentViewer):
        AttachmentViewer.setWindowTitle(QCoreApplication.translate("AttachmentViewer", u"Penampil Lampiran", None))
#if QT_CONFIG(accessibility)
        self.previous_button.setAccessibleName(QCoreApplication.translate("AttachmentViewer", u"Halaman sebelumnya", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.previous_button.setToolTip(QCoreApplication.translate("AttachmentViewer", u"Halaman sebelumnya (Page Up)", None))
#endif // QT_CONFIG(tooltip)
        self.page_label.setText(QCoreApplication.translate("AttachmentViewer", u"Halaman", None))
#if QT_CONFIG(accessibility)
        self.next_button.setAccessibleName(QCoreApplication.translate("AttachmentViewer", u"Halaman berikutnya", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.next_button.setToolTip(QCoreApplication.translate("AttachmentViewer", u"Halaman berikutnya (Page Down)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.zoom_out_button.setAccessibleName(QCoreApplication.translate("AttachmentViewer", u"Perkecil", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.zoom_out_button.setToolTip(QCoreApplication.translate("AttachmentViewer", u"Perkecil (Ctrl+-)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.zoom_in_button.setAccessibleName(QCoreApplication.translate("AttachmentViewer", u"Perbesar", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.zoom_in_button.setToolTip(QCoreApplication.translate("AttachmentViewer", u"Perbesar (Ctrl++)", None))
#endif // QT_CONFIG(tooltip)
        self.fit_width_button.setText(QCoreApplication.translate("AttachmentViewer", u"Lebar", None))
#if QT_CONFIG(tooltip)
        self.fit_width_button.setToolTip(QCoreApplication.translate("AttachmentViewer", u"Sesuaikan dengan lebar jendela", None))
#endif // QT_CONFIG(tooltip)
        self.fit_page_button.setText(QCoreApplication.translate("AttachmentViewer", u"Halaman penuh", None))
#if QT_CONFIG(tooltip)
        self.fit_page_button.setToolTip(QCoreApplication.translate("AttachmentViewer", u"Tampilkan satu halaman utuh", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.rotate_left_button.setAccessibleName(QCoreApplication.translate("AttachmentViewer", u"Putar ke kiri", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.rotate_left_button.setToolTip(QCoreApplication.translate("AttachmentViewer", u"Putar ke kiri", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.rotate_right_button.setAccessibleName(QCoreApplication.translate("AttachmentViewer", u"Putar ke kanan", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.rotate_right_button.setToolTip(QCoreApplication.translate("AttachmentViewer", u"Putar ke kanan", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.thumbnail_list.setAccessibleName(QCoreApplication.translate("AttachmentViewer", u"Gambar kecil halaman", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.page_view.setAccessibleName(QCoreApplication.translate("AttachmentViewer", u"Halaman", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

