# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'connection_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_ConnectionDialog(object):
    def setupUi(self, ConnectionDialog):
        if not ConnectionDialog.objectName():
            ConnectionDialog.setObjectName(u"ConnectionDialog")
        ConnectionDialog.resize(560, 520)
        self.main_layout = QVBoxLayout(ConnectionDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(ConnectionDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.sqlite_radio = QRadioButton(ConnectionDialog)
        self.sqlite_radio.setObjectName(u"sqlite_radio")
        self.sqlite_radio.setChecked(True)

        self.main_layout.addWidget(self.sqlite_radio)

        self.sqlite_group = QGroupBox(ConnectionDialog)
        self.sqlite_group.setObjectName(u"sqlite_group")
        self.sqlite_layout = QHBoxLayout(self.sqlite_group)
        self.sqlite_layout.setObjectName(u"sqlite_layout")
        self.sqlite_path_edit = QLineEdit(self.sqlite_group)
        self.sqlite_path_edit.setObjectName(u"sqlite_path_edit")

        self.sqlite_layout.addWidget(self.sqlite_path_edit)

        self.browse_button = QPushButton(self.sqlite_group)
        self.browse_button.setObjectName(u"browse_button")

        self.sqlite_layout.addWidget(self.browse_button)


        self.main_layout.addWidget(self.sqlite_group)

        self.postgres_radio = QRadioButton(ConnectionDialog)
        self.postgres_radio.setObjectName(u"postgres_radio")

        self.main_layout.addWidget(self.postgres_radio)

        self.postgres_group = QGroupBox(ConnectionDialog)
        self.postgres_group.setObjectName(u"postgres_group")
        self.postgres_form = QFormLayout(self.postgres_group)
        self.postgres_form.setObjectName(u"postgres_form")
        self.host_label = QLabel(self.postgres_group)
        self.host_label.setObjectName(u"host_label")

        self.postgres_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.host_label)

        self.host_edit = QLineEdit(self.postgres_group)
        self.host_edit.setObjectName(u"host_edit")

        self.postgres_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.host_edit)

        self.port_label = QLabel(self.postgres_group)
        self.port_label.setObjectName(u"port_label")

        self.postgres_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.port_label)

        self.port_spin = QSpinBox(self.postgres_group)
        self.port_spin.setObjectName(u"port_spin")
        self.port_spin.setMinimum(1)
        self.port_spin.setMaximum(65535)
        self.port_spin.setValue(5432)

        self.postgres_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.port_spin)

        self.database_label = QLabel(self.postgres_group)
        self.database_label.setObjectName(u"database_label")

        self.postgres_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.database_label)

        self.database_edit = QLineEdit(self.postgres_group)
        self.database_edit.setObjectName(u"database_edit")

        self.postgres_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.database_edit)

        self.user_label = QLabel(self.postgres_group)
        self.user_label.setObjectName(u"user_label")

        self.postgres_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.user_label)

        self.user_edit = QLineEdit(self.postgres_group)
        self.user_edit.setObjectName(u"user_edit")

        self.postgres_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.user_edit)

        self.password_label = QLabel(self.postgres_group)
        self.password_label.setObjectName(u"password_label")

        self.postgres_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(self.postgres_group)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.Password)

        self.postgres_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.sslmode_label = QLabel(self.postgres_group)
        self.sslmode_label.setObjectName(u"sslmode_label")

        self.postgres_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sslmode_label)

        self.sslmode_combo = QComboBox(self.postgres_group)
        self.sslmode_combo.setObjectName(u"sslmode_combo")

        self.postgres_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sslmode_combo)


        self.main_layout.addWidget(self.postgres_group)

        self.test_layout = QHBoxLayout()
        self.test_layout.setObjectName(u"test_layout")
        self.test_button = QPushButton(ConnectionDialog)
        self.test_button.setObjectName(u"test_button")

        self.test_layout.addWidget(self.test_button)

        self.result_label = QLabel(ConnectionDialog)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.result_label.sizePolicy().hasHeightForWidth())
        self.result_label.setSizePolicy(sizePolicy)

        self.test_layout.addWidget(self.result_label)


        self.main_layout.addLayout(self.test_layout)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(ConnectionDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.host_label.setBuddy(self.host_edit)
        self.port_label.setBuddy(self.port_spin)
        self.database_label.setBuddy(self.database_edit)
        self.user_label.setBuddy(self.user_edit)
        self.password_label.setBuddy(self.password_edit)
        self.sslmode_label.setBuddy(self.sslmode_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConnectionDialog)

        QMetaObject.connectSlotsByName(ConnectionDialog)
    # setupUi

    def retranslateUi(self, ConnectionDialog):
        ConnectionDialog.setWindowTitle(QCoreApplication.translate("ConnectionDialog", u"Pengaturan Basis Data", None))
        self.intro_label.setText(QCoreApplication.translate("ConnectionDialog", u"Pilih tempat data pengaduan disimpan. Satu komputer saja: berkas SQLite di komputer ini. Beberapa komputer bersama: server PostgreSQL kantor.", None))
        self.sqlite_radio.setText(QCoreApplication.translate("ConnectionDialog", u"Berkas SQLite di komputer ini", None))
        self.sqlite_group.setTitle(QCoreApplication.translate("ConnectionDialog", u"SQLite", None))
#if QT_CONFIG(accessibility)
        self.sqlite_path_edit.setAccessibleName(QCoreApplication.translate("ConnectionDialog", u"Berkas basis data SQLite", None))
#endif // QT_CONFIG(accessibility)
        self.sqlite_path_edit.setPlaceholderText(QCoreApplication.translate("ConnectionDialog", u"C:\\Users\\...\\pengaduan.db", None))
        self.browse_button.setText(QCoreApplication.translate("ConnectionDialog", u"Pilih...", None))
        self.postgres_radio.setText(QCoreApplication.translate("ConnectionDialog", u"Server PostgreSQL kantor", None))
        self.postgres_group.setTitle(QCoreApplication.translate("ConnectionDialog", u"PostgreSQL", None))
        self.host_label.setText(QCoreApplication.translate("ConnectionDialog", u"Server (host):", None))
        self.port_label.setText(QCoreApplication.translate("ConnectionDialog", u"Port:", None))
        self.database_label.setText(QCoreApplication.translate("ConnectionDialog", u"Basis data:", None))
        self.user_label.setText(QCoreApplication.translate("ConnectionDialog", u"Pengguna:", None))
        self.password_label.setText(QCoreApplication.translate("ConnectionDialog", u"Kata sandi:", None))
#if QT_CONFIG(tooltip)
        self.password_edit.setToolTip(QCoreApplication.translate("ConnectionDialog", u"Disimpan di brankas kata sandi sistem operasi, tidak di berkas konfigurasi.", None))
#endif // QT_CONFIG(tooltip)
        self.sslmode_label.setText(QCoreApplication.translate("ConnectionDialog", u"Mode SSL:", None))
        self.test_button.setText(QCoreApplication.translate("ConnectionDialog", u"Tes Koneksi", None))
    # retranslateUi

