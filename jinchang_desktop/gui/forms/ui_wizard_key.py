# generated from ui/wizard_key.ui by scripts/compile_ui.py — do not edit; edit the .ui and recompile
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_key.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QMetaObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

from jinchang_desktop.i18n import _

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
        KeyPage.setTitle(_("本机密钥与注册申请"))
        KeyPage.setSubTitle(_("本机已生成签名密钥。县区注册这把密钥后，才会接收本机导出的数据包。"))
        self.fingerprintCaption.setText(_("密钥指纹（县区会电话核对这串字符）："))
        self.requestHint.setText(_("把注册申请导出到 U 盘交给县区，并电话告知上面的指纹。"))
        self.folderLabel.setText(_("保存到文件夹(&O)："))
        self.browseButton.setText(_("浏览(&W)…"))
        self.exportButton.setText(_("导出注册申请(&E)"))
    # retranslateUi

