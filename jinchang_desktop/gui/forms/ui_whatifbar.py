# generated from ui/whatifbar.ui by scripts/compile_ui.py — do not edit; edit the .ui and recompile
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'whatifbar.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QMetaObject
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy

from jinchang_desktop.i18n import _

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
        self.messageLabel.setText(_("试算模式：在副本上试改，仪表随之变化，已保存的数据不受影响。"))
#if QT_CONFIG(tooltip)
        self.resetButton.setToolTip(_("把试算副本恢复成已保存的数据"))
#endif // QT_CONFIG(tooltip)
        self.resetButton.setText(_("全部还原(&R)"))
#if QT_CONFIG(tooltip)
        self.leaveButton.setToolTip(_("离开试算模式，回到已保存的数据（Ctrl+T）"))
#endif // QT_CONFIG(tooltip)
        self.leaveButton.setText(_("退出试算(&X)"))
        pass
    # retranslateUi

