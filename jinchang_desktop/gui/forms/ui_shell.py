# generated from ui/shell.ui by scripts/compile_ui.py — do not edit; edit the .ui and recompile
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'shell.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QMetaObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar, QStatusBar, QToolBar, QVBoxLayout, QWidget

from jinchang_desktop.i18n import _

class Ui_Shell(object):
    def setupUi(self, Shell):
        if not Shell.objectName():
            Shell.setObjectName(u"Shell")
        Shell.resize(1280, 720)
        self.actionOpenWorkspace = QAction(Shell)
        self.actionOpenWorkspace.setObjectName(u"actionOpenWorkspace")
        self.actionSettings = QAction(Shell)
        self.actionSettings.setObjectName(u"actionSettings")
        self.actionLanguageZh = QAction(Shell)
        self.actionLanguageZh.setObjectName(u"actionLanguageZh")
        self.actionLanguageZh.setCheckable(True)
        self.actionLanguageEn = QAction(Shell)
        self.actionLanguageEn.setObjectName(u"actionLanguageEn")
        self.actionLanguageEn.setCheckable(True)
        self.actionQuit = QAction(Shell)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionImport = QAction(Shell)
        self.actionImport.setObjectName(u"actionImport")
        self.actionImport.setEnabled(False)
        self.actionExport = QAction(Shell)
        self.actionExport.setObjectName(u"actionExport")
        self.actionExport.setEnabled(False)
        self.actionOutbox = QAction(Shell)
        self.actionOutbox.setObjectName(u"actionOutbox")
        self.actionHelp = QAction(Shell)
        self.actionHelp.setObjectName(u"actionHelp")
        self.actionAbout = QAction(Shell)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralwidget = QWidget(Shell)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QVBoxLayout(self.centralwidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        Shell.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(Shell)
        self.menubar.setObjectName(u"menubar")
        self.fileMenu = QMenu(self.menubar)
        self.fileMenu.setObjectName(u"fileMenu")
        self.recentMenu = QMenu(self.fileMenu)
        self.recentMenu.setObjectName(u"recentMenu")
        self.languageMenu = QMenu(self.fileMenu)
        self.languageMenu.setObjectName(u"languageMenu")
        self.editMenu = QMenu(self.menubar)
        self.editMenu.setObjectName(u"editMenu")
        self.dataMenu = QMenu(self.menubar)
        self.dataMenu.setObjectName(u"dataMenu")
        self.helpMenu = QMenu(self.menubar)
        self.helpMenu.setObjectName(u"helpMenu")
        Shell.setMenuBar(self.menubar)
        self.mainToolBar = QToolBar(Shell)
        self.mainToolBar.setObjectName(u"mainToolBar")
        self.mainToolBar.setMovable(False)
        Shell.addToolBar(self.mainToolBar)
        self.statusbar = QStatusBar(Shell)
        self.statusbar.setObjectName(u"statusbar")
        Shell.setStatusBar(self.statusbar)

        self.menubar.addAction(self.fileMenu.menuAction())
        self.menubar.addAction(self.editMenu.menuAction())
        self.menubar.addAction(self.dataMenu.menuAction())
        self.menubar.addAction(self.helpMenu.menuAction())
        self.fileMenu.addAction(self.actionOpenWorkspace)
        self.fileMenu.addAction(self.recentMenu.menuAction())
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.actionSettings)
        self.fileMenu.addAction(self.languageMenu.menuAction())
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.actionQuit)
        self.languageMenu.addAction(self.actionLanguageZh)
        self.languageMenu.addAction(self.actionLanguageEn)
        self.dataMenu.addAction(self.actionImport)
        self.dataMenu.addAction(self.actionExport)
        self.dataMenu.addAction(self.actionOutbox)
        self.helpMenu.addAction(self.actionHelp)
        self.helpMenu.addSeparator()
        self.helpMenu.addAction(self.actionAbout)

        self.retranslateUi(Shell)

        QMetaObject.connectSlotsByName(Shell)
    # setupUi

    def retranslateUi(self, Shell):
        Shell.setWindowTitle(_("金昌义务教育优质均衡"))
        self.actionOpenWorkspace.setText(_("打开工作区…"))
#if QT_CONFIG(tooltip)
        self.actionOpenWorkspace.setToolTip(_("打开另一个工作区文件夹（Ctrl+O）"))
#endif // QT_CONFIG(tooltip)
        self.actionSettings.setText(_("设置…"))
#if QT_CONFIG(tooltip)
        self.actionSettings.setToolTip(_("界面语言等设置"))
#endif // QT_CONFIG(tooltip)
        self.actionLanguageZh.setText(_("中文"))
        self.actionLanguageEn.setText(_("English"))
        self.actionQuit.setText(_("退出"))
        self.actionImport.setText(_("导入数据包…"))
#if QT_CONFIG(tooltip)
        self.actionImport.setToolTip(_("导入下级交来的数据包：文件或整个 U 盘文件夹（Ctrl+I）"))
#endif // QT_CONFIG(tooltip)
        self.actionExport.setText(_("导出数据包…"))
#if QT_CONFIG(tooltip)
        self.actionExport.setToolTip(_("检查数据，导出签名数据包到 U 盘（Ctrl+E）"))
#endif // QT_CONFIG(tooltip)
        self.actionOutbox.setText(_("发送记录…"))
#if QT_CONFIG(tooltip)
        self.actionOutbox.setToolTip(_("已导出的数据包：何时、写到哪里"))
#endif // QT_CONFIG(tooltip)
        self.actionHelp.setText(_("使用帮助"))
#if QT_CONFIG(tooltip)
        self.actionHelp.setToolTip(_("本工作区能做什么、怎样做（F1）"))
#endif // QT_CONFIG(tooltip)
        self.actionAbout.setText(_("关于"))
        self.fileMenu.setTitle(_("文件(&F)"))
        self.recentMenu.setTitle(_("最近的工作区(&R)"))
        self.languageMenu.setTitle(_("界面语言(&L)"))
        self.editMenu.setTitle(_("编辑(&E)"))
        self.dataMenu.setTitle(_("数据(&D)"))
        self.helpMenu.setTitle(_("帮助(&H)"))
        self.mainToolBar.setWindowTitle(_("工具栏"))
    # retranslateUi

