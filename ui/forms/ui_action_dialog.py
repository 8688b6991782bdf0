# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ActionDialog(object):
    def setupUi(self, ActionDialog):
        if not ActionDialog.objectName():
            ActionDialog.setObjectName(u"ActionDialog")
        ActionDialog.resize(660, 520)
        self.main_layout = QVBoxLayout(ActionDialog)
        self.main_layout.setSpacing(8)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(18, 14, 18, 14)
        self.title_label = QLabel(ActionDialog)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.step_label = QLabel(ActionDialog)
        self.step_label.setObjectName(u"step_label")
        self.step_label.setWordWrap(True)

        self.main_layout.addWidget(self.step_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.note_label = QLabel(ActionDialog)
        self.note_label.setObjectName(u"note_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QPlainTextEdit(ActionDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.note_edit)

        self.attachment_label = QLabel(ActionDialog)
        self.attachment_label.setObjectName(u"attachment_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.attachment_label)

        self.attachment_layout = QHBoxLayout()
        self.attachment_layout.setObjectName(u"attachment_layout")
        self.attachment_kind_combo = QComboBox(ActionDialog)
        self.attachment_kind_combo.setObjectName(u"attachment_kind_combo")

        self.attachment_layout.addWidget(self.attachment_kind_combo)

        self.file_edit = QLineEdit(ActionDialog)
        self.file_edit.setObjectName(u"file_edit")

        self.attachment_layout.addWidget(self.file_edit)

        self.browse_button = QPushButton(ActionDialog)
        self.browse_button.setObjectName(u"browse_button")

        self.attachment_layout.addWidget(self.browse_button)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.attachment_layout)

        self.waiver_label = QLabel(ActionDialog)
        self.waiver_label.setObjectName(u"waiver_label")
        self.waiver_label.setWordWrap(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.waiver_label)

        self.waiver_edit = QLineEdit(ActionDialog)
        self.waiver_edit.setObjectName(u"waiver_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.waiver_edit)

        self.override_label = QLabel(ActionDialog)
        self.override_label.setObjectName(u"override_label")
        self.override_label.setWordWrap(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.override_label)

        self.override_edit = QLineEdit(ActionDialog)
        self.override_edit.setObjectName(u"override_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.override_edit)


        self.main_layout.addLayout(self.form_layout)

        self.disposition_group = QGroupBox(ActionDialog)
        self.disposition_group.setObjectName(u"disposition_group")
        self.disposition_layout = QHBoxLayout(self.disposition_group)
        self.disposition_layout.setObjectName(u"disposition_layout")
        self.targets_column = QVBoxLayout()
        self.targets_column.setSpacing(2)
        self.targets_column.setObjectName(u"targets_column")
        self.targets_label = QLabel(self.disposition_group)
        self.targets_label.setObjectName(u"targets_label")

        self.targets_column.addWidget(self.targets_label)

        self.targets_layout = QVBoxLayout()
        self.targets_layout.setObjectName(u"targets_layout")

        self.targets_column.addLayout(self.targets_layout)

        self.sheet_check = QCheckBox(self.disposition_group)
        self.sheet_check.setObjectName(u"sheet_check")
        self.sheet_check.setChecked(True)

        self.targets_column.addWidget(self.sheet_check)

        self.targets_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.targets_column.addItem(self.targets_spacer)


        self.disposition_layout.addLayout(self.targets_column)

        self.instructions_column = QVBoxLayout()
        self.instructions_column.setSpacing(2)
        self.instructions_column.setObjectName(u"instructions_column")
        self.instructions_label = QLabel(self.disposition_group)
        self.instructions_label.setObjectName(u"instructions_label")

        self.instructions_column.addWidget(self.instructions_label)

        self.instructions_layout = QGridLayout()
        self.instructions_layout.setObjectName(u"instructions_layout")

        self.instructions_column.addLayout(self.instructions_layout)

        self.instructions_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.instructions_column.addItem(self.instructions_spacer)


        self.disposition_layout.addLayout(self.instructions_column)


        self.main_layout.addWidget(self.disposition_group)

        self.kelengkapan_label = QLabel(ActionDialog)
        self.kelengkapan_label.setObjectName(u"kelengkapan_label")
        self.kelengkapan_label.setWordWrap(True)

        self.main_layout.addWidget(self.kelengkapan_label)

        self.error_label = QLabel(ActionDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.print_button = QPushButton(ActionDialog)
        self.print_button.setObjectName(u"print_button")

        self.button_layout.addWidget(self.print_button)

        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.cancel_button = QPushButton(ActionDialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.button_layout.addWidget(self.cancel_button)

        self.confirm_button = QPushButton(ActionDialog)
        self.confirm_button.setObjectName(u"confirm_button")

        self.button_layout.addWidget(self.confirm_button)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.note_label.setBuddy(self.note_edit)
        self.attachment_label.setBuddy(self.file_edit)
        self.waiver_label.setBuddy(self.waiver_edit)
        self.override_label.setBuddy(self.override_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ActionDialog)

        self.confirm_button.setDefault(True)


        QMetaObject.connectSlotsByName(ActionDialog)
    # setupUi

    def retranslateUi(self, ActionDialog):
        ActionDialog.setWindowTitle(QCoreApplication.translate("ActionDialog", u"Tindakan", None))
        self.note_label.setText(QCoreApplication.translate("ActionDialog", u"Catatan:", None))
        self.attachment_label.setText(QCoreApplication.translate("ActionDialog", u"Lampirkan berkas:", None))
#if QT_CONFIG(accessibility)
        self.attachment_kind_combo.setAccessibleName(QCoreApplication.translate("ActionDialog", u"Jenis lampiran", None))
#endif // QT_CONFIG(accessibility)
        self.file_edit.setPlaceholderText(QCoreApplication.translate("ActionDialog", u"tidak ada berkas", None))
        self.browse_button.setText(QCoreApplication.translate("ActionDialog", u"Pilih...", None))
        self.waiver_label.setText(QCoreApplication.translate("ActionDialog", u"Kelengkapan dikecualikan karena:", None))
        self.waiver_edit.setPlaceholderText(QCoreApplication.translate("ActionDialog", u"isi hanya bila kelengkapan langkah ini tidak dapat dilampirkan", None))
        self.override_label.setText(QCoreApplication.translate("ActionDialog", u"Alasan administrator bertindak:", None))
        self.disposition_group.setTitle(QCoreApplication.translate("ActionDialog", u"Lembar disposisi", None))
        self.targets_label.setText(QCoreApplication.translate("ActionDialog", u"Diteruskan kepada:", None))
        self.sheet_check.setText(QCoreApplication.translate("ActionDialog", u"Buat lembar disposisi dan buka untuk dicetak", None))
        self.instructions_label.setText(QCoreApplication.translate("ActionDialog", u"Dengan hormat harap:", None))
        self.print_button.setText(QCoreApplication.translate("ActionDialog", u"Cetak untuk Ditandatangani", None))
#if QT_CONFIG(tooltip)
        self.print_button.setToolTip(QCoreApplication.translate("ActionDialog", u"Membuat versi nota dinas dari konsep terakhir, dengan tanggal paraf, dan membukanya untuk dicetak", None))
#endif // QT_CONFIG(tooltip)
        self.cancel_button.setText(QCoreApplication.translate("ActionDialog", u"Batal", None))
        self.confirm_button.setText(QCoreApplication.translate("ActionDialog", u"Simpan", None))
    # retranslateUi

