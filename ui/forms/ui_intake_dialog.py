# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake_dialog.ui'
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
    QDateTimeEdit, QDialog, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_IntakeDialog(object):
    def setupUi(self, IntakeDialog):
        if not IntakeDialog.objectName():
            IntakeDialog.setObjectName(u"IntakeDialog")
        IntakeDialog.resize(1180, 680)
        self.main_layout = QVBoxLayout(IntakeDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(16, 12, 16, 12)
        self.title_label = QLabel(IntakeDialog)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.columns_layout = QHBoxLayout()
        self.columns_layout.setSpacing(14)
        self.columns_layout.setObjectName(u"columns_layout")
        self.complaint_group = QGroupBox(IntakeDialog)
        self.complaint_group.setObjectName(u"complaint_group")
        self.complaint_form = QFormLayout(self.complaint_group)
        self.complaint_form.setObjectName(u"complaint_form")
        self.received_at_label = QLabel(self.complaint_group)
        self.received_at_label.setObjectName(u"received_at_label")

        self.complaint_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.received_at_label)

        self.received_at_edit = QDateTimeEdit(self.complaint_group)
        self.received_at_edit.setObjectName(u"received_at_edit")
        self.received_at_edit.setCalendarPopup(True)

        self.complaint_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.received_at_edit)

        self.channel_label = QLabel(self.complaint_group)
        self.channel_label.setObjectName(u"channel_label")

        self.complaint_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.channel_label)

        self.channel_combo = QComboBox(self.complaint_group)
        self.channel_combo.setObjectName(u"channel_combo")

        self.complaint_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.channel_combo)

        self.lapor_ticket_label = QLabel(self.complaint_group)
        self.lapor_ticket_label.setObjectName(u"lapor_ticket_label")

        self.complaint_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lapor_ticket_label)

        self.lapor_ticket_edit = QLineEdit(self.complaint_group)
        self.lapor_ticket_edit.setObjectName(u"lapor_ticket_edit")

        self.complaint_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.lapor_ticket_edit)

        self.letter_number_label = QLabel(self.complaint_group)
        self.letter_number_label.setObjectName(u"letter_number_label")

        self.complaint_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.letter_number_label)

        self.letter_layout = QHBoxLayout()
        self.letter_layout.setObjectName(u"letter_layout")
        self.letter_number_edit = QLineEdit(self.complaint_group)
        self.letter_number_edit.setObjectName(u"letter_number_edit")

        self.letter_layout.addWidget(self.letter_number_edit)

        self.letter_date_check = QCheckBox(self.complaint_group)
        self.letter_date_check.setObjectName(u"letter_date_check")

        self.letter_layout.addWidget(self.letter_date_check)

        self.letter_date_edit = QDateEdit(self.complaint_group)
        self.letter_date_edit.setObjectName(u"letter_date_edit")
        self.letter_date_edit.setEnabled(False)
        self.letter_date_edit.setCalendarPopup(True)

        self.letter_layout.addWidget(self.letter_date_edit)

        self.letter_layout.setStretch(0, 3)
        self.letter_layout.setStretch(2, 2)

        self.complaint_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.letter_layout)

        self.letter_subject_label = QLabel(self.complaint_group)
        self.letter_subject_label.setObjectName(u"letter_subject_label")

        self.complaint_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.letter_subject_label)

        self.letter_subject_edit = QLineEdit(self.complaint_group)
        self.letter_subject_edit.setObjectName(u"letter_subject_edit")

        self.complaint_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.letter_subject_edit)

        self.category_label = QLabel(self.complaint_group)
        self.category_label.setObjectName(u"category_label")

        self.complaint_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.category_label)

        self.category_combo = QComboBox(self.complaint_group)
        self.category_combo.setObjectName(u"category_combo")

        self.complaint_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.category_combo)

        self.tier_label = QLabel(self.complaint_group)
        self.tier_label.setObjectName(u"tier_label")

        self.complaint_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.tier_label)

        self.tier_combo = QComboBox(self.complaint_group)
        self.tier_combo.setObjectName(u"tier_combo")
        self.tier_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.tier_combo.setMinimumContentsLength(24)

        self.complaint_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.tier_combo)

        self.subject_kind_label = QLabel(self.complaint_group)
        self.subject_kind_label.setObjectName(u"subject_kind_label")

        self.complaint_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.subject_kind_label)

        self.subject_kind_combo = QComboBox(self.complaint_group)
        self.subject_kind_combo.setObjectName(u"subject_kind_combo")

        self.complaint_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.subject_kind_combo)

        self.subject_name_label = QLabel(self.complaint_group)
        self.subject_name_label.setObjectName(u"subject_name_label")

        self.complaint_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.subject_name_label)

        self.subject_name_layout = QHBoxLayout()
        self.subject_name_layout.setSpacing(6)
        self.subject_name_layout.setObjectName(u"subject_name_layout")
        self.subject_name_edit = QLineEdit(self.complaint_group)
        self.subject_name_edit.setObjectName(u"subject_name_edit")

        self.subject_name_layout.addWidget(self.subject_name_edit)

        self.subject_division_combo = QComboBox(self.complaint_group)
        self.subject_division_combo.setObjectName(u"subject_division_combo")
        self.subject_division_combo.setVisible(False)
        self.subject_division_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.subject_division_combo.setMinimumContentsLength(14)

        self.subject_name_layout.addWidget(self.subject_division_combo)

        self.subject_name_layout.setStretch(0, 3)
        self.subject_name_layout.setStretch(1, 2)

        self.complaint_form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.subject_name_layout)

        self.summary_label = QLabel(self.complaint_group)
        self.summary_label.setObjectName(u"summary_label")

        self.complaint_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.summary_label)

        self.summary_edit = QLineEdit(self.complaint_group)
        self.summary_edit.setObjectName(u"summary_edit")
        self.summary_edit.setMaxLength(500)

        self.complaint_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.summary_edit)

        self.description_label = QLabel(self.complaint_group)
        self.description_label.setObjectName(u"description_label")

        self.complaint_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description_edit = QPlainTextEdit(self.complaint_group)
        self.description_edit.setObjectName(u"description_edit")
        self.description_edit.setTabChangesFocus(True)

        self.complaint_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.description_edit)


        self.columns_layout.addWidget(self.complaint_group)

        self.right_layout = QVBoxLayout()
        self.right_layout.setObjectName(u"right_layout")
        self.pelapor_group = QGroupBox(IntakeDialog)
        self.pelapor_group.setObjectName(u"pelapor_group")
        self.pelapor_form = QFormLayout(self.pelapor_group)
        self.pelapor_form.setObjectName(u"pelapor_form")
        self.confidentiality_label = QLabel(self.pelapor_group)
        self.confidentiality_label.setObjectName(u"confidentiality_label")

        self.pelapor_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.confidentiality_label)

        self.confidentiality_combo = QComboBox(self.pelapor_group)
        self.confidentiality_combo.setObjectName(u"confidentiality_combo")

        self.pelapor_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.confidentiality_combo)

        self.name_label = QLabel(self.pelapor_group)
        self.name_label.setObjectName(u"name_label")

        self.pelapor_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(self.pelapor_group)
        self.name_edit.setObjectName(u"name_edit")

        self.pelapor_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.nik_label = QLabel(self.pelapor_group)
        self.nik_label.setObjectName(u"nik_label")

        self.pelapor_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nik_label)

        self.nik_edit = QLineEdit(self.pelapor_group)
        self.nik_edit.setObjectName(u"nik_edit")
        self.nik_edit.setMaxLength(16)

        self.pelapor_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nik_edit)

        self.address_label = QLabel(self.pelapor_group)
        self.address_label.setObjectName(u"address_label")

        self.pelapor_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_edit = QLineEdit(self.pelapor_group)
        self.address_edit.setObjectName(u"address_edit")

        self.pelapor_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.address_edit)

        self.phone_label = QLabel(self.pelapor_group)
        self.phone_label.setObjectName(u"phone_label")

        self.pelapor_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(self.pelapor_group)
        self.phone_edit.setObjectName(u"phone_edit")

        self.pelapor_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.email_label = QLabel(self.pelapor_group)
        self.email_label.setObjectName(u"email_label")

        self.pelapor_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_edit = QLineEdit(self.pelapor_group)
        self.email_edit.setObjectName(u"email_edit")

        self.pelapor_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.email_edit)


        self.right_layout.addWidget(self.pelapor_group)

        self.attachment_group = QGroupBox(IntakeDialog)
        self.attachment_group.setObjectName(u"attachment_group")
        self.attachment_layout = QVBoxLayout(self.attachment_group)
        self.attachment_layout.setObjectName(u"attachment_layout")
        self.attachment_list = QListWidget(self.attachment_group)
        self.attachment_list.setObjectName(u"attachment_list")

        self.attachment_layout.addWidget(self.attachment_list)

        self.attachment_button_layout = QHBoxLayout()
        self.attachment_button_layout.setObjectName(u"attachment_button_layout")
        self.attachment_kind_label = QLabel(self.attachment_group)
        self.attachment_kind_label.setObjectName(u"attachment_kind_label")

        self.attachment_button_layout.addWidget(self.attachment_kind_label)

        self.attachment_kind_combo = QComboBox(self.attachment_group)
        self.attachment_kind_combo.setObjectName(u"attachment_kind_combo")
        self.attachment_kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.attachment_kind_combo.setMinimumContentsLength(18)

        self.attachment_button_layout.addWidget(self.attachment_kind_combo)

        self.change_kind_button = QPushButton(self.attachment_group)
        self.change_kind_button.setObjectName(u"change_kind_button")

        self.attachment_button_layout.addWidget(self.change_kind_button)

        self.remove_file_button = QPushButton(self.attachment_group)
        self.remove_file_button.setObjectName(u"remove_file_button")

        self.attachment_button_layout.addWidget(self.remove_file_button)


        self.attachment_layout.addLayout(self.attachment_button_layout)

        self.attach_panel_host = QWidget(self.attachment_group)
        self.attach_panel_host.setObjectName(u"attach_panel_host")
        self.attach_panel_layout = QVBoxLayout(self.attach_panel_host)
        self.attach_panel_layout.setObjectName(u"attach_panel_layout")
        self.attach_panel_layout.setContentsMargins(0, 0, 0, 0)

        self.attachment_layout.addWidget(self.attach_panel_host)

        self.waiver_label = QLabel(self.attachment_group)
        self.waiver_label.setObjectName(u"waiver_label")
        self.waiver_label.setWordWrap(True)

        self.attachment_layout.addWidget(self.waiver_label)

        self.waiver_edit = QLineEdit(self.attachment_group)
        self.waiver_edit.setObjectName(u"waiver_edit")

        self.attachment_layout.addWidget(self.waiver_edit)


        self.right_layout.addWidget(self.attachment_group)


        self.columns_layout.addLayout(self.right_layout)

        self.columns_layout.setStretch(0, 11)
        self.columns_layout.setStretch(1, 9)

        self.main_layout.addLayout(self.columns_layout)

        self.override_form = QFormLayout()
        self.override_form.setObjectName(u"override_form")
        self.override_label = QLabel(IntakeDialog)
        self.override_label.setObjectName(u"override_label")

        self.override_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.override_label)

        self.override_edit = QLineEdit(IntakeDialog)
        self.override_edit.setObjectName(u"override_edit")

        self.override_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.override_edit)


        self.main_layout.addLayout(self.override_form)

        self.error_label = QLabel(IntakeDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.required_hint_label = QLabel(IntakeDialog)
        self.required_hint_label.setObjectName(u"required_hint_label")

        self.button_layout.addWidget(self.required_hint_label)

        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.cancel_button = QPushButton(IntakeDialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.button_layout.addWidget(self.cancel_button)

        self.save_button = QPushButton(IntakeDialog)
        self.save_button.setObjectName(u"save_button")

        self.button_layout.addWidget(self.save_button)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.received_at_label.setBuddy(self.received_at_edit)
        self.channel_label.setBuddy(self.channel_combo)
        self.lapor_ticket_label.setBuddy(self.lapor_ticket_edit)
        self.letter_number_label.setBuddy(self.letter_number_edit)
        self.letter_subject_label.setBuddy(self.letter_subject_edit)
        self.category_label.setBuddy(self.category_combo)
        self.tier_label.setBuddy(self.tier_combo)
        self.subject_kind_label.setBuddy(self.subject_kind_combo)
        self.subject_name_label.setBuddy(self.subject_name_edit)
        self.summary_label.setBuddy(self.summary_edit)
        self.description_label.setBuddy(self.description_edit)
        self.confidentiality_label.setBuddy(self.confidentiality_combo)
        self.name_label.setBuddy(self.name_edit)
        self.nik_label.setBuddy(self.nik_edit)
        self.address_label.setBuddy(self.address_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.email_label.setBuddy(self.email_edit)
        self.attachment_kind_label.setBuddy(self.attachment_kind_combo)
        self.waiver_label.setBuddy(self.waiver_edit)
        self.override_label.setBuddy(self.override_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.received_at_edit, self.channel_combo)
        QWidget.setTabOrder(self.channel_combo, self.lapor_ticket_edit)
        QWidget.setTabOrder(self.lapor_ticket_edit, self.letter_number_edit)
        QWidget.setTabOrder(self.letter_number_edit, self.letter_date_check)
        QWidget.setTabOrder(self.letter_date_check, self.letter_date_edit)
        QWidget.setTabOrder(self.letter_date_edit, self.letter_subject_edit)
        QWidget.setTabOrder(self.letter_subject_edit, self.category_combo)
        QWidget.setTabOrder(self.category_combo, self.tier_combo)
        QWidget.setTabOrder(self.tier_combo, self.subject_kind_combo)
        QWidget.setTabOrder(self.subject_kind_combo, self.subject_name_edit)
        QWidget.setTabOrder(self.subject_name_edit, self.subject_division_combo)
        QWidget.setTabOrder(self.subject_division_combo, self.summary_edit)
        QWidget.setTabOrder(self.summary_edit, self.description_edit)
        QWidget.setTabOrder(self.description_edit, self.confidentiality_combo)
        QWidget.setTabOrder(self.confidentiality_combo, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.nik_edit)
        QWidget.setTabOrder(self.nik_edit, self.address_edit)
        QWidget.setTabOrder(self.address_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.email_edit)
        QWidget.setTabOrder(self.email_edit, self.attachment_list)
        QWidget.setTabOrder(self.attachment_list, self.attachment_kind_combo)
        QWidget.setTabOrder(self.attachment_kind_combo, self.change_kind_button)
        QWidget.setTabOrder(self.change_kind_button, self.remove_file_button)
        QWidget.setTabOrder(self.remove_file_button, self.waiver_edit)
        QWidget.setTabOrder(self.waiver_edit, self.override_edit)
        QWidget.setTabOrder(self.override_edit, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)

        self.retranslateUi(IntakeDialog)

        self.save_button.setDefault(True)


        QMetaObject.connectSlotsByName(IntakeDialog)
    # setupUi

    def retranslateUi(self, IntakeDialog):
        IntakeDialog.setWindowTitle(QCoreApplication.translate("IntakeDialog", u"Pengaduan Baru", None))
        self.title_label.setText(QCoreApplication.translate("IntakeDialog", u"Pengaduan Baru (Langkah 1: registrasi)", None))
        self.complaint_group.setTitle(QCoreApplication.translate("IntakeDialog", u"Data pengaduan", None))
        self.received_at_label.setText(QCoreApplication.translate("IntakeDialog", u"Diterima tanggal *", None))
        self.received_at_edit.setDisplayFormat(QCoreApplication.translate("IntakeDialog", u"dd-MM-yyyy HH.mm", None))
        self.channel_label.setText(QCoreApplication.translate("IntakeDialog", u"Saluran *", None))
        self.lapor_ticket_label.setText(QCoreApplication.translate("IntakeDialog", u"Nomor tiket SP4N-LAPOR!", None))
        self.lapor_ticket_edit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"bila masuk melalui SP4N-LAPOR!", None))
        self.letter_number_label.setText(QCoreApplication.translate("IntakeDialog", u"Surat pelapor: nomor", None))
        self.letter_number_edit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"nomor surat (bila ada)", None))
        self.letter_date_check.setText(QCoreApplication.translate("IntakeDialog", u"tanggal", None))
#if QT_CONFIG(tooltip)
        self.letter_date_check.setToolTip(QCoreApplication.translate("IntakeDialog", u"Centang bila surat bertanggal; kosongkan bila tidak ada surat atau tanpa tanggal", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.letter_date_edit.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"Tanggal surat pengaduan", None))
#endif // QT_CONFIG(accessibility)
        self.letter_date_edit.setDisplayFormat(QCoreApplication.translate("IntakeDialog", u"dd-MM-yyyy", None))
        self.letter_subject_label.setText(QCoreApplication.translate("IntakeDialog", u"Perihal surat", None))
        self.letter_subject_edit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"perihal sebagaimana tertulis pada surat", None))
        self.category_label.setText(QCoreApplication.translate("IntakeDialog", u"Kategori *", None))
        self.tier_label.setText(QCoreApplication.translate("IntakeDialog", u"Tingkat (batas waktu) *", None))
        self.subject_kind_label.setText(QCoreApplication.translate("IntakeDialog", u"Jenis terlapor *", None))
        self.subject_name_label.setText(QCoreApplication.translate("IntakeDialog", u"Pihak yang diadukan *", None))
        self.subject_name_edit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"mis. Notaris Budi Santoso", None))
#if QT_CONFIG(accessibility)
        self.subject_division_combo.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"Divisi atau unit kerja terlapor", None))
#endif // QT_CONFIG(accessibility)
        self.subject_division_combo.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"pilih dari daftar divisi", None))
#if QT_CONFIG(tooltip)
        self.subject_division_combo.setToolTip(QCoreApplication.translate("IntakeDialog", u"Divisi dan unit kerja kantor (daftar diatur administrator); nama lain boleh diketik", None))
#endif // QT_CONFIG(tooltip)
        self.summary_label.setText(QCoreApplication.translate("IntakeDialog", u"Ringkasan *", None))
        self.summary_edit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"pokok pengaduan dalam satu kalimat", None))
        self.description_label.setText(QCoreApplication.translate("IntakeDialog", u"Uraian *", None))
        self.description_edit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"kronologi, tempat, waktu, dan pihak yang terlibat", None))
        self.pelapor_group.setTitle(QCoreApplication.translate("IntakeDialog", u"Pelapor", None))
        self.confidentiality_label.setText(QCoreApplication.translate("IntakeDialog", u"Sifat *", None))
#if QT_CONFIG(tooltip)
        self.confidentiality_combo.setToolTip(QCoreApplication.translate("IntakeDialog", u"Rahasia: identitas pelapor hanya terlihat oleh pejabat yang berwenang (pelaporan pelanggaran). Anonim: identitas tidak dicatat.", None))
#endif // QT_CONFIG(tooltip)
        self.name_label.setText(QCoreApplication.translate("IntakeDialog", u"Nama *", None))
        self.nik_label.setText(QCoreApplication.translate("IntakeDialog", u"NIK", None))
        self.nik_edit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"16 digit", None))
        self.address_label.setText(QCoreApplication.translate("IntakeDialog", u"Alamat", None))
        self.phone_label.setText(QCoreApplication.translate("IntakeDialog", u"Telepon", None))
        self.phone_edit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"0812-3456-7890", None))
        self.email_label.setText(QCoreApplication.translate("IntakeDialog", u"Email", None))
        self.attachment_group.setTitle(QCoreApplication.translate("IntakeDialog", u"Lampiran", None))
#if QT_CONFIG(accessibility)
        self.attachment_list.setAccessibleName(QCoreApplication.translate("IntakeDialog", u"Daftar lampiran", None))
#endif // QT_CONFIG(accessibility)
        self.attachment_kind_label.setText(QCoreApplication.translate("IntakeDialog", u"Jenis berkas baru:", None))
#if QT_CONFIG(tooltip)
        self.attachment_kind_combo.setToolTip(QCoreApplication.translate("IntakeDialog", u"Jenis berkas yang ditambahkan berikutnya (wajib dipilih)", None))
#endif // QT_CONFIG(tooltip)
        self.attachment_kind_combo.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"Pilih jenis berkas...", None))
        self.change_kind_button.setText(QCoreApplication.translate("IntakeDialog", u"Ubah Jenis", None))
#if QT_CONFIG(tooltip)
        self.change_kind_button.setToolTip(QCoreApplication.translate("IntakeDialog", u"Ubah jenis berkas yang dipilih di daftar", None))
#endif // QT_CONFIG(tooltip)
        self.remove_file_button.setText(QCoreApplication.translate("IntakeDialog", u"Hapus", None))
#if QT_CONFIG(tooltip)
        self.attach_panel_host.setToolTip(QCoreApplication.translate("IntakeDialog", u"Berkas baru dilampirkan dengan jenis yang dipilih di atas; jenisnya dapat diubah sebelum disimpan", None))
#endif // QT_CONFIG(tooltip)
        self.waiver_label.setText(QCoreApplication.translate("IntakeDialog", u"Bila surat pengaduan tidak ada, kelengkapan dikecualikan karena:", None))
        self.waiver_edit.setPlaceholderText(QCoreApplication.translate("IntakeDialog", u"mis. pengaduan lisan melalui telepon", None))
        self.override_label.setText(QCoreApplication.translate("IntakeDialog", u"Alasan administrator bertindak:", None))
        self.required_hint_label.setText(QCoreApplication.translate("IntakeDialog", u"* wajib diisi", None))
        self.cancel_button.setText(QCoreApplication.translate("IntakeDialog", u"Batal", None))
        self.save_button.setText(QCoreApplication.translate("IntakeDialog", u"Simpan dan Registrasi", None))
    # retranslateUi

