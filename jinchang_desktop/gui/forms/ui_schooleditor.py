# generated from ui/schooleditor.ui by scripts/compile_ui.py — do not edit; edit the .ui and recompile
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'schooleditor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QMetaObject, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QSplitter, QTabWidget, QVBoxLayout

from jinchang_desktop.gui.widgets.gauge_panel import GaugePanel

class Ui_SchoolEditor(object):
    def setupUi(self, SchoolEditor):
        if not SchoolEditor.objectName():
            SchoolEditor.setObjectName(u"SchoolEditor")
        SchoolEditor.resize(1280, 640)
        self.editorLayout = QVBoxLayout(SchoolEditor)
        self.editorLayout.setSpacing(4)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(6, 4, 6, 2)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.schoolNameLabel = QLabel(SchoolEditor)
        self.schoolNameLabel.setObjectName(u"schoolNameLabel")
        self.schoolNameLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.headerLayout.addWidget(self.schoolNameLabel)

        self.schoolInfoLabel = QLabel(SchoolEditor)
        self.schoolInfoLabel.setObjectName(u"schoolInfoLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.schoolInfoLabel.sizePolicy().hasHeightForWidth())
        self.schoolInfoLabel.setSizePolicy(sizePolicy)
        self.schoolInfoLabel.setStyleSheet(u"color: #555;")

        self.headerLayout.addWidget(self.schoolInfoLabel)

        self.saveStateLabel = QLabel(SchoolEditor)
        self.saveStateLabel.setObjectName(u"saveStateLabel")
        self.saveStateLabel.setStyleSheet(u"color: #555;")

        self.headerLayout.addWidget(self.saveStateLabel)


        self.editorLayout.addLayout(self.headerLayout)

        self.generalErrorsLabel = QLabel(SchoolEditor)
        self.generalErrorsLabel.setObjectName(u"generalErrorsLabel")
        self.generalErrorsLabel.setStyleSheet(u"color: #b71c1c;")
        self.generalErrorsLabel.setWordWrap(True)

        self.editorLayout.addWidget(self.generalErrorsLabel)

        self.whatIfSlot = QVBoxLayout()
        self.whatIfSlot.setObjectName(u"whatIfSlot")

        self.editorLayout.addLayout(self.whatIfSlot)

        self.splitter = QSplitter(SchoolEditor)
        self.splitter.setObjectName(u"splitter")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.splitter.sizePolicy().hasHeightForWidth())
        self.splitter.setSizePolicy(sizePolicy1)
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.topicTabs = QTabWidget(self.splitter)
        self.topicTabs.setObjectName(u"topicTabs")
        self.topicTabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.topicTabs.setDocumentMode(True)
        self.splitter.addWidget(self.topicTabs)
        self.gaugeScroll = QScrollArea(self.splitter)
        self.gaugeScroll.setObjectName(u"gaugeScroll")
        self.gaugeScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.gaugeScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.gaugeScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.gaugeScroll.setWidgetResizable(True)
        self.gaugePanel = GaugePanel()
        self.gaugePanel.setObjectName(u"gaugePanel")
        self.gaugeScroll.setWidget(self.gaugePanel)
        self.splitter.addWidget(self.gaugeScroll)

        self.editorLayout.addWidget(self.splitter)


        self.retranslateUi(SchoolEditor)

        QMetaObject.connectSlotsByName(SchoolEditor)
    # setupUi

    def retranslateUi(self, SchoolEditor):
        pass
    # retranslateUi

