"""What an import did, in the words the county's clerk reads after it (no Qt: plain zh/en pairs).

A cancelled import says which of the two states it left: nothing changed, or the packages accepted before the
cancel are kept (they were committed) and the rest can be imported again.
"""
from __future__ import annotations

from jinchang_desktop.exchange import classes as c
from jinchang_desktop.exchange.importer import ImportReport
from jinchang_desktop.i18n import msg
from jinchang_desktop.reports.verdicts import Words


def import_summary(report: ImportReport) -> Words:
    accepted, identical = report.count(c.ACCEPTED), report.count(c.IDENTICAL)
    untouched = report.count(c.NOT_PROCESSED)
    other = len(report.entries) - accepted - identical - untouched
    held = sum(report.count(cls) for cls in c.HELD)
    refused = other - held
    if report.cancelled and accepted + identical + other == 0:
        return Words(msg("已取消，工作区没有任何改变（{untouched} 个文件未处理）。", untouched=untouched), "none")
    zh = [f"接收 {accepted} 个", f"已有相同 {identical} 个"]
    en = [f"{accepted} accepted", f"{identical} already held"]
    if held:
        zh.append(f"暂缓 {held} 个（待人工处理或待注册）")
        en.append(f"{held} held (for a person, or until the key is enrolled)")
    if refused:
        zh.append(f"拒收 {refused} 个")
        en.append(f"{refused} refused")
    if report.cancelled:
        return Words(f"已取消。取消前处理的数据包已保存：{'，'.join(zh)}；其余 {untouched} 个文件未处理，"
                     "再次导入同一文件夹即可继续。",
                     f"Cancelled. What was processed before is saved: {', '.join(en)}; the other {untouched} files "
                     "were not processed: import the same folder again to go on.", "fail")
    tail_zh = "暂缓和拒收的文件已复制到隔离区，附原因说明。" if held or refused else ""
    tail_en = " Held and refused files were copied to the quarantine with their reasons." if held or refused else ""
    return Words(f"导入完成：{'，'.join(zh)}。{tail_zh}", f"Import finished: {', '.join(en)}.{tail_en}",
                 "ok" if not held and not refused else "fail")
