# generated from ui/rosterview.ui by scripts/compile_ui.py — do not edit; edit the .ui and recompile
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rosterview.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableWidget, QVBoxLayout

class Ui_RosterView(object):
    def setupUi(self, RosterView):
        if not RosterView.objectName():
            RosterView.setObjectName(u"RosterView")
        RosterView.resize(1280, 640)
        self.viewLayout = QVBoxLayout(RosterView)
        self.viewLayout.setObjectName(u"viewLayout")
        self.titleLabel = QLabel(RosterView)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.viewLayout.addWidget(self.titleLabel)

        self.infoLabel = QLabel(RosterView)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)
        self.infoLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.viewLayout.addWidget(self.infoLabel)

        self.hintLabel = QLabel(RosterView)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.viewLayout.addWidget(self.hintLabel)

        self.table = QTableWidget(RosterView)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)

        self.viewLayout.addWidget(self.table)

        self.emptyLabel = QLabel(RosterView)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setStyleSheet(u"color: #555555; padding: 24px 12px;")
        self.emptyLabel.setWordWrap(True)

        self.viewLayout.addWidget(self.emptyLabel)


        self.retranslateUi(RosterView)

        QMetaObject.connectSlotsByName(RosterView)
    # setupUi

    def retranslateUi(self, RosterView):
        pass
    # retranslateUi

