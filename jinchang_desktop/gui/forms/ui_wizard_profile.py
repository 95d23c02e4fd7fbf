# generated from ui/wizard_profile.ui by scripts/compile_ui.py — do not edit; edit the .ui and recompile
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_profile.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QMetaObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

from jinchang_desktop.i18n import _

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
        ProfilePage.setTitle(_("评估标准"))
        ProfilePage.setSubTitle(_("选择本工作区按哪套标准评估。县区发来名册后，以名册中的标准为准。"))
        self.jinchangRadio.setText(_("金昌市方案（金政办发〔2025〕20号）(&J)"))
        self.nationalRadio.setText(_("国家标准（教督〔2017〕6号）(&G)"))
        self.rosterRadio.setText(_("导入县区名册(&R)：已有县区发来的名册文件时选此项"))
        self.rosterPathEdit.setPlaceholderText(_("名册文件（.jcpkg）"))
        self.rosterBrowseButton.setText(_("浏览(&W)…"))
        self.rosterFingerprintEdit.setPlaceholderText(_("县区密钥指纹（电话核对）"))
#if QT_CONFIG(tooltip)
        self.rosterFingerprintEdit.setToolTip(_("第一次导入名册时，输入县区在电话中读出的密钥指纹（XXXX-XXXX-XXXX-XXXX），与名册的签名密钥核对一致才导入"))
#endif // QT_CONFIG(tooltip)
        self.rosterImportButton.setText(_("导入(&I)"))
        self.rosterHint.setText(_("名册由县区签发，带有本校的正式标识码和全县统一的评估标准。第一次使用时通常还没有名册：请先选择标准，导出注册申请交县区；收到名册后从“数据”菜单导入。"))
    # retranslateUi

