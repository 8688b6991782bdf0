# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'nota_dinas_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_NotaDinasForm(object):
    def setupUi(self, NotaDinasForm):
        if not NotaDinasForm.objectName():
            NotaDinasForm.setObjectName(u"NotaDinasForm")
        NotaDinasForm.resize(1000, 420)
        self.main_layout = QVBoxLayout(NotaDinasForm)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.columns_layout = QHBoxLayout()
        self.columns_layout.setSpacing(14)
        self.columns_layout.setObjectName(u"columns_layout")
        self.fields_form = QFormLayout()
        self.fields_form.setObjectName(u"fields_form")
        self.divisi_label = QLabel(NotaDinasForm)
        self.divisi_label.setObjectName(u"divisi_label")

        self.fields_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.divisi_label)

        self.divisi_combo = QComboBox(NotaDinasForm)
        self.divisi_combo.setObjectName(u"divisi_combo")

        self.fields_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.divisi_combo)

        self.yth_label = QLabel(NotaDinasForm)
        self.yth_label.setObjectName(u"yth_label")

        self.fields_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.yth_label)

        self.yth_edit = QLineEdit(NotaDinasForm)
        self.yth_edit.setObjectName(u"yth_edit")

        self.fields_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.yth_edit)

        self.hal_label = QLabel(NotaDinasForm)
        self.hal_label.setObjectName(u"hal_label")

        self.fields_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.hal_label)

        self.hal_edit = QLineEdit(NotaDinasForm)
        self.hal_edit.setObjectName(u"hal_edit")

        self.fields_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.hal_edit)

        self.sifat_label = QLabel(NotaDinasForm)
        self.sifat_label.setObjectName(u"sifat_label")

        self.fields_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sifat_label)

        self.sifat_combo = QComboBox(NotaDinasForm)
        self.sifat_combo.setObjectName(u"sifat_combo")

        self.fields_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sifat_combo)

        self.isi_label = QLabel(NotaDinasForm)
        self.isi_label.setObjectName(u"isi_label")

        self.fields_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.isi_label)

        self.isi_edit = QPlainTextEdit(NotaDinasForm)
        self.isi_edit.setObjectName(u"isi_edit")
        self.isi_edit.setMinimumSize(QSize(0, 90))
        self.isi_edit.setTabChangesFocus(True)

        self.fields_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.isi_edit)


        self.columns_layout.addLayout(self.fields_form)

        self.side_layout = QVBoxLayout()
        self.side_layout.setObjectName(u"side_layout")
        self.tembusan_label = QLabel(NotaDinasForm)
        self.tembusan_label.setObjectName(u"tembusan_label")

        self.side_layout.addWidget(self.tembusan_label)

        self.tembusan_edit = QPlainTextEdit(NotaDinasForm)
        self.tembusan_edit.setObjectName(u"tembusan_edit")
        self.tembusan_edit.setMaximumSize(QSize(16777215, 70))
        self.tembusan_edit.setTabChangesFocus(True)

        self.side_layout.addWidget(self.tembusan_edit)

        self.lampiran_label = QLabel(NotaDinasForm)
        self.lampiran_label.setObjectName(u"lampiran_label")
        self.lampiran_label.setWordWrap(True)

        self.side_layout.addWidget(self.lampiran_label)

        self.lampiran_list = QListWidget(NotaDinasForm)
        self.lampiran_list.setObjectName(u"lampiran_list")

        self.side_layout.addWidget(self.lampiran_list)


        self.columns_layout.addLayout(self.side_layout)

        self.columns_layout.setStretch(0, 3)
        self.columns_layout.setStretch(1, 2)

        self.main_layout.addLayout(self.columns_layout)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.status_label = QLabel(NotaDinasForm)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.button_layout.addWidget(self.status_label)

        self.button_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.save_button = QPushButton(NotaDinasForm)
        self.save_button.setObjectName(u"save_button")

        self.button_layout.addWidget(self.save_button)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.divisi_label.setBuddy(self.divisi_combo)
        self.yth_label.setBuddy(self.yth_edit)
        self.hal_label.setBuddy(self.hal_edit)
        self.sifat_label.setBuddy(self.sifat_combo)
        self.isi_label.setBuddy(self.isi_edit)
        self.tembusan_label.setBuddy(self.tembusan_edit)
        self.lampiran_label.setBuddy(self.lampiran_list)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.divisi_combo, self.yth_edit)
        QWidget.setTabOrder(self.yth_edit, self.hal_edit)
        QWidget.setTabOrder(self.hal_edit, self.sifat_combo)
        QWidget.setTabOrder(self.sifat_combo, self.isi_edit)
        QWidget.setTabOrder(self.isi_edit, self.tembusan_edit)
        QWidget.setTabOrder(self.tembusan_edit, self.lampiran_list)
        QWidget.setTabOrder(self.lampiran_list, self.save_button)

        self.retranslateUi(NotaDinasForm)

        QMetaObject.connectSlotsByName(NotaDinasForm)
    # setupUi

    def retranslateUi(self, NotaDinasForm):
        self.divisi_label.setText(QCoreApplication.translate("NotaDinasForm", u"Divisi tujuan *", None))
        self.yth_label.setText(QCoreApplication.translate("NotaDinasForm", u"Yth.", None))
        self.yth_edit.setPlaceholderText(QCoreApplication.translate("NotaDinasForm", u"jabatan kepala divisi tujuan", None))
        self.hal_label.setText(QCoreApplication.translate("NotaDinasForm", u"Hal *", None))
        self.sifat_label.setText(QCoreApplication.translate("NotaDinasForm", u"Sifat", None))
        self.isi_label.setText(QCoreApplication.translate("NotaDinasForm", u"Isi *", None))
        self.isi_edit.setPlaceholderText(QCoreApplication.translate("NotaDinasForm", u"paragraf dipisahkan dengan satu baris kosong", None))
        self.tembusan_label.setText(QCoreApplication.translate("NotaDinasForm", u"Tembusan (satu per baris)", None))
        self.lampiran_label.setText(QCoreApplication.translate("NotaDinasForm", u"Lampiran yang dikirim bersama nota dinas", None))
        self.save_button.setText(QCoreApplication.translate("NotaDinasForm", u"Simpan Konsep", None))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("NotaDinasForm", u"Menyimpan isian sebagai versi baru konsep nota dinas beserta berkas .docx-nya", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

