# generated from ui/sectiongauges.ui by scripts/compile_ui.py — do not edit; edit the .ui and recompile
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sectiongauges.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QMetaObject
from PySide6.QtWidgets import QLabel, QVBoxLayout

class Ui_SectionGauges(object):
    def setupUi(self, SectionGauges):
        if not SectionGauges.objectName():
            SectionGauges.setObjectName(u"SectionGauges")
        SectionGauges.resize(320, 480)
        self.sectionLayout = QVBoxLayout(SectionGauges)
        self.sectionLayout.setSpacing(4)
        self.sectionLayout.setObjectName(u"sectionLayout")
        self.sectionLayout.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(SectionGauges)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 12pt; font-weight: bold;")

        self.sectionLayout.addWidget(self.titleLabel)

        self.verdictLabel = QLabel(SectionGauges)
        self.verdictLabel.setObjectName(u"verdictLabel")
        self.verdictLabel.setWordWrap(True)

        self.sectionLayout.addWidget(self.verdictLabel)

        self.gaugesLayout = QVBoxLayout()
        self.gaugesLayout.setSpacing(4)
        self.gaugesLayout.setObjectName(u"gaugesLayout")

        self.sectionLayout.addLayout(self.gaugesLayout)


        self.retranslateUi(SectionGauges)

        QMetaObject.connectSlotsByName(SectionGauges)
    # setupUi

    def retranslateUi(self, SectionGauges):
        pass
    # retranslateUi

