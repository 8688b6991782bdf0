# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_LoginDialog(object):
    def setupUi(self, LoginDialog):
        if not LoginDialog.objectName():
            LoginDialog.setObjectName(u"LoginDialog")
        LoginDialog.resize(460, 330)
        self.main_layout = QVBoxLayout(LoginDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 20)
        self.header_layout = QHBoxLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.logo_label = QLabel(LoginDialog)
        self.logo_label.setObjectName(u"logo_label")
        self.logo_label.setMinimumSize(QSize(48, 48))

        self.header_layout.addWidget(self.logo_label)

        self.title_layout = QVBoxLayout()
        self.title_layout.setObjectName(u"title_layout")
        self.title_label = QLabel(LoginDialog)
        self.title_label.setObjectName(u"title_label")

        self.title_layout.addWidget(self.title_label)

        self.office_label = QLabel(LoginDialog)
        self.office_label.setObjectName(u"office_label")
        self.office_label.setWordWrap(True)

        self.title_layout.addWidget(self.office_label)


        self.header_layout.addLayout(self.title_layout)


        self.main_layout.addLayout(self.header_layout)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setHorizontalSpacing(12)
        self.username_label = QLabel(LoginDialog)
        self.username_label.setObjectName(u"username_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username_edit = QLineEdit(LoginDialog)
        self.username_edit.setObjectName(u"username_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username_edit)

        self.password_label = QLabel(LoginDialog)
        self.password_label.setObjectName(u"password_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(LoginDialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(LoginDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.database_label = QLabel(LoginDialog)
        self.database_label.setObjectName(u"database_label")
        self.database_label.setWordWrap(True)

        self.main_layout.addWidget(self.database_label)

        self.vertical_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.vertical_spacer)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.cancel_button = QPushButton(LoginDialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.button_layout.addWidget(self.cancel_button)

        self.login_button = QPushButton(LoginDialog)
        self.login_button.setObjectName(u"login_button")

        self.button_layout.addWidget(self.login_button)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.username_label.setBuddy(self.username_edit)
        self.password_label.setBuddy(self.password_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.login_button)
        QWidget.setTabOrder(self.login_button, self.cancel_button)

        self.retranslateUi(LoginDialog)

        self.login_button.setDefault(True)


        QMetaObject.connectSlotsByName(LoginDialog)
    # setupUi

    def retranslateUi(self, LoginDialog):
        LoginDialog.setWindowTitle(QCoreApplication.translate("LoginDialog", u"Masuk - Layanan Pengaduan Masyarakat", None))
        self.title_label.setText(QCoreApplication.translate("LoginDialog", u"Layanan Pengaduan Masyarakat", None))
        self.office_label.setText(QCoreApplication.translate("LoginDialog", u"Kantor Wilayah", None))
        self.username_label.setText(QCoreApplication.translate("LoginDialog", u"&Nama pengguna:", None))
        self.password_label.setText(QCoreApplication.translate("LoginDialog", u"&Kata sandi:", None))
        self.cancel_button.setText(QCoreApplication.translate("LoginDialog", u"Keluar", None))
        self.login_button.setText(QCoreApplication.translate("LoginDialog", u"Masuk", None))
    # retranslateUi

