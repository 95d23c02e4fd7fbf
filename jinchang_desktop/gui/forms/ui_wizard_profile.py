# generated from ui/wizard_profile.ui by scripts/compile_ui.py — do not edit; edit the .ui and recompile
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_profile.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_ProfilePage(object):
    def setupUi(self, ProfilePage):
        if not ProfilePage.objectName():
            ProfilePage.setObjectName(u"ProfilePage")
        ProfilePage.resize(640, 380)
        self.pageLayout = QVBoxLayout(ProfilePage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.jinchangRadio = QRadioButton(ProfilePage)
        self.jinchangRadio.setObjectName(u"jinchangRadio")
        self.jinchangRadio.setChecked(True)

        self.pageLayout.addWidget(self.jinchangRadio)

        self.nationalRadio = QRadioButton(ProfilePage)
        self.nationalRadio.setObjectName(u"nationalRadio")

        self.pageLayout.addWidget(self.nationalRadio)

        self.rosterRadio = QRadioButton(ProfilePage)
        self.rosterRadio.setObjectName(u"rosterRadio")

        self.pageLayout.addWidget(self.rosterRadio)

        self.rosterBox = QWidget(ProfilePage)
        self.rosterBox.setObjectName(u"rosterBox")
        self.rosterLayout = QHBoxLayout(self.rosterBox)
        self.rosterLayout.setObjectName(u"rosterLayout")
        self.rosterLayout.setContentsMargins(24, 0, 0, 0)
        self.rosterPathEdit = QLineEdit(self.rosterBox)
        self.rosterPathEdit.setObjectName(u"rosterPathEdit")

        self.rosterLayout.addWidget(self.rosterPathEdit)

        self.rosterBrowseButton = QPushButton(self.rosterBox)
        self.rosterBrowseButton.setObjectName(u"rosterBrowseButton")

        self.rosterLayout.addWidget(self.rosterBrowseButton)

        self.rosterFingerprintEdit = QLineEdit(self.rosterBox)
        self.rosterFingerprintEdit.setObjectName(u"rosterFingerprintEdit")

        self.rosterLayout.addWidget(self.rosterFingerprintEdit)

        self.rosterImportButton = QPushButton(self.rosterBox)
        self.rosterImportButton.setObjectName(u"rosterImportButton")

        self.rosterLayout.addWidget(self.rosterImportButton)


        self.pageLayout.addWidget(self.rosterBox)

        self.rosterHint = QLabel(ProfilePage)
        self.rosterHint.setObjectName(u"rosterHint")
        self.rosterHint.setWordWrap(True)
        self.rosterHint.setStyleSheet(u"color: #555;")

        self.pageLayout.addWidget(self.rosterHint)

        self.resultLabel = QLabel(ProfilePage)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.resultLabel)

        self.pageSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.pageSpacer)


        self.retranslateUi(ProfilePage)

        QMetaObject.connectSlotsByName(ProfilePage)
    # setupUi

    def retranslateUi(self, ProfilePage):
        ProfilePage.setTitle(QCoreApplication.translate("ProfilePage", u"\u8bc4\u4f30\u6807\u51c6", None))
        ProfilePage.setSubTitle(QCoreApplication.translate("ProfilePage", u"\u9009\u62e9\u672c\u5de5\u4f5c\u533a\u6309\u54ea\u5957\u6807\u51c6\u8bc4\u4f30\u3002\u53bf\u533a\u53d1\u6765\u540d\u518c\u540e\uff0c\u4ee5\u540d\u518c\u4e2d\u7684\u6807\u51c6\u4e3a\u51c6\u3002", None))
        self.jinchangRadio.setText(QCoreApplication.translate("ProfilePage", u"\u91d1\u660c\u5e02\u65b9\u6848\uff08\u91d1\u653f\u529e\u53d1\u30142025\u301520\u53f7\uff09(&J)", None))
        self.nationalRadio.setText(QCoreApplication.translate("ProfilePage", u"\u56fd\u5bb6\u6807\u51c6\uff08\u6559\u7763\u30142017\u30156\u53f7\uff09(&G)", None))
        self.rosterRadio.setText(QCoreApplication.translate("ProfilePage", u"\u5bfc\u5165\u53bf\u533a\u540d\u518c(&R)\uff1a\u5df2\u6709\u53bf\u533a\u53d1\u6765\u7684\u540d\u518c\u6587\u4ef6\u65f6\u9009\u6b64\u9879", None))
        self.rosterPathEdit.setPlaceholderText(QCoreApplication.translate("ProfilePage", u"\u540d\u518c\u6587\u4ef6\uff08.jcpkg\uff09", None))
        self.rosterBrowseButton.setText(QCoreApplication.translate("ProfilePage", u"\u6d4f\u89c8(&W)\u2026", None))
        self.rosterFingerprintEdit.setPlaceholderText(QCoreApplication.translate("ProfilePage", u"\u53bf\u533a\u5bc6\u94a5\u6307\u7eb9\uff08\u7535\u8bdd\u6838\u5bf9\uff09", None))
#if QT_CONFIG(tooltip)
        self.rosterFingerprintEdit.setToolTip(QCoreApplication.translate("ProfilePage", u"\u7b2c\u4e00\u6b21\u5bfc\u5165\u540d\u518c\u65f6\uff0c\u8f93\u5165\u53bf\u533a\u5728\u7535\u8bdd\u4e2d\u8bfb\u51fa\u7684\u5bc6\u94a5\u6307\u7eb9\uff08XXXX-XXXX-XXXX-XXXX\uff09\uff0c\u4e0e\u540d\u518c\u7684\u7b7e\u540d\u5bc6\u94a5\u6838\u5bf9\u4e00\u81f4\u624d\u5bfc\u5165", None))
#endif // QT_CONFIG(tooltip)
        self.rosterImportButton.setText(QCoreApplication.translate("ProfilePage", u"\u5bfc\u5165(&I)", None))
        self.rosterHint.setText(QCoreApplication.translate("ProfilePage", u"\u540d\u518c\u7531\u53bf\u533a\u7b7e\u53d1\uff0c\u5e26\u6709\u672c\u6821\u7684\u6b63\u5f0f\u6807\u8bc6\u7801\u548c\u5168\u53bf\u7edf\u4e00\u7684\u8bc4\u4f30\u6807\u51c6\u3002\u7b2c\u4e00\u6b21\u4f7f\u7528\u65f6\u901a\u5e38\u8fd8\u6ca1\u6709\u540d\u518c\uff1a\u8bf7\u5148\u9009\u62e9\u6807\u51c6\uff0c\u5bfc\u51fa\u6ce8\u518c\u7533\u8bf7\u4ea4\u53bf\u533a\uff1b\u6536\u5230\u540d\u518c\u540e\u4ece\u201c\u6570\u636e\u201d\u83dc\u5355\u5bfc\u5165\u3002", None))
    # retranslateUi

