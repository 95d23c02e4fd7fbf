# generated from ui/savebanner.ui by scripts/compile_ui.py — do not edit; edit the .ui and recompile
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'savebanner.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QMetaObject, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy

from jinchang_desktop.i18n import _

class Ui_SaveBanner(object):
    def setupUi(self, SaveBanner):
        if not SaveBanner.objectName():
            SaveBanner.setObjectName(u"SaveBanner")
        SaveBanner.resize(900, 44)
        SaveBanner.setStyleSheet(u"#SaveBanner { background: #fbe3e3; border: 1px solid #d32f2f; border-radius: 4px; } #messageLabel { color: #7f0000; }")
        SaveBanner.setFrameShape(QFrame.Shape.StyledPanel)
        self.bannerLayout = QHBoxLayout(SaveBanner)
        self.bannerLayout.setObjectName(u"bannerLayout")
        self.bannerLayout.setContentsMargins(8, 3, 8, 3)
        self.iconLabel = QLabel(SaveBanner)
        self.iconLabel.setObjectName(u"iconLabel")

        self.bannerLayout.addWidget(self.iconLabel)

        self.messageLabel = QLabel(SaveBanner)
        self.messageLabel.setObjectName(u"messageLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.messageLabel.sizePolicy().hasHeightForWidth())
        self.messageLabel.setSizePolicy(sizePolicy)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.bannerLayout.addWidget(self.messageLabel)

        self.retryButton = QPushButton(SaveBanner)
        self.retryButton.setObjectName(u"retryButton")

        self.bannerLayout.addWidget(self.retryButton)


        self.retranslateUi(SaveBanner)

        QMetaObject.connectSlotsByName(SaveBanner)
    # setupUi

    def retranslateUi(self, SaveBanner):
#if QT_CONFIG(tooltip)
        self.retryButton.setToolTip(_("把未能保存的数值再写入一次"))
#endif // QT_CONFIG(tooltip)
        self.retryButton.setText(_("重试保存(&S)"))
        pass
    # retranslateUi

