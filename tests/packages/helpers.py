"""Build good and deliberately bad packages for the tests, with real keys and real ZIP files."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from jinchang_desktop.canonical import canonical_json
from jinchang_desktop.packages import layout
from jinchang_desktop.packages.format import Issuer, VerifiedPackage, build_manifest, write_package
from jinchang_desktop.packages.keys import KeyPair

ISSUER = Issuer(role="school", code="620302001", name="金川区第一小学")
PROFILE_ID = "jinchang-2025"
PROFILE_SHA256 = "5c" * 32
CREATED = "2026-11-29T10:00:00Z"
FILES = {
    "data/school.json": '{"code":"620302001","name":"金川区第一小学","students":812}'.encode(),
    "data/classes.json": b'[{"grade":1,"size":45},{"grade":2,"size":44}]',
}


def write_sample(path: Path, keypair: KeyPair, *, files: dict[str, bytes] | None = None, sequence: int = 1,
                 previous: str = "", created: str = CREATED) -> VerifiedPackage:
    return write_package(path, kind="school-report", issuer=ISSUER, keypair=keypair, school_year=2025,
                         sequence=sequence, previous=previous, profile_id=PROFILE_ID,
                         profile_sha256=PROFILE_SHA256, files=FILES if files is None else files, created=created)


def sample_manifest(keypair: KeyPair, files: dict[str, bytes] | None = None) -> dict[str, Any]:
    return build_manifest(kind="school-report", issuer=ISSUER, public_bytes=keypair.public_bytes, school_year=2025,
                          sequence=1, previous="", profile_id=PROFILE_ID, profile_sha256=PROFILE_SHA256,
                          files=FILES if files is None else files, created=CREATED)


def assemble(path: Path, *, manifest: dict[str, Any] | bytes | None, signer: KeyPair | None,
             files: dict[str, bytes], signature: bytes | None = None) -> Path:
    """Write a package in the exact ZIP layout from parts, so a test fails the one check it aims at.

    ``manifest`` None leaves manifest.json out; ``signer`` None (and no ``signature``) leaves manifest.sig out.
    """
    entries: list[tuple[str, bytes]] = []
    manifest_bytes = canonical_json(manifest) if isinstance(manifest, dict) else manifest
    if manifest_bytes is not None:
        entries.append(("manifest.json", manifest_bytes))
        if signature is None and signer is not None:
            signature = signer.sign(manifest_bytes)
    if signature is not None:
        entries.append(("manifest.sig", signature))
    entries += sorted(files.items())
    path.write_bytes(layout.pack(entries))
    return path
