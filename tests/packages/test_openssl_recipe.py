"""A package verifies with standard tools alone: openssl for the signature, sha256sum for the payload.

CI installs openssl; without it these tests fail rather than skip, so the promise is never silently untested.
"""
from __future__ import annotations

import base64
import hashlib
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from jinchang_desktop.packages.format import VerifiedPackage
from jinchang_desktop.packages.keys import KeyPair, public_key_pem
from tests.packages.helpers import FILES, write_sample

DOC = Path(__file__).resolve().parents[2] / "docs" / "package-format.md"
OPENSSL_VERIFY = ["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "pub.pem", "-rawin", "-in", "manifest.json",
                  "-sigfile", "manifest.sig"]


def _tool(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is required for this test (CI installs it)"
    return found


def _extract(package: VerifiedPackage, folder: Path) -> Path:
    with zipfile.ZipFile(package.path) as archive:
        archive.extractall(folder)
    return folder


def _run(command: list[str], folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=folder, capture_output=True, text=True, check=False)


@pytest.fixture
def package(tmp_path: Path, keypair: KeyPair) -> VerifiedPackage:
    return write_sample(tmp_path / "school.jcpkg", keypair,
                        files={**FILES, "data/sub/notes.txt": "备注：音乐教室 2 间\n".encode()})


def test_openssl_verifies_the_signature(package: VerifiedPackage, keypair: KeyPair, tmp_path: Path) -> None:
    _tool("openssl")
    folder = _extract(package, tmp_path / "pkg")
    (folder / "pub.pem").write_bytes(public_key_pem(keypair.public_bytes))
    result = _run(OPENSSL_VERIFY, folder)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Signature Verified Successfully" in result.stdout

    manifest = bytearray((folder / "manifest.json").read_bytes())
    manifest[len(manifest) // 2] ^= 0x01
    (folder / "manifest.json").write_bytes(bytes(manifest))
    result = _run(OPENSSL_VERIFY, folder)
    assert result.returncode != 0
    assert "Signature Verified Successfully" not in result.stdout


def test_sha256sum_matches_the_manifest(package: VerifiedPackage, tmp_path: Path) -> None:
    _tool("sha256sum")
    folder = _extract(package, tmp_path / "pkg")
    listed = package.manifest["files"]
    assert [item["path"] for item in listed] == sorted(package.files)
    for item in listed:
        result = _run(["sha256sum", item["path"]], folder)
        assert result.returncode == 0
        assert result.stdout.split()[0] == item["sha256"]
        assert (folder / item["path"]).stat().st_size == item["size"]


def _doc_blocks() -> list[str]:
    section = DOC.read_text(encoding="utf-8").split("## Verify with standard tools", 1)[1]
    return re.findall(r"```sh\n(.*?)```", section, flags=re.DOTALL)


def test_the_documented_recipe(package: VerifiedPackage, keypair: KeyPair, tmp_path: Path) -> None:
    """Runs the shell blocks of docs/package-format.md exactly as written."""
    _tool("openssl")
    bash = _tool("bash")
    unpack, *checks = _doc_blocks()
    assert "unzip" in unpack and len(checks) == 4
    if shutil.which("unzip"):
        script = unpack + "".join(checks)
    else:  # the unzip step, done by zipfile; every other line runs as documented
        _extract(package, tmp_path / "pkg")
        script = "cd pkg\n" + "".join(checks)
    result = subprocess.run([bash, "-e", "-o", "pipefail", "-c", script], cwd=tmp_path, capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    folder = tmp_path / "pkg"
    assert (folder / "pub.pem").read_bytes() == public_key_pem(keypair.public_bytes)
    assert f"{keypair.key_id}  -" in result.stdout
    assert f'"key_id":"{keypair.key_id}"' in result.stdout
    assert "Signature Verified Successfully" in result.stdout
    for path in package.files:
        assert f"{path}: OK" in result.stdout

    # The same checks catch a changed payload file and an extra one.
    (folder / "data" / "school.json").write_bytes(FILES["data/school.json"].replace(b"812", b"999"))
    assert subprocess.run(["sha256sum", "-c", "expected.sha256"], cwd=folder, capture_output=True,
                          check=False).returncode != 0
    (folder / "data" / "extra.json").write_bytes(b"{}")
    result = subprocess.run([bash, "-c", checks[-1].splitlines()[-1]], cwd=folder, capture_output=True, text=True,
                            check=False)
    assert "data/extra.json" in result.stdout


def test_the_short_pem_form_gives_the_same_file(keypair: KeyPair) -> None:
    key = base64.b64encode(keypair.public_bytes).decode("ascii")
    short = f"-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA{key}\n-----END PUBLIC KEY-----\n".encode("ascii")
    assert short == public_key_pem(keypair.public_bytes)
    assert hashlib.sha256(keypair.public_bytes).hexdigest() == keypair.key_id
