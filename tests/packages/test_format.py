"""Writing and reading good packages: the round trip, the manifest, the ZIP layout, the chain."""
from __future__ import annotations

import base64
import hashlib
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from jinchang_desktop import __version__
from jinchang_desktop.canonical import canonical_json
from jinchang_desktop.packages.format import (
    FORMAT_VERSION,
    KINDS,
    ROLES,
    Issuer,
    PackageError,
    PackageLimits,
    VerifiedPackage,
    build_manifest,
    read_package,
    write_package,
)
from jinchang_desktop.packages.keys import KeyPair
from tests.packages.helpers import CREATED, FILES, ISSUER, PROFILE_ID, PROFILE_SHA256, write_sample


def test_round_trip(tmp_path: Path, keypair: KeyPair) -> None:
    path = tmp_path / "school.jcpkg"
    written = write_sample(path, keypair)
    read = read_package(path)
    assert read == written
    assert read.path == path
    assert read.files == FILES
    assert list(read.files) == sorted(FILES)
    assert read.kind == "school-report"
    assert read.issuer == ISSUER
    assert read.key_id == keypair.key_id
    assert read.fingerprint == keypair.fingerprint
    assert read.public_bytes == keypair.public_bytes
    assert (read.school_year, read.sequence, read.previous) == (2025, 1, "")
    assert (read.profile_id, read.profile_sha256) == (PROFILE_ID, PROFILE_SHA256)
    assert (read.created, read.app_version) == (CREATED, __version__)


def test_manifest_bytes_identity_and_signature(sample: VerifiedPackage, keypair: KeyPair) -> None:
    with zipfile.ZipFile(sample.path) as archive:
        manifest_bytes = archive.read("manifest.json")
        signature = archive.read("manifest.sig")
    assert manifest_bytes == sample.manifest_bytes
    assert sample.manifest_sha256 == hashlib.sha256(manifest_bytes).hexdigest()
    assert signature == sample.signature and len(signature) == 64
    Ed25519PublicKey.from_public_bytes(keypair.public_bytes).verify(signature, manifest_bytes)


def test_manifest_is_canonical_and_complete(sample: VerifiedPackage, keypair: KeyPair) -> None:
    manifest = json.loads(sample.manifest_bytes.decode("utf-8"))
    assert canonical_json(manifest) == sample.manifest_bytes
    assert "金川区第一小学".encode() in sample.manifest_bytes  # UTF-8, not \u escapes
    assert manifest == {
        "format": FORMAT_VERSION,
        "kind": "school-report",
        "issuer": {"role": "school", "code": "620302001", "name": "金川区第一小学"},
        "public_key": base64.b64encode(keypair.public_bytes).decode("ascii"),
        "key_id": hashlib.sha256(keypair.public_bytes).hexdigest(),
        "school_year": 2025,
        "sequence": 1,
        "previous": "",
        "created": CREATED,
        "app_version": __version__,
        "profile": {"id": PROFILE_ID, "sha256": PROFILE_SHA256},
        "files": [{"path": path, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
                  for path, data in sorted(FILES.items())],
    }


def test_zip_layout(sample: VerifiedPackage) -> None:
    with zipfile.ZipFile(sample.path) as archive:
        assert archive.testzip() is None
        infos = archive.infolist()
    assert [info.filename for info in infos] == ["manifest.json", "manifest.sig", *sorted(FILES)]
    for info in infos:
        assert info.compress_type == zipfile.ZIP_DEFLATED
        assert info.date_time == (1980, 1, 1, 0, 0, 0)
        assert info.extra == b"" and info.comment == b""
        assert info.external_attr >> 16 == 0o100644


def test_same_content_gives_the_same_bytes(tmp_path: Path, keypair: KeyPair) -> None:
    first = write_sample(tmp_path / "a.jcpkg", keypair)
    second = write_sample(tmp_path / "b.jcpkg", keypair)
    assert (tmp_path / "a.jcpkg").read_bytes() == (tmp_path / "b.jcpkg").read_bytes()
    assert first.manifest_sha256 == second.manifest_sha256
    later = write_sample(tmp_path / "c.jcpkg", keypair, created="2026-11-30T08:00:00Z")
    assert later.manifest_sha256 != first.manifest_sha256


def test_a_chain_of_packages(tmp_path: Path, keypair: KeyPair) -> None:
    first = write_sample(tmp_path / "1.jcpkg", keypair)
    second = write_sample(tmp_path / "2.jcpkg", keypair, sequence=2, previous=first.manifest_sha256,
                          files={"data/school.json": b'{"students":820}'})
    again = read_package(tmp_path / "2.jcpkg")
    assert again.previous == first.manifest_sha256 == hashlib.sha256(first.manifest_bytes).hexdigest()
    assert again.sequence == 2 and again == second


def test_overwrite_is_atomic_and_leaves_no_temporary_file(tmp_path: Path, keypair: KeyPair) -> None:
    path = tmp_path / "school.jcpkg"
    write_sample(path, keypair)
    newer = write_sample(path, keypair, sequence=2, previous="ab" * 32)
    assert read_package(path) == newer
    assert [p.name for p in tmp_path.iterdir()] == ["school.jcpkg"]


@pytest.mark.parametrize("files", [
    {},
    {"data/empty.bin": b""},
    {f"data/part-{i:03d}.json": f'{{"i":{i}}}'.encode() for i in range(200)},
    {"data/sub/dir/deep.json": b"{}", "data/Z-upper_case.v2.txt": b"x"},
    {"data/zeros.bin": bytes(500_000)},  # compresses far beyond 100:1 but is too small to be a bomb
])
def test_payload_shapes(tmp_path: Path, keypair: KeyPair, files: dict[str, bytes]) -> None:
    written = write_sample(tmp_path / "p.jcpkg", keypair, files=files)
    assert read_package(tmp_path / "p.jcpkg").files == files == written.files


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("role", ROLES)
def test_every_kind_and_role(tmp_path: Path, keypair: KeyPair, kind: str, role: str) -> None:
    path = tmp_path / "p.jcpkg"
    write_package(path, kind=kind, issuer=Issuer(role, "62", "金昌市"), keypair=keypair, school_year=2025,
                  sequence=1, previous="", profile_id="", profile_sha256="", files={})
    package = read_package(path)
    assert (package.kind, package.issuer.role) == (kind, role)


@pytest.mark.parametrize("name", [
    "school.json", "data/../x.json", "data\\x.json", "/data/x.json", "C:/data/x.json", "data/", "data//x",
    "data/./x", "data/学校.json", "data/a b.json", "", "manifest.json",
])
def test_write_refuses_unsafe_payload_names(tmp_path: Path, keypair: KeyPair, name: str) -> None:
    with pytest.raises(PackageError) as caught:
        write_sample(tmp_path / "p.jcpkg", keypair, files={name: b"{}"})
    assert caught.value.code == "path-escape"
    assert list(tmp_path.iterdir()) == []


def test_write_refuses_names_that_differ_only_in_case(tmp_path: Path, keypair: KeyPair) -> None:
    with pytest.raises(PackageError) as caught:
        write_sample(tmp_path / "p.jcpkg", keypair, files={"data/A.json": b"1", "data/a.json": b"2"})
    assert caught.value.code == "duplicate-entry"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("change", [
    {"kind": "report"},
    {"issuer": Issuer("teacher", "1", "x")},
    {"issuer": Issuer("school", "", "x")},
    {"sequence": 0},
    {"sequence": 2, "previous": ""},
    {"sequence": 1, "previous": "ab" * 32},
    {"sequence": 2, "previous": "AB" * 32},
    {"school_year": 25},
    {"profile_sha256": "not-hex"},
    {"profile_id": "", "profile_sha256": "ab" * 32},
    {"created": "2026-11-29 10:00:00"},
])
def test_write_refuses_bad_fields(tmp_path: Path, keypair: KeyPair, change: dict[str, object]) -> None:
    arguments: dict[str, object] = dict(kind="school-report", issuer=ISSUER, keypair=keypair, school_year=2025,
                                        sequence=1, previous="", profile_id=PROFILE_ID,
                                        profile_sha256=PROFILE_SHA256, files=FILES, created=CREATED)
    arguments.update(change)
    with pytest.raises(PackageError) as caught:
        write_package(tmp_path / "p.jcpkg", **arguments)  # type: ignore[arg-type]
    assert caught.value.code == "manifest-field"
    assert list(tmp_path.iterdir()) == []


def test_write_refuses_a_payload_readers_would_refuse(tmp_path: Path, keypair: KeyPair) -> None:
    with pytest.raises(PackageError) as caught:
        write_sample(tmp_path / "p.jcpkg", keypair, files={"data/zeros.bin": bytes(3 * 1024 * 1024)})
    assert caught.value.code == "zip-bomb"
    assert list(tmp_path.iterdir()) == []


def test_build_manifest_defaults_created_to_now_in_utc(keypair: KeyPair) -> None:
    manifest = build_manifest(kind="roster", issuer=Issuer("county", "620302", "金川区"),
                              public_bytes=keypair.public_bytes, school_year=2025, sequence=1, previous="",
                              profile_id=PROFILE_ID, profile_sha256=PROFILE_SHA256,
                              files={"data/b": b"", "data/a": b"1"})
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", manifest["created"])
    assert [item["path"] for item in manifest["files"]] == ["data/a", "data/b"]


def test_limits_can_be_tightened(sample: VerifiedPackage) -> None:
    size = sample.path.stat().st_size
    assert read_package(sample.path, limits=PackageLimits(max_package_bytes=size)) == sample
    with pytest.raises(PackageError) as caught:
        read_package(sample.path, limits=PackageLimits(max_package_bytes=size - 1))
    assert caught.value.code == "too-large"


def test_errors_are_bilingual_and_name_file_and_entry(tmp_path: Path, keypair: KeyPair) -> None:
    path = tmp_path / "p.jcpkg"
    write_sample(path, keypair)
    data = bytearray(path.read_bytes())
    index = data.rindex(b"data/school.json")  # the name in the central directory
    data[index + 5] = ord("S")  # now it differs from the local header's name
    path.write_bytes(bytes(data))
    with pytest.raises(PackageError) as caught:
        read_package(path)
    error = caught.value
    zh, en = str(error).split("\n")
    assert zh.startswith(f"文件 {path}") and "ZIP 结构已损坏" in zh
    assert en.startswith(f"file {path}") and "(rule: unreadable)" in en
    assert error.to_dict()["code"] == "unreadable"


def test_package_modules_do_not_import_qt() -> None:
    code = ("import sys, jinchang_desktop.packages.format, jinchang_desktop.packages.keys; "
            "sys.exit('PySide6' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
