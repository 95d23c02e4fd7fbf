"""The 来源 sheet: what a table was made from, so that it can be made again during an inspection."""
from __future__ import annotations

from jinchang_desktop.reports.excel.model import Cell, Table
from jinchang_desktop.reports.report_input import ReportInput
from jinchang_desktop.text_rules import spreadsheet_safe

SOURCE_ZH = {"self": "本校录入", "county-entry": "县级录入", "package": "签名数据包", "roster": "县级名册"}
ROLE_ZH = {"school": "学校", "county": "县区", "city": "市级", "inspector": "督导"}


def provenance(data: ReportInput) -> Table:
    profile = data.profile
    table = Table(sheet="来源", title="来源：本工作簿所依据的数据与标准",
                  header=[["学校标识码", "学校名称", "所属县区", "数据来源", "数据包清单 SHA-256（指纹）", "数据包序号",
                           "签名密钥指纹", "接收时间（UTC）"]],
                  wide_columns={4: 68})
    facts = [
        ("评估标准", f"{profile.name_zh}（{profile.id}）"),
        ("标准文件 SHA-256", profile.sha256),
        ("工作区", f"{spreadsheet_safe(data.name)}（{ROLE_ZH.get(data.role, data.role)}，代码 {data.code}）"),
        ("学年", str(data.school_year)),
        ("程序版本", f"jinchang-desktop {data.app_version}"),
        ("导出时间（UTC）", data.exported_at),
    ]
    for label, value in facts:
        table.body.append([Cell(label, bold=True, align="left"), Cell(value, align="left")] + [None] * 6)
        row = len(table.body) - 1
        table.body_merges.append((row, 1, row, 7))
    table.add_full_width_row("各校（各县）数据来源")
    table.body.append([Cell(h, bold=True) for h in ("代码", "名称", "所属县区", "数据来源",
                                                    "数据包清单 SHA-256（指纹）",
                                                    "数据包序号", "签名密钥指纹", "接收时间（UTC）")])
    by_issuer = {p.issuer_code: p for p in data.packages}
    for record in sorted(data.records, key=lambda r: (r.county, r.code)):
        package = by_issuer.get(record.code)
        source = SOURCE_ZH.get(data.sources.get(record.code, ""), data.sources.get(record.code, ""))
        table.body.append([
            Cell(record.code, "@"), Cell(spreadsheet_safe(record.name), align="left"),
            spreadsheet_safe(record.county), source,
            Cell(package.manifest_sha256 if package else "", align="left"),
            Cell(package.sequence if package else None, "0"), package.key_fingerprint if package else "",
            package.received_at if package else "",
        ])
    counties = [p for p in data.packages if p.kind == "county-report"]
    for package in counties:  # a city's data comes in county packages
        table.body.append([Cell(package.issuer_code, "@"), "县区报告", None, "签名数据包",
                           Cell(package.manifest_sha256, align="left"), Cell(package.sequence, "0"),
                           package.key_fingerprint, package.received_at])
    table.notes = ["注：指纹为数据包 manifest.json 的 SHA-256；用 jinchang-desktop verify 可核对数据包的签名与内容。"]
    return table
