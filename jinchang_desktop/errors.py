"""Errors that reach a person: always in Chinese, with the English after it."""
from __future__ import annotations

from jinchang_desktop.i18n import Msg, Worded, fixed, msg


class JcError(Worded, Exception):
    """A refusal with a bilingual message that names where the problem is and which rule it breaks."""

    def __init__(
        self,
        text: Msg,
        *,
        file: str | None = None,
        row: int | None = None,
        column: str | None = None,
        rule: str | None = None,
    ) -> None:
        self.text = text
        self.file = file
        self.row = row
        self.column = column
        self.rule = rule
        super().__init__(self.message())

    def where(self, lang: str) -> str:
        parts = []
        if self.file:
            parts.append(msg("文件 {file}", file=self.file))
        if self.row is not None:
            parts.append(msg("第 {row} 行", row=self.row))
        if self.column:
            parts.append(msg("列“{column}”", column=self.column))
        return msg("，").text(lang).join(part.text(lang) for part in parts)

    def message_in(self, lang: str) -> str:
        where = self.where(lang)
        text = self.text.text(lang)
        if where:
            text = msg("{where}：{text}", where=where, text=text).text(lang)
        return msg("{text}（规则：{rule}）", text=text, rule=self.rule).text(lang) if self.rule else text

    def where_zh(self) -> str:
        return self.where("zh")

    def where_en(self) -> str:
        return self.where("en")

    def message_zh(self) -> str:
        return self.message_in("zh")

    def message_en(self) -> str:
        return self.message_in("en")

    def message(self) -> str:
        return f"{self.message_zh()}\n{self.message_en()}"

    @property
    def whole(self) -> Msg:
        """The refusal with where it is and the rule it breaks, as one message (a verdict's, an import entry's)."""
        return fixed(self.message_zh(), self.message_en())

    def to_dict(self) -> dict[str, object]:
        return {
            "zh": self.message_zh(),
            "en": self.message_en(),
            "file": self.file,
            "row": self.row,
            "column": self.column,
            "rule": self.rule,
        }
