"""The signed package (.jcpkg): write one, or read one back with every check. Specified in docs/package-format.md.

A package is a ZIP of manifest.json, manifest.sig (the raw Ed25519 signature of manifest.json's exact bytes)
and payload entries under data/, each listed in the manifest with its size and SHA-256.
"""
from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from jinchang_desktop.canonical import canonical_json
from jinchang_desktop.i18n import msg
from jinchang_desktop.packages import layout
from jinchang_desktop.packages.atomic import write_atomic
from jinchang_desktop.packages.errors import ERROR_CODES, PackageError
from jinchang_desktop.packages.keys import KeyPair, fingerprint_of
from jinchang_desktop.packages.manifest import (
    FORMAT_VERSION,
    KINDS,
    MANIFEST_NAME,
    PAYLOAD_PREFIX,
    ROLES,
    SIGNATURE_NAME,
    Issuer,
    build_manifest,
    check_manifest,
    parse_manifest,
)
from jinchang_desktop.packages.zipread import PackageLimits, entry_name_problem, read_package_file, unpack

__all__ = [
    "ERROR_CODES", "FORMAT_VERSION", "KINDS", "ROLES", "Issuer", "PackageError", "PackageLimits",
    "VerifiedPackage", "build_manifest", "read_package", "verify_package_bytes", "write_package",
]

SIGNATURE_BYTES = 64
DEFAULT_LIMITS = PackageLimits()


@dataclass(frozen=True)
class VerifiedPackage:
    """A package whose signature and every hash have been checked. Says nothing yet about trusting the key."""

    path: Path
    manifest: dict[str, Any]
    manifest_bytes: bytes
    manifest_sha256: str  # the package's identity, and what a later package's `previous` refers to
    signature: bytes
    files: dict[str, bytes]  # payload entries by path inside the ZIP, e.g. "data/school.json"

    @property
    def kind(self) -> str:
        return str(self.manifest["kind"])

    @property
    def issuer(self) -> Issuer:
        issuer = self.manifest["issuer"]
        return Issuer(role=issuer["role"], code=issuer["code"], name=issuer["name"])

    @property
    def key_id(self) -> str:
        return str(self.manifest["key_id"])

    @property
    def public_bytes(self) -> bytes:
        return base64.b64decode(self.manifest["public_key"])

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.public_bytes)

    @property
    def school_year(self) -> int:
        return int(self.manifest["school_year"])

    @property
    def sequence(self) -> int:
        return int(self.manifest["sequence"])

    @property
    def previous(self) -> str:
        return str(self.manifest["previous"])

    @property
    def created(self) -> str:
        return str(self.manifest["created"])

    @property
    def app_version(self) -> str:
        return str(self.manifest["app_version"])

    @property
    def profile_id(self) -> str:
        return str(self.manifest["profile"]["id"])

    @property
    def profile_sha256(self) -> str:
        return str(self.manifest["profile"]["sha256"])


def read_package(path: Path, *, limits: PackageLimits = DEFAULT_LIMITS) -> VerifiedPackage:
    """Open a package file, check everything, verify the signature and every hash. Raises PackageError.

    Pure function of the file: safe to call from any thread.
    """
    data = read_package_file(path, limits)
    return verify_package_bytes(data, path=path, limits=limits)


def verify_package_bytes(data: bytes, *, path: Path, limits: PackageLimits = DEFAULT_LIMITS) -> VerifiedPackage:
    """read_package for bytes already in memory; ``path`` is only used to name the file in errors."""
    file = str(path)
    entries = unpack(data, file=file, limits=limits)
    manifest_bytes = entries.pop(MANIFEST_NAME, None)
    if manifest_bytes is None:
        raise PackageError("missing-manifest", msg("数据包中没有 manifest.json"),
                           file=file)
    signature = entries.pop(SIGNATURE_NAME, None)
    if signature is None:
        raise PackageError("bad-signature", msg("数据包中没有签名 manifest.sig"), file=file)
    manifest = parse_manifest(manifest_bytes, file=file)
    public_bytes = check_manifest(manifest, file=file)
    _verify_signature(public_bytes, signature, manifest_bytes, file)
    files = _check_files(manifest["files"], entries, file)
    return VerifiedPackage(path=path, manifest=manifest, manifest_bytes=manifest_bytes,
                           manifest_sha256=hashlib.sha256(manifest_bytes).hexdigest(), signature=signature,
                           files=files)


def _verify_signature(public_bytes: bytes, signature: bytes, manifest_bytes: bytes, file: str) -> None:
    if len(signature) != SIGNATURE_BYTES:
        raise PackageError("bad-signature", msg("签名应为 {SIGNATURE_BYTES} 字节，实为 {n_signature} 字节",
                                                SIGNATURE_BYTES=SIGNATURE_BYTES, n_signature=len(signature)),
                           file=file, entry=SIGNATURE_NAME)
    try:
        Ed25519PublicKey.from_public_bytes(public_bytes).verify(signature, manifest_bytes)
    except InvalidSignature:
        raise PackageError("bad-signature", msg("签名无效：manifest.json 被改动过，或不是由其中的公钥签名"),
                           file=file, entry=SIGNATURE_NAME) from None


def _check_files(listed: list[dict[str, Any]], entries: dict[str, bytes], file: str) -> dict[str, bytes]:
    """Payload entries must be exactly those listed, with the listed sizes and hashes."""
    wanted = {item["path"]: item for item in listed}
    for name in entries:
        if name not in wanted:
            raise PackageError("unlisted-entry", msg("条目未列在 manifest.json 的 files 中"), file=file, entry=name)
    files: dict[str, bytes] = {}
    for path, item in wanted.items():
        content = entries.get(path)
        if content is None:
            raise PackageError("missing-entry", msg("manifest.json 列出的条目不在数据包中"), file=file, entry=path)
        if len(content) != item["size"]:
            raise PackageError("hash-mismatch", msg("条目大小为 {n_content} 字节，manifest.json 记为 {listed}",
                                                    n_content=len(content), listed=item["size"]),
                               file=file, entry=path)
        if hashlib.sha256(content).hexdigest() != item["sha256"]:
            raise PackageError("hash-mismatch", msg("条目的 SHA-256 与 manifest.json 不符"), file=file, entry=path)
        files[path] = content
    return files


def write_package(path: Path, *, kind: str, issuer: Issuer, keypair: KeyPair, school_year: int, sequence: int,
                  previous: str, profile_id: str, profile_sha256: str, files: dict[str, bytes],
                  created: str | None = None) -> VerifiedPackage:
    """Sign and write a package atomically; return what read_package would return for it.

    ``files`` maps payload paths (each starting with "data/") to content. The package is verified in memory
    with the reader's own checks before it is written, so nothing a reader would refuse ever reaches the disk.
    """
    file = str(path)
    _check_payload(files, file)
    manifest = build_manifest(kind=kind, issuer=issuer, public_bytes=keypair.public_bytes,
                              school_year=school_year, sequence=sequence, previous=previous,
                              profile_id=profile_id, profile_sha256=profile_sha256, files=files, created=created)
    check_manifest(manifest, file=file)
    manifest_bytes = canonical_json(manifest)
    entries = [(MANIFEST_NAME, manifest_bytes), (SIGNATURE_NAME, keypair.sign(manifest_bytes))]
    entries += sorted(files.items())
    data = layout.pack(entries)
    package = verify_package_bytes(data, path=path)
    write_atomic(path, data)
    return package


def _check_payload(files: dict[str, bytes], file: str) -> None:
    # Checked before compressing anything, so an oversized payload fails fast with the reader's own message.
    limits = DEFAULT_LIMITS
    if len(files) + 2 > limits.max_entries:
        raise PackageError("too-many-entries", msg("数据文件过多（{n_files} 个）", n_files=len(files)), file=file)
    total = 0
    for name, content in files.items():
        problem = entry_name_problem(name)
        if problem:
            raise PackageError("path-escape", problem, file=file, entry=repr(name))
        if not name.startswith(PAYLOAD_PREFIX):
            raise PackageError("path-escape", msg("数据文件应放在 {PAYLOAD_PREFIX} 下", PAYLOAD_PREFIX=PAYLOAD_PREFIX),
                               file=file, entry=name)
        total += len(content)
        if len(content) > limits.max_entry_bytes or total > limits.max_total_bytes:
            raise PackageError("too-large", msg("数据文件超过读取方允许的大小"),
                               file=file, entry=name)
