"""What the county's staff do with keys and the roster, as dialogs and jobs for ``RosterPage``: enrol a request
(the fingerprint typed in, compared by the core), revoke a key with a reason, settle identity change requests
and held forks. Every write runs on the database worker; every rule is the core's (``exchange.trust``,
``store.identity_requests``, ``exchange.settle``)."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jinchang_desktop.i18n import _, language

if TYPE_CHECKING:
    from jinchang_desktop.exchange.trust import EnrolRequest
    from jinchang_desktop.store.identity_requests import IdentityRequest
    from jinchang_desktop.store.packages import HeldPackage


class EnrolDialog(QDialog):
    """Shows who an enrolment request is from; the clerk types the fingerprint the school read out."""

    def __init__(self, request: EnrolRequest, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enrolDialog")
        self.setWindowTitle(_("注册密钥"))
        layout = QVBoxLayout(self)
        intro = QLabel(_("请学校通过电话读出本机密钥指纹，逐字输入下面。指纹一致才会注册；"
                         "不一致说明申请文件可能被调换，不会注册。"), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.addRow(_("申请文件"), QLabel(path.name))
        form.addRow(_("学校"), QLabel(f"{request.code} {request.name}"))
        form.addRow(_("所属县区"), QLabel(request.county))
        self.fingerprint = QLineEdit(self)
        self.fingerprint.setObjectName("fingerprintEdit")
        self.fingerprint.setPlaceholderText("XXXX-XXXX-…")
        form.addRow(_("电话核对的指纹"), self.fingerprint)
        self.code = QLineEdit(self)
        self.code.setObjectName("officialCodeEdit")
        self.code.setPlaceholderText(_("留空：沿用申请中的标识码"))
        form.addRow(_("正式标识码"), self.code)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_("注册"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class RevokeDialog(QDialog):
    def __init__(self, holder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revokeDialog")
        self.setWindowTitle(_("吊销密钥"))
        layout = QVBoxLayout(self)
        text = QLabel(_("吊销“{holder}”的密钥后，不再接收它签名的数据包；已接收的数据不变。").format(
            holder=holder))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reasonEdit")
        self.reason.setPlaceholderText(_("原因（如：电脑丢失、更换填报人员）"))
        layout.addWidget(self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_("吊销"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class PendingDialog(QDialog):
    """Open identity change requests and held forks, each accepted or refused by the staff."""

    def __init__(self, requests: list[IdentityRequest], forks: list[HeldPackage], parent: QWidget | None = None,
                 ) -> None:
        super().__init__(parent)
        from jinchang_desktop.store.identity_requests import FIELDS

        lang = language()
        self.setObjectName("pendingDialog")
        self.setWindowTitle(_("待处理事项"))
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_("学校数据包中要求变更的身份信息（接收后才改名册）：")))
        self.requests = QListWidget(self)
        self.requests.setObjectName("requestList")
        for request in requests:
            label = FIELDS[request.field].text(lang) if request.field in FIELDS else request.field
            item = QListWidgetItem(f"{request.school_code} · {label}：{request.current} → {request.requested}")
            item.setData(256, request.id)
            self.requests.addItem(item)
        self._none_left(self.requests)
        layout.addWidget(self.requests)
        row = QHBoxLayout()
        self.acceptRequest = QPushButton(_("接受变更"), self)
        self.refuseRequest = QPushButton(_("不接受"), self)
        row.addWidget(self.acceptRequest)
        row.addWidget(self.refuseRequest)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(QLabel(_("版本冲突而搁置的数据包（选用搁置的，或保留已接收的）：")))
        self.forks = QListWidget(self)
        self.forks.setObjectName("forkList")
        for held in forks:
            item = QListWidgetItem(f"{held.issuer_code} · #{held.sequence} · {held.file_name} · {held.reason}")
            item.setData(256, held.manifest_sha256)
            self.forks.addItem(item)
        self._none_left(self.forks)
        layout.addWidget(self.forks)
        row = QHBoxLayout()
        self.takeHeld = QPushButton(_("选用搁置的数据包"), self)
        self.keepAccepted = QPushButton(_("保留已接收的"), self)
        row.addWidget(self.takeHeld)
        row.addWidget(self.keepAccepted)
        row.addStretch(1)
        layout.addLayout(row)
        self.acceptRequest.setEnabled(bool(requests))
        self.refuseRequest.setEnabled(bool(requests))
        self.takeHeld.setEnabled(bool(forks))
        self.keepAccepted.setEnabled(bool(forks))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(_("关闭"))
        close.rejected.connect(self.reject)
        layout.addWidget(close)

    def _none_left(self, listing: QListWidget) -> None:
        if listing.count() == 0:
            item = QListWidgetItem(_("（没有待处理的）"))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable & ~Qt.ItemFlag.ItemIsEnabled)
            listing.addItem(item)
