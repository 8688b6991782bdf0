# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signing_form.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_SigningForm(object):
    def setupUi(self, SigningForm):
        if not SigningForm.objectName():
            SigningForm.setObjectName(u"SigningForm")
        SigningForm.resize(800, 120)
        self.main_layout = QVBoxLayout(SigningForm)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.info_label = QLabel(SigningForm)
        self.info_label.setObjectName(u"info_label")
        self.info_label.setWordWrap(True)

        self.main_layout.addWidget(self.info_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.status_label = QLabel(SigningForm)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.button_layout.addWidget(self.status_label)

        self.button_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.print_button = QPushButton(SigningForm)
        self.print_button.setObjectName(u"print_button")

        self.button_layout.addWidget(self.print_button)


        self.main_layout.addLayout(self.button_layout)

        self.draft_view = QTextBrowser(SigningForm)
        self.draft_view.setObjectName(u"draft_view")

        self.main_layout.addWidget(self.draft_view)


        self.retranslateUi(SigningForm)

        QMetaObject.connectSlotsByName(SigningForm)
    # setupUi

    def retranslateUi(self, SigningForm):
        self.print_button.setText(QCoreApplication.translate("SigningForm", u"Cetak untuk Ditandatangani", None))
#if QT_CONFIG(tooltip)
        self.print_button.setToolTip(QCoreApplication.translate("SigningForm", u"Membuat versi nota dinas dari konsep terakhir, dengan tanggal paraf, dan membukanya untuk dicetak", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.draft_view.setAccessibleName(QCoreApplication.translate("SigningForm", u"Konsep nota dinas terakhir", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

