# generated from ui/wizard_role.ui by scripts/compile_ui.py — do not edit; edit the .ui and recompile
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_role.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QLabel, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_RolePage(object):
    def setupUi(self, RolePage):
        if not RolePage.objectName():
            RolePage.setObjectName(u"RolePage")
        RolePage.resize(640, 360)
        self.pageLayout = QVBoxLayout(RolePage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.schoolRadio = QRadioButton(RolePage)
        self.schoolRadio.setObjectName(u"schoolRadio")
        self.schoolRadio.setChecked(True)

        self.pageLayout.addWidget(self.schoolRadio)

        self.schoolHint = QLabel(RolePage)
        self.schoolHint.setObjectName(u"schoolHint")
        self.schoolHint.setWordWrap(True)
        self.schoolHint.setIndent(24)
        self.schoolHint.setStyleSheet(u"color: #555;")

        self.pageLayout.addWidget(self.schoolHint)

        self.countyRadio = QRadioButton(RolePage)
        self.countyRadio.setObjectName(u"countyRadio")

        self.pageLayout.addWidget(self.countyRadio)

        self.countyHint = QLabel(RolePage)
        self.countyHint.setObjectName(u"countyHint")
        self.countyHint.setWordWrap(True)
        self.countyHint.setIndent(24)
        self.countyHint.setStyleSheet(u"color: #555;")

        self.pageLayout.addWidget(self.countyHint)

        self.cityRadio = QRadioButton(RolePage)
        self.cityRadio.setObjectName(u"cityRadio")

        self.pageLayout.addWidget(self.cityRadio)

        self.cityHint = QLabel(RolePage)
        self.cityHint.setObjectName(u"cityHint")
        self.cityHint.setWordWrap(True)
        self.cityHint.setIndent(24)
        self.cityHint.setStyleSheet(u"color: #555;")

        self.pageLayout.addWidget(self.cityHint)

        self.inspectorRadio = QRadioButton(RolePage)
        self.inspectorRadio.setObjectName(u"inspectorRadio")

        self.pageLayout.addWidget(self.inspectorRadio)

        self.inspectorHint = QLabel(RolePage)
        self.inspectorHint.setObjectName(u"inspectorHint")
        self.inspectorHint.setWordWrap(True)
        self.inspectorHint.setIndent(24)
        self.inspectorHint.setStyleSheet(u"color: #555;")

        self.pageLayout.addWidget(self.inspectorHint)

        self.pageSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.pageSpacer)


        self.retranslateUi(RolePage)

        QMetaObject.connectSlotsByName(RolePage)
    # setupUi

    def retranslateUi(self, RolePage):
        RolePage.setTitle(QCoreApplication.translate("RolePage", u"\u6b22\u8fce\u4f7f\u7528", None))
        RolePage.setSubTitle(QCoreApplication.translate("RolePage", u"\u8fd9\u53f0\u7535\u8111\u7531\u8c01\u4f7f\u7528\uff1f\u8bf7\u9009\u62e9\u89d2\u8272\uff08\u7528\u65b9\u5411\u952e\u9009\u62e9\uff0c\u56de\u8f66\u8fdb\u5165\u4e0b\u4e00\u6b65\uff09\u3002", None))
        self.schoolRadio.setText(QCoreApplication.translate("RolePage", u"\u5b66\u6821(&S)", None))
        self.schoolHint.setText(QCoreApplication.translate("RolePage", u"\u586b\u62a5\u672c\u6821\u6570\u636e\uff0c\u968f\u65f6\u770b\u5230\u4e0e\u6807\u51c6\u7684\u5dee\u8ddd\uff0c\u5bfc\u51fa\u7b7e\u540d\u6570\u636e\u5305\u4ea4\u53bf\u533a\u3002", None))
        self.countyRadio.setText(QCoreApplication.translate("RolePage", u"\u53bf\u533a(&C)", None))
        self.countyHint.setText(QCoreApplication.translate("RolePage", u"\u6ce8\u518c\u672c\u53bf\u5b66\u6821\u7684\u5bc6\u94a5\uff0c\u5bfc\u5165\u5b66\u6821\u6570\u636e\u5305\uff0c\u8bc4\u4f30\u5168\u53bf\uff0c\u5bfc\u51fa\u53bf\u533a\u62a5\u544a\u3002", None))
        self.cityRadio.setText(QCoreApplication.translate("RolePage", u"\u5e02\u7ea7(&T)", None))
        self.cityHint.setText(QCoreApplication.translate("RolePage", u"\u6ce8\u518c\u5404\u53bf\u533a\u7684\u5bc6\u94a5\uff0c\u5bfc\u5165\u53bf\u533a\u62a5\u544a\uff0c\u8bc4\u4f30\u5168\u5e02\u3002", None))
        self.inspectorRadio.setText(QCoreApplication.translate("RolePage", u"\u7763\u5b66(&I)", None))
        self.inspectorHint.setText(QCoreApplication.translate("RolePage", u"\u6821\u9a8c\u6570\u636e\u5305\uff0c\u67e5\u9605\u8bc4\u4f30\u7ed3\u679c\u3002", None))
    # retranslateUi

