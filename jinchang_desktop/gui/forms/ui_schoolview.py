# generated from ui/schoolview.ui by scripts/compile_ui.py — do not edit; edit the .ui and recompile
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'schoolview.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QVBoxLayout

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
        self.actionUndo.setText(QCoreApplication.translate("SchoolView", u"\u64a4\u9500", None))
#if QT_CONFIG(tooltip)
        self.actionUndo.setToolTip(QCoreApplication.translate("SchoolView", u"\u64a4\u9500\u4e0a\u4e00\u6b21\u4fdd\u5b58\u7684\u4fee\u6539\uff08Ctrl+Z\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.actionRedo.setText(QCoreApplication.translate("SchoolView", u"\u91cd\u505a", None))
#if QT_CONFIG(tooltip)
        self.actionRedo.setToolTip(QCoreApplication.translate("SchoolView", u"\u91cd\u505a\u521a\u64a4\u9500\u7684\u4fee\u6539\uff08Ctrl+Y\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.actionWhatIf.setText(QCoreApplication.translate("SchoolView", u"\u8bd5\u7b97\u6a21\u5f0f", None))
#if QT_CONFIG(tooltip)
        self.actionWhatIf.setToolTip(QCoreApplication.translate("SchoolView", u"\u5728\u526f\u672c\u4e0a\u8bd5\u6539\u6570\u5b57\uff0c\u770b\u4eea\u8868\u5982\u4f55\u53d8\u5316\uff1b\u4e0d\u4f1a\u4fdd\u5b58\uff08Ctrl+T\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.actionEnrolRequest.setText(QCoreApplication.translate("SchoolView", u"\u5bfc\u51fa\u6ce8\u518c\u7533\u8bf7\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionEnrolRequest.setToolTip(QCoreApplication.translate("SchoolView", u"\u518d\u6b21\u5bfc\u51fa\u672c\u673a\u5bc6\u94a5\u7684\u6ce8\u518c\u7533\u8bf7\uff0c\u4ea4\u53bf\u533a\u6ce8\u518c", None))
#endif // QT_CONFIG(tooltip)
        self.actionImportRoster.setText(QCoreApplication.translate("SchoolView", u"\u5bfc\u5165\u53bf\u533a\u540d\u518c\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionImportRoster.setToolTip(QCoreApplication.translate("SchoolView", u"\u5bfc\u5165\u53bf\u533a\u7b7e\u53d1\u7684\u540d\u518c\uff1a\u6b63\u5f0f\u6807\u8bc6\u7801\u548c\u8bc4\u4f30\u6807\u51c6", None))
#endif // QT_CONFIG(tooltip)
        self.actionSchoolInfo.setText(QCoreApplication.translate("SchoolView", u"\u5b66\u6821\u4fe1\u606f\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionSchoolInfo.setToolTip(QCoreApplication.translate("SchoolView", u"\u6539\u6b63\u672c\u6821\u7684\u540d\u79f0\u3001\u5b66\u6821\u7c7b\u578b\u548c\u6240\u5c5e\u53bf\u533a", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

