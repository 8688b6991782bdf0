# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_SetupDialog(object):
    def setupUi(self, SetupDialog):
        if not SetupDialog.objectName():
            SetupDialog.setObjectName(u"SetupDialog")
        SetupDialog.resize(560, 440)
        self.main_layout = QVBoxLayout(SetupDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(24, 20, 24, 20)
        self.title_label = QLabel(SetupDialog)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.intro_label = QLabel(SetupDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.admin_group = QGroupBox(SetupDialog)
        self.admin_group.setObjectName(u"admin_group")
        self.admin_form = QFormLayout(self.admin_group)
        self.admin_form.setObjectName(u"admin_form")
        self.full_name_label = QLabel(self.admin_group)
        self.full_name_label.setObjectName(u"full_name_label")

        self.admin_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.full_name_label)

        self.full_name_edit = QLineEdit(self.admin_group)
        self.full_name_edit.setObjectName(u"full_name_edit")

        self.admin_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.full_name_edit)

        self.username_label = QLabel(self.admin_group)
        self.username_label.setObjectName(u"username_label")

        self.admin_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username_edit = QLineEdit(self.admin_group)
        self.username_edit.setObjectName(u"username_edit")

        self.admin_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.username_edit)

        self.password_label = QLabel(self.admin_group)
        self.password_label.setObjectName(u"password_label")

        self.admin_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(self.admin_group)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.admin_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.password_confirm_label = QLabel(self.admin_group)
        self.password_confirm_label.setObjectName(u"password_confirm_label")

        self.admin_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.password_confirm_label)

        self.password_confirm_edit = QLineEdit(self.admin_group)
        self.password_confirm_edit.setObjectName(u"password_confirm_edit")
        self.password_confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.admin_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.password_confirm_edit)


        self.main_layout.addWidget(self.admin_group)

        self.demo_group = QGroupBox(SetupDialog)
        self.demo_group.setObjectName(u"demo_group")
        self.demo_layout = QVBoxLayout(self.demo_group)
        self.demo_layout.setObjectName(u"demo_layout")
        self.demo_check = QCheckBox(self.demo_group)
        self.demo_check.setObjectName(u"demo_check")

        self.demo_layout.addWidget(self.demo_check)

        self.demo_count_layout = QHBoxLayout()
        self.demo_count_layout.setObjectName(u"demo_count_layout")
        self.demo_count_label = QLabel(self.demo_group)
        self.demo_count_label.setObjectName(u"demo_count_label")

        self.demo_count_layout.addWidget(self.demo_count_label)

        self.demo_count_spin = QSpinBox(self.demo_group)
        self.demo_count_spin.setObjectName(u"demo_count_spin")
        self.demo_count_spin.setMinimum(10)
        self.demo_count_spin.setMaximum(100000)
        self.demo_count_spin.setSingleStep(100)
        self.demo_count_spin.setValue(300)

        self.demo_count_layout.addWidget(self.demo_count_spin)

        self.demo_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.demo_count_layout.addItem(self.demo_spacer)


        self.demo_layout.addLayout(self.demo_count_layout)

        self.demo_hint_label = QLabel(self.demo_group)
        self.demo_hint_label.setObjectName(u"demo_hint_label")
        self.demo_hint_label.setWordWrap(True)

        self.demo_layout.addWidget(self.demo_hint_label)


        self.main_layout.addWidget(self.demo_group)

        self.error_label = QLabel(SetupDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.cancel_button = QPushButton(SetupDialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.button_layout.addWidget(self.cancel_button)

        self.create_button = QPushButton(SetupDialog)
        self.create_button.setObjectName(u"create_button")

        self.button_layout.addWidget(self.create_button)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.full_name_label.setBuddy(self.full_name_edit)
        self.username_label.setBuddy(self.username_edit)
        self.password_label.setBuddy(self.password_edit)
        self.password_confirm_label.setBuddy(self.password_confirm_edit)
        self.demo_count_label.setBuddy(self.demo_count_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SetupDialog)

        self.create_button.setDefault(True)


        QMetaObject.connectSlotsByName(SetupDialog)
    # setupUi

    def retranslateUi(self, SetupDialog):
        SetupDialog.setWindowTitle(QCoreApplication.translate("SetupDialog", u"Persiapan Awal - Layanan Pengaduan Masyarakat", None))
        self.title_label.setText(QCoreApplication.translate("SetupDialog", u"Selamat datang", None))
        self.intro_label.setText(QCoreApplication.translate("SetupDialog", u"Basis data ini belum memiliki pengguna. Buat akun administrator terlebih dahulu; akun petugas lain dapat ditambahkan kemudian.", None))
        self.admin_group.setTitle(QCoreApplication.translate("SetupDialog", u"Akun administrator", None))
        self.full_name_label.setText(QCoreApplication.translate("SetupDialog", u"Nama lengkap:", None))
        self.username_label.setText(QCoreApplication.translate("SetupDialog", u"Nama pengguna:", None))
        self.username_edit.setText(QCoreApplication.translate("SetupDialog", u"admin", None))
        self.password_label.setText(QCoreApplication.translate("SetupDialog", u"Kata sandi:", None))
        self.password_edit.setPlaceholderText(QCoreApplication.translate("SetupDialog", u"minimal 8 karakter", None))
        self.password_confirm_label.setText(QCoreApplication.translate("SetupDialog", u"Ulangi kata sandi:", None))
        self.demo_group.setTitle(QCoreApplication.translate("SetupDialog", u"Uji coba", None))
        self.demo_check.setText(QCoreApplication.translate("SetupDialog", u"Isi dengan data contoh untuk mencoba aplikasi", None))
        self.demo_count_label.setText(QCoreApplication.translate("SetupDialog", u"Jumlah pengaduan contoh:", None))
        self.demo_hint_label.setText(QCoreApplication.translate("SetupDialog", u"Uji coba membuat basis data contoh dengan akun demo saja (kakanwil, kadiv, kabag_p2, kasubag_pphti, divisi_terkait, admin), semuanya dengan kata sandi \"pengaduan\"; akun administrator di atas tidak dibuat, dan akun sungguhan tidak dapat ditambahkan kemudian. Jangan dipakai pada basis data kantor yang sesungguhnya.", None))
        self.cancel_button.setText(QCoreApplication.translate("SetupDialog", u"Batal", None))
        self.create_button.setText(QCoreApplication.translate("SetupDialog", u"Buat Akun", None))
    # retranslateUi

