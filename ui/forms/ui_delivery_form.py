# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'delivery_form.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_DeliveryForm(object):
    def setupUi(self, DeliveryForm):
        if not DeliveryForm.objectName():
            DeliveryForm.setObjectName(u"DeliveryForm")
        DeliveryForm.resize(1000, 380)
        self.main_layout = QVBoxLayout(DeliveryForm)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.columns_layout = QHBoxLayout()
        self.columns_layout.setSpacing(14)
        self.columns_layout.setObjectName(u"columns_layout")
        self.reply_layout = QVBoxLayout()
        self.reply_layout.setObjectName(u"reply_layout")
        self.reply_label = QLabel(DeliveryForm)
        self.reply_label.setObjectName(u"reply_label")

        self.reply_layout.addWidget(self.reply_label)

        self.reply_edit = QPlainTextEdit(DeliveryForm)
        self.reply_edit.setObjectName(u"reply_edit")
        self.reply_edit.setMinimumSize(QSize(420, 0))
        self.reply_edit.setTabChangesFocus(True)

        self.reply_layout.addWidget(self.reply_edit)


        self.columns_layout.addLayout(self.reply_layout)

        self.delivery_form = QFormLayout()
        self.delivery_form.setObjectName(u"delivery_form")
        self.channel_label = QLabel(DeliveryForm)
        self.channel_label.setObjectName(u"channel_label")

        self.delivery_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.channel_label)

        self.channel_combo = QComboBox(DeliveryForm)
        self.channel_combo.setObjectName(u"channel_combo")

        self.delivery_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.channel_combo)

        self.date_label = QLabel(DeliveryForm)
        self.date_label.setObjectName(u"date_label")

        self.delivery_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QDateEdit(DeliveryForm)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setCalendarPopup(True)

        self.delivery_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.proof_label = QLabel(DeliveryForm)
        self.proof_label.setObjectName(u"proof_label")

        self.delivery_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.proof_label)

        self.proof_layout = QHBoxLayout()
        self.proof_layout.setObjectName(u"proof_layout")
        self.proof_edit = QLineEdit(DeliveryForm)
        self.proof_edit.setObjectName(u"proof_edit")

        self.proof_layout.addWidget(self.proof_edit)

        self.browse_button = QPushButton(DeliveryForm)
        self.browse_button.setObjectName(u"browse_button")

        self.proof_layout.addWidget(self.browse_button)


        self.delivery_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.proof_layout)

        self.published_check = QCheckBox(DeliveryForm)
        self.published_check.setObjectName(u"published_check")

        self.delivery_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.published_check)

        self.ticket_check = QCheckBox(DeliveryForm)
        self.ticket_check.setObjectName(u"ticket_check")

        self.delivery_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ticket_check)

        self.note_label = QLabel(DeliveryForm)
        self.note_label.setObjectName(u"note_label")

        self.delivery_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QLineEdit(DeliveryForm)
        self.note_edit.setObjectName(u"note_edit")

        self.delivery_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.columns_layout.addLayout(self.delivery_form)

        self.columns_layout.setStretch(0, 3)
        self.columns_layout.setStretch(1, 2)

        self.main_layout.addLayout(self.columns_layout)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.status_label = QLabel(DeliveryForm)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.button_layout.addWidget(self.status_label)

        self.button_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.letter_button = QPushButton(DeliveryForm)
        self.letter_button.setObjectName(u"letter_button")

        self.button_layout.addWidget(self.letter_button)

        self.save_button = QPushButton(DeliveryForm)
        self.save_button.setObjectName(u"save_button")

        self.button_layout.addWidget(self.save_button)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.reply_label.setBuddy(self.reply_edit)
        self.channel_label.setBuddy(self.channel_combo)
        self.date_label.setBuddy(self.date_edit)
        self.proof_label.setBuddy(self.proof_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reply_edit, self.channel_combo)
        QWidget.setTabOrder(self.channel_combo, self.date_edit)
        QWidget.setTabOrder(self.date_edit, self.proof_edit)
        QWidget.setTabOrder(self.proof_edit, self.browse_button)
        QWidget.setTabOrder(self.browse_button, self.published_check)
        QWidget.setTabOrder(self.published_check, self.ticket_check)
        QWidget.setTabOrder(self.ticket_check, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.letter_button)
        QWidget.setTabOrder(self.letter_button, self.save_button)

        self.retranslateUi(DeliveryForm)

        QMetaObject.connectSlotsByName(DeliveryForm)
    # setupUi

    def retranslateUi(self, DeliveryForm):
        self.reply_label.setText(QCoreApplication.translate("DeliveryForm", u"Isi surat tanggapan kepada pelapor *", None))
        self.reply_edit.setPlaceholderText(QCoreApplication.translate("DeliveryForm", u"diisi dari jawaban divisi; sesuaikan untuk pelapor", None))
        self.channel_label.setText(QCoreApplication.translate("DeliveryForm", u"Disampaikan melalui *", None))
        self.date_label.setText(QCoreApplication.translate("DeliveryForm", u"Tanggal *", None))
        self.date_edit.setDisplayFormat(QCoreApplication.translate("DeliveryForm", u"dd-MM-yyyy", None))
        self.proof_label.setText(QCoreApplication.translate("DeliveryForm", u"Bukti (bila ada)", None))
        self.proof_edit.setPlaceholderText(QCoreApplication.translate("DeliveryForm", u"tanda terima, tangkapan layar", None))
        self.browse_button.setText(QCoreApplication.translate("DeliveryForm", u"Pilih...", None))
        self.published_check.setText(QCoreApplication.translate("DeliveryForm", u"Dipublikasikan di laman kantor", None))
        self.ticket_check.setText(QCoreApplication.translate("DeliveryForm", u"Tiket SP4N-LAPOR! sudah ditutup", None))
        self.note_label.setText(QCoreApplication.translate("DeliveryForm", u"Catatan", None))
        self.letter_button.setText(QCoreApplication.translate("DeliveryForm", u"Buat Surat Tanggapan", None))
#if QT_CONFIG(tooltip)
        self.letter_button.setToolTip(QCoreApplication.translate("DeliveryForm", u"Membuat surat tanggapan (.docx) dari isi yang tersimpan dan membukanya", None))
#endif // QT_CONFIG(tooltip)
        self.save_button.setText(QCoreApplication.translate("DeliveryForm", u"Simpan Penyampaian", None))
        pass
    # retranslateUi

