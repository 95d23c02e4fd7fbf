# generated from ui/inspectorview.ui by scripts/compile_ui.py — do not edit; edit the .ui and recompile
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'inspectorview.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout

from jinchang_desktop.i18n import _

class Ui_InspectorView(object):
    def setupUi(self, InspectorView):
        if not InspectorView.objectName():
            InspectorView.setObjectName(u"InspectorView")
        InspectorView.resize(1280, 640)
        self.viewLayout = QVBoxLayout(InspectorView)
        self.viewLayout.setObjectName(u"viewLayout")
        self.titleLabel = QLabel(InspectorView)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.viewLayout.addWidget(self.titleLabel)

        self.infoLabel = QLabel(InspectorView)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)
        self.infoLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.viewLayout.addWidget(self.infoLabel)

        self.fingerprintLabel = QLabel(InspectorView)
        self.fingerprintLabel.setObjectName(u"fingerprintLabel")
        self.fingerprintLabel.setStyleSheet(u"font-family: monospace; font-size: 14pt;")
        self.fingerprintLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.viewLayout.addWidget(self.fingerprintLabel)

        self.packsLabel = QLabel(InspectorView)
        self.packsLabel.setObjectName(u"packsLabel")
        self.packsLabel.setWordWrap(True)
        self.packsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.viewLayout.addWidget(self.packsLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.openFolderButton = QPushButton(InspectorView)
        self.openFolderButton.setObjectName(u"openFolderButton")

        self.buttonRow.addWidget(self.openFolderButton)

        self.refreshButton = QPushButton(InspectorView)
        self.refreshButton.setObjectName(u"refreshButton")

        self.buttonRow.addWidget(self.refreshButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.viewLayout.addLayout(self.buttonRow)

        self.table = QTableWidget(InspectorView)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)

        self.viewLayout.addWidget(self.table)

        self.emptyLabel = QLabel(InspectorView)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setStyleSheet(u"color: #555555; padding: 24px 12px;")
        self.emptyLabel.setWordWrap(True)

        self.viewLayout.addWidget(self.emptyLabel)


        self.retranslateUi(InspectorView)

        QMetaObject.connectSlotsByName(InspectorView)
    # setupUi

    def retranslateUi(self, InspectorView):
        self.openFolderButton.setText(_("打开数据包文件夹(&O)"))
        self.refreshButton.setText(_("刷新(&R)"))
        pass
    # retranslateUi

