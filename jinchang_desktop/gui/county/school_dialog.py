"""One school seen from the county: its record for the year, every package it sent, and its audit trail.
Read through the store's named reads on the GUI thread's read-only connection."""
from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from jinchang_desktop.errors import JcError
from jinchang_desktop.gui.county.dashboard_page import fill_table, small_table
from jinchang_desktop.gui.error_text import error_text
from jinchang_desktop.gui.views.holders import local_time
from jinchang_desktop.i18n import _, language
from jinchang_desktop.reports.numbers import fmt_number
from jinchang_desktop.standards.fields import field_catalogue
from jinchang_desktop.store.audit import audit_entries
from jinchang_desktop.store.declared import get_record
from jinchang_desktop.store.report_queries import package_history


def _shown(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return fmt_number(value)
    return str(value)


class SchoolDialog(QDialog):
    def __init__(self, reader: sqlite3.Connection, code: str, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.resize(820, 560)
        lang = language()
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.record_table = small_table(self)
        self.package_table = small_table(self)
        self.audit_table = small_table(self)
        self.tabs.addTab(self.record_table, _("填报数据"))
        self.tabs.addTab(self.package_table, _("数据包记录"))
        self.tabs.addTab(self.audit_table, _("变更记录"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        try:
            record = get_record(reader, code, year)
        except JcError as exc:
            self.heading.setText(error_text(exc))
            return
        self.setWindowTitle(_("{name}（{code}）").format(name=record.name, code=code))
        types = field_catalogue().school_types
        school_type = types.get(record.school_type)
        type_text = (school_type.en if lang == "en" else school_type.zh) if school_type else record.school_type
        self.heading.setText(_("<b>{name}</b> · {code} · {type} · {year} 学年").format(
            name=record.name, code=code, type=type_text, year=year))
        fields = field_catalogue().fields
        rows = []
        for key, value in record.values.items():
            spec = fields.get(key)
            label = (spec.label_en if lang == "en" else spec.label_zh) if spec else key
            unit = (spec.unit_en if lang == "en" else spec.unit_zh) if spec else ""
            rows.append([(label, ""), (_shown(value), ""), (unit, "")])
        fill_table(self.record_table, [_("数据项"), _("数值"), _("单位")], rows, 0)
        packages = [[(p.kind, ""), (str(p.school_year), ""), (str(p.sequence), ""), (p.status, ""),
                     (local_time(p.received_at), ""), (p.reason or p.file_name, "")]
                    for p in package_history(reader, code)]
        fill_table(self.package_table, [_("类型"), _("学年"), _("版本"), _("状态"),
                                        _("收到时间"), _("文件或原因")], packages, 5)
        def field_label(key: str | None) -> str:  # the clerk's name of a field; other entries as recorded
            spec = fields.get(key or "")
            return (spec.label_en if lang == "en" else spec.label_zh) if spec else (key or "")

        entries = [[(local_time(e.at), ""), (e.action, ""), (str(e.school_year or ""), ""),
                    (field_label(e.field), ""), (_shown(e.old), ""), (_shown(e.new), ""), (e.detail, "")]
                   for e in audit_entries(reader, code)]
        fill_table(self.audit_table, [_("时间"), _("操作"), _("学年"), _("数据项"),
                                      _("原值"), _("新值"), _("说明")], entries, 6)
