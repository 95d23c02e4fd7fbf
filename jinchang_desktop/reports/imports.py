"""What an import did, in the words the county's clerk reads after it (no Qt: messages read in either language).

A cancelled import says which of the two states it left: nothing changed, or the packages accepted before the
cancel are kept (they were committed) and the rest can be imported again.
"""
from __future__ import annotations

from jinchang_desktop.exchange import classes as c
from jinchang_desktop.exchange.importer import ImportReport
from jinchang_desktop.i18n import listing, msg
from jinchang_desktop.reports.verdicts import Words


def import_summary(report: ImportReport) -> Words:
    accepted, identical = report.count(c.ACCEPTED), report.count(c.IDENTICAL)
    untouched = report.count(c.NOT_PROCESSED)
    other = len(report.entries) - accepted - identical - untouched
    held = sum(report.count(cls) for cls in c.HELD)
    refused = other - held
    if report.cancelled and accepted + identical + other == 0:
        return Words(msg("已取消，工作区没有任何改变（{untouched} 个文件未处理）。", untouched=untouched), "none")
    parts = [msg("接收 {count} 个", count=accepted), msg("已有相同 {count} 个", count=identical)]
    if held:
        parts.append(msg("暂缓 {count} 个（待人工处理或待注册）", count=held))
    if refused:
        parts.append(msg("拒收 {count} 个", count=refused))
    counts = listing(parts, msg("，"))
    if report.cancelled:
        return Words(msg("已取消。取消前处理的数据包已保存：{counts}；其余 {untouched} 个文件未处理，"
                         "再次导入同一文件夹即可继续。", counts=counts, untouched=untouched), "fail")
    if held or refused:
        return Words(msg("导入完成：{counts}。暂缓和拒收的文件已复制到隔离区，附原因说明。", counts=counts), "fail")
    return Words(msg("导入完成：{counts}。", counts=counts), "ok")
