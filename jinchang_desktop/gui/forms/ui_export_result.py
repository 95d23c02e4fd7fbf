# generated from ui/export_result.ui by scripts/compile_ui.py — do not edit; edit the .ui and recompile
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_result.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QMetaObject, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QSizePolicy, QSpacerItem, QVBoxLayout

from jinchang_desktop.i18n import _

class Ui_ResultPage(object):
    def setupUi(self, ResultPage):
        if not ResultPage.objectName():
            ResultPage.setObjectName(u"ResultPage")
        ResultPage.resize(640, 400)
        self.pageLayout = QVBoxLayout(ResultPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.packageCaption = QLabel(ResultPage)
        self.packageCaption.setObjectName(u"packageCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.packageCaption)

        self.packageLabel = QLabel(ResultPage)
        self.packageLabel.setObjectName(u"packageLabel")
        self.packageLabel.setWordWrap(True)
        self.packageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.packageLabel)

        self.sequenceCaption = QLabel(ResultPage)
        self.sequenceCaption.setObjectName(u"sequenceCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sequenceCaption)

        self.sequenceLabel = QLabel(ResultPage)
        self.sequenceLabel.setObjectName(u"sequenceLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sequenceLabel)

        self.shaCaption = QLabel(ResultPage)
        self.shaCaption.setObjectName(u"shaCaption")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.shaCaption)

        self.shaLabel = QLabel(ResultPage)
        self.shaLabel.setObjectName(u"shaLabel")
        self.shaLabel.setWordWrap(True)
        self.shaLabel.setStyleSheet(u"font-family: monospace;")
        self.shaLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.shaLabel)

        self.keyCaption = QLabel(ResultPage)
        self.keyCaption.setObjectName(u"keyCaption")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.keyCaption)

        self.keyLabel = QLabel(ResultPage)
        self.keyLabel.setObjectName(u"keyLabel")
        self.keyLabel.setStyleSheet(u"font-size: 14pt; font-weight: bold;")
        self.keyLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.keyLabel)

        self.pdfCaption = QLabel(ResultPage)
        self.pdfCaption.setObjectName(u"pdfCaption")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.pdfCaption)

        self.pdfLabel = QLabel(ResultPage)
        self.pdfLabel.setObjectName(u"pdfLabel")
        self.pdfLabel.setWordWrap(True)
        self.pdfLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.pdfLabel)


        self.pageLayout.addLayout(self.formLayout)

        self.adviceLabel = QLabel(ResultPage)
        self.adviceLabel.setObjectName(u"adviceLabel")
        self.adviceLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.adviceLabel)

        self.pageSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.pageSpacer)


        self.retranslateUi(ResultPage)

        QMetaObject.connectSlotsByName(ResultPage)
    # setupUi

    def retranslateUi(self, ResultPage):
        ResultPage.setTitle(_("导出完成"))
        ResultPage.setSubTitle(_("数据包已写入、读回并校验无误，已记入发送记录。"))
        self.packageCaption.setText(_("数据包："))
        self.sequenceCaption.setText(_("序号："))
        self.shaCaption.setText(_("数据包指纹（SHA-256）："))
        self.keyCaption.setText(_("密钥指纹："))
        self.pdfCaption.setText(_("存档联："))
        self.adviceLabel.setText(_("请把 U 盘交给县区；存档联打印后由填报人和校长签字存档。"))
    # retranslateUi

