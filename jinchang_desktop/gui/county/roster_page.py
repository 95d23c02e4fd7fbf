"""The county's first page: its schools with the state of each one's key, the last package it sent, and its
verdict under the county's profile, read from the county's store."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from jinchang_desktop.errors import JcError
from jinchang_desktop.exchange import classes as c
from jinchang_desktop.gui.views.base import ViewContext
from jinchang_desktop.gui.views.holders import HolderListView
from jinchang_desktop.i18n import _, language
from jinchang_desktop.reports.verdicts import NOT_REPORTED, school_verdict
from jinchang_desktop.standards.assess import assess_school
from jinchang_desktop.standards.fields import field_catalogue
from jinchang_desktop.store.keys import keys_of
from jinchang_desktop.store.packages import packages_with_status
from jinchang_desktop.store.summary import county_schools

if TYPE_CHECKING:
    from jinchang_desktop.gui.county.roster_actions import EnrolDialog, PendingDialog
    from jinchang_desktop.gui.jobs import RunningJob
    from jinchang_desktop.store.workspace import Workspace


class RosterPage(HolderListView):
    role = "county"
    answered = Signal(bool)  # an enrolment, revocation, export or decision came back: done (True) or not

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._add_actions()
        self._retranslate_actions()

    def refresh(self) -> None:
        super().refresh()
        if hasattr(self, "pendingButton"):
            self._retranslate_actions()

    def window_title(self) -> str:
        return _("{name} · 县区工作区 · 金昌义务教育优质均衡").format(name=self.info.name)

    def heading(self) -> str:
        return _("{name}（县区）").format(name=self.info.name)

    def headers(self) -> list[str]:
        return [_("学校标识码"), _("学校"), _("类型"), _("密钥"), _("最近的数据包"),
                _("结论"), _("密钥指纹")]

    def rows(self) -> list[list[tuple[str, str]]]:
        lang = language()
        types = field_catalogue().school_types
        profile = self.info.profile()
        rows = []
        waiting = {p.issuer_code for p in packages_with_status(self.context.reader, c.PENDING_TRUST)}
        # The fingerprint of each school's key in force: what the clerk reads back when a school phones.
        in_force = {k.holder_code: k.fingerprint for k in keys_of(self.context.reader) if k.status == "enrolled"}
        for holder, record in county_schools(self.context.reader, self.info.school_year):
            school_type = types.get(record.school_type)
            type_text = (school_type.en if lang == "en" else school_type.zh) if school_type else ""
            verdict = school_verdict(assess_school(record, profile)) if school_type and record.values \
                else NOT_REPORTED
            cells = self.holder_cells(holder)
            if not holder.key_state and holder.code in waiting:  # its packages wait for its key
                cells[2] = (_("待注册（有数据包等候）"), "fail")
            rows.append([*cells[:2], (type_text, ""), *cells[2:], (verdict.pick(lang), verdict.level),
                         (in_force.get(holder.code, ""), "")])
        return rows

    def intro(self) -> str:
        return _("本县的学校：密钥是否已注册、最近交来的数据包和按本县评估标准的结论。"
                 "学校交来的数据包用“数据 → 导入数据包”（Ctrl+I）导入。")

    def empty_text(self) -> str:
        return _("还没有学校。先注册学校交来的密钥注册申请，再导入它们的数据包。")

    def help_html(self) -> str:
        return _(
            "<h3>县区工作区</h3><p>表中列出本县的学校：密钥状态、最近收到的数据包、按本县评估标准得出的结论。</p>"
            "<p>学校把数据包写在 U 盘上交来：用“导入数据包”（Ctrl+I）选择 U 盘文件夹。导入可随时取消，"
            "取消前已接收的数据包会保存，再次导入即可继续。暂缓或拒收的文件复制到工作区的隔离区，附原因说明。</p>")

    # -- keys and the roster (the county's staff) --------------------------------------------------------------

    def _add_actions(self) -> None:
        from PySide6.QtWidgets import QHBoxLayout, QPushButton

        row = QHBoxLayout()
        self.loadButton = QPushButton(self)
        self.loadButton.clicked.connect(lambda: self.load_table())
        self.enrolButton = QPushButton(self)
        self.revokeButton = QPushButton(self)
        self.rosterButton = QPushButton(self)
        self.pendingButton = QPushButton(self)
        self.enrolButton.clicked.connect(lambda: self.enrol_request())
        self.revokeButton.clicked.connect(lambda: self.revoke_selected())
        self.rosterButton.clicked.connect(lambda: self.export_roster())
        self.pendingButton.clicked.connect(lambda: self.show_pending())
        for button in (self.loadButton, self.enrolButton, self.revokeButton, self.rosterButton, self.pendingButton):
            row.addWidget(button)
        row.addStretch(1)
        self.ui.viewLayout.insertLayout(self.ui.viewLayout.indexOf(self.ui.hintLabel) + 1, row)

    def _retranslate_actions(self) -> None:
        self.loadButton.setText(_("从学校表载入…"))
        self.enrolButton.setText(_("注册密钥…"))
        self.revokeButton.setText(_("吊销所选学校的密钥…"))
        self.rosterButton.setText(_("导出签名名册…"))
        self.pendingButton.setText(_("待处理事项（{n}）…").format(n=self._pending_count()))

    def _pending_count(self) -> int:
        from jinchang_desktop.exchange import classes as c
        from jinchang_desktop.store.identity_requests import open_requests
        from jinchang_desktop.store.packages import packages_with_status

        if self.closed:
            return 0
        return len(open_requests(self.context.reader)) + len(packages_with_status(self.context.reader, c.FORK))

    def _run(self, work: Callable[[Workspace], object], label: str, done: Callable[[object], None],
             failed: Callable[[BaseException], None] | None = None) -> RunningJob:
        from jinchang_desktop.gui.jobs import run_job, simple

        return run_job(self.window(), self.context.worker, simple(work), label, done=done,
                       failed=failed or self._failed)

    def _failed(self, exc: BaseException) -> None:
        from jinchang_desktop.gui.messages import show_error

        self.answered.emit(False)
        show_error(self.window(), exc)

    def _changed(self, text: str) -> None:
        from jinchang_desktop.gui.messages import inform

        self.refresh()
        self.data_changed.emit()
        self.answered.emit(True)
        inform(self.window(), _("学校与密钥"), text)

    def load_table(self, table: Path | None = None) -> RunningJob | None:
        """The county's own schools from a school table (CSV/XLSX/XLS), through the core's ``load``."""
        from jinchang_desktop.exchange.load import load_table

        if table is None:
            name, _filter = QFileDialog.getOpenFileName(self, _("选择学校表"), str(Path.home()),
                                                        _("学校表 (*.csv *.xlsx *.xls)"))
            if not name:
                return None
            table = Path(name)
        chosen = table
        return self._run(lambda ws: load_table(ws, chosen), _("正在载入学校表…"),
                         lambda result: self._changed(_("已载入 {n} 所学校（{changed} 项数据有变化）。").format(
                             n=result.schools, changed=result.values_changed)))  # type: ignore[attr-defined]

    def enrol_request(self, path: Path | None = None) -> EnrolDialog | None:
        """Pick an enrolment request and show who it is from; the clerk types the fingerprint read out."""
        from jinchang_desktop.exchange.trust import read_enrol_request
        from jinchang_desktop.gui.county.roster_actions import EnrolDialog

        if path is None:
            name, _filter = QFileDialog.getOpenFileName(self, _("选择注册申请文件"), str(Path.home()),
                                                        _("注册申请 (*.jcpkg)"))
            if not name:
                return None
            path = Path(name)
        try:
            request = read_enrol_request(path)  # a small file: read here to show who is asking
        except JcError as exc:
            self._failed(exc)
            return None
        dialog = EnrolDialog(request, path, self)
        dialog.accepted.connect(lambda: self.enrol_with(path, dialog.fingerprint.text(), dialog.code.text()))
        dialog.open()
        return dialog

    def enrol_with(self, path: Path, fingerprint: str, code: str = "", *, replace: bool = False) -> RunningJob:
        """Enrol through the core, which compares the fingerprint; a key in force is replaced only when asked."""
        from jinchang_desktop.exchange.trust import enrol

        def work(ws: Workspace) -> object:
            return enrol(ws, path, confirmed_fingerprint=fingerprint, code=code.strip() or None, replace=replace)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, JcError) and exc.rule == "key-in-force" and not replace:
                self._ask_replace(path, fingerprint, code, exc)
            else:
                self._failed(exc)

        return self._run(work, _("正在注册密钥…"),
                         lambda request: self._changed(_("已注册“{code} {name}”的密钥。").format(
                             code=code.strip() or request.code, name=request.name)),  # type: ignore[attr-defined]
                         failed)

    def _ask_replace(self, path: Path, fingerprint: str, code: str, exc: JcError) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, _("更换密钥"),
                          exc.message_in(language()),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.window())
        box.setObjectName("replaceKeyBox")
        box.setInformativeText(_("确认学校换了电脑或重装了系统，用新密钥替换旧密钥？旧密钥将被吊销。"))
        box.button(QMessageBox.StandardButton.Yes).setText(_("替换"))
        box.button(QMessageBox.StandardButton.No).setText(_("不替换"))

        def decided(button: object) -> None:
            if button is box.button(QMessageBox.StandardButton.Yes):
                self.enrol_with(path, fingerprint, code, replace=True)
            else:
                self.answered.emit(False)

        box.buttonClicked.connect(decided)
        box.open()

    def selected_code(self) -> str:
        row = self.ui.table.currentRow()
        item = self.ui.table.item(row, 0) if row >= 0 else None
        return item.text() if item is not None else ""

    def revoke_selected(self, reason: str | None = None) -> RunningJob | None:
        """Revoke the key in force of the selected school, with a reason (asked for when None)."""
        from jinchang_desktop.exchange.trust import revoke

        code = self.selected_code()
        keys = [k for k in keys_of(self.context.reader, code) if k.status == "enrolled"] if code else []
        if not keys:
            from jinchang_desktop.gui.messages import inform

            inform(self.window(), _("吊销密钥"), _("请先在表中选择一所有在用密钥的学校。"))
            return None
        if reason is None:
            from jinchang_desktop.gui.county.roster_actions import RevokeDialog

            dialog = RevokeDialog(code, self)
            dialog.accepted.connect(lambda: self.revoke_selected(dialog.reason.text()))
            dialog.open()
            return None
        key_id = keys[0].key_id
        return self._run(lambda ws: revoke(ws, key_id, reason=reason), _("正在吊销密钥…"),
                         lambda _r: self._changed(_("已吊销“{code}”的密钥。").format(code=code)))

    def export_roster(self, out: Path | None = None) -> RunningJob | None:
        """Write the signed roster the schools import (their official codes and the county's profile)."""
        from jinchang_desktop.exchange.trust import export_roster

        if out is None:
            name, _filter = QFileDialog.getSaveFileName(self, _("导出签名名册"),
                                                        str(Path.home() / f"roster-{self.info.code}.jcpkg"),
                                                        _("数据包 (*.jcpkg)"))
            if not name:
                return None
            out = Path(name)
        target = out

        def done(_r: object) -> None:
            from jinchang_desktop.gui.messages import inform

            self.answered.emit(True)
            inform(self.window(), _("导出签名名册"), _("名册已写入 {path}").format(path=target))

        return self._run(lambda ws: export_roster(ws, target), _("正在导出名册…"), done)

    def show_pending(self) -> PendingDialog:
        """Identity change requests and held forks, each decided by the staff through the core."""
        from jinchang_desktop.exchange import classes as c
        from jinchang_desktop.gui.county.roster_actions import PendingDialog
        from jinchang_desktop.store.identity_requests import open_requests
        from jinchang_desktop.store.packages import packages_with_status

        reader = self.context.reader
        dialog = PendingDialog(open_requests(reader), packages_with_status(reader, c.FORK), self)
        dialog.acceptRequest.clicked.connect(lambda: self._decide_request(dialog, True))
        dialog.refuseRequest.clicked.connect(lambda: self._decide_request(dialog, False))
        dialog.takeHeld.clicked.connect(lambda: self._settle(dialog, True))
        dialog.keepAccepted.clicked.connect(lambda: self._settle(dialog, False))
        dialog.open()
        return dialog

    def _decide_request(self, dialog: PendingDialog, accept: bool) -> None:
        from jinchang_desktop.store.identity_requests import decide_request

        item = dialog.requests.currentItem()
        if item is None:
            return
        request_id = int(item.data(256))
        self._run(lambda ws: decide_request(ws.conn, request_id, accept=accept), _("正在处理…"),
                  lambda _r: self._after_pending(dialog))

    def _settle(self, dialog: PendingDialog, take_held: bool) -> None:
        from jinchang_desktop.exchange.settle import settle_fork

        item = dialog.forks.currentItem()
        if item is None:
            return
        sha = str(item.data(256))
        self._run(lambda ws: settle_fork(ws, sha, take_held=take_held), _("正在处理…"),
                  lambda _r: self._after_pending(dialog))

    def _after_pending(self, dialog: PendingDialog) -> None:
        dialog.close()
        self.refresh()
        self.data_changed.emit()
        self.answered.emit(True)
        self.show_pending()  # the lists again, as the store now holds them
