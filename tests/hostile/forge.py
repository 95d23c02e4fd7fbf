"""Hand-made hostile packages: manifests and payloads a careful writer would never produce, signed for real."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from jinchang_desktop.exchange.payloads import SCHOOL_REPORT
from jinchang_desktop.exchange.ws_profile import workspace_profile
from jinchang_desktop.packages.format import Issuer, build_manifest
from jinchang_desktop.packages.keys import KeyPair
from jinchang_desktop.store.workspace import Workspace
from tests.exchange.helpers import audit_count, data_dump, reason_of
from tests.packages.helpers import assemble


def manifest_for(school: Workspace, files: dict[str, bytes], *, keypair: KeyPair | None = None,
                 issuer: Issuer | None = None, sequence: int = 1, previous: str = "") -> dict[str, Any]:
    profile = workspace_profile(school)
    keypair = keypair or school.keypair
    return build_manifest(kind="school-report", issuer=issuer or Issuer("school", school.code, school.name),
                          public_bytes=keypair.public_bytes, school_year=school.school_year, sequence=sequence,
                          previous=previous, profile_id=profile.id, profile_sha256=profile.sha256, files=files)


def forge(path: Path, school: Workspace, payload: bytes, *, keypair: KeyPair | None = None,
          issuer: Issuer | None = None, ascii_manifest: bool = False,
          public_bytes: bytes | None = None) -> Path:
    """A school report with ``payload`` as data/school.json, signed by ``keypair`` (the school's by default).

    ``ascii_manifest`` writes the manifest with \\u escapes, so that a lone surrogate can be carried in valid
    JSON; ``public_bytes`` puts another public key in the manifest (the signature is then by ``keypair``).
    """
    keypair = keypair or school.keypair
    files = {SCHOOL_REPORT: payload}
    manifest = manifest_for(school, files, keypair=keypair, issuer=issuer)
    if public_bytes is not None:
        import base64

        from jinchang_desktop.packages.keys import key_id_of

        manifest["public_key"] = base64.b64encode(public_bytes).decode("ascii")
        manifest["key_id"] = key_id_of(public_bytes)
    if ascii_manifest:
        raw = json.dumps(manifest, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")
        return assemble(path, manifest=raw, signer=keypair, files=files)
    return assemble(path, manifest=manifest, signer=keypair, files=files)


def payload_of(school: Workspace, **changes: Any) -> dict[str, Any]:
    """The school's report payload as a dict, ready to be spoiled by a test."""
    from tests.exchange.helpers import school_payload

    body: dict[str, Any] = json.loads(school_payload(school))
    body.update(changes)
    return body


def dumps(body: Any) -> bytes:
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


class Snapshot:
    """The county's data and log before a hostile import, to prove the refusal changed nothing but the log."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.data = data_dump(ws.conn)
        self.logged = audit_count(ws.conn)

    def unchanged(self, decisions: int) -> None:
        assert data_dump(self.ws.conn) == self.data
        assert audit_count(self.ws.conn) == self.logged + decisions


def assert_quarantined(entry: Any, original: Path) -> None:
    """The refused file's copy is in the quarantine, byte for byte, beside a reason naming its class and rule."""
    copy = Path(entry.quarantined)
    assert copy.is_file() and copy.read_bytes() == original.read_bytes()
    reason = reason_of(entry.quarantined)
    assert (reason["class"], reason["rule"]) == (entry.cls, entry.rule)
