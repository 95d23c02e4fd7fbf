"""manifest.json: what it holds, how it is built, and the checks every field must pass when read."""
from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from jinchang_desktop import __version__
from jinchang_desktop.common import ROLES, utc_now
from jinchang_desktop.i18n import Msg, listing, msg
from jinchang_desktop.packages.errors import PackageError
from jinchang_desktop.packages.keys import key_id_of, weak_key_problem
from jinchang_desktop.packages.strict_json import parse_strict_json
from jinchang_desktop.packages.zipread import entry_name_problem
from jinchang_desktop.text_rules import CODE_MAX, NAME_MAX, normalise, text_problem

FORMAT_VERSION = 1
KINDS = ("school-report", "county-report", "roster", "enrol-request", "inspection-pack", "inspection")
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
PAYLOAD_PREFIX = "data/"
CREATED_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
FIELDS = frozenset({"format", "kind", "issuer", "public_key", "key_id", "school_year", "sequence", "previous",
                    "created", "app_version", "profile", "files"})
_HEX64 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class Issuer:
    role: str
    code: str
    name: str


def build_manifest(*, kind: str, issuer: Issuer, public_bytes: bytes, school_year: int, sequence: int,
                   previous: str, profile_id: str, profile_sha256: str, files: dict[str, bytes],
                   created: str | None = None) -> dict[str, Any]:
    """The manifest for ``files`` (payload path -> content). Not checked here: see check_manifest."""
    return {
        "format": FORMAT_VERSION,
        "kind": kind,
        "issuer": {"role": issuer.role, "code": issuer.code, "name": issuer.name},
        "public_key": base64.b64encode(public_bytes).decode("ascii"),
        "key_id": key_id_of(public_bytes),
        "school_year": school_year,
        "sequence": sequence,
        "previous": previous,
        "created": created if created is not None else utc_now("seconds"),
        "app_version": __version__,
        "profile": {"id": profile_id, "sha256": profile_sha256},
        "files": [{"path": path, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
                  for path, data in sorted(files.items())],
    }


def parse_manifest(data: bytes, *, file: str) -> dict[str, Any]:
    """manifest.json's bytes as a dict: strict UTF-8, strict JSON (no NaN, no repeated keys), an object."""
    try:
        data.decode("utf-8")  # an encoding fault is named apart from a JSON one
    except UnicodeDecodeError:
        raise PackageError("manifest-encoding", msg("manifest.json 不是 UTF-8 编码"),
                           file=file, entry=MANIFEST_NAME) from None
    try:
        value = parse_strict_json(data)
    except ValueError as exc:
        raise PackageError("manifest-json", msg("manifest.json 不是有效的 JSON（{exc}）", exc=exc), file=file,
                           entry=MANIFEST_NAME) from None
    if not isinstance(value, dict):
        raise PackageError("manifest-json", msg("manifest.json 不是 JSON 对象"),
                           file=file, entry=MANIFEST_NAME)
    return value


class _Fields:
    """Field checks for one manifest; each failure names the field."""

    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, field: str, text: Msg) -> PackageError:
        return PackageError("manifest-field", msg("字段“{field}”{text}", field=field, text=text), file=self.file,
                            entry=MANIFEST_NAME)

    def object(self, value: Any, field: str, keys: frozenset[str]) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(field, msg("应为 JSON 对象"))
        if set(value) != keys:
            wanted = ", ".join(sorted(keys))
            raise self.fail(field, msg("的键应恰为 {wanted}", wanted=wanted))
        return value

    def text(self, value: Any, field: str, *, empty: bool = False) -> str:
        if not isinstance(value, str):
            raise self.fail(field, msg("应为字符串"))
        if not value and not empty:
            raise self.fail(field, msg("不能为空"))
        return value

    def safe_text(self, value: Any, field: str, max_len: int) -> str:
        """Text a person will read (the issuer's code and name): the one text rule, and already NFC."""
        text = self.text(value, field)
        problem = text_problem(text, max_len=max_len)
        if problem is not None:
            raise self.fail(field, problem)
        if normalise(text) != text or text != text.strip():
            raise self.fail(field, msg("应为 Unicode NFC 规范形式，且首尾无空白"))
        return text

    def integer(self, value: Any, field: str, low: int, high: int) -> int:
        # bool is an int in Python, but true/false in JSON is not a number
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.fail(field, msg("应为整数"))
        if not low <= value <= high:
            raise self.fail(field, msg("应在 {low} 到 {high} 之间", low=low, high=high))
        return value

    def hex64(self, value: Any, field: str, *, empty: bool = False) -> str:
        text = self.text(value, field, empty=empty)
        if text and not _HEX64.fullmatch(text):
            raise self.fail(field, msg("应为 64 位小写十六进制 SHA-256"))
        return text

    def choice(self, value: Any, field: str, allowed: tuple[str, ...]) -> str:
        text = self.text(value, field)
        if text not in allowed:
            # A list of codes, not a sentence: each language keeps its own separator.
            choices = listing(allowed)
            raise self.fail(field, msg("应为 {choices} 之一", choices=choices))
        return text


def check_manifest(manifest: dict[str, Any], *, file: str) -> bytes:
    """Check every field's presence, type and range; return the raw public key.

    The format version is checked first: a later version may change anything else.
    """
    fields = _Fields(file)
    version = manifest.get("format")
    if not isinstance(version, int) or isinstance(version, bool):
        raise fields.fail("format", msg("缺失或不是整数"))
    if version != FORMAT_VERSION:
        raise PackageError("format-version", msg("数据包格式版本为 {version}，本程序只能读取版本 {FORMAT_VERSION}",
                                                 version=version, FORMAT_VERSION=FORMAT_VERSION),
                           file=file, entry=MANIFEST_NAME)
    fields.object(manifest, "manifest.json", FIELDS)
    fields.choice(manifest["kind"], "kind", KINDS)
    issuer = fields.object(manifest["issuer"], "issuer", frozenset({"role", "code", "name"}))
    fields.choice(issuer["role"], "issuer.role", ROLES)
    # The issuer's code and name are printed, stored and shown: a lone surrogate or an escape sequence here
    # would break all three, whoever signed it.
    fields.safe_text(issuer["code"], "issuer.code", CODE_MAX)
    fields.safe_text(issuer["name"], "issuer.name", NAME_MAX)
    public_bytes = _public_key(fields, manifest["public_key"])
    key_id = fields.hex64(manifest["key_id"], "key_id")
    if key_id != key_id_of(public_bytes):
        raise PackageError("key-mismatch", msg("key_id 不是 public_key 的 SHA-256"), file=file, entry=MANIFEST_NAME)
    fields.integer(manifest["school_year"], "school_year", 1000, 9999)
    sequence = fields.integer(manifest["sequence"], "sequence", 1, 2**53 - 1)  # 2**53: exact in every JSON reader
    previous = fields.hex64(manifest["previous"], "previous", empty=True)
    if (sequence == 1) != (previous == ""):
        raise fields.fail("previous", msg("应恰在 sequence 为 1 时为空"))
    _created(fields, manifest["created"])
    fields.safe_text(manifest["app_version"], "app_version", CODE_MAX)
    profile = fields.object(manifest["profile"], "profile", frozenset({"id", "sha256"}))
    profile_id = fields.text(profile["id"], "profile.id", empty=True)
    if profile_id:
        fields.safe_text(profile_id, "profile.id", NAME_MAX)
    profile_sha = fields.hex64(profile["sha256"], "profile.sha256", empty=True)
    if (profile_id == "") != (profile_sha == ""):
        raise fields.fail("profile", msg("的 id 与 sha256 应同时为空或同时有值"))
    _files(fields, manifest["files"])
    return public_bytes


def _public_key(fields: _Fields, value: Any) -> bytes:
    text = fields.text(value, "public_key")
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise fields.fail("public_key", msg("不是有效的 base64")) from None
    # Only one spelling of each key is accepted, so equal keys always look equal.
    if len(raw) != 32 or base64.b64encode(raw).decode("ascii") != text:
        raise fields.fail("public_key", msg("应为 32 字节密钥的标准 base64"))
    weak = weak_key_problem(raw)
    if weak is not None:
        raise PackageError("weak-key", weak, file=fields.file, entry=MANIFEST_NAME)
    return raw


_CREATED_SHAPE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")


def _created(fields: _Fields, value: Any) -> None:
    text = fields.text(value, "created")
    # The pattern insists on the one spelling; fromisoformat (fast, unlike strptime) checks the calendar.
    valid = _CREATED_SHAPE.fullmatch(text) is not None
    if valid:
        try:
            datetime.fromisoformat(text[:-1])
        except ValueError:
            valid = False
    if not valid:
        raise fields.fail("created", msg("应为 UTC 时间，如 2026-11-29T10:00:00Z"))


def _files(fields: _Fields, value: Any) -> None:
    if not isinstance(value, list):
        raise fields.fail("files", msg("应为列表"))
    previous_path = ""
    for index, item in enumerate(value):
        where = f"files[{index}]"
        item = fields.object(item, where, frozenset({"path", "size", "sha256"}))
        path = fields.text(item["path"], f"{where}.path")
        problem = entry_name_problem(path)
        if problem:
            raise fields.fail(f"{where}.path", msg("不安全：{problem}", problem=problem))
        if not path.startswith(PAYLOAD_PREFIX):
            raise fields.fail(f"{where}.path", msg("应以 {PAYLOAD_PREFIX} 开头", PAYLOAD_PREFIX=PAYLOAD_PREFIX))
        if path <= previous_path:
            raise fields.fail("files", msg("应按 path 严格升序排列"))
        previous_path = path
        fields.integer(item["size"], f"{where}.size", 0, 2**53 - 1)
        fields.hex64(item["sha256"], f"{where}.sha256")
