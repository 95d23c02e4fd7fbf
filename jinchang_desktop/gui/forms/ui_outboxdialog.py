# generated from ui/outboxdialog.ui by scripts/compile_ui.py — do not edit; edit the .ui and recompile
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'outboxdialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QLabel, QTableWidget, QVBoxLayout

from jinchang_desktop.i18n import _

class Ui_OutboxDialog(object):
    def setupUi(self, OutboxDialog):
        if not OutboxDialog.objectName():
            OutboxDialog.setObjectName(u"OutboxDialog")
        OutboxDialog.resize(900, 420)
        self.dialogLayout = QVBoxLayout(OutboxDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(OutboxDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.table = QTableWidget(OutboxDialog)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)

        self.dialogLayout.addWidget(self.table)

        self.emptyLabel = QLabel(OutboxDialog)
        self.emptyLabel.setObjectName(u"emptyLabel")

        self.dialogLayout.addWidget(self.emptyLabel)

        self.buttonBox = QDialogButtonBox(OutboxDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(OutboxDialog)
        self.buttonBox.rejected.connect(OutboxDialog.reject)

        QMetaObject.connectSlotsByName(OutboxDialog)
    # setupUi

    def retranslateUi(self, OutboxDialog):
        OutboxDialog.setWindowTitle(_("发送记录"))
        self.introLabel.setText(_("本机导出过的数据包：何时、写到哪里。“文件现状”显示该文件现在是否还在原处（U 盘拔出后显示“已不在”）。"))
        self.emptyLabel.setText(_("还没有导出过数据包。"))
    # retranslateUi

