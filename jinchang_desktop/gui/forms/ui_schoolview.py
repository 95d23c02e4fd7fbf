# generated from ui/schoolview.ui by scripts/compile_ui.py — do not edit; edit the .ui and recompile
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'schoolview.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QMetaObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QVBoxLayout

from jinchang_desktop.i18n import _

class Ui_SchoolView(object):
    def setupUi(self, SchoolView):
        if not SchoolView.objectName():
            SchoolView.setObjectName(u"SchoolView")
        SchoolView.resize(1280, 640)
        self.actionUndo = QAction(SchoolView)
        self.actionUndo.setObjectName(u"actionUndo")
#if QT_CONFIG(shortcut)
        self.actionUndo.setShortcut(u"Ctrl+Z")
#endif // QT_CONFIG(shortcut)
        self.actionRedo = QAction(SchoolView)
        self.actionRedo.setObjectName(u"actionRedo")
#if QT_CONFIG(shortcut)
        self.actionRedo.setShortcut(u"Ctrl+Y")
#endif // QT_CONFIG(shortcut)
        self.actionWhatIf = QAction(SchoolView)
        self.actionWhatIf.setObjectName(u"actionWhatIf")
        self.actionWhatIf.setCheckable(True)
#if QT_CONFIG(shortcut)
        self.actionWhatIf.setShortcut(u"Ctrl+T")
#endif // QT_CONFIG(shortcut)
        self.actionEnrolRequest = QAction(SchoolView)
        self.actionEnrolRequest.setObjectName(u"actionEnrolRequest")
        self.actionEnrolRequest.setEnabled(False)
        self.actionImportRoster = QAction(SchoolView)
        self.actionImportRoster.setObjectName(u"actionImportRoster")
        self.actionImportRoster.setEnabled(False)
        self.actionSchoolInfo = QAction(SchoolView)
        self.actionSchoolInfo.setObjectName(u"actionSchoolInfo")
        self.actionSchoolInfo.setEnabled(False)
        self.viewLayout = QVBoxLayout(SchoolView)
        self.viewLayout.setSpacing(0)
        self.viewLayout.setObjectName(u"viewLayout")
        self.viewLayout.setContentsMargins(0, 0, 0, 0)

        self.retranslateUi(SchoolView)

        QMetaObject.connectSlotsByName(SchoolView)
    # setupUi

    def retranslateUi(self, SchoolView):
        self.actionUndo.setText(_("撤销"))
#if QT_CONFIG(tooltip)
        self.actionUndo.setToolTip(_("撤销上一次保存的修改（Ctrl+Z）"))
#endif // QT_CONFIG(tooltip)
        self.actionRedo.setText(_("重做"))
#if QT_CONFIG(tooltip)
        self.actionRedo.setToolTip(_("重做刚撤销的修改（Ctrl+Y）"))
#endif // QT_CONFIG(tooltip)
        self.actionWhatIf.setText(_("试算模式"))
#if QT_CONFIG(tooltip)
        self.actionWhatIf.setToolTip(_("在副本上试改数字，看仪表如何变化；不会保存（Ctrl+T）"))
#endif // QT_CONFIG(tooltip)
        self.actionEnrolRequest.setText(_("导出注册申请…"))
#if QT_CONFIG(tooltip)
        self.actionEnrolRequest.setToolTip(_("再次导出本机密钥的注册申请，交县区注册"))
#endif // QT_CONFIG(tooltip)
        self.actionImportRoster.setText(_("导入县区名册…"))
#if QT_CONFIG(tooltip)
        self.actionImportRoster.setToolTip(_("导入县区签发的名册：正式标识码和评估标准"))
#endif // QT_CONFIG(tooltip)
        self.actionSchoolInfo.setText(_("学校信息…"))
#if QT_CONFIG(tooltip)
        self.actionSchoolInfo.setToolTip(_("改正本校的名称、学校类型和所属县区"))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

