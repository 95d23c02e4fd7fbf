"""Keys: ids, fingerprints, PEM forms, and saving/loading the workspace's private key."""
from __future__ import annotations

import base64
import hashlib
import os
import re
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from jinchang_desktop.errors import JcError
from jinchang_desktop.packages.keys import (
    ED25519_SPKI_PREFIX,
    fingerprint_of,
    generate_key,
    key_id_of,
    load_private_key,
    public_key_pem,
    save_private_key,
)

# RFC 8032, section 7.1, test 1: a published key, so these figures do not come from the code under test.
RFC_SECRET = bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
RFC_PUBLIC = bytes.fromhex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")


def test_key_id_and_fingerprint_of_a_published_key() -> None:
    assert key_id_of(RFC_PUBLIC) == "21fe31dfa154a261626bf854046fd2271b7bed4b6abe45aa58877ef47f9721b9"
    assert fingerprint_of(RFC_PUBLIC) == "21FE-31DF-A154-A261"


def test_generated_key_pair_is_consistent() -> None:
    keypair = generate_key()
    assert len(keypair.public_bytes) == 32
    assert keypair.key_id == hashlib.sha256(keypair.public_bytes).hexdigest()
    assert re.fullmatch(r"[0-9A-F]{4}(-[0-9A-F]{4}){3}", keypair.fingerprint)
    assert keypair.fingerprint.replace("-", "").lower() == keypair.key_id[:16]
    signature = keypair.sign(b"manifest")
    Ed25519PublicKey.from_public_bytes(keypair.public_bytes).verify(signature, b"manifest")
    assert generate_key().key_id != keypair.key_id


@pytest.mark.parametrize("length", [0, 31, 33, 64])
def test_a_public_key_must_have_32_bytes(length: int) -> None:
    with pytest.raises(ValueError):
        key_id_of(bytes(length))


def test_public_key_pem_is_the_fixed_der_header_plus_the_raw_key() -> None:
    pem = public_key_pem(RFC_PUBLIC)
    lines = pem.decode("ascii").splitlines()
    body = "".join(line for line in lines if not line.startswith("-----"))
    assert base64.b64decode(body) == ED25519_SPKI_PREFIX + RFC_PUBLIC
    # The shortcut in docs/package-format.md: the header's base64 and the key's base64 simply join.
    assert body == "MCowBQYDK2VwAyEA" + base64.b64encode(RFC_PUBLIC).decode("ascii")
    loaded = serialization.load_pem_public_key(pem)
    assert isinstance(loaded, Ed25519PublicKey)
    assert loaded.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw) == RFC_PUBLIC


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    original = generate_key()
    path = tmp_path / "workspace.key"
    save_private_key(path, original)
    loaded = load_private_key(path)
    assert loaded.public_bytes == original.public_bytes
    assert loaded.key_id == original.key_id
    Ed25519PublicKey.from_public_bytes(original.public_bytes).verify(loaded.sign(b"x"), b"x")
    assert path.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    assert [p.name for p in tmp_path.iterdir()] == ["workspace.key"]  # no temporary file left behind


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_saved_key_is_private_even_when_replacing_a_readable_file(tmp_path: Path) -> None:
    path = tmp_path / "workspace.key"
    path.write_text("old")
    os.chmod(path, 0o644)
    old_umask = os.umask(0o022)
    try:
        save_private_key(path, generate_key())
    finally:
        os.umask(old_umask)
    assert path.stat().st_mode & 0o777 == 0o600


def test_load_from_a_known_secret(tmp_path: Path) -> None:
    pem = Ed25519PrivateKey.from_private_bytes(RFC_SECRET).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    path = tmp_path / "rfc.key"
    path.write_bytes(pem)
    assert load_private_key(path).public_bytes == RFC_PUBLIC


def _refusal(path: Path) -> JcError:
    with pytest.raises(JcError) as caught:
        load_private_key(path)
    error = caught.value
    assert error.file == str(path)
    zh, en = str(error).split("\n")
    assert re.search(r"[\u4e00-\u9fff]", zh) and en.isascii()
    return error


def test_missing_key_file(tmp_path: Path) -> None:
    assert "missing" in _refusal(tmp_path / "absent.key").en


@pytest.mark.parametrize("content", [
    b"",
    b"not a key at all",
    b"-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEI\n-----END PRIVATE KEY-----\n",  # cut short
    bytes(range(256)) * 4,
])
def test_corrupt_key_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "workspace.key"
    path.write_bytes(content)
    assert "damaged" in _refusal(path).en


def test_key_file_cut_in_half(tmp_path: Path) -> None:
    path = tmp_path / "workspace.key"
    save_private_key(path, generate_key())
    path.write_bytes(path.read_bytes()[:60])
    _refusal(path)


def test_a_key_of_another_type_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x25519.key"
    path.write_bytes(X25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    assert "Ed25519" in _refusal(path).en


def test_a_huge_file_is_not_read_as_a_key(tmp_path: Path) -> None:
    path = tmp_path / "workspace.key"
    with open(path, "wb") as handle:
        handle.truncate(10 * 1024 * 1024)
    assert "too large" in _refusal(path).en
