# generated from ui/export_result.ui by scripts/compile_ui.py — do not edit; edit the .ui and recompile
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_result.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QSizePolicy, QSpacerItem, QVBoxLayout

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
        ResultPage.setTitle(QCoreApplication.translate("ResultPage", u"\u5bfc\u51fa\u5b8c\u6210", None))
        ResultPage.setSubTitle(QCoreApplication.translate("ResultPage", u"\u6570\u636e\u5305\u5df2\u5199\u5165\u3001\u8bfb\u56de\u5e76\u6821\u9a8c\u65e0\u8bef\uff0c\u5df2\u8bb0\u5165\u53d1\u9001\u8bb0\u5f55\u3002", None))
        self.packageCaption.setText(QCoreApplication.translate("ResultPage", u"\u6570\u636e\u5305\uff1a", None))
        self.sequenceCaption.setText(QCoreApplication.translate("ResultPage", u"\u5e8f\u53f7\uff1a", None))
        self.shaCaption.setText(QCoreApplication.translate("ResultPage", u"\u6570\u636e\u5305\u6307\u7eb9\uff08SHA-256\uff09\uff1a", None))
        self.keyCaption.setText(QCoreApplication.translate("ResultPage", u"\u5bc6\u94a5\u6307\u7eb9\uff1a", None))
        self.pdfCaption.setText(QCoreApplication.translate("ResultPage", u"\u5b58\u6863\u8054\uff1a", None))
        self.adviceLabel.setText(QCoreApplication.translate("ResultPage", u"\u8bf7\u628a U \u76d8\u4ea4\u7ed9\u53bf\u533a\uff1b\u5b58\u6863\u8054\u6253\u5370\u540e\u7531\u586b\u62a5\u4eba\u548c\u6821\u957f\u7b7e\u5b57\u5b58\u6863\u3002", None))
    # retranslateUi

