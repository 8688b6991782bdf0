# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tasks_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel,
    QSizePolicy, QTableView, QVBoxLayout, QWidget)

class Ui_TasksPage(object):
    def setupUi(self, TasksPage):
        if not TasksPage.objectName():
            TasksPage.setObjectName(u"TasksPage")
        TasksPage.resize(900, 600)
        self.main_layout = QVBoxLayout(TasksPage)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(16, 12, 16, 12)
        self.title_label = QLabel(TasksPage)
        self.title_label.setObjectName(u"title_label")

        self.main_layout.addWidget(self.title_label)

        self.summary_label = QLabel(TasksPage)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.main_layout.addWidget(self.summary_label)

        self.tasks_table = QTableView(TasksPage)
        self.tasks_table.setObjectName(u"tasks_table")
        self.tasks_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tasks_table.setAlternatingRowColors(True)
        self.tasks_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tasks_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tasks_table.setWordWrap(False)
        self.tasks_table.horizontalHeader().setStretchLastSection(True)
        self.tasks_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.tasks_table)

        self.task_detail_label = QLabel(TasksPage)
        self.task_detail_label.setObjectName(u"task_detail_label")
        self.task_detail_label.setWordWrap(True)
        self.task_detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.task_detail_label)

        self.hint_label = QLabel(TasksPage)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)


        self.retranslateUi(TasksPage)

        QMetaObject.connectSlotsByName(TasksPage)
    # setupUi

    def retranslateUi(self, TasksPage):
        self.title_label.setText(QCoreApplication.translate("TasksPage", u"Tugas Saya", None))
#if QT_CONFIG(accessibility)
        self.tasks_table.setAccessibleName(QCoreApplication.translate("TasksPage", u"Daftar tugas saya", None))
#endif // QT_CONFIG(accessibility)
        self.hint_label.setText(QCoreApplication.translate("TasksPage", u"Tekan Enter atau klik dua kali untuk membuka pengaduan. Merah: lewat batas waktu; kuning: segera jatuh tempo.", None))
        pass
    # retranslateUi

