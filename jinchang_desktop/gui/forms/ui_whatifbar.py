# generated from ui/whatifbar.ui by scripts/compile_ui.py — do not edit; edit the .ui and recompile
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'whatifbar.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy

class Ui_WhatIfBar(object):
    def setupUi(self, WhatIfBar):
        if not WhatIfBar.objectName():
            WhatIfBar.setObjectName(u"WhatIfBar")
        WhatIfBar.resize(900, 40)
        WhatIfBar.setStyleSheet(u"#WhatIfBar { background: #fff4d6; border: 1px solid #e0b450; border-radius: 4px; }")
        WhatIfBar.setFrameShape(QFrame.Shape.StyledPanel)
        self.barLayout = QHBoxLayout(WhatIfBar)
        self.barLayout.setObjectName(u"barLayout")
        self.barLayout.setContentsMargins(8, 3, 8, 3)
        self.iconLabel = QLabel(WhatIfBar)
        self.iconLabel.setObjectName(u"iconLabel")

        self.barLayout.addWidget(self.iconLabel)

        self.messageLabel = QLabel(WhatIfBar)
        self.messageLabel.setObjectName(u"messageLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.messageLabel.sizePolicy().hasHeightForWidth())
        self.messageLabel.setSizePolicy(sizePolicy)

        self.barLayout.addWidget(self.messageLabel)

        self.changesLabel = QLabel(WhatIfBar)
        self.changesLabel.setObjectName(u"changesLabel")
        self.changesLabel.setStyleSheet(u"font-weight: bold;")

        self.barLayout.addWidget(self.changesLabel)

        self.resetButton = QPushButton(WhatIfBar)
        self.resetButton.setObjectName(u"resetButton")

        self.barLayout.addWidget(self.resetButton)

        self.leaveButton = QPushButton(WhatIfBar)
        self.leaveButton.setObjectName(u"leaveButton")

        self.barLayout.addWidget(self.leaveButton)


        self.retranslateUi(WhatIfBar)

        QMetaObject.connectSlotsByName(WhatIfBar)
    # setupUi

    def retranslateUi(self, WhatIfBar):
        self.messageLabel.setText(QCoreApplication.translate("WhatIfBar", u"\u8bd5\u7b97\u6a21\u5f0f\uff1a\u5728\u526f\u672c\u4e0a\u8bd5\u6539\uff0c\u4eea\u8868\u968f\u4e4b\u53d8\u5316\uff0c\u5df2\u4fdd\u5b58\u7684\u6570\u636e\u4e0d\u53d7\u5f71\u54cd\u3002", None))
#if QT_CONFIG(tooltip)
        self.resetButton.setToolTip(QCoreApplication.translate("WhatIfBar", u"\u628a\u8bd5\u7b97\u526f\u672c\u6062\u590d\u6210\u5df2\u4fdd\u5b58\u7684\u6570\u636e", None))
#endif // QT_CONFIG(tooltip)
        self.resetButton.setText(QCoreApplication.translate("WhatIfBar", u"\u5168\u90e8\u8fd8\u539f(&R)", None))
#if QT_CONFIG(tooltip)
        self.leaveButton.setToolTip(QCoreApplication.translate("WhatIfBar", u"\u79bb\u5f00\u8bd5\u7b97\u6a21\u5f0f\uff0c\u56de\u5230\u5df2\u4fdd\u5b58\u7684\u6570\u636e\uff08Ctrl+T\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.leaveButton.setText(QCoreApplication.translate("WhatIfBar", u"\u9000\u51fa\u8bd5\u7b97(&X)", None))
        pass
    # retranslateUi

