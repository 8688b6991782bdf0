# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'telaahan_form.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_TelaahanForm(object):
    def setupUi(self, TelaahanForm):
        if not TelaahanForm.objectName():
            TelaahanForm.setObjectName(u"TelaahanForm")
        TelaahanForm.resize(900, 420)
        self.main_layout = QVBoxLayout(TelaahanForm)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.intro_label = QLabel(TelaahanForm)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.parts_layout = QGridLayout()
        self.parts_layout.setObjectName(u"parts_layout")
        self.parts_layout.setHorizontalSpacing(12)
        self.parts_layout.setVerticalSpacing(2)
        self.persoalan_label = QLabel(TelaahanForm)
        self.persoalan_label.setObjectName(u"persoalan_label")

        self.parts_layout.addWidget(self.persoalan_label, 0, 0, 1, 1)

        self.praanggapan_label = QLabel(TelaahanForm)
        self.praanggapan_label.setObjectName(u"praanggapan_label")

        self.parts_layout.addWidget(self.praanggapan_label, 0, 1, 1, 1)

        self.persoalan_edit = QPlainTextEdit(TelaahanForm)
        self.persoalan_edit.setObjectName(u"persoalan_edit")
        self.persoalan_edit.setTabChangesFocus(True)

        self.parts_layout.addWidget(self.persoalan_edit, 1, 0, 1, 1)

        self.praanggapan_edit = QPlainTextEdit(TelaahanForm)
        self.praanggapan_edit.setObjectName(u"praanggapan_edit")
        self.praanggapan_edit.setTabChangesFocus(True)

        self.parts_layout.addWidget(self.praanggapan_edit, 1, 1, 1, 1)

        self.fakta_label = QLabel(TelaahanForm)
        self.fakta_label.setObjectName(u"fakta_label")

        self.parts_layout.addWidget(self.fakta_label, 2, 0, 1, 1)

        self.analisis_label = QLabel(TelaahanForm)
        self.analisis_label.setObjectName(u"analisis_label")

        self.parts_layout.addWidget(self.analisis_label, 2, 1, 1, 1)

        self.fakta_edit = QPlainTextEdit(TelaahanForm)
        self.fakta_edit.setObjectName(u"fakta_edit")
        self.fakta_edit.setTabChangesFocus(True)

        self.parts_layout.addWidget(self.fakta_edit, 3, 0, 1, 1)

        self.analisis_edit = QPlainTextEdit(TelaahanForm)
        self.analisis_edit.setObjectName(u"analisis_edit")
        self.analisis_edit.setTabChangesFocus(True)

        self.parts_layout.addWidget(self.analisis_edit, 3, 1, 1, 1)

        self.kesimpulan_label = QLabel(TelaahanForm)
        self.kesimpulan_label.setObjectName(u"kesimpulan_label")

        self.parts_layout.addWidget(self.kesimpulan_label, 4, 0, 1, 1)

        self.saran_label = QLabel(TelaahanForm)
        self.saran_label.setObjectName(u"saran_label")

        self.parts_layout.addWidget(self.saran_label, 4, 1, 1, 1)

        self.kesimpulan_edit = QPlainTextEdit(TelaahanForm)
        self.kesimpulan_edit.setObjectName(u"kesimpulan_edit")
        self.kesimpulan_edit.setTabChangesFocus(True)

        self.parts_layout.addWidget(self.kesimpulan_edit, 5, 0, 1, 1)

        self.saran_edit = QPlainTextEdit(TelaahanForm)
        self.saran_edit.setObjectName(u"saran_edit")
        self.saran_edit.setTabChangesFocus(True)

        self.parts_layout.addWidget(self.saran_edit, 5, 1, 1, 1)


        self.main_layout.addLayout(self.parts_layout)

        self.waiver_layout = QHBoxLayout()
        self.waiver_layout.setObjectName(u"waiver_layout")
        self.waiver_check = QCheckBox(TelaahanForm)
        self.waiver_check.setObjectName(u"waiver_check")

        self.waiver_layout.addWidget(self.waiver_check)

        self.waiver_edit = QLineEdit(TelaahanForm)
        self.waiver_edit.setObjectName(u"waiver_edit")
        self.waiver_edit.setEnabled(False)

        self.waiver_layout.addWidget(self.waiver_edit)


        self.main_layout.addLayout(self.waiver_layout)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.status_label = QLabel(TelaahanForm)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.button_layout.addWidget(self.status_label)

        self.button_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.save_button = QPushButton(TelaahanForm)
        self.save_button.setObjectName(u"save_button")

        self.button_layout.addWidget(self.save_button)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.persoalan_label.setBuddy(self.persoalan_edit)
        self.praanggapan_label.setBuddy(self.praanggapan_edit)
        self.fakta_label.setBuddy(self.fakta_edit)
        self.analisis_label.setBuddy(self.analisis_edit)
        self.kesimpulan_label.setBuddy(self.kesimpulan_edit)
        self.saran_label.setBuddy(self.saran_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.persoalan_edit, self.praanggapan_edit)
        QWidget.setTabOrder(self.praanggapan_edit, self.fakta_edit)
        QWidget.setTabOrder(self.fakta_edit, self.analisis_edit)
        QWidget.setTabOrder(self.analisis_edit, self.kesimpulan_edit)
        QWidget.setTabOrder(self.kesimpulan_edit, self.saran_edit)
        QWidget.setTabOrder(self.saran_edit, self.waiver_check)
        QWidget.setTabOrder(self.waiver_check, self.waiver_edit)
        QWidget.setTabOrder(self.waiver_edit, self.save_button)

        self.retranslateUi(TelaahanForm)

        QMetaObject.connectSlotsByName(TelaahanForm)
    # setupUi

    def retranslateUi(self, TelaahanForm):
        self.intro_label.setText(QCoreApplication.translate("TelaahanForm", u"Telaahan staf (langkah 5) untuk Kabag P2: isi keenam bagian. Tab berpindah ke isian berikutnya.", None))
        self.persoalan_label.setText(QCoreApplication.translate("TelaahanForm", u"1. Persoalan *", None))
        self.praanggapan_label.setText(QCoreApplication.translate("TelaahanForm", u"2. Praanggapan *", None))
        self.persoalan_edit.setPlaceholderText(QCoreApplication.translate("TelaahanForm", u"apa yang diadukan dan perlu diputuskan", None))
        self.praanggapan_edit.setPlaceholderText(QCoreApplication.translate("TelaahanForm", u"dugaan awal yang belum terbukti", None))
        self.fakta_label.setText(QCoreApplication.translate("TelaahanForm", u"3. Fakta-fakta yang mempengaruhi *", None))
        self.analisis_label.setText(QCoreApplication.translate("TelaahanForm", u"4. Analisis *", None))
        self.fakta_edit.setPlaceholderText(QCoreApplication.translate("TelaahanForm", u"berkas dan keterangan yang ada", None))
        self.kesimpulan_label.setText(QCoreApplication.translate("TelaahanForm", u"5. Kesimpulan *", None))
        self.saran_label.setText(QCoreApplication.translate("TelaahanForm", u"6. Saran (tindakan) *", None))
        self.saran_edit.setPlaceholderText(QCoreApplication.translate("TelaahanForm", u"mis. teruskan ke divisi terkait dengan nota dinas", None))
        self.waiver_check.setText(QCoreApplication.translate("TelaahanForm", u"Tanpa telaahan, karena:", None))
#if QT_CONFIG(accessibility)
        self.waiver_edit.setAccessibleName(QCoreApplication.translate("TelaahanForm", u"Alasan tanpa telaahan", None))
#endif // QT_CONFIG(accessibility)
        self.waiver_edit.setPlaceholderText(QCoreApplication.translate("TelaahanForm", u"mis. pengaduan hanya meminta informasi", None))
        self.save_button.setText(QCoreApplication.translate("TelaahanForm", u"Simpan Telaahan", None))
        pass
    # retranslateUi

