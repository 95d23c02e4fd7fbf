"""A triage in the words the clerk reads: each file's class, what it would change, and the summary of what was
decided, as messages read in either language and as the HTML page that is printed (no Qt here)."""
from __future__ import annotations

import html
import os

from jinchang_desktop.exchange import classes as c
from jinchang_desktop.exchange.triage import FieldChange, TriageEntry, TriageReport
from jinchang_desktop.i18n import N_, fixed, msg, translate
from jinchang_desktop.reports.verdicts import Words
from jinchang_desktop.standards.fields import field_catalogue
from jinchang_desktop.standards.numbers import fmt_number

# Before anything is stored the class says what *would* happen: "已接收" would be wrong on this screen.
TRIAGE_LABELS = {
    c.ACCEPTED: Words(msg("可接收"), "ok"),
    c.IDENTICAL: Words(msg("已有相同数据包"), "none"),
    c.STALE: Words(msg("旧版本（将拒收）"), "fail"),
    c.FORK: Words(msg("版本冲突（将暂缓）"), "fail"),
    c.PENDING_TRUST: Words(msg("密钥未注册（将暂缓）"), "fail"),
    c.REVOKED_KEY: Words(msg("密钥已吊销（将拒收）"), "fail"),
    c.WRONG_ISSUER: Words(msg("签名者身份不符（将拒收）"), "fail"),
    c.BAD_SIGNATURE: Words(msg("签名或校验值错误（将拒收）"), "fail"),
    c.WRONG_YEAR: Words(msg("学年不符（将拒收）"), "fail"),
    c.WRONG_PROFILE: Words(msg("评估标准不符（将拒收）"), "fail"),
    c.MALFORMED: Words(msg("文件损坏或格式错误（将拒收）"), "fail"),
    c.NOT_PROCESSED: Words(msg("未处理"), "none"),
}
KINDS = {"school-report": Words(msg("学校报告")), "county-report": Words(msg("县区报告"))}


def class_words(cls: str) -> Words:
    return TRIAGE_LABELS.get(cls, Words(fixed(cls, cls), "none"))  # a class this version does not know: its name


def kind_words(kind: str) -> Words:
    return KINDS.get(kind, Words(fixed("—", "—")))


def value_text(value: int | float | str | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return fmt_number(value)
    return str(value)


def field_name(key: str, lang: str) -> str:
    spec = field_catalogue().fields.get(key)
    if spec is None:
        return key
    return spec.label.text(lang)


def change_line(change: FieldChange, lang: str, *, with_school: bool = False) -> str:
    school = f"{change.school} · " if with_school else ""
    return f"{school}{field_name(change.field, lang)}：{value_text(change.old)} → {value_text(change.new)}"


def warning_lines(entry: TriageEntry, lang: str) -> list[str]:
    """The clerk's warnings with the school's explanation, or a plain 'no explanation'."""
    lines = []
    for warning in entry.entry.warnings:
        message = warning.get("message") or {}
        # The warning as the package carries it: its two texts, already written.
        text = fixed(str(message.get("zh", "")), str(message.get("en", ""))) if isinstance(message, dict) \
            else fixed(str(message), str(message))
        explanation = str(warning.get("explanation") or "")
        if explanation:
            lines.append(msg("{warning}（说明：{explanation}）", warning=text, explanation=explanation).text(lang))
        else:
            lines.append(msg("{warning}（未说明）", warning=text).text(lang))
    return lines


def triage_summary(report: TriageReport) -> Words:
    """What the triage found, before a decision."""
    would = report.count(c.ACCEPTED)
    same = report.count(c.IDENTICAL)
    other = len(report.entries) - would - same
    flagged = sum(1 for e in report.entries if e.entry.flag)
    text = msg(_SUMMARIES[(bool(flagged), report.cancelled)], total=len(report.entries), would=would, same=same,
               other=other, flagged=flagged)
    return Words(text, "fail" if other or flagged else "ok")


# (some warnings not explained, cancelled) → the summary, each a whole sentence.
_SUMMARIES = {
    (False, False): N_("共 {total} 个文件：可接收 {would} 个，已有相同 {same} 个，不能接收 {other} 个。"
                       "尚未保存任何数据。"),
    (True, False): N_("共 {total} 个文件：可接收 {would} 个，已有相同 {same} 个，不能接收 {other} 个；"
                      "其中 {flagged} 个有未说明的提醒。尚未保存任何数据。"),
    (False, True): N_("共 {total} 个文件：可接收 {would} 个，已有相同 {same} 个，不能接收 {other} 个。"
                      "已取消：其余文件未检查，工作区没有任何改变。"),
    (True, True): N_("共 {total} 个文件：可接收 {would} 个，已有相同 {same} 个，不能接收 {other} 个；"
                     "其中 {flagged} 个有未说明的提醒。已取消：其余文件未检查，工作区没有任何改变。"),
}


def triage_page_html(title: str, workspace: str, report: TriageReport, decided: Words, lang: str) -> str:
    """The printable summary: the decision, then one row per file with its class and its changes."""
    e = html.escape
    head = [translate(h, lang) for h in (N_("文件"), N_("学校"), N_("类型"), N_("序号"), N_("结论"), N_("变化与提醒"))]
    rows = []
    for item in report.entries:
        entry = item.entry
        detail = [change_line(ch, lang, with_school=item.kind == "county-report") for ch in item.changes]
        detail += warning_lines(item, lang)
        if entry.cls not in (c.ACCEPTED, c.IDENTICAL):
            detail.append(entry.en if lang == "en" else entry.zh)
        rows.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in (
            e(os.path.basename(entry.file)), e(f"{entry.issuer_code} {item.school_name}".strip()),
            e(kind_words(item.kind).pick(lang)), e("" if entry.sequence is None else str(entry.sequence)),
            e(class_words(entry.cls).pick(lang)), "<br>".join(e(line) for line in detail))) + "</tr>")
    return (f"<html><body><h2>{e(title)}</h2><p>{e(workspace)}</p><p>{e(triage_summary(report).pick(lang))}</p>"
            f"<p><b>{e(decided.pick(lang))}</b></p>"
            "<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>"
            + "".join(f"<th>{e(h)}</th>" for h in head) + "</tr>" + "".join(rows) + "</table></body></html>")
