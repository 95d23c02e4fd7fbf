# generated from ui/schoolinfodialog.ui by scripts/compile_ui.py — do not edit; edit the .ui and recompile
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'schoolinfodialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

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
        SchoolInfoDialog.setWindowTitle(QCoreApplication.translate("SchoolInfoDialog", u"\u5b66\u6821\u4fe1\u606f", None))
        self.codeCaption.setText(QCoreApplication.translate("SchoolInfoDialog", u"\u5b66\u6821\u6807\u8bc6\u7801\uff1a", None))
        self.codeHint.setText(QCoreApplication.translate("SchoolInfoDialog", u"\u6807\u8bc6\u7801\u4ee5\u53bf\u533a\u540d\u518c\u4e3a\u51c6\uff0c\u5728\u6b64\u4e0d\u80fd\u4fee\u6539\u3002", None))
        self.nameLabel.setText(QCoreApplication.translate("SchoolInfoDialog", u"\u5b66\u6821\u540d\u79f0(&M)\uff1a", None))
        self.typeLabel.setText(QCoreApplication.translate("SchoolInfoDialog", u"\u5b66\u6821\u7c7b\u578b(&T)\uff1a", None))
        self.typeCombo.setPlaceholderText(QCoreApplication.translate("SchoolInfoDialog", u"\u8bf7\u9009\u62e9", None))
        self.typeHint.setText(QCoreApplication.translate("SchoolInfoDialog", u"\u5b66\u6821\u7c7b\u578b\u51b3\u5b9a\u8bc4\u4f30\u54ea\u4e9b\u5b66\u6bb5\uff08\u5c0f\u5b66\u3001\u521d\u4e2d\u3001\u9ad8\u4e2d\uff09\u3002", None))
        self.countyLabel.setText(QCoreApplication.translate("SchoolInfoDialog", u"\u6240\u5c5e\u53bf\u533a(&U)\uff1a", None))
    # retranslateUi

