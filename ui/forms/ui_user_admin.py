# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'user_admin.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_UserAdmin(object):
    def setupUi(self, UserAdmin):
        if not UserAdmin.objectName():
            UserAdmin.setObjectName(u"UserAdmin")
        self.main_layout = QVBoxLayout(UserAdmin)
        self.main_layout.setObjectName(u"main_layout")
        self.users_table = QTableWidget(UserAdmin)
        self.users_table.setObjectName(u"users_table")
        self.users_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.users_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.users_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.users_table.setMinimumSize(QSize(0, 220))

        self.main_layout.addWidget(self.users_table)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.add_button = QPushButton(UserAdmin)
        self.add_button.setObjectName(u"add_button")

        self.button_layout.addWidget(self.add_button)

        self.edit_button = QPushButton(UserAdmin)
        self.edit_button.setObjectName(u"edit_button")

        self.button_layout.addWidget(self.edit_button)

        self.reset_password_button = QPushButton(UserAdmin)
        self.reset_password_button.setObjectName(u"reset_password_button")

        self.button_layout.addWidget(self.reset_password_button)

        self.unlock_button = QPushButton(UserAdmin)
        self.unlock_button.setObjectName(u"unlock_button")

        self.button_layout.addWidget(self.unlock_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)


        self.main_layout.addLayout(self.button_layout)

        self.message_label = QLabel(UserAdmin)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)


        self.retranslateUi(UserAdmin)

        QMetaObject.connectSlotsByName(UserAdmin)
    # setupUi

    def retranslateUi(self, UserAdmin):
        UserAdmin.setTitle(QCoreApplication.translate("UserAdmin", u"Pengguna (administrator)", None))
#if QT_CONFIG(accessibility)
        self.users_table.setAccessibleName(QCoreApplication.translate("UserAdmin", u"Daftar pengguna", None))
#endif // QT_CONFIG(accessibility)
        self.add_button.setText(QCoreApplication.translate("UserAdmin", u"Tambah Pengguna...", None))
        self.edit_button.setText(QCoreApplication.translate("UserAdmin", u"Ubah...", None))
        self.reset_password_button.setText(QCoreApplication.translate("UserAdmin", u"Atur Ulang Kata Sandi...", None))
        self.unlock_button.setText(QCoreApplication.translate("UserAdmin", u"Buka Kunci", None))
    # retranslateUi

