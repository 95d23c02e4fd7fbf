# generated from ui/export_explain.ui by scripts/compile_ui.py — do not edit; edit the .ui and recompile
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_explain.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QRect
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

class Ui_ExplainPage(object):
    def setupUi(self, ExplainPage):
        if not ExplainPage.objectName():
            ExplainPage.setObjectName(u"ExplainPage")
        ExplainPage.resize(640, 420)
        self.pageLayout = QVBoxLayout(ExplainPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.scrollArea = QScrollArea(ExplainPage)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.itemsWidget = QWidget()
        self.itemsWidget.setObjectName(u"itemsWidget")
        self.itemsWidget.setGeometry(QRect(0, 0, 620, 300))
        self.itemsLayout = QVBoxLayout(self.itemsWidget)
        self.itemsLayout.setObjectName(u"itemsLayout")
        self.scrollArea.setWidget(self.itemsWidget)

        self.pageLayout.addWidget(self.scrollArea)

        self.statusLabel = QLabel(ExplainPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.statusLabel)


        self.retranslateUi(ExplainPage)

        QMetaObject.connectSlotsByName(ExplainPage)
    # setupUi

    def retranslateUi(self, ExplainPage):
        ExplainPage.setTitle(QCoreApplication.translate("ExplainPage", u"\u8bf4\u660e\u63d0\u793a", None))
        ExplainPage.setSubTitle(QCoreApplication.translate("ExplainPage", u"\u4ee5\u4e0b\u6570\u503c\u5141\u8bb8\u4e0a\u62a5\uff0c\u4f46\u770b\u8d77\u6765\u4e0d\u5bfb\u5e38\u3002\u8bf7\u9010\u9879\u5199\u660e\u539f\u56e0\uff0c\u8bf4\u660e\u4f1a\u968f\u6570\u636e\u5305\u4ea4\u7ed9\u53bf\u533a\u3002", None))
    # retranslateUi

