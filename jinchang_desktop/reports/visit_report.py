"""The visit report (实地核查记录) of one school: what it holds is plain data built here, then drawn into a PDF with
matplotlib's PdfPages (no pyplot). Declared against verified, the discrepancies, the verdicts both ways, the notes,
the attachments with their fingerprints, the inspector key's fingerprint, and room for the signatures."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from jinchang_desktop.i18n import N_, msg
from jinchang_desktop.inspection.summary import Comparison
from jinchang_desktop.reports.charts import chinese_text
from jinchang_desktop.standards.numbers import fmt_number
from jinchang_desktop.store.inspection import Attachment

# The report is printed in both languages at once: each label reads "中文 / English".
SIGNATURES = (N_("督学签字"), N_("学校负责人签字"), N_("日期"))


def _both(text: str) -> str:
    """A label marked with N_ in both languages."""
    return msg(text).both()


def _signatures() -> list[str]:
    return [f"{_both(line)}：" for line in SIGNATURES]


@dataclass
class VisitReport:
    title: str
    header: list[str]
    columns: list[str]
    rows: list[list[str]]
    flagged_rows: list[int]  # indexes into rows, drawn marked
    verdicts: list[str]
    notes: list[str]
    checklist: list[str]
    attachments: list[str]
    signatures: list[str] = field(default_factory=_signatures)


def _shown(value: float | None) -> str:
    return "" if value is None else fmt_number(value)


CHECK_ZH = {"ok": "符合", "not-ok": "不符合", "unchecked": "未核查"}


def visit_report(comparison: Comparison, *, school_year: int, county: str, inspector: str, fingerprint: str,
                 checks: list[dict[str, object]], marks: dict[str, str], attachments: list[Attachment],
                 pack_sha256: str) -> VisitReport:
    """The report's content as text lines and table cells (zh with en where a reader may need it)."""
    rows, flagged = [], []
    for index, row in enumerate(comparison.rows):
        ratio = "" if row.ratio is None else f"{row.ratio:.3f}"
        rows.append([row.label_zh, _shown(row.declared), _shown(row.verified), ratio, "⚑ 超差" if row.flagged else ""])
        if row.flagged:
            flagged.append(index)
    found = comparison.discrepancies
    verdicts = [msg("按申报值：{verdict}", verdict=comparison.declared_verdict).both(),
                msg("按核实值：{verdict}", verdict=comparison.verified_verdict).both(),
                msg("超出容差的数据项：{count}", count=len(found)).both()
                + (f"（{'、'.join(r.label_zh for r in found)}）" if found else "")]
    for section, outcome in comparison.verified.get("sections", {}).items():
        before = comparison.declared.get("sections", {}).get(section, {})
        verdicts.append(f"{'小学' if section == 'primary' else '初中'}：达到 {before.get('reached', '—')} → "
                        f"{outcome.get('reached')} 项；{'达标' if before.get('compliant') else '未达标'} → "
                        f"{'达标' if outcome.get('compliant') else '未达标'}")
    none = [msg("（无）").both()]
    notes = [f"{row.label_zh}：{row.note}" for row in comparison.rows if row.note] or none
    checklist = [f"[{CHECK_ZH.get(marks.get(str(c['item']), 'unchecked'), '未核查')}] {c['zh']}" for c in checks] \
        or none
    files = [f"{a.name}  {a.size} B  SHA-256 {a.sha256}" for a in attachments] or none
    header = [f"{_both(N_('学校'))}：{comparison.name}（{comparison.school}）  {_both(N_('县区'))}：{county}  "
              f"{_both(N_('学年'))}：{school_year}",
              f"{_both(N_('督学'))}：{inspector}  {_both(N_('密钥指纹'))}：{fingerprint}",
              f"{_both(N_('核查包'))}：SHA-256 {pack_sha256[:32]}…"]
    return VisitReport(f"{_both(N_('实地核查记录'))} — {comparison.name}", header,
                       ["数据项", "申报值", "核实值", "核实÷申报", "标记"], rows, flagged, verdicts, notes, checklist,
                       files)


def _page(report: VisitReport, rows: list[list[str]], flagged: list[int], first: bool, last: bool) -> object:
    from matplotlib.figure import Figure
    from matplotlib.transforms import Bbox

    figure = Figure(figsize=(8.27, 11.69))  # A4 portrait
    figure.text(0.5, 0.965, report.title, ha="center", fontsize=13)
    y = 0.93
    if first:
        for line in report.header:
            figure.text(0.06, y, line, fontsize=8.5)
            y -= 0.02
    if rows:
        height = 0.018 * (len(rows) + 1)
        axes = figure.add_axes((0.06, y - height - 0.01, 0.88, height))
        axes.axis("off")
        table = axes.table(cellText=rows, colLabels=report.columns, colWidths=[0.44, 0.14, 0.14, 0.14, 0.14],
                           loc="upper center", cellLoc="center", bbox=Bbox.from_bounds(0, 0, 1, 1))
        table.auto_set_font_size(False)
        table.set_fontsize(7.5)
        for (row, _column), cell in table.get_celld().items():
            if row > 0 and row - 1 in flagged:
                cell.set_facecolor("#dddddd")  # grey, not colour: the report is printed in black and white
        y -= height + 0.03
    if last:
        for heading, lines in ((N_("结论（两种口径）"), report.verdicts), (N_("各数据项的核查说明"), report.notes),
                               (N_("保障项目核查"), report.checklist), (N_("附件"), report.attachments)):
            figure.text(0.06, y, _both(heading), fontsize=10)
            y -= 0.02
            for line in lines:
                figure.text(0.08, y, line[:110], fontsize=7.5)
                y -= 0.016
            y -= 0.01
        y = min(y, 0.12)
        for index, line in enumerate(report.signatures):
            figure.text(0.06 + index * 0.31, max(y, 0.04), line + " ________", fontsize=9)
    return figure


def write_visit_report(report: VisitReport, out: Path) -> None:
    """Draw the report into ``out`` (PDF): the field table over as many pages as it needs, then the rest."""
    from matplotlib.backends.backend_pdf import PdfPages

    per_page = 24
    chunks = [report.rows[i:i + per_page] for i in range(0, len(report.rows), per_page)] or [[]]
    with chinese_text(), PdfPages(str(out)) as pdf:
        for number, chunk in enumerate(chunks):
            offset = number * per_page
            flagged = [i - offset for i in report.flagged_rows if offset <= i < offset + per_page]
            pdf.savefig(_page(report, chunk, flagged, number == 0, False))
        pdf.savefig(_page(report, [], [], False, True))
