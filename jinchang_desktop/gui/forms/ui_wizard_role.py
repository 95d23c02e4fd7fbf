# generated from ui/wizard_role.ui by scripts/compile_ui.py — do not edit; edit the .ui and recompile
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_role.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QMetaObject
from PySide6.QtWidgets import QLabel, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout

from jinchang_desktop.i18n import _

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
        RolePage.setTitle(_("欢迎使用"))
        RolePage.setSubTitle(_("这台电脑由谁使用？请选择角色（用方向键选择，回车进入下一步）。"))
        self.schoolRadio.setText(_("学校(&S)"))
        self.schoolHint.setText(_("填报本校数据，随时看到与标准的差距，导出签名数据包交县区。"))
        self.countyRadio.setText(_("县区(&C)"))
        self.countyHint.setText(_("注册本县学校的密钥，导入学校数据包，评估全县，导出县区报告。"))
        self.cityRadio.setText(_("市级(&T)"))
        self.cityHint.setText(_("注册各县区的密钥，导入县区报告，评估全市。"))
        self.inspectorRadio.setText(_("督学(&I)"))
        self.inspectorHint.setText(_("校验数据包，查阅评估结果。"))
    # retranslateUi

