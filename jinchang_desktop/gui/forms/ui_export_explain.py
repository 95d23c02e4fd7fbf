# generated from ui/export_explain.ui by scripts/compile_ui.py — do not edit; edit the .ui and recompile
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_explain.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QMetaObject, QRect
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from jinchang_desktop.i18n import _

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
        ExplainPage.setTitle(_("说明提示"))
        ExplainPage.setSubTitle(_("以下数值允许上报，但看起来不寻常。请逐项写明原因，说明会随数据包交给县区。"))
    # retranslateUi

