# generated from ui/rolewindow.ui by scripts/compile_ui.py — do not edit; edit the .ui and recompile
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rolewindow.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QMenuBar, QStatusBar, QTextBrowser, QVBoxLayout, QWidget

class Ui_RoleWindow(object):
    def setupUi(self, RoleWindow):
        if not RoleWindow.objectName():
            RoleWindow.setObjectName(u"RoleWindow")
        RoleWindow.resize(900, 620)
        self.actionSettings = QAction(RoleWindow)
        self.actionSettings.setObjectName(u"actionSettings")
        self.actionQuit = QAction(RoleWindow)
        self.actionQuit.setObjectName(u"actionQuit")
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.centralwidget = QWidget(RoleWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QVBoxLayout(self.centralwidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.titleLabel = QLabel(self.centralwidget)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: bold;")

        self.centralLayout.addWidget(self.titleLabel)

        self.infoLabel = QLabel(self.centralwidget)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)
        self.infoLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.centralLayout.addWidget(self.infoLabel)

        self.helpBrowser = QTextBrowser(self.centralwidget)
        self.helpBrowser.setObjectName(u"helpBrowser")
        self.helpBrowser.setOpenExternalLinks(False)

        self.centralLayout.addWidget(self.helpBrowser)

        RoleWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(RoleWindow)
        self.menubar.setObjectName(u"menubar")
        self.fileMenu = QMenu(self.menubar)
        self.fileMenu.setObjectName(u"fileMenu")
        RoleWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(RoleWindow)
        self.statusbar.setObjectName(u"statusbar")
        RoleWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.fileMenu.menuAction())
        self.fileMenu.addAction(self.actionSettings)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.actionQuit)

        self.retranslateUi(RoleWindow)

        QMetaObject.connectSlotsByName(RoleWindow)
    # setupUi

    def retranslateUi(self, RoleWindow):
        RoleWindow.setWindowTitle(QCoreApplication.translate("RoleWindow", u"\u91d1\u660c\u4e49\u52a1\u6559\u80b2\u4f18\u8d28\u5747\u8861", None))
        self.actionSettings.setText(QCoreApplication.translate("RoleWindow", u"\u8bbe\u7f6e\u2026", None))
        self.actionQuit.setText(QCoreApplication.translate("RoleWindow", u"\u9000\u51fa", None))
        self.fileMenu.setTitle(QCoreApplication.translate("RoleWindow", u"\u6587\u4ef6(&F)", None))
    # retranslateUi

