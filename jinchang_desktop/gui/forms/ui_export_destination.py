# generated from ui/export_destination.ui by scripts/compile_ui.py — do not edit; edit the .ui and recompile
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_destination.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QMetaObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

from jinchang_desktop.i18n import _

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
        DestinationPage.setTitle(_("导出到 U 盘"))
        DestinationPage.setSubTitle(_("选择保存数据包的文件夹（通常是 U 盘）。导出后程序会读回并校验文件，同时在旁边保存一页存档联（PDF）。"))
        self.folderLabel.setText(_("文件夹(&O)："))
        self.browseButton.setText(_("浏览(&W)…"))
    # retranslateUi

