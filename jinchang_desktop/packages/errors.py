"""PackageError: why a package file was refused, as a short code plus a bilingual message."""
from __future__ import annotations

from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import Msg, msg

# Every code a reader can give. Callers (import, verify) sort refusals by these, so they are part of the API.
ERROR_CODES = (
    "unreadable",
    "truncated",
    "not-zip",
    "path-escape",
    "symlink",
    "duplicate-entry",
    "zip-bomb",
    "too-large",
    "too-many-entries",
    "missing-manifest",
    "manifest-encoding",
    "manifest-json",
    "manifest-field",
    "format-version",
    "bad-signature",
    "hash-mismatch",
    "unlisted-entry",
    "missing-entry",
    "key-mismatch",
    "weak-key",
)


class PackageError(JcError):
    """A package that cannot be trusted. ``code`` is one of ERROR_CODES; ``entry`` names the ZIP entry, if any."""

    def __init__(self, code: str, text: Msg, *, file: str | None = None, entry: str | None = None) -> None:
        if code not in ERROR_CODES:
            raise ValueError(f"unknown package error code {code!r}")
        self.code = code
        self.entry = entry
        # The code doubles as the rule, so every message ends with it and scripts can match on it.
        super().__init__(text, file=file, rule=code)

    def where(self, lang: str) -> str:
        where = super().where(lang)
        if self.entry is None:
            return where
        entry = msg("条目 {entry}", entry=self.entry).text(lang)
        return msg("，").text(lang).join(part for part in (where, entry) if part)

    def to_dict(self) -> dict[str, object]:
        result = super().to_dict()
        result["code"] = self.code
        result["entry"] = self.entry
        return result
