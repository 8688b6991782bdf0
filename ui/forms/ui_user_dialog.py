# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'user_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_UserDialog(object):
    def setupUi(self, UserDialog):
        if not UserDialog.objectName():
            UserDialog.setObjectName(u"UserDialog")
        UserDialog.resize(480, 520)
        self.main_layout = QVBoxLayout(UserDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.account_form = QFormLayout()
        self.account_form.setObjectName(u"account_form")
        self.username_label = QLabel(UserDialog)
        self.username_label.setObjectName(u"username_label")

        self.account_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username_edit = QLineEdit(UserDialog)
        self.username_edit.setObjectName(u"username_edit")

        self.account_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username_edit)

        self.full_name_label = QLabel(UserDialog)
        self.full_name_label.setObjectName(u"full_name_label")

        self.account_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.full_name_label)

        self.full_name_edit = QLineEdit(UserDialog)
        self.full_name_edit.setObjectName(u"full_name_edit")

        self.account_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.full_name_edit)

        self.nip_label = QLabel(UserDialog)
        self.nip_label.setObjectName(u"nip_label")

        self.account_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nip_label)

        self.nip_edit = QLineEdit(UserDialog)
        self.nip_edit.setObjectName(u"nip_edit")

        self.account_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nip_edit)

        self.jabatan_label = QLabel(UserDialog)
        self.jabatan_label.setObjectName(u"jabatan_label")

        self.account_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.jabatan_label)

        self.jabatan_edit = QLineEdit(UserDialog)
        self.jabatan_edit.setObjectName(u"jabatan_edit")

        self.account_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.jabatan_edit)

        self.password_label = QLabel(UserDialog)
        self.password_label.setObjectName(u"password_label")

        self.account_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(UserDialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.Password)

        self.account_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.lanes_label = QLabel(UserDialog)
        self.lanes_label.setObjectName(u"lanes_label")

        self.account_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.lanes_label)

        self.lanes_list = QListWidget(UserDialog)
        self.lanes_list.setObjectName(u"lanes_list")

        self.account_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.lanes_list)

        self.active_check = QCheckBox(UserDialog)
        self.active_check.setObjectName(u"active_check")
        self.active_check.setChecked(True)

        self.account_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.active_check)


        self.main_layout.addLayout(self.account_form)

        self.error_label = QLabel(UserDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(UserDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.username_label.setBuddy(self.username_edit)
        self.full_name_label.setBuddy(self.full_name_edit)
        self.nip_label.setBuddy(self.nip_edit)
        self.jabatan_label.setBuddy(self.jabatan_edit)
        self.password_label.setBuddy(self.password_edit)
        self.lanes_label.setBuddy(self.lanes_list)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UserDialog)

        QMetaObject.connectSlotsByName(UserDialog)
    # setupUi

    def retranslateUi(self, UserDialog):
        UserDialog.setWindowTitle(QCoreApplication.translate("UserDialog", u"Akun Pengguna", None))
        self.username_label.setText(QCoreApplication.translate("UserDialog", u"Nama pengguna:", None))
        self.full_name_label.setText(QCoreApplication.translate("UserDialog", u"Nama lengkap:", None))
        self.nip_label.setText(QCoreApplication.translate("UserDialog", u"NIP:", None))
        self.jabatan_label.setText(QCoreApplication.translate("UserDialog", u"Jabatan:", None))
        self.password_label.setText(QCoreApplication.translate("UserDialog", u"Kata sandi awal:", None))
        self.password_edit.setPlaceholderText(QCoreApplication.translate("UserDialog", u"minimal 8 karakter", None))
        self.lanes_label.setText(QCoreApplication.translate("UserDialog", u"Peran:", None))
        self.active_check.setText(QCoreApplication.translate("UserDialog", u"Aktif", None))
    # retranslateUi

