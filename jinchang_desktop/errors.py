"""Errors that reach a person: always in Chinese, with the English after it."""
from __future__ import annotations


class JcError(Exception):
    """A refusal with a bilingual message that names where the problem is and which rule it breaks."""

    def __init__(
        self,
        zh: str,
        en: str,
        *,
        file: str | None = None,
        row: int | None = None,
        column: str | None = None,
        rule: str | None = None,
    ) -> None:
        self.zh = zh
        self.en = en
        self.file = file
        self.row = row
        self.column = column
        self.rule = rule
        super().__init__(self.message())

    def where_zh(self) -> str:
        parts = []
        if self.file:
            parts.append(f"文件 {self.file}")
        if self.row is not None:
            parts.append(f"第 {self.row} 行")
        if self.column:
            parts.append(f"列“{self.column}”")
        return "，".join(parts)

    def where_en(self) -> str:
        parts = []
        if self.file:
            parts.append(f"file {self.file}")
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"column '{self.column}'")
        return ", ".join(parts)

    def message_zh(self) -> str:
        where = self.where_zh()
        text = f"{where}：{self.zh}" if where else self.zh
        return f"{text}（规则：{self.rule}）" if self.rule else text

    def message_en(self) -> str:
        where = self.where_en()
        text = f"{where}: {self.en}" if where else self.en
        return f"{text} (rule: {self.rule})" if self.rule else text

    def message(self) -> str:
        return f"{self.message_zh()}\n{self.message_en()}"

    def to_dict(self) -> dict[str, object]:
        return {
            "zh": self.message_zh(),
            "en": self.message_en(),
            "file": self.file,
            "row": self.row,
            "column": self.column,
            "rule": self.rule,
        }
