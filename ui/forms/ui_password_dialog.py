# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'password_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_PasswordDialog(object):
    def setupUi(self, PasswordDialog):
        if not PasswordDialog.objectName():
            PasswordDialog.setObjectName(u"PasswordDialog")
        PasswordDialog.resize(420, 220)
        self.main_layout = QVBoxLayout(PasswordDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.password_form = QFormLayout()
        self.password_form.setObjectName(u"password_form")
        self.old_password_label = QLabel(PasswordDialog)
        self.old_password_label.setObjectName(u"old_password_label")

        self.password_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.old_password_label)

        self.old_password_edit = QLineEdit(PasswordDialog)
        self.old_password_edit.setObjectName(u"old_password_edit")
        self.old_password_edit.setEchoMode(QLineEdit.Password)

        self.password_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.old_password_edit)

        self.new_password_label = QLabel(PasswordDialog)
        self.new_password_label.setObjectName(u"new_password_label")

        self.password_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.new_password_label)

        self.new_password_edit = QLineEdit(PasswordDialog)
        self.new_password_edit.setObjectName(u"new_password_edit")
        self.new_password_edit.setEchoMode(QLineEdit.Password)

        self.password_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.new_password_edit)

        self.confirm_label = QLabel(PasswordDialog)
        self.confirm_label.setObjectName(u"confirm_label")

        self.password_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.confirm_label)

        self.confirm_edit = QLineEdit(PasswordDialog)
        self.confirm_edit.setObjectName(u"confirm_edit")
        self.confirm_edit.setEchoMode(QLineEdit.Password)

        self.password_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.confirm_edit)


        self.main_layout.addLayout(self.password_form)

        self.error_label = QLabel(PasswordDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(PasswordDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.old_password_label.setBuddy(self.old_password_edit)
        self.new_password_label.setBuddy(self.new_password_edit)
        self.confirm_label.setBuddy(self.confirm_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PasswordDialog)

        QMetaObject.connectSlotsByName(PasswordDialog)
    # setupUi

    def retranslateUi(self, PasswordDialog):
        PasswordDialog.setWindowTitle(QCoreApplication.translate("PasswordDialog", u"Ganti Kata Sandi", None))
        self.old_password_label.setText(QCoreApplication.translate("PasswordDialog", u"Kata sandi lama:", None))
        self.new_password_label.setText(QCoreApplication.translate("PasswordDialog", u"Kata sandi baru:", None))
        self.confirm_label.setText(QCoreApplication.translate("PasswordDialog", u"Ulangi kata sandi baru:", None))
    # retranslateUi

