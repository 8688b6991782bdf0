# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'attach_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_AttachPanel(object):
    def setupUi(self, AttachPanel):
        if not AttachPanel.objectName():
            AttachPanel.setObjectName(u"AttachPanel")
        AttachPanel.resize(520, 150)
        AttachPanel.setAcceptDrops(True)
        self.main_layout = QVBoxLayout(AttachPanel)
        self.main_layout.setSpacing(6)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.drop_label = QLabel(AttachPanel)
        self.drop_label.setObjectName(u"drop_label")
        self.drop_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_label.setMinimumSize(QSize(0, 44))
        self.drop_label.setWordWrap(True)

        self.main_layout.addWidget(self.drop_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.choose_button = QPushButton(AttachPanel)
        self.choose_button.setObjectName(u"choose_button")

        self.button_layout.addWidget(self.choose_button)

        self.scan_button = QPushButton(AttachPanel)
        self.scan_button.setObjectName(u"scan_button")

        self.button_layout.addWidget(self.scan_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)


        self.main_layout.addLayout(self.button_layout)

        self.inbox_frame = QFrame(AttachPanel)
        self.inbox_frame.setObjectName(u"inbox_frame")
        self.inbox_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.inbox_layout = QHBoxLayout(self.inbox_frame)
        self.inbox_layout.setObjectName(u"inbox_layout")
        self.inbox_label = QLabel(self.inbox_frame)
        self.inbox_label.setObjectName(u"inbox_label")
        self.inbox_label.setWordWrap(True)

        self.inbox_layout.addWidget(self.inbox_label)

        self.inbox_attach_button = QPushButton(self.inbox_frame)
        self.inbox_attach_button.setObjectName(u"inbox_attach_button")

        self.inbox_layout.addWidget(self.inbox_attach_button)

        self.inbox_dismiss_button = QPushButton(self.inbox_frame)
        self.inbox_dismiss_button.setObjectName(u"inbox_dismiss_button")

        self.inbox_layout.addWidget(self.inbox_dismiss_button)


        self.main_layout.addWidget(self.inbox_frame)

        self.message_label = QLabel(AttachPanel)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)


        self.retranslateUi(AttachPanel)

        QMetaObject.connectSlotsByName(AttachPanel)
    # setupUi

    def retranslateUi(self, AttachPanel):
        self.drop_label.setText(QCoreApplication.translate("AttachPanel", u"Seret berkas PDF, JPEG, PNG atau TIFF ke sini", None))
        self.choose_button.setText(QCoreApplication.translate("AttachPanel", u"Pilih Berkas...", None))
        self.scan_button.setText(QCoreApplication.translate("AttachPanel", u"Pindai...", None))
        self.inbox_attach_button.setText(QCoreApplication.translate("AttachPanel", u"Lampirkan", None))
        self.inbox_dismiss_button.setText(QCoreApplication.translate("AttachPanel", u"Abaikan", None))
        pass
    # retranslateUi

