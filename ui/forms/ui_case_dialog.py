# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSplitter, QTabWidget, QTextBrowser,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_CaseDialog(object):
    def setupUi(self, CaseDialog):
        if not CaseDialog.objectName():
            CaseDialog.setObjectName(u"CaseDialog")
        CaseDialog.resize(1100, 760)
        self.main_layout = QVBoxLayout(CaseDialog)
        self.main_layout.setSpacing(8)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(16, 12, 16, 12)
        self.header_layout = QHBoxLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.register_label = QLabel(CaseDialog)
        self.register_label.setObjectName(u"register_label")
        self.register_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.header_layout.addWidget(self.register_label)

        self.state_label = QLabel(CaseDialog)
        self.state_label.setObjectName(u"state_label")

        self.header_layout.addWidget(self.state_label)

        self.header_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_layout.addItem(self.header_spacer)

        self.refresh_button = QPushButton(CaseDialog)
        self.refresh_button.setObjectName(u"refresh_button")

        self.header_layout.addWidget(self.refresh_button)


        self.main_layout.addLayout(self.header_layout)

        self.position_label = QLabel(CaseDialog)
        self.position_label.setObjectName(u"position_label")
        self.position_label.setWordWrap(True)

        self.main_layout.addWidget(self.position_label)

        self.correction_frame = QFrame(CaseDialog)
        self.correction_frame.setObjectName(u"correction_frame")
        self.correction_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.correction_layout = QHBoxLayout(self.correction_frame)
        self.correction_layout.setSpacing(12)
        self.correction_layout.setObjectName(u"correction_layout")
        self.correction_layout.setContentsMargins(10, 6, 10, 6)
        self.correction_notes_layout = QVBoxLayout()
        self.correction_notes_layout.setSpacing(2)
        self.correction_notes_layout.setObjectName(u"correction_notes_layout")
        self.correction_title_label = QLabel(self.correction_frame)
        self.correction_title_label.setObjectName(u"correction_title_label")

        self.correction_notes_layout.addWidget(self.correction_title_label)

        self.correction_label = QLabel(self.correction_frame)
        self.correction_label.setObjectName(u"correction_label")
        self.correction_label.setWordWrap(True)
        self.correction_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.correction_notes_layout.addWidget(self.correction_label)

        self.correction_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.correction_notes_layout.addItem(self.correction_spacer)


        self.correction_layout.addLayout(self.correction_notes_layout)

        self.diff_layout = QVBoxLayout()
        self.diff_layout.setSpacing(2)
        self.diff_layout.setObjectName(u"diff_layout")
        self.diff_title_label = QLabel(self.correction_frame)
        self.diff_title_label.setObjectName(u"diff_title_label")

        self.diff_layout.addWidget(self.diff_title_label)

        self.diff_view = QTextBrowser(self.correction_frame)
        self.diff_view.setObjectName(u"diff_view")
        self.diff_view.setMaximumSize(QSize(16777215, 96))

        self.diff_layout.addWidget(self.diff_view)


        self.correction_layout.addLayout(self.diff_layout)

        self.correction_layout.setStretch(0, 1)
        self.correction_layout.setStretch(1, 1)

        self.main_layout.addWidget(self.correction_frame)

        self.action_group = QGroupBox(CaseDialog)
        self.action_group.setObjectName(u"action_group")
        self.action_group_layout = QHBoxLayout(self.action_group)
        self.action_group_layout.setObjectName(u"action_group_layout")
        self.action_group_layout.setContentsMargins(-1, 4, -1, 4)
        self.action_layout = QHBoxLayout()
        self.action_layout.setObjectName(u"action_layout")

        self.action_group_layout.addLayout(self.action_layout)

        self.action_hint_label = QLabel(self.action_group)
        self.action_hint_label.setObjectName(u"action_hint_label")
        self.action_hint_label.setWordWrap(True)

        self.action_group_layout.addWidget(self.action_hint_label)

        self.action_group_layout.setStretch(1, 1)

        self.main_layout.addWidget(self.action_group)

        self.message_label = QLabel(CaseDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.tabs = QTabWidget(CaseDialog)
        self.tabs.setObjectName(u"tabs")
        self.detail_tab = QWidget()
        self.detail_tab.setObjectName(u"detail_tab")
        self.detail_tab_layout = QHBoxLayout(self.detail_tab)
        self.detail_tab_layout.setObjectName(u"detail_tab_layout")
        self.detail_scroll = QScrollArea(self.detail_tab)
        self.detail_scroll.setObjectName(u"detail_scroll")
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_contents = QWidget()
        self.detail_contents.setObjectName(u"detail_contents")
        self.detail_contents_layout = QHBoxLayout(self.detail_contents)
        self.detail_contents_layout.setObjectName(u"detail_contents_layout")
        self.complaint_group = QGroupBox(self.detail_contents)
        self.complaint_group.setObjectName(u"complaint_group")
        self.detail_form = QFormLayout(self.complaint_group)
        self.detail_form.setObjectName(u"detail_form")
        self.received_caption = QLabel(self.complaint_group)
        self.received_caption.setObjectName(u"received_caption")

        self.detail_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.received_caption)

        self.received_value = QLabel(self.complaint_group)
        self.received_value.setObjectName(u"received_value")
        self.received_value.setWordWrap(True)
        self.received_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detail_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.received_value)

        self.channel_caption = QLabel(self.complaint_group)
        self.channel_caption.setObjectName(u"channel_caption")

        self.detail_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.channel_caption)

        self.channel_value = QLabel(self.complaint_group)
        self.channel_value.setObjectName(u"channel_value")
        self.channel_value.setWordWrap(True)
        self.channel_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detail_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.channel_value)

        self.lapor_ticket_caption = QLabel(self.complaint_group)
        self.lapor_ticket_caption.setObjectName(u"lapor_ticket_caption")

        self.detail_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lapor_ticket_caption)

        self.lapor_ticket_value = QLabel(self.complaint_group)
        self.lapor_ticket_value.setObjectName(u"lapor_ticket_value")
        self.lapor_ticket_value.setWordWrap(True)
        self.lapor_ticket_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detail_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.lapor_ticket_value)

        self.category_caption = QLabel(self.complaint_group)
        self.category_caption.setObjectName(u"category_caption")

        self.detail_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.category_caption)

        self.category_value = QLabel(self.complaint_group)
        self.category_value.setObjectName(u"category_value")
        self.category_value.setWordWrap(True)
        self.category_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detail_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.category_value)

        self.tier_caption = QLabel(self.complaint_group)
        self.tier_caption.setObjectName(u"tier_caption")

        self.detail_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.tier_caption)

        self.tier_value = QLabel(self.complaint_group)
        self.tier_value.setObjectName(u"tier_value")
        self.tier_value.setWordWrap(True)
        self.tier_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detail_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.tier_value)

        self.subject_caption = QLabel(self.complaint_group)
        self.subject_caption.setObjectName(u"subject_caption")

        self.detail_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.subject_caption)

        self.subject_value = QLabel(self.complaint_group)
        self.subject_value.setObjectName(u"subject_value")
        self.subject_value.setWordWrap(True)
        self.subject_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detail_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.subject_value)

        self.summary_caption = QLabel(self.complaint_group)
        self.summary_caption.setObjectName(u"summary_caption")

        self.detail_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.summary_caption)

        self.summary_value = QLabel(self.complaint_group)
        self.summary_value.setObjectName(u"summary_value")
        self.summary_value.setWordWrap(True)
        self.summary_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detail_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.summary_value)

        self.description_caption = QLabel(self.complaint_group)
        self.description_caption.setObjectName(u"description_caption")

        self.detail_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.description_caption)

        self.description_value = QLabel(self.complaint_group)
        self.description_value.setObjectName(u"description_value")
        self.description_value.setWordWrap(True)
        self.description_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detail_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.description_value)

        self.confidentiality_caption = QLabel(self.complaint_group)
        self.confidentiality_caption.setObjectName(u"confidentiality_caption")

        self.detail_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.confidentiality_caption)

        self.confidentiality_value = QLabel(self.complaint_group)
        self.confidentiality_value.setObjectName(u"confidentiality_value")
        self.confidentiality_value.setWordWrap(True)
        self.confidentiality_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detail_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.confidentiality_value)

        self.due_caption = QLabel(self.complaint_group)
        self.due_caption.setObjectName(u"due_caption")

        self.detail_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.due_caption)

        self.due_value = QLabel(self.complaint_group)
        self.due_value.setObjectName(u"due_value")
        self.due_value.setWordWrap(True)
        self.due_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detail_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.due_value)

        self.sop_caption = QLabel(self.complaint_group)
        self.sop_caption.setObjectName(u"sop_caption")

        self.detail_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.sop_caption)

        self.sop_value = QLabel(self.complaint_group)
        self.sop_value.setObjectName(u"sop_value")
        self.sop_value.setWordWrap(True)
        self.sop_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detail_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.sop_value)


        self.detail_contents_layout.addWidget(self.complaint_group)

        self.reporter_group = QGroupBox(self.detail_contents)
        self.reporter_group.setObjectName(u"reporter_group")
        self.reporter_form = QFormLayout(self.reporter_group)
        self.reporter_form.setObjectName(u"reporter_form")
        self.reporter_name_caption = QLabel(self.reporter_group)
        self.reporter_name_caption.setObjectName(u"reporter_name_caption")

        self.reporter_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reporter_name_caption)

        self.reporter_name_value = QLabel(self.reporter_group)
        self.reporter_name_value.setObjectName(u"reporter_name_value")
        self.reporter_name_value.setWordWrap(True)
        self.reporter_name_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.reporter_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reporter_name_value)

        self.reporter_nik_caption = QLabel(self.reporter_group)
        self.reporter_nik_caption.setObjectName(u"reporter_nik_caption")

        self.reporter_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reporter_nik_caption)

        self.reporter_nik_value = QLabel(self.reporter_group)
        self.reporter_nik_value.setObjectName(u"reporter_nik_value")
        self.reporter_nik_value.setWordWrap(True)
        self.reporter_nik_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.reporter_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reporter_nik_value)

        self.reporter_address_caption = QLabel(self.reporter_group)
        self.reporter_address_caption.setObjectName(u"reporter_address_caption")

        self.reporter_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reporter_address_caption)

        self.reporter_address_value = QLabel(self.reporter_group)
        self.reporter_address_value.setObjectName(u"reporter_address_value")
        self.reporter_address_value.setWordWrap(True)
        self.reporter_address_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.reporter_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reporter_address_value)

        self.reporter_phone_caption = QLabel(self.reporter_group)
        self.reporter_phone_caption.setObjectName(u"reporter_phone_caption")

        self.reporter_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reporter_phone_caption)

        self.reporter_phone_value = QLabel(self.reporter_group)
        self.reporter_phone_value.setObjectName(u"reporter_phone_value")
        self.reporter_phone_value.setWordWrap(True)
        self.reporter_phone_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.reporter_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reporter_phone_value)

        self.reporter_email_caption = QLabel(self.reporter_group)
        self.reporter_email_caption.setObjectName(u"reporter_email_caption")

        self.reporter_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reporter_email_caption)

        self.reporter_email_value = QLabel(self.reporter_group)
        self.reporter_email_value.setObjectName(u"reporter_email_value")
        self.reporter_email_value.setWordWrap(True)
        self.reporter_email_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.reporter_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reporter_email_value)


        self.detail_contents_layout.addWidget(self.reporter_group)

        self.detail_scroll.setWidget(self.detail_contents)

        self.detail_tab_layout.addWidget(self.detail_scroll)

        self.tabs.addTab(self.detail_tab, "")
        self.output_tab = QWidget()
        self.output_tab.setObjectName(u"output_tab")
        self.output_tab_layout = QVBoxLayout(self.output_tab)
        self.output_tab_layout.setObjectName(u"output_tab_layout")
        self.output_hint_label = QLabel(self.output_tab)
        self.output_hint_label.setObjectName(u"output_hint_label")
        self.output_hint_label.setWordWrap(True)

        self.output_tab_layout.addWidget(self.output_hint_label)

        self.output_splitter = QSplitter(self.output_tab)
        self.output_splitter.setObjectName(u"output_splitter")
        self.output_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.output_splitter.setChildrenCollapsible(False)
        self.output_form_host = QWidget(self.output_splitter)
        self.output_form_host.setObjectName(u"output_form_host")
        self.output_form_layout = QVBoxLayout(self.output_form_host)
        self.output_form_layout.setObjectName(u"output_form_layout")
        self.output_form_layout.setContentsMargins(0, 0, 0, 0)
        self.output_splitter.addWidget(self.output_form_host)
        self.summary_view = QTextBrowser(self.output_splitter)
        self.summary_view.setObjectName(u"summary_view")
        self.output_splitter.addWidget(self.summary_view)

        self.output_tab_layout.addWidget(self.output_splitter)

        self.output_tab_layout.setStretch(1, 1)
        self.tabs.addTab(self.output_tab, "")
        self.history_tab = QWidget()
        self.history_tab.setObjectName(u"history_tab")
        self.history_layout = QVBoxLayout(self.history_tab)
        self.history_layout.setObjectName(u"history_layout")
        self.history_summary_label = QLabel(self.history_tab)
        self.history_summary_label.setObjectName(u"history_summary_label")
        self.history_summary_label.setWordWrap(True)

        self.history_layout.addWidget(self.history_summary_label)

        self.history_tree = QTreeWidget(self.history_tab)
        self.history_tree.setObjectName(u"history_tree")
        self.history_tree.setAlternatingRowColors(True)
        self.history_tree.setRootIsDecorated(False)
        self.history_tree.setWordWrap(True)

        self.history_layout.addWidget(self.history_tree)

        self.history_detail_label = QLabel(self.history_tab)
        self.history_detail_label.setObjectName(u"history_detail_label")
        self.history_detail_label.setWordWrap(True)
        self.history_detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.history_layout.addWidget(self.history_detail_label)

        self.tabs.addTab(self.history_tab, "")
        self.files_tab = QWidget()
        self.files_tab.setObjectName(u"files_tab")
        self.files_tab_layout = QVBoxLayout(self.files_tab)
        self.files_tab_layout.setObjectName(u"files_tab_layout")
        self.files_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.files_scroll = QScrollArea(self.files_tab)
        self.files_scroll.setObjectName(u"files_scroll")
        self.files_scroll.setWidgetResizable(True)
        self.files_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.files_contents = QWidget()
        self.files_contents.setObjectName(u"files_contents")
        self.files_layout = QVBoxLayout(self.files_contents)
        self.files_layout.setObjectName(u"files_layout")
        self.attachments_caption = QLabel(self.files_contents)
        self.attachments_caption.setObjectName(u"attachments_caption")

        self.files_layout.addWidget(self.attachments_caption)

        self.attachments_tree = QTreeWidget(self.files_contents)
        self.attachments_tree.setObjectName(u"attachments_tree")
        self.attachments_tree.setRootIsDecorated(False)
        self.attachments_tree.setAlternatingRowColors(True)

        self.files_layout.addWidget(self.attachments_tree)

        self.attachment_button_layout = QHBoxLayout()
        self.attachment_button_layout.setObjectName(u"attachment_button_layout")
        self.save_attachment_button = QPushButton(self.files_contents)
        self.save_attachment_button.setObjectName(u"save_attachment_button")

        self.attachment_button_layout.addWidget(self.save_attachment_button)

        self.attachment_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attachment_button_layout.addItem(self.attachment_spacer)


        self.files_layout.addLayout(self.attachment_button_layout)

        self.add_attachment_group = QGroupBox(self.files_contents)
        self.add_attachment_group.setObjectName(u"add_attachment_group")
        self.attach_panel_layout = QVBoxLayout(self.add_attachment_group)
        self.attach_panel_layout.setObjectName(u"attach_panel_layout")
        self.attach_panel_layout.setContentsMargins(6, 4, 6, 4)
        self.attachment_kind_layout = QHBoxLayout()
        self.attachment_kind_layout.setObjectName(u"attachment_kind_layout")
        self.attachment_kind_label = QLabel(self.add_attachment_group)
        self.attachment_kind_label.setObjectName(u"attachment_kind_label")

        self.attachment_kind_layout.addWidget(self.attachment_kind_label)

        self.attachment_kind_combo = QComboBox(self.add_attachment_group)
        self.attachment_kind_combo.setObjectName(u"attachment_kind_combo")

        self.attachment_kind_layout.addWidget(self.attachment_kind_combo)

        self.attachment_kind_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attachment_kind_layout.addItem(self.attachment_kind_spacer)


        self.attach_panel_layout.addLayout(self.attachment_kind_layout)


        self.files_layout.addWidget(self.add_attachment_group)

        self.documents_caption = QLabel(self.files_contents)
        self.documents_caption.setObjectName(u"documents_caption")

        self.files_layout.addWidget(self.documents_caption)

        self.documents_tree = QTreeWidget(self.files_contents)
        self.documents_tree.setObjectName(u"documents_tree")
        self.documents_tree.setRootIsDecorated(False)
        self.documents_tree.setAlternatingRowColors(True)

        self.files_layout.addWidget(self.documents_tree)

        self.document_button_layout = QHBoxLayout()
        self.document_button_layout.setObjectName(u"document_button_layout")

        self.files_layout.addLayout(self.document_button_layout)

        self.files_scroll.setWidget(self.files_contents)

        self.files_tab_layout.addWidget(self.files_scroll)

        self.tabs.addTab(self.files_tab, "")
        self.swimlane_tab = QWidget()
        self.swimlane_tab.setObjectName(u"swimlane_tab")
        self.swimlane_layout = QVBoxLayout(self.swimlane_tab)
        self.swimlane_layout.setObjectName(u"swimlane_layout")
        self.tabs.addTab(self.swimlane_tab, "")

        self.main_layout.addWidget(self.tabs)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.close_button = QPushButton(CaseDialog)
        self.close_button.setObjectName(u"close_button")

        self.button_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.attachment_kind_label.setBuddy(self.attachment_kind_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CaseDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CaseDialog)
    # setupUi

    def retranslateUi(self, CaseDialog):
        CaseDialog.setWindowTitle(QCoreApplication.translate("CaseDialog", u"Pengaduan", None))
        self.refresh_button.setText(QCoreApplication.translate("CaseDialog", u"Muat Ulang", None))
#if QT_CONFIG(tooltip)
        self.refresh_button.setToolTip(QCoreApplication.translate("CaseDialog", u"Muat ulang pengaduan ini (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.correction_title_label.setText(QCoreApplication.translate("CaseDialog", u"Dikembalikan untuk perbaikan", None))
        self.diff_title_label.setText(QCoreApplication.translate("CaseDialog", u"Perubahan konsep", None))
#if QT_CONFIG(accessibility)
        self.diff_view.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Perubahan konsep", None))
#endif // QT_CONFIG(accessibility)
        self.action_group.setTitle(QCoreApplication.translate("CaseDialog", u"Tindakan pada langkah ini", None))
        self.complaint_group.setTitle(QCoreApplication.translate("CaseDialog", u"Pengaduan", None))
        self.received_caption.setText(QCoreApplication.translate("CaseDialog", u"Diterima:", None))
        self.channel_caption.setText(QCoreApplication.translate("CaseDialog", u"Saluran:", None))
        self.lapor_ticket_caption.setText(QCoreApplication.translate("CaseDialog", u"Tiket SP4N-LAPOR!:", None))
        self.category_caption.setText(QCoreApplication.translate("CaseDialog", u"Kategori:", None))
        self.tier_caption.setText(QCoreApplication.translate("CaseDialog", u"Tingkat:", None))
        self.subject_caption.setText(QCoreApplication.translate("CaseDialog", u"Terlapor:", None))
        self.summary_caption.setText(QCoreApplication.translate("CaseDialog", u"Ringkasan:", None))
        self.description_caption.setText(QCoreApplication.translate("CaseDialog", u"Uraian:", None))
        self.confidentiality_caption.setText(QCoreApplication.translate("CaseDialog", u"Sifat:", None))
        self.due_caption.setText(QCoreApplication.translate("CaseDialog", u"Batas waktu penyelesaian:", None))
        self.sop_caption.setText(QCoreApplication.translate("CaseDialog", u"SOP:", None))
        self.reporter_group.setTitle(QCoreApplication.translate("CaseDialog", u"Pelapor", None))
        self.reporter_name_caption.setText(QCoreApplication.translate("CaseDialog", u"Nama:", None))
        self.reporter_nik_caption.setText(QCoreApplication.translate("CaseDialog", u"NIK:", None))
        self.reporter_address_caption.setText(QCoreApplication.translate("CaseDialog", u"Alamat:", None))
        self.reporter_phone_caption.setText(QCoreApplication.translate("CaseDialog", u"Telepon:", None))
        self.reporter_email_caption.setText(QCoreApplication.translate("CaseDialog", u"Email:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.detail_tab), QCoreApplication.translate("CaseDialog", u"Data Pengaduan", None))
#if QT_CONFIG(accessibility)
        self.summary_view.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Hasil langkah", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.output_tab), QCoreApplication.translate("CaseDialog", u"Hasil Langkah", None))
        ___qtreewidgetitem = self.history_tree.headerItem()
        ___qtreewidgetitem.setText(7, QCoreApplication.translate("CaseDialog", u"Catatan", None))
        ___qtreewidgetitem.setText(6, QCoreApplication.translate("CaseDialog", u"Hasil", None))
        ___qtreewidgetitem.setText(5, QCoreApplication.translate("CaseDialog", u"Waktu kerja / standar", None))
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("CaseDialog", u"Selesai", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("CaseDialog", u"Mulai", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("CaseDialog", u"Oleh", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("CaseDialog", u"Pelaksana", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("CaseDialog", u"Langkah", None))
#if QT_CONFIG(accessibility)
        self.history_tree.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Riwayat langkah", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.history_tab), QCoreApplication.translate("CaseDialog", u"Riwayat", None))
        self.attachments_caption.setText(QCoreApplication.translate("CaseDialog", u"Lampiran", None))
        ___qtreewidgetitem1 = self.attachments_tree.headerItem()
        ___qtreewidgetitem1.setText(5, QCoreApplication.translate("CaseDialog", u"Oleh", None))
        ___qtreewidgetitem1.setText(4, QCoreApplication.translate("CaseDialog", u"Ditambahkan", None))
        ___qtreewidgetitem1.setText(3, QCoreApplication.translate("CaseDialog", u"Ukuran", None))
        ___qtreewidgetitem1.setText(2, QCoreApplication.translate("CaseDialog", u"Langkah", None))
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("CaseDialog", u"Jenis", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("CaseDialog", u"Berkas", None))
#if QT_CONFIG(accessibility)
        self.attachments_tree.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Daftar lampiran", None))
#endif // QT_CONFIG(accessibility)
        self.save_attachment_button.setText(QCoreApplication.translate("CaseDialog", u"Simpan Salinan...", None))
        self.add_attachment_group.setTitle(QCoreApplication.translate("CaseDialog", u"Tambah Lampiran", None))
        self.attachment_kind_label.setText(QCoreApplication.translate("CaseDialog", u"Jenis lampiran:", None))
        self.documents_caption.setText(QCoreApplication.translate("CaseDialog", u"Dokumen (naskah dinas)", None))
        ___qtreewidgetitem2 = self.documents_tree.headerItem()
        ___qtreewidgetitem2.setText(5, QCoreApplication.translate("CaseDialog", u"Oleh", None))
        ___qtreewidgetitem2.setText(4, QCoreApplication.translate("CaseDialog", u"Dibuat", None))
        ___qtreewidgetitem2.setText(3, QCoreApplication.translate("CaseDialog", u"Langkah", None))
        ___qtreewidgetitem2.setText(2, QCoreApplication.translate("CaseDialog", u"Versi", None))
        ___qtreewidgetitem2.setText(1, QCoreApplication.translate("CaseDialog", u"Nomor", None))
        ___qtreewidgetitem2.setText(0, QCoreApplication.translate("CaseDialog", u"Jenis", None))
#if QT_CONFIG(accessibility)
        self.documents_tree.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Daftar dokumen", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.files_tab), QCoreApplication.translate("CaseDialog", u"Lampiran dan Dokumen", None))
        self.tabs.setTabText(self.tabs.indexOf(self.swimlane_tab), QCoreApplication.translate("CaseDialog", u"Alur (Swimlane)", None))
        self.close_button.setText(QCoreApplication.translate("CaseDialog", u"Tutup Jendela", None))
    # retranslateUi

