# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'answer_form.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_AnswerForm(object):
    def setupUi(self, AnswerForm):
        if not AnswerForm.objectName():
            AnswerForm.setObjectName(u"AnswerForm")
        AnswerForm.resize(900, 320)
        self.main_layout = QVBoxLayout(AnswerForm)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.isi_label = QLabel(AnswerForm)
        self.isi_label.setObjectName(u"isi_label")

        self.main_layout.addWidget(self.isi_label)

        self.isi_edit = QPlainTextEdit(AnswerForm)
        self.isi_edit.setObjectName(u"isi_edit")
        self.isi_edit.setTabChangesFocus(True)

        self.main_layout.addWidget(self.isi_edit)

        self.file_layout = QHBoxLayout()
        self.file_layout.setObjectName(u"file_layout")
        self.file_label = QLabel(AnswerForm)
        self.file_label.setObjectName(u"file_label")

        self.file_layout.addWidget(self.file_label)

        self.file_edit = QLineEdit(AnswerForm)
        self.file_edit.setObjectName(u"file_edit")

        self.file_layout.addWidget(self.file_edit)

        self.browse_button = QPushButton(AnswerForm)
        self.browse_button.setObjectName(u"browse_button")

        self.file_layout.addWidget(self.browse_button)


        self.main_layout.addLayout(self.file_layout)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.status_label = QLabel(AnswerForm)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.button_layout.addWidget(self.status_label)

        self.button_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.save_button = QPushButton(AnswerForm)
        self.save_button.setObjectName(u"save_button")

        self.button_layout.addWidget(self.save_button)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.isi_label.setBuddy(self.isi_edit)
        self.file_label.setBuddy(self.file_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AnswerForm)

        QMetaObject.connectSlotsByName(AnswerForm)
    # setupUi

    def retranslateUi(self, AnswerForm):
        self.isi_label.setText(QCoreApplication.translate("AnswerForm", u"Jawaban divisi (laporan / press release) *", None))
        self.isi_edit.setPlaceholderText(QCoreApplication.translate("AnswerForm", u"hasil pemeriksaan dan tindak lanjut divisi; paragraf dipisahkan dengan satu baris kosong", None))
        self.file_label.setText(QCoreApplication.translate("AnswerForm", u"Berkas laporan (bila ada):", None))
        self.file_edit.setPlaceholderText(QCoreApplication.translate("AnswerForm", u"tidak ada berkas", None))
        self.browse_button.setText(QCoreApplication.translate("AnswerForm", u"Pilih...", None))
        self.save_button.setText(QCoreApplication.translate("AnswerForm", u"Simpan Jawaban", None))
        pass
    # retranslateUi

