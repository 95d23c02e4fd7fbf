# generated from ui/wizard_key.ui by scripts/compile_ui.py — do not edit; edit the .ui and recompile
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_key.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_KeyPage(object):
    def setupUi(self, KeyPage):
        if not KeyPage.objectName():
            KeyPage.setObjectName(u"KeyPage")
        KeyPage.resize(640, 400)
        self.pageLayout = QVBoxLayout(KeyPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.fingerprintCaption = QLabel(KeyPage)
        self.fingerprintCaption.setObjectName(u"fingerprintCaption")

        self.pageLayout.addWidget(self.fingerprintCaption)

        self.fingerprintLabel = QLabel(KeyPage)
        self.fingerprintLabel.setObjectName(u"fingerprintLabel")
        self.fingerprintLabel.setStyleSheet(u"font-size: 24pt; font-weight: bold; letter-spacing: 2px; padding: 8px; background: #f1f4f8; border: 1px solid #c9d2dc; border-radius: 4px;")
        self.fingerprintLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprintLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.fingerprintLabel)

        self.requestHint = QLabel(KeyPage)
        self.requestHint.setObjectName(u"requestHint")
        self.requestHint.setWordWrap(True)

        self.pageLayout.addWidget(self.requestHint)

        self.requestBox = QWidget(KeyPage)
        self.requestBox.setObjectName(u"requestBox")
        self.requestLayout = QHBoxLayout(self.requestBox)
        self.requestLayout.setObjectName(u"requestLayout")
        self.requestLayout.setContentsMargins(0, 0, 0, 0)
        self.folderLabel = QLabel(self.requestBox)
        self.folderLabel.setObjectName(u"folderLabel")

        self.requestLayout.addWidget(self.folderLabel)

        self.folderEdit = QLineEdit(self.requestBox)
        self.folderEdit.setObjectName(u"folderEdit")

        self.requestLayout.addWidget(self.folderEdit)

        self.browseButton = QPushButton(self.requestBox)
        self.browseButton.setObjectName(u"browseButton")

        self.requestLayout.addWidget(self.browseButton)


        self.pageLayout.addWidget(self.requestBox)

        self.exportLayout = QHBoxLayout()
        self.exportLayout.setObjectName(u"exportLayout")
        self.exportButton = QPushButton(KeyPage)
        self.exportButton.setObjectName(u"exportButton")

        self.exportLayout.addWidget(self.exportButton)

        self.exportSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.exportLayout.addItem(self.exportSpacer)


        self.pageLayout.addLayout(self.exportLayout)

        self.resultLabel = QLabel(KeyPage)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.resultLabel)

        self.pageSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.pageSpacer)

#if QT_CONFIG(shortcut)
        self.folderLabel.setBuddy(self.folderEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(KeyPage)

        QMetaObject.connectSlotsByName(KeyPage)
    # setupUi

    def retranslateUi(self, KeyPage):
        KeyPage.setTitle(QCoreApplication.translate("KeyPage", u"\u672c\u673a\u5bc6\u94a5\u4e0e\u6ce8\u518c\u7533\u8bf7", None))
        KeyPage.setSubTitle(QCoreApplication.translate("KeyPage", u"\u672c\u673a\u5df2\u751f\u6210\u7b7e\u540d\u5bc6\u94a5\u3002\u53bf\u533a\u6ce8\u518c\u8fd9\u628a\u5bc6\u94a5\u540e\uff0c\u624d\u4f1a\u63a5\u6536\u672c\u673a\u5bfc\u51fa\u7684\u6570\u636e\u5305\u3002", None))
        self.fingerprintCaption.setText(QCoreApplication.translate("KeyPage", u"\u5bc6\u94a5\u6307\u7eb9\uff08\u53bf\u533a\u4f1a\u7535\u8bdd\u6838\u5bf9\u8fd9\u4e32\u5b57\u7b26\uff09\uff1a", None))
        self.requestHint.setText(QCoreApplication.translate("KeyPage", u"\u628a\u6ce8\u518c\u7533\u8bf7\u5bfc\u51fa\u5230 U \u76d8\u4ea4\u7ed9\u53bf\u533a\uff0c\u5e76\u7535\u8bdd\u544a\u77e5\u4e0a\u9762\u7684\u6307\u7eb9\u3002", None))
        self.folderLabel.setText(QCoreApplication.translate("KeyPage", u"\u4fdd\u5b58\u5230\u6587\u4ef6\u5939(&O)\uff1a", None))
        self.browseButton.setText(QCoreApplication.translate("KeyPage", u"\u6d4f\u89c8(&W)\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("KeyPage", u"\u5bfc\u51fa\u6ce8\u518c\u7533\u8bf7(&E)", None))
    # retranslateUi

