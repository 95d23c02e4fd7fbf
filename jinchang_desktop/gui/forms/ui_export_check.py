# generated from ui/export_check.ui by scripts/compile_ui.py — do not edit; edit the .ui and recompile
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_check.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QLabel, QListWidget, QSizePolicy, QSpacerItem, QVBoxLayout

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
        CheckPage.setTitle(QCoreApplication.translate("CheckPage", u"\u68c0\u67e5\u6570\u636e", None))
        CheckPage.setSubTitle(QCoreApplication.translate("CheckPage", u"\u6709\u5fc5\u987b\u6539\u6b63\u7684\u9519\u8bef\u65f6\u4e0d\u80fd\u5bfc\u51fa\u3002", None))
        self.jumpHint.setText(QCoreApplication.translate("CheckPage", u"\u9009\u4e2d\u4e00\u9879\u6309\u56de\u8f66\uff08\u6216\u53cc\u51fb\uff09\uff0c\u8f6c\u5230\u8be5\u6570\u636e\u9879\u53bb\u6539\u6b63\u3002", None))
    # retranslateUi

