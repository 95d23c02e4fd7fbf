"""The problem ledger as an Excel workbook: a summary, one sheet per owner department, and a provenance sheet.

Every text cell is neutralised against formula injection (a value starting with = + - @ or a tab or carriage
return gets a leading apostrophe), since item texts, measures and notes are typed by people and travel in
packages. openpyxl is imported when a workbook is made (it costs half a second of start-up).
"""
from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinchang_desktop import __version__
from jinchang_desktop.i18n import N_, msg
from jinchang_desktop.text_rules import spreadsheet_safe

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

    from jinchang_desktop.store.workspace import Workspace

SUMMARY = "汇总"
PROVENANCE = "来源"
NO_OWNER = "未指定责任单位"
STATUS_ZH = {"open": "未整改", "ready": "可销号", "closed": "已销号"}
SECTION_ZH = {"primary": "小学", "junior": "初中"}
_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")

# (header, item key): the columns of a department sheet. Headers read in both languages ("编号 No.").
COLUMNS = ((N_("编号"), "id"), (N_("县区"), "county"), (N_("学校代码"), "school_code"),
           (N_("学段"), "section"), (N_("指标"), "indicator"), (N_("问题"), "text"),
           (N_("差距"), "gap"), (N_("单位"), "gap_unit"), (N_("影响结论"), "blocks_verdict"),
           (N_("整改措施"), "measures"), (N_("责任单位"), "owner"), (N_("依据"), "owner_basis"),
           (N_("整改期限"), "due"), (N_("状态"), "status"), (N_("逾期"), "overdue"),
           (N_("预计费用（元）"), "cost"), (N_("销号说明"), "close_note"))
COUNT_COLUMNS = (N_("未整改"), N_("可销号"), N_("已销号"), N_("逾期"), N_("合计"))


def both(text: str) -> str:
    """A header marked with N_, in Chinese then English: "责任单位 Owner"."""
    return msg(text).both(" ")


def neutral(value: Any) -> Any:
    """A cell value that a spreadsheet will never run as a formula; numbers and None pass unchanged."""
    return spreadsheet_safe(value) if isinstance(value, str) else value


def _cell(key: str, value: Any) -> Any:
    if isinstance(value, bool):
        return "是" if value else "否"
    if key == "status":
        return STATUS_ZH.get(value, value)
    if key == "section":
        return SECTION_ZH.get(value, value)
    return neutral(value)


def sheet_name(department: str, taken: set[str]) -> str:
    """A legal, unique sheet name (31 characters at most, none of []:*?/\\)."""
    base = _SHEET_BAD.sub("_", department.strip() or NO_OWNER)[:28] or NO_OWNER
    name, n = base, 2
    while name.lower() in taken or name in (SUMMARY, PROVENANCE):
        name, n = f"{base}~{n}", n + 1
    taken.add(name.lower())
    return name


def provenance_rows(ws: Workspace, *, created: str) -> list[tuple[str, str]]:
    """What the workbook was made from: profile and its SHA-256, every accepted package, app version, time.

    Kept as plain rows so the inspection tables' provenance sheet and this one can share one writer.
    """
    from jinchang_desktop.exchange.ws_profile import workspace_profile
    from jinchang_desktop.store.ledger import accepted_packages, received

    profile = workspace_profile(ws)
    rows = [(both(N_("程序版本")), f"jinchang-desktop {__version__}"), (both(N_("生成时间（UTC）")), created),
            (both(N_("工作区")), f"{ws.role} {ws.code} {ws.name}"), (both(N_("学年")), str(ws.school_year)),
            (both(N_("评估标准")), profile.id), (both(N_("标准 SHA-256")), profile.sha256)]
    sequence_word, key_word, as_of_word = both(N_("序号")), both(N_("密钥指纹")), both(N_("截至"))
    for kind, issuer, sequence, sha, fingerprint in accepted_packages(ws.conn, ws.school_year):
        rows.append((f"{both(N_('已接收的数据包'))} {kind} {issuer}",
                     f"{sequence_word} {sequence}  {key_word} {fingerprint}  manifest SHA-256 {sha}"))
    for got in received(ws.conn, ws.school_year):
        rows.append((f"{both(N_('台账'))} {got.issuer_code} {got.issuer_name}",
                     f"{sequence_word} {got.sequence}  {as_of_word} {got.body.get('as_of', '')}  "
                     f"{got.manifest_sha256}"))
    return rows


def write_provenance_sheet(book: Workbook, rows: list[tuple[str, str]]) -> Worksheet:
    sheet = book.create_sheet(PROVENANCE)
    sheet.append([both(N_("项目")), both(N_("内容"))])
    for label, value in rows:
        sheet.append([neutral(label), neutral(value)])
    sheet.column_dimensions["A"].width = 36
    sheet.column_dimensions["B"].width = 110
    return sheet


def _summary(sheet: Worksheet, title: str, items: list[dict[str, Any]], counts: dict[str, Any]) -> None:
    from openpyxl.styles import Font

    sheet.append([neutral(title)])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([])
    counted = [both(column) for column in COUNT_COLUMNS]
    sheet.append([both(N_("责任单位")), *counted])
    for department, bucket in sorted(counts["by_department"].items()):
        row = [bucket["open"], bucket["ready"], bucket["closed"], bucket["overdue"]]
        sheet.append([neutral(department or NO_OWNER), *row, sum(row[:3])])
    status = counts["status"]
    sheet.append([both(N_("合计")), status["open"], status["ready"], status["closed"], counts["overdue"], len(items)])
    sheet.append([])
    sheet.append([both(N_("指标")), *counted])
    for indicator, bucket in sorted(counts["by_indicator"].items()):
        row = [bucket["open"], bucket["ready"], bucket["closed"], bucket["overdue"]]
        sheet.append([neutral(indicator), *row, sum(row[:3])])
    sheet.column_dimensions["A"].width = 28


def build_workbook(title: str, items: list[dict[str, Any]], counts: dict[str, Any],
                   provenance: list[tuple[str, str]]) -> Workbook:
    """The workbook (pure: no workspace), for tests and for the export below."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = SUMMARY
    _summary(summary, title, items, counts)
    taken: set[str] = set()
    by_department: dict[str, list[dict[str, Any]]] = {}
    for entry in items:
        by_department.setdefault(entry.get("owner") or "", []).append(entry)
    for department in sorted(by_department):
        sheet = book.create_sheet(sheet_name(department, taken))
        sheet.append([both(header) for header, _ in COLUMNS])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        ordered = sorted(by_department[department], key=lambda e: (not e["overdue"], e["status"] == "closed",
                                                                   e.get("due") or "9999", str(e["id"])))
        for entry in ordered:
            sheet.append([_cell(key, entry.get(key)) for _, key in COLUMNS])
        sheet.freeze_panes = "A2"
        sheet.column_dimensions["F"].width = 60
    write_provenance_sheet(book, provenance)
    return book


def export_ledger(ws: Workspace, out: Path, today: date | None = None) -> int:
    """Write the workspace's ledger (a city: every county's latest) to ``out``; returns the number of sheets."""
    from jinchang_desktop.ledger.book import city_items, ledger_counts, own_items, utc_today
    from jinchang_desktop.packages.atomic import write_atomic

    today = today or utc_today()
    items = city_items(ws, today) if ws.role == "city" else own_items(ws, today)
    created = datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    book = build_workbook(f"{ws.name} {ws.school_year} 学年问题台账（截至 {today}）", items, ledger_counts(items),
                          provenance_rows(ws, created=created))
    buffer = io.BytesIO()
    book.save(buffer)
    write_atomic(Path(out), buffer.getvalue())  # a half-written workbook never replaces a good one
    return len(book.sheetnames)
