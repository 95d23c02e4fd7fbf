# generated from ui/wizard_identity.ui by scripts/compile_ui.py — do not edit; edit the .ui and recompile
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_identity.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QMetaObject, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget

from jinchang_desktop.i18n import _

class Ui_IdentityPage(object):
    def setupUi(self, IdentityPage):
        if not IdentityPage.objectName():
            IdentityPage.setObjectName(u"IdentityPage")
        IdentityPage.resize(640, 380)
        self.pageLayout = QVBoxLayout(IdentityPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.codeLabel = QLabel(IdentityPage)
        self.codeLabel.setObjectName(u"codeLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(IdentityPage)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(32)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.codeHint = QLabel(IdentityPage)
        self.codeHint.setObjectName(u"codeHint")
        self.codeHint.setWordWrap(True)
        self.codeHint.setStyleSheet(u"color: #555;")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeHint)

        self.nameLabel = QLabel(IdentityPage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(IdentityPage)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.typeLabel = QLabel(IdentityPage)
        self.typeLabel.setObjectName(u"typeLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(IdentityPage)
        self.typeCombo.setObjectName(u"typeCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.countyLabel = QLabel(IdentityPage)
        self.countyLabel.setObjectName(u"countyLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.countyLabel)

        self.countyEdit = QLineEdit(IdentityPage)
        self.countyEdit.setObjectName(u"countyEdit")
        self.countyEdit.setMaxLength(100)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.countyEdit)

        self.yearLabel = QLabel(IdentityPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(IdentityPage)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)
        self.yearSpin.setValue(2025)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.folderCaption = QLabel(IdentityPage)
        self.folderCaption.setObjectName(u"folderCaption")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.folderCaption)

        self.folderLabel = QLabel(IdentityPage)
        self.folderLabel.setObjectName(u"folderLabel")
        self.folderLabel.setWordWrap(True)
        self.folderLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.folderLabel)


        self.pageLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(IdentityPage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b71c1c;")

        self.pageLayout.addWidget(self.errorLabel)

        self.pageSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.pageSpacer)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.typeLabel.setBuddy(self.typeCombo)
        self.countyLabel.setBuddy(self.countyEdit)
        self.yearLabel.setBuddy(self.yearSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.countyEdit)
        QWidget.setTabOrder(self.countyEdit, self.yearSpin)

        self.retranslateUi(IdentityPage)

        QMetaObject.connectSlotsByName(IdentityPage)
    # setupUi

    def retranslateUi(self, IdentityPage):
        IdentityPage.setTitle(_("新建工作区"))
        IdentityPage.setSubTitle(_("填写本单位的信息。工作区保存本机的全部数据和签名密钥。"))
        self.codeLabel.setText(_("标识码(&D)："))
        self.codeHint.setText(_("学校标识码为 10 位数字。还没有正式标识码时可先填临时代码，导入县区名册后自动改为正式标识码。"))
        self.nameLabel.setText(_("名称(&M)："))
        self.typeLabel.setText(_("学校类型(&T)："))
        self.countyLabel.setText(_("所属县区(&U)："))
        self.yearLabel.setText(_("学年(&Y)："))
        self.folderCaption.setText(_("工作区位置："))
    # retranslateUi

