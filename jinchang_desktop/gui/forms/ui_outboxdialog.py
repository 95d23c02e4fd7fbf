# generated from ui/outboxdialog.ui by scripts/compile_ui.py — do not edit; edit the .ui and recompile
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'outboxdialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QLabel, QTableWidget, QVBoxLayout

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
        OutboxDialog.setWindowTitle(QCoreApplication.translate("OutboxDialog", u"\u53d1\u9001\u8bb0\u5f55", None))
        self.introLabel.setText(QCoreApplication.translate("OutboxDialog", u"\u672c\u673a\u5bfc\u51fa\u8fc7\u7684\u6570\u636e\u5305\uff1a\u4f55\u65f6\u3001\u5199\u5230\u54ea\u91cc\u3002\u201c\u6587\u4ef6\u73b0\u72b6\u201d\u663e\u793a\u8be5\u6587\u4ef6\u73b0\u5728\u662f\u5426\u8fd8\u5728\u539f\u5904\uff08U \u76d8\u62d4\u51fa\u540e\u663e\u793a\u201c\u5df2\u4e0d\u5728\u201d\uff09\u3002", None))
        self.emptyLabel.setText(QCoreApplication.translate("OutboxDialog", u"\u8fd8\u6ca1\u6709\u5bfc\u51fa\u8fc7\u6570\u636e\u5305\u3002", None))
    # retranslateUi

