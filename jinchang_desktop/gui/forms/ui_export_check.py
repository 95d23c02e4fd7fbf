# generated from ui/export_check.ui by scripts/compile_ui.py — do not edit; edit the .ui and recompile
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_check.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QMetaObject
from PySide6.QtWidgets import QLabel, QListWidget, QSizePolicy, QSpacerItem, QVBoxLayout

from jinchang_desktop.i18n import _

class Ui_CheckPage(object):
    def setupUi(self, CheckPage):
        if not CheckPage.objectName():
            CheckPage.setObjectName(u"CheckPage")
        CheckPage.resize(640, 400)
        self.pageLayout = QVBoxLayout(CheckPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.summaryLabel = QLabel(CheckPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.summaryLabel)

        self.errorList = QListWidget(CheckPage)
        self.errorList.setObjectName(u"errorList")
        self.errorList.setWordWrap(True)

        self.pageLayout.addWidget(self.errorList)

        self.jumpHint = QLabel(CheckPage)
        self.jumpHint.setObjectName(u"jumpHint")
        self.jumpHint.setWordWrap(True)
        self.jumpHint.setStyleSheet(u"color: #555;")

        self.pageLayout.addWidget(self.jumpHint)

        self.pageSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.pageSpacer)


        self.retranslateUi(CheckPage)

        QMetaObject.connectSlotsByName(CheckPage)
    # setupUi

    def retranslateUi(self, CheckPage):
        CheckPage.setTitle(_("检查数据"))
        CheckPage.setSubTitle(_("有必须改正的错误时不能导出。"))
        self.jumpHint.setText(_("选中一项按回车（或双击），转到该数据项去改正。"))
    # retranslateUi

