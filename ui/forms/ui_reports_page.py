# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QSizePolicy, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        ReportsPage.resize(900, 600)
        self.main_layout = QVBoxLayout(ReportsPage)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(16, 12, 16, 12)
        self.title_label = QLabel(ReportsPage)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.summary_group = QGroupBox(ReportsPage)
        self.summary_group.setObjectName(u"summary_group")
        self.summary_form = QFormLayout(self.summary_group)
        self.summary_form.setObjectName(u"summary_form")
        self.total_caption = QLabel(self.summary_group)
        self.total_caption.setObjectName(u"total_caption")

        self.summary_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.total_caption)

        self.total_value = QLabel(self.summary_group)
        self.total_value.setObjectName(u"total_value")
        self.total_value.setWordWrap(True)
        self.total_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.summary_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.total_value)

        self.overdue_caption = QLabel(self.summary_group)
        self.overdue_caption.setObjectName(u"overdue_caption")

        self.summary_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.overdue_caption)

        self.overdue_value = QLabel(self.summary_group)
        self.overdue_value.setObjectName(u"overdue_value")
        self.overdue_value.setWordWrap(True)
        self.overdue_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.summary_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.overdue_value)

        self.due_soon_caption = QLabel(self.summary_group)
        self.due_soon_caption.setObjectName(u"due_soon_caption")

        self.summary_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.due_soon_caption)

        self.due_soon_value = QLabel(self.summary_group)
        self.due_soon_value.setObjectName(u"due_soon_value")
        self.due_soon_value.setWordWrap(True)
        self.due_soon_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.summary_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.due_soon_value)


        self.main_layout.addWidget(self.summary_group)

        self.tables_layout = QHBoxLayout()
        self.tables_layout.setObjectName(u"tables_layout")
        self.status_tree = QTreeWidget(ReportsPage)
        self.status_tree.setObjectName(u"status_tree")
        self.status_tree.setRootIsDecorated(False)

        self.tables_layout.addWidget(self.status_tree)

        self.lane_tree = QTreeWidget(ReportsPage)
        self.lane_tree.setObjectName(u"lane_tree")
        self.lane_tree.setRootIsDecorated(False)

        self.tables_layout.addWidget(self.lane_tree)


        self.main_layout.addLayout(self.tables_layout)


        self.retranslateUi(ReportsPage)

        QMetaObject.connectSlotsByName(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage):
        self.title_label.setText(QCoreApplication.translate("ReportsPage", u"Laporan", None))
        self.summary_group.setTitle(QCoreApplication.translate("ReportsPage", u"Ringkasan", None))
        self.total_caption.setText(QCoreApplication.translate("ReportsPage", u"Jumlah pengaduan:", None))
        self.overdue_caption.setText(QCoreApplication.translate("ReportsPage", u"Lewat batas waktu:", None))
        self.due_soon_caption.setText(QCoreApplication.translate("ReportsPage", u"Segera jatuh tempo:", None))
        ___qtreewidgetitem = self.status_tree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ReportsPage", u"Jumlah", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ReportsPage", u"Status", None))
        ___qtreewidgetitem1 = self.lane_tree.headerItem()
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("ReportsPage", u"Jumlah", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("ReportsPage", u"Posisi saat ini", None))
        pass
    # retranslateUi

