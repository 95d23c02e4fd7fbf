# generated from ui/export_destination.ui by scripts/compile_ui.py — do not edit; edit the .ui and recompile
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_destination.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_DestinationPage(object):
    def setupUi(self, DestinationPage):
        if not DestinationPage.objectName():
            DestinationPage.setObjectName(u"DestinationPage")
        DestinationPage.resize(640, 360)
        self.pageLayout = QVBoxLayout(DestinationPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.folderLayout = QHBoxLayout()
        self.folderLayout.setObjectName(u"folderLayout")
        self.folderLabel = QLabel(DestinationPage)
        self.folderLabel.setObjectName(u"folderLabel")

        self.folderLayout.addWidget(self.folderLabel)

        self.folderEdit = QLineEdit(DestinationPage)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderLayout.addWidget(self.folderEdit)

        self.browseButton = QPushButton(DestinationPage)
        self.browseButton.setObjectName(u"browseButton")

        self.folderLayout.addWidget(self.browseButton)


        self.pageLayout.addLayout(self.folderLayout)

        self.fileLabel = QLabel(DestinationPage)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setWordWrap(True)
        self.fileLabel.setStyleSheet(u"color: #555;")

        self.pageLayout.addWidget(self.fileLabel)

        self.errorLabel = QLabel(DestinationPage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b71c1c;")

        self.pageLayout.addWidget(self.errorLabel)

        self.pageSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.pageSpacer)

#if QT_CONFIG(shortcut)
        self.folderLabel.setBuddy(self.folderEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DestinationPage)

        QMetaObject.connectSlotsByName(DestinationPage)
    # setupUi

    def retranslateUi(self, DestinationPage):
        DestinationPage.setTitle(QCoreApplication.translate("DestinationPage", u"\u5bfc\u51fa\u5230 U \u76d8", None))
        DestinationPage.setSubTitle(QCoreApplication.translate("DestinationPage", u"\u9009\u62e9\u4fdd\u5b58\u6570\u636e\u5305\u7684\u6587\u4ef6\u5939\uff08\u901a\u5e38\u662f U \u76d8\uff09\u3002\u5bfc\u51fa\u540e\u7a0b\u5e8f\u4f1a\u8bfb\u56de\u5e76\u6821\u9a8c\u6587\u4ef6\uff0c\u540c\u65f6\u5728\u65c1\u8fb9\u4fdd\u5b58\u4e00\u9875\u5b58\u6863\u8054\uff08PDF\uff09\u3002", None))
        self.folderLabel.setText(QCoreApplication.translate("DestinationPage", u"\u6587\u4ef6\u5939(&O)\uff1a", None))
        self.browseButton.setText(QCoreApplication.translate("DestinationPage", u"\u6d4f\u89c8(&W)\u2026", None))
    # retranslateUi

