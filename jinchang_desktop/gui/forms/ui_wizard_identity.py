# generated from ui/wizard_identity.ui by scripts/compile_ui.py — do not edit; edit the .ui and recompile
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_identity.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget

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
        IdentityPage.setTitle(QCoreApplication.translate("IdentityPage", u"\u65b0\u5efa\u5de5\u4f5c\u533a", None))
        IdentityPage.setSubTitle(QCoreApplication.translate("IdentityPage", u"\u586b\u5199\u672c\u5355\u4f4d\u7684\u4fe1\u606f\u3002\u5de5\u4f5c\u533a\u4fdd\u5b58\u672c\u673a\u7684\u5168\u90e8\u6570\u636e\u548c\u7b7e\u540d\u5bc6\u94a5\u3002", None))
        self.codeLabel.setText(QCoreApplication.translate("IdentityPage", u"\u6807\u8bc6\u7801(&D)\uff1a", None))
        self.codeHint.setText(QCoreApplication.translate("IdentityPage", u"\u5b66\u6821\u6807\u8bc6\u7801\u4e3a 10 \u4f4d\u6570\u5b57\u3002\u8fd8\u6ca1\u6709\u6b63\u5f0f\u6807\u8bc6\u7801\u65f6\u53ef\u5148\u586b\u4e34\u65f6\u4ee3\u7801\uff0c\u5bfc\u5165\u53bf\u533a\u540d\u518c\u540e\u81ea\u52a8\u6539\u4e3a\u6b63\u5f0f\u6807\u8bc6\u7801\u3002", None))
        self.nameLabel.setText(QCoreApplication.translate("IdentityPage", u"\u540d\u79f0(&M)\uff1a", None))
        self.typeLabel.setText(QCoreApplication.translate("IdentityPage", u"\u5b66\u6821\u7c7b\u578b(&T)\uff1a", None))
        self.countyLabel.setText(QCoreApplication.translate("IdentityPage", u"\u6240\u5c5e\u53bf\u533a(&U)\uff1a", None))
        self.yearLabel.setText(QCoreApplication.translate("IdentityPage", u"\u5b66\u5e74(&Y)\uff1a", None))
        self.folderCaption.setText(QCoreApplication.translate("IdentityPage", u"\u5de5\u4f5c\u533a\u4f4d\u7f6e\uff1a", None))
    # retranslateUi

