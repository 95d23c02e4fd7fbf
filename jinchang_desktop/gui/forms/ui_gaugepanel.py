# generated from ui/gaugepanel.ui by scripts/compile_ui.py — do not edit; edit the .ui and recompile
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'gaugepanel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QMetaObject
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QSizePolicy, QSpacerItem, QVBoxLayout

from jinchang_desktop.gui.widgets.checks_list import ChecksList

from jinchang_desktop.i18n import _

class Ui_GaugePanel(object):
    def setupUi(self, GaugePanel):
        if not GaugePanel.objectName():
            GaugePanel.setObjectName(u"GaugePanel")
        GaugePanel.resize(640, 600)
        self.panelLayout = QVBoxLayout(GaugePanel)
        self.panelLayout.setSpacing(6)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(4, 4, 4, 4)
        self.titleLabel = QLabel(GaugePanel)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-weight: bold;")

        self.panelLayout.addWidget(self.titleLabel)

        self.excludedLabel = QLabel(GaugePanel)
        self.excludedLabel.setObjectName(u"excludedLabel")
        self.excludedLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.excludedLabel)

        self.sectionsLayout = QHBoxLayout()
        self.sectionsLayout.setSpacing(12)
        self.sectionsLayout.setObjectName(u"sectionsLayout")

        self.panelLayout.addLayout(self.sectionsLayout)

        self.checksGroup = QGroupBox(GaugePanel)
        self.checksGroup.setObjectName(u"checksGroup")
        self.checksGroupLayout = QVBoxLayout(self.checksGroup)
        self.checksGroupLayout.setObjectName(u"checksGroupLayout")
        self.checksGroupLayout.setContentsMargins(6, 4, 6, 4)
        self.checksList = ChecksList(self.checksGroup)
        self.checksList.setObjectName(u"checksList")

        self.checksGroupLayout.addWidget(self.checksList)


        self.panelLayout.addWidget(self.checksGroup)

        self.panelSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.panelLayout.addItem(self.panelSpacer)


        self.retranslateUi(GaugePanel)

        QMetaObject.connectSlotsByName(GaugePanel)
    # setupUi

    def retranslateUi(self, GaugePanel):
        self.titleLabel.setText(_("资源配置达标情况（随输入即时更新）"))
        self.checksGroup.setTitle(_("本校政府保障与质量检查"))
        pass
    # retranslateUi

