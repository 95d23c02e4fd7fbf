# generated from ui/schoolinfodialog.ui by scripts/compile_ui.py — do not edit; edit the .ui and recompile
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'schoolinfodialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QMetaObject, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

from jinchang_desktop.i18n import _

class Ui_SchoolInfoDialog(object):
    def setupUi(self, SchoolInfoDialog):
        if not SchoolInfoDialog.objectName():
            SchoolInfoDialog.setObjectName(u"SchoolInfoDialog")
        SchoolInfoDialog.resize(520, 230)
        self.dialogLayout = QVBoxLayout(SchoolInfoDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.codeCaption = QLabel(SchoolInfoDialog)
        self.codeCaption.setObjectName(u"codeCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeCaption)

        self.codeLabel = QLabel(SchoolInfoDialog)
        self.codeLabel.setObjectName(u"codeLabel")
        self.codeLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeLabel)

        self.codeHint = QLabel(SchoolInfoDialog)
        self.codeHint.setObjectName(u"codeHint")
        self.codeHint.setWordWrap(True)
        self.codeHint.setStyleSheet(u"color: #555;")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeHint)

        self.nameLabel = QLabel(SchoolInfoDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameRow = QHBoxLayout()
        self.nameRow.setObjectName(u"nameRow")
        self.nameEdit = QLineEdit(SchoolInfoDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.nameRow.addWidget(self.nameEdit)

        self.nameError = QLabel(SchoolInfoDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setStyleSheet(u"color: #b71c1c;")

        self.nameRow.addWidget(self.nameError)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.nameRow)

        self.typeLabel = QLabel(SchoolInfoDialog)
        self.typeLabel.setObjectName(u"typeLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeRow = QHBoxLayout()
        self.typeRow.setObjectName(u"typeRow")
        self.typeCombo = QComboBox(SchoolInfoDialog)
        self.typeCombo.setObjectName(u"typeCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.typeCombo.sizePolicy().hasHeightForWidth())
        self.typeCombo.setSizePolicy(sizePolicy)

        self.typeRow.addWidget(self.typeCombo)

        self.typeError = QLabel(SchoolInfoDialog)
        self.typeError.setObjectName(u"typeError")
        self.typeError.setStyleSheet(u"color: #b71c1c;")

        self.typeRow.addWidget(self.typeError)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.typeRow)

        self.typeHint = QLabel(SchoolInfoDialog)
        self.typeHint.setObjectName(u"typeHint")
        self.typeHint.setWordWrap(True)
        self.typeHint.setStyleSheet(u"color: #555;")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.typeHint)

        self.countyLabel = QLabel(SchoolInfoDialog)
        self.countyLabel.setObjectName(u"countyLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.countyLabel)

        self.countyEdit = QLineEdit(SchoolInfoDialog)
        self.countyEdit.setObjectName(u"countyEdit")
        self.countyEdit.setMaxLength(100)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.countyEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(SchoolInfoDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b71c1c;")

        self.dialogLayout.addWidget(self.errorLabel)

        self.dialogSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(SchoolInfoDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.typeLabel.setBuddy(self.typeCombo)
        self.countyLabel.setBuddy(self.countyEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.countyEdit)
        QWidget.setTabOrder(self.countyEdit, self.buttonBox)

        self.retranslateUi(SchoolInfoDialog)
        self.buttonBox.accepted.connect(SchoolInfoDialog.accept)
        self.buttonBox.rejected.connect(SchoolInfoDialog.reject)

        QMetaObject.connectSlotsByName(SchoolInfoDialog)
    # setupUi

    def retranslateUi(self, SchoolInfoDialog):
        SchoolInfoDialog.setWindowTitle(_("学校信息"))
        self.codeCaption.setText(_("学校标识码："))
        self.codeHint.setText(_("标识码以县区名册为准，在此不能修改。"))
        self.nameLabel.setText(_("学校名称(&M)："))
        self.typeLabel.setText(_("学校类型(&T)："))
        self.typeCombo.setPlaceholderText(_("请选择"))
        self.typeHint.setText(_("学校类型决定评估哪些学段（小学、初中、高中）。"))
        self.countyLabel.setText(_("所属县区(&U)："))
    # retranslateUi

